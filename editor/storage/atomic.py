"""Atomic file replacement: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
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


# a temporary file this old is left over from an interrupted save, not one being written
STRAY_AGE_S = 120


def stray_temporaries(path: Path, older_than: float = STRAY_AGE_S) -> list[Path]:
    """Temporary files of interrupted saves of ``path`` (``.NAME.XXXX.tmp``) older than
    ``older_than`` seconds."""
    folder = path.parent if str(path.parent) else Path(".")
    now = time.time()
    out = []
    try:
        candidates = list(folder.glob(f".{_glob_escape(path.name)}.*.tmp"))
    except OSError:
        return []
    for p in candidates:
        with contextlib.suppress(OSError):
            st = p.lstat()
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > older_than:
                out.append(p)
    return out


def remove_stray_temporaries(path: Path) -> int:
    """Remove what interrupted saves of ``path`` left behind; returns how many."""
    n = 0
    for p in stray_temporaries(path):
        with contextlib.suppress(OSError):
            p.unlink()
            n += 1
    return n


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def resolve_target(path: Path) -> Path:
    """The file a save to ``path`` must replace: a symlink's target (the link stays a
    link). Anything but a regular file or nothing (a FIFO, a device, a folder) is refused."""
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    try:
        st = path.stat()
    except FileNotFoundError:
        return path
    except OSError as err:
        raise SaveError(f"Cannot save {path.name}: {err.strerror or err}") from err
    if stat.S_ISDIR(st.st_mode):
        raise SaveError(f"Cannot save {path.name}: it is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise SaveError(f"Cannot save {path.name}: it is not a regular file (a pipe or a "
                        "device); choose another name")
    return path


def atomic_write(path: str | os.PathLike, data: bytes, *, backup: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, flushed and
    fsynced, then ``os.replace``d over the target. With ``backup`` the previous version is
    kept as ``NAME.bak``. On any failure the target is untouched and SaveError is raised.
    Through a symlink the link's target is replaced; a FIFO or device is refused. Temporary
    files left by earlier interrupted saves are removed."""
    path = resolve_target(Path(path))
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
        remove_stray_temporaries(path)
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
