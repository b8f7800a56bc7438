"""Storing releases: the native .tandem file and atomic writes."""

from editor.storage.atomic import atomic_write, backup_path
from editor.storage.tandem_file import (
    FORMAT_VERSION,
    NS,
    from_bytes,
    load_release,
    save_release,
    to_bytes,
)

__all__ = ["FORMAT_VERSION", "NS", "atomic_write", "backup_path", "from_bytes",
           "load_release", "save_release", "to_bytes"]

from editor.storage import lock, recovery  # noqa: E402  (submodules as namespaces)

__all__ += ["lock", "recovery"]
