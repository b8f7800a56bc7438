"""Names confirmed by the partner version: a word no dictionary knows is taken for a
name when the other language's paragraph of the same row holds the same name in the other
script (Шапашова in Russian, Shapashov in English). The Latin side must be capitalised, as
names and titles are in English: a lowercase cognate (programme / программе) is no name."""

from __future__ import annotations

import re

from editor.names.romanize import cyrillic_skeletons, latin_skeleton

_CYRILLIC = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff\-’']*")
_KAZAKH_LATIN = re.compile("[ğñüöäūış]|q(?!u)")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f\-’']*")


class PartnerNames:
    def __init__(self, partner_texts: list[str]):
        joined = "\n".join(partner_texts)
        self.latin = {latin_skeleton(w) for w in _LATIN.findall(joined)
                      if w[0].isupper() or _KAZAKH_LATIN.search(w)}
        self.latin.discard("")
        self._cyrillic_words = set(_CYRILLIC.findall(joined))
        self._cyrillic: set[str] | None = None  # built on first need

    def confirms(self, word: str) -> bool:
        if _CYRILLIC.match(word):
            return any(len(s) >= 3 and s in self.latin for s in cyrillic_skeletons(word))
        if not word[:1].isupper() and not _KAZAKH_LATIN.search(word):
            return False  # lowercase English; but Kazakh in Latin letters may be (qarasy)
        target = latin_skeleton(word)
        if len(target) >= 3 and target in self.latin:
            return True  # written in Latin letters in both versions (Flagey, Stipendium)
        if self._cyrillic is None:
            self._cyrillic = set().union(*map(cyrillic_skeletons, self._cyrillic_words))
        return len(target) >= 3 and target in self._cyrillic
