"""Reading a file the user named, with a hard limit on what is actually read and one-line
reasons for every way it can fail (missing, a folder, a FIFO or device, too large,
unreadable). A FIFO is never waited on and a device never read until memory runs out."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from editor.errors import InputError, TandemError

_CHUNK = 1 << 20


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_limited(path: str | Path, limit: int, kind: str = "file",
                 error: type[TandemError] = InputError,
                 missing: type[TandemError] | None = None) -> bytes:
    """The bytes of ``path``. ``error`` is raised for anything but a regular file (folder,
    FIFO, device, socket) or a file over ``limit`` bytes, ``missing`` (default: ``error``)
    when it does not exist or cannot be read. At most ``limit + 1`` bytes are ever read, so a
    file that grows while it is read is refused too."""
    path = Path(path)
    missing = missing or error
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not hang; a regular file ignores it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as err:
        raise missing(f"{path} does not exist") from err
    except IsADirectoryError as err:
        raise error(f"{path.name} is a folder, not a {kind}") from err
    except PermissionError as err:
        raise missing(f"{path} cannot be read: permission denied") from err
    except OSError as err:
        raise missing(f"{path} cannot be read: {err.strerror or err}") from err
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise error(f"{path.name} is {_kind_of(st.st_mode)}, not a {kind}")
        if st.st_size > limit:
            raise error(_too_large(path, st.st_size, limit, kind))
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > limit:
            raise error(_too_large(path, got, limit, kind))
        return b"".join(chunks)
    except OSError as err:
        raise missing(f"{path} cannot be read: {err.strerror or err}") from err
    finally:
        os.close(fd)


def _too_large(path: Path, size: int, limit: int, kind: str) -> str:
    shown = f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size:,} bytes"
    cap = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit:,} bytes"
    return f"{path.name} is too large for a {kind} ({shown}; the limit is {cap})"


def xml_parser(huge_tree: bool = False):
    """An lxml parser for XML someone else wrote: no entity expansion, no DTD loaded, no
    network; ``huge_tree`` only for Tandem's own large releases."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=huge_tree)
