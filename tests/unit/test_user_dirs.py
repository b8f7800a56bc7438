"""Tandem's folders for data, configuration and cache are where platformdirs puts them
(worked out without it on Linux, for start-up), with and without the XDG variables."""

import platformdirs
import pytest

from editor import user_dirs


@pytest.mark.parametrize("env", [{}, {"XDG_DATA_HOME": "/srv/d", "XDG_CONFIG_HOME": "/srv/c",
                                      "XDG_CACHE_HOME": "/srv/k"},
                                 {"XDG_DATA_HOME": "  ", "XDG_CONFIG_HOME": "",
                                  "XDG_CACHE_HOME": "relative/k"}])
def test_the_folders_are_where_platformdirs_puts_them(monkeypatch, tmp_path, env):
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for kind in ("data", "config", "cache"):
        ours = getattr(user_dirs, f"{kind}_dir")()
        theirs = getattr(platformdirs, f"user_{kind}_path")("Tandem", appauthor=False)
        assert ours == theirs, kind
    assert user_dirs.data_dir().name == "Tandem"
