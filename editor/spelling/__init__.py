"""Spelling in Russian, English and Kazakh: dictionaries, word routing, word lists.

The names load from their modules when first asked for: the editor's window needs the
dictionaries' service (to say which are missing) at start-up, not the checker."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.spelling.checker import Misspelling, SpellChecker
    from editor.spelling.dictionaries import DEFAULT_ENGLISH, ENGLISH, Missing, SpellService
    from editor.spelling.tokens import script_of, words

_WHERE = {"Misspelling": "checker", "SpellChecker": "checker", "DEFAULT_ENGLISH": "dictionaries",
          "ENGLISH": "dictionaries", "Missing": "dictionaries", "SpellService": "dictionaries",
          "script_of": "tokens", "words": "tokens"}


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(f"editor.spelling.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'editor.spelling' has no attribute {name!r}")


__all__ = ["DEFAULT_ENGLISH", "ENGLISH", "Misspelling", "Missing", "SpellChecker",
           "SpellService", "script_of", "words"]
