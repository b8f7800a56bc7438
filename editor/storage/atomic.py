"""Atomic file replacement: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from editor.errors import SaveError


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be opened
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _keep_backup(path: Path) -> None:
    """Keep the current file as ``NAME.bak`` (hard link when possible: instant, no copy)."""
    bak = backup_path(path)
    tmp_bak = path.with_name(f".{path.name}.{os.getpid()}.bak.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp_bak.unlink()
    try:
        os.link(path, tmp_bak)
    except OSError:
        shutil.copy2(path, tmp_bak)
    os.replace(tmp_bak, bak)


def atomic_write(path: str | os.PathLike, data: bytes, *, backup: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, flushed and
    fsynced, then ``os.replace``d over the target. With ``backup`` the previous version is
    kept as ``NAME.bak``. On any failure the target is untouched and SaveError is raised."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise SaveError(f"Cannot save {path.name}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise SaveError(f"Cannot save {path.name}: {err.strerror or err}") from err
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
            if backup:
                _keep_backup(path)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise SaveError(f"Cannot save {path.name}: {err.strerror or err}; the file on disk is unchanged") from err
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
