"""Reading a file the user named, with a size limit and one-line reasons for every way it
can fail (missing, a folder, too large, unreadable)."""

from __future__ import annotations

from pathlib import Path

from editor.errors import InputError, TandemError


def read_limited(path: str | Path, limit: int, kind: str = "file",
                 error: type[TandemError] = InputError,
                 missing: type[TandemError] | None = None) -> bytes:
    """The bytes of ``path``. ``error`` is raised for a folder or a file over ``limit``
    bytes, ``missing`` (default: ``error``) when it does not exist or cannot be read."""
    path = Path(path)
    missing = missing or error
    try:
        if path.is_dir():
            raise error(f"{path.name} is a folder, not a {kind}")
        size = path.stat().st_size
        if size > limit:
            raise error(f"{path.name} is too large for a {kind} ({size / 2**20:.0f} MB; "
                        f"the limit is {limit // 2**20} MB)")
        return path.read_bytes()
    except FileNotFoundError as err:
        raise missing(f"{path} does not exist") from err
    except PermissionError as err:
        raise missing(f"{path} cannot be read: permission denied") from err
    except OSError as err:
        raise missing(f"{path} cannot be read: {err.strerror or err}") from err
