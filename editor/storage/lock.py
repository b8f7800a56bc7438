"""Lock files: a window that opens a release writes ``.NAME.tandem.lock`` beside it, so a
second window (in this process or another, on this machine or one sharing the folder)
can warn that the release is already open. A lock whose process is gone is stale and is
taken over silently."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from editor.storage.recovery import pid_alive


@dataclass
class LockOwner:
    user: str
    host: str
    pid: int
    since: str
    token: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} since {self.since[:16].replace('T', ' ')}"


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def new_token() -> str:
    return os.urandom(16).hex()


def read_owner(path: Path) -> LockOwner | None:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]),
                         str(data["since"]), str(data["token"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def holder(path: Path, token: str) -> LockOwner | None:
    """Who else holds the release open, or None (free, stale or ours)."""
    owner = read_owner(path)
    if owner is None or owner.token == token:
        return None
    if owner.host == _host() and not pid_alive(owner.pid):
        return None  # its process is gone: stale
    return owner


def acquire(path: Path, token: str) -> None:
    """Write our lock (taking over any other; ask ``holder`` first)."""
    data = {"user": getpass.getuser(), "host": _host(), "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"), "token": token}
    with contextlib.suppress(OSError):  # a read-only folder: open without a lock
        lock_path(path).write_text(json.dumps(data), encoding="utf-8")


def release(path: Path, token: str) -> None:
    owner = read_owner(path)
    if owner is not None and owner.token == token:
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


def _host() -> str:
    import socket  # here, not at the top: 9 ms of the editor's start-up

    return socket.gethostname()
