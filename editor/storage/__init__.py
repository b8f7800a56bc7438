"""Storing releases: the native .tandem file and atomic writes.

The file format's module (with lxml) loads when one of its names is first asked for: a
window started on two text files does not need it before it is up (9 ms of its start)."""

from typing import TYPE_CHECKING

from editor.storage import lock, recovery  # submodules as namespaces
from editor.storage.atomic import atomic_write, backup_path

if TYPE_CHECKING:
    from editor.storage.tandem_file import (
        FORMAT_VERSION,
        NS,
        from_bytes,
        load_release,
        save_release,
        to_bytes,
    )

_IN_FILE = ("FORMAT_VERSION", "NS", "from_bytes", "load_release", "save_release", "to_bytes")


def __getattr__(name: str):
    if name in _IN_FILE:
        from editor.storage import tandem_file

        return getattr(tandem_file, name)
    raise AttributeError(f"module 'editor.storage' has no attribute {name!r}")


__all__ = ["FORMAT_VERSION", "NS", "atomic_write", "backup_path", "from_bytes", "load_release",
           "lock", "recovery", "save_release", "to_bytes"]
