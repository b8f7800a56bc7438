"""Words of a paragraph as a spell checker should see them.

URLs, e-mail addresses and bare domains (gov.kz) are skipped whole; a word may hold inner hyphens and apostrophes
(кто-то, культурно-гуманитарного, Kaldayakov’s, don't); tokens with digits are numbers or
numbered forms (95-летие, 95th, 1990-х) and are not spell-checked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.languages import KAZAKH, script_of_word

KAZAKH_LETTERS = set(KAZAKH.letters)
_URL = r"(?:https?://|ftp://|www\.)[^\s<>«»\"]+[^\s<>«»\".,;:!?)\]]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# a bare domain as releases give them (gov.kz, almaty.gov.kz, akorda.kz): lowercase, a
# country or generic top-level domain
_DOMAIN = (r"(?<![\w.])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:kz|ru|uz|kg|tj|tm|az|ge|am|by|ua"
           r"|cn|jp|kr|tr|de|fr|be|nl|uk|it|es|eu|us|ca|ch|at|pl|cz|hu|com|org|net|gov|int|edu"
           r"|info|io|news)(?![\w-])")
_WORD = r"[^\W_](?:[\w\u00ad\u0300-\u036f]|[-‐‑'’](?=[^\W_]))*"
_TOKEN = re.compile(rf"(?P<url>{_URL})|(?P<email>{_EMAIL})|(?P<domain>{_DOMAIN})|(?P<word>{_WORD})",
                    re.UNICODE)
_WORD_ONLY = re.compile(_WORD)
# what a URL, an e-mail address or a bare domain holds: without one, the words are found by
# the word pattern alone (the alternation tried at every position took a fifth of the checks)
_MAY_HOLD_ADDRESS = re.compile(r"@|://|www\.|\.[a-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_DIGIT = re.compile(r"\d")
_MARKS = re.compile("[\u00ad\u0301\u0300]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
HYPHENS = "-‐‑"
APOSTROPHES = "'’"


@dataclass(slots=True)  # not frozen: a frozen one took four times as long to make, and a
class Token:            # paragraph makes one per word
    start: int
    end: int
    text: str


def words(text: str) -> list[Token]:
    """The checkable words of ``text`` (no URLs, e-mail addresses or numbers)."""
    out: list[Token] = []
    if not _MAY_HOLD_ADDRESS.search(text):
        append, digit = out.append, _DIGIT.search
        for m in _WORD_ONLY.finditer(text):
            word = m.group()
            if word.isalpha() or not digit(word):  # most words are letters only
                start, end = m.span()
                append(Token(start, end, word))
        return out
    for m in _TOKEN.finditer(text):
        if m.lastgroup != "word":
            continue
        text_ = m.group()
        if not _DIGIT.search(text_):
            out.append(Token(m.start(), m.end(), text_))
    return out


def script_of(word: str) -> str:
    """'kk' for Cyrillic with Kazakh letters, 'ru' for other Cyrillic, 'en' for Latin (the
    language profiles decide: editor/languages.py)."""
    return script_of_word(word)


def clean(word: str) -> str:
    """The word as dictionaries know it: no soft hyphens or stress marks, ’ as '."""
    if word.isascii():
        return word
    return _MARKS.sub("", word).replace("’", "'")
