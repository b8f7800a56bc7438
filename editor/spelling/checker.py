"""Finding misspelt words in a paragraph.

Each word goes to the dictionary of its script (Kazakh letters → Kazakh, other Cyrillic →
Russian, Latin → English). A hyphenated word is right when the whole or every part is; an
English possessive is checked without its 's; all-caps abbreviations are skipped unless
asked for; a Cyrillic word the Russian dictionary lacks is right if it is Kazakh and stands
among Kazakh words (мың бала in «Жаужүрек мың бала»). ``accept`` lets word lists and
recognised names through."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from editor.languages import profile
from editor.morphology import known_russian, known_with_prefix
from editor.spelling.dictionaries import SpellService
from editor.spelling.tokens import Token, clean, script_of, words

_HYPHEN_SPLIT = re.compile("[-‐‑]")
_POSSESSIVE = re.compile(r"(?i)('s|s')$")
KAZAKH_CONTEXT = 3  # words either side


@dataclass(frozen=True)
class Misspelling:
    start: int
    end: int
    word: str
    script: str  # the dictionary it was checked against: ru, en or kk


def _never(word: str) -> bool:
    return False


def _compound_stem(part: str) -> bool:
    """The first half of a Russian compound adjective: казахстанско- (казахстанский),
    культурно- (культурный), русско- (русский)."""
    low = part.lower()
    return (len(low) > 3 and low[-1] in "ое" and script_of(low) == "ru"
            and any(known_russian(low[:-1] + end) for end in ("ий", "ый", "ой")))


class SpellChecker:
    def __init__(self, service: SpellService, accept: Callable[[str], bool] = _never):
        self.service = service
        self.accept = accept
        self._verdicts: dict[str, bool] = {}  # word -> right without help from the partner
        # a word as written -> as dictionaries know it, and its script: worked out once per
        # word, not once per time it occurs (most of a paragraph's words are met before)
        self._forms: dict[str, tuple[str, str]] = {}

    def _known(self, word: str, script: str, confirm) -> bool:
        return (self.accept(word) or self.service.knows(word, script)
                or (script == "ru" and (known_russian(word) or known_with_prefix(word)))
                or (confirm is not None and confirm(word)))

    def _word_ok(self, word: str, script: str, confirm) -> bool:
        if self._known(word, script, confirm):
            return True
        if script == "en" and _POSSESSIVE.search(word):
            base = _POSSESSIVE.sub("", word)
            if base and self._known(base, script, confirm):
                return True
        parts = [p for p in _HYPHEN_SPLIT.split(word) if p]
        if len(parts) > 1:
            return all(self._part_ok(p, confirm) or (k < len(parts) - 1 and _compound_stem(p))
                       for k, p in enumerate(parts))
        return False

    def _part_ok(self, part: str, confirm) -> bool:
        script = script_of(part)
        if not script or not self.service.has(script):
            return True
        return self._word_ok(part, script, confirm)

    def check(self, text: str, confirm: Callable[[str], bool] | None = None,
              lang: str | None = None) -> list[Misspelling]:
        """Misspelt words of ``text``. ``confirm`` may vouch for a word the dictionaries
        lack (a name the partner version confirms). ``lang``, the paragraph's language: a
        word in its script but without its own letters (Kazakh киностудиясымен, which has
        no letter Russian lacks) is that language's first, and reported as one."""
        tokens = words(text)
        own = lang if lang and self.service.has(lang) else ""
        own_script = profile(own).script if own else ""
        forms = [self._form(t.text) for t in tokens]
        scripts = [script for _word, script in forms]
        # a paragraph of a Cyrillic-script language written in Latin letters (Kazakh in
        # the 2021 alphabet): there is no dictionary for that; its words are not English
        foreign = own_script == "cyrillic" and scripts.count("en") > len(tokens) / 2
        found = []
        for i, (token, (word, script)) in enumerate(zip(tokens, forms, strict=True)):
            if not script or not self.service.has(script):
                continue
            if foreign and profile(script).script != own_script:
                continue
            verdict = self._verdicts.get(word)
            if verdict is None:
                verdict = self._skipped(word) or self._word_ok(word, script, None)
                self._verdicts[word] = verdict
            if verdict or (confirm is not None and self._word_ok(word, script, confirm)):
                continue
            same_script = (bool(own) and own != script
                           and profile(script).script == own_script)
            if same_script and self._word_ok(word, own, confirm):
                continue
            if script == "ru" and self._kazakh_here(i, scripts) and self._known(word, "kk", None):
                continue
            found.append(Misspelling(token.start, token.end, token.text,
                                     own if same_script else script))
        return found

    def _form(self, written: str) -> tuple[str, str]:
        """The word as dictionaries know it (``clean``) and its script."""
        form = self._forms.get(written)
        if form is None:
            word = clean(written)
            form = self._forms[written] = (word, script_of(word))
        return form

    def _skipped(self, word: str) -> bool:
        """A single letter (г. for год, т. е.) or, unless asked for, an abbreviation."""
        letters = [c for c in word if c.isalpha()]
        if len(letters) == 1:
            return True
        return (not self.service.check_all_caps and len(letters) >= 2
                and all(c.isupper() for c in letters))

    @staticmethod
    def _kazakh_here(i: int, scripts: list[str]) -> bool:
        lo, hi = max(0, i - KAZAKH_CONTEXT), i + KAZAKH_CONTEXT + 1
        return "kk" in scripts[lo:i] + scripts[i + 1:hi]


__all__ = ["Misspelling", "SpellChecker", "Token"]
