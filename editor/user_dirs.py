"""Where Tandem keeps the user's files: data (word list, recovery copies), configuration
(the organisation profile) and cache (the lexicon). On Linux these are the XDG folders,
worked out here as platformdirs does (XDG_DATA_HOME / XDG_CONFIG_HOME / XDG_CACHE_HOME when
an absolute path, else ~/.local/share, ~/.config, ~/.cache; then "Tandem"): importing platformdirs took 14 ms of the
editor's start-up. Elsewhere platformdirs decides."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "Tandem"
_XDG = {"data": ("XDG_DATA_HOME", ".local/share"), "config": ("XDG_CONFIG_HOME", ".config"),
        "cache": ("XDG_CACHE_HOME", ".cache")}


def _folder(kind: str) -> Path:
    if sys.platform.startswith("linux"):
        variable, default = _XDG[kind]
        base = os.environ.get(variable, "")  # used when absolute, as the XDG spec says
        return Path(base if os.path.isabs(base) else os.path.expanduser(f"~/{default}")) / APP
    import platformdirs

    return getattr(platformdirs, f"user_{kind}_path")(APP, appauthor=False)


def data_dir() -> Path:
    return _folder("data")


def config_dir() -> Path:
    return _folder("config")


def cache_dir() -> Path:
    return _folder("cache")
