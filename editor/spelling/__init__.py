"""Spelling in Russian, English and Kazakh: dictionaries, word routing, word lists."""

from editor.spelling.checker import Misspelling, SpellChecker
from editor.spelling.dictionaries import DEFAULT_ENGLISH, ENGLISH, Missing, SpellService
from editor.spelling.tokens import script_of, words

__all__ = ["DEFAULT_ENGLISH", "ENGLISH", "Misspelling", "Missing", "SpellChecker",
           "SpellService", "script_of", "words"]
