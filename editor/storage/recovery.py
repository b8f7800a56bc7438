"""Autosave and crash recovery. The recovery copy is written beside the release as
``.NAME.tandem.recovery`` (never over the release itself); an untitled release's copy goes
to the user data folder. A clean save or a deliberate discard removes it; after a crash it
is still there, and the next start offers it."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from editor.model import Release
from editor.storage.atomic import atomic_write

SUFFIX = ".recovery"


def user_data_dir() -> Path:
    from editor.user_dirs import data_dir

    return data_dir()


def untitled_dir() -> Path:
    return user_data_dir() / "recovery"


def recovery_path(release: Release, path: Path | None) -> Path:
    if path is not None:
        return path.with_name(f".{path.name}{SUFFIX}")
    uid = release.id.rsplit(":", 1)[-1]
    return untitled_dir() / f"untitled-{uid}.tandem{SUFFIX}"


def write_recovery_bytes(data: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data, backup=False)


def discard(target: Path | None) -> None:
    if target is not None:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()


@dataclass
class Recovery:
    path: Path  # the recovery file
    saved_at: datetime
    original: Path | None  # the release it belongs to (None: an untitled release)

    def load(self) -> Release:
        from editor.storage.tandem_file import load_release

        return load_release(self.path)


def find_for(path: Path) -> Recovery | None:
    """The recovery copy of ``path`` if one is newer than the file (or the file is gone)."""
    rec = path.with_name(f".{path.name}{SUFFIX}")
    try:
        rec_time = rec.stat().st_mtime
    except OSError:
        return None
    try:
        file_time = path.stat().st_mtime
    except OSError:
        file_time = 0.0
    if rec_time < file_time:
        return None
    return Recovery(rec, datetime.fromtimestamp(rec_time), path)


def untitled_recoveries() -> list[Recovery]:
    folder = untitled_dir()
    if not folder.is_dir():
        return []
    found = [Recovery(p, datetime.fromtimestamp(p.stat().st_mtime), None)
             for p in folder.glob(f"untitled-*.tandem{SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
