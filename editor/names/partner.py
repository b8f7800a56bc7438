"""Names confirmed by the partner version: a word no dictionary knows is taken for a
name when the other language's paragraph of the same row holds the same name in the other
script (Шапашова in Russian, Shapashov in English). The Latin side must be capitalised, as
names and titles are in English: a lowercase cognate (programme / программе) is no name."""

from __future__ import annotations

import re

from editor.names.romanize import same_name

_CYRILLIC = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff\-’']*")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f\-’']*")


class PartnerNames:
    def __init__(self, partner_texts: list[str]):
        joined = "\n".join(partner_texts)
        self.cyrillic = sorted(set(_CYRILLIC.findall(joined)))
        self.latin = sorted({w for w in _LATIN.findall(joined) if w[0].isupper()})

    def confirms(self, word: str) -> bool:
        if _CYRILLIC.match(word):
            return any(same_name(word, other) for other in self.latin)
        if not word[:1].isupper():
            return False
        return any(same_name(other, word) for other in self.cyrillic)
