"""Romanization of Russian and Kazakh Cyrillic, and a coarse skeleton under which the
common ways of writing a name in Latin letters coincide (Kaldayakov / Kaldaiakov,
Qushağynda / Kushagynda, Aliya / Alia), for telling that two renderings are one name."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                "yu", "ya"], strict=True))
# Kazakh letters, as in the 2021 Kazakh Latin alphabet
_KK = {"ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "һ": "h", "і": "ı"}
_TABLE = {**_RU, **_KK}


# Kazakh letters under the two schemes that matter for English texts; the Russian letters
# around them follow the Russian scheme chosen (iuliia).
KAZAKH_2021 = {"ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "һ": "h",
               "і": "i"}
KAZAKH_BGN_PCGN_1979 = {"ә": "ä", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "ö", "ұ": "ū", "ү": "ü",
                        "һ": "h", "і": "ī"}


def _kazakh(text: str, table: dict[str, str]) -> str:
    out = []
    for ch in text:
        latin = table.get(ch.lower())
        if latin is None:
            out.append(ch)
        else:
            out.append(latin[0].upper() + latin[1:] if ch.isupper() else latin)
    return "".join(out)


class _Scheme:
    """One of iuliia's schemes, applied as iuliia applies it (word by word; an ending the
    scheme maps is translated apart from the stem; each letter by its previous and next
    letter, else by itself), with iuliia's own tables, in one loop per word: iuliia's
    generators and a call per letter made romanization most of the time of finding names
    (the tests compare the two on every word of the evaluation set)."""

    def __init__(self, schema) -> None:
        self.schema = schema
        tables = schema
        if not hasattr(tables, "map"):  # iuliia's FileSchema reads its tables when first used
            schema.translate("")
            tables = getattr(schema, "_schema", None)
        self.fast = all(hasattr(tables, t) for t in ("map", "prev_map", "next_map", "ending_map"))
        if self.fast:  # else (another iuliia) its own translate
            self.map, self.prev, self.next = tables.map, tables.prev_map, tables.next_map
            self.ending = tables.ending_map
            # letters whose rendering depends on a neighbour; a word without them is
            # romanized letter by letter in one str.translate
            self.context = frozenset(k[1] for k in self.prev if len(k) == 2) | frozenset(
                k[0] for k in self.next if len(k) == 2)
            self.table = str.maketrans({c: v for c, v in self.map.items() if len(c) == 1})

    def translate(self, text: str) -> str:
        if not self.fast:
            return self.schema.translate(text)
        if text.isalpha():  # one word (most calls): no need to split
            return self._word(text)
        return "".join(self._word(w) for w in _WORD_BOUNDARY.split(text) if w)

    def _word(self, word: str) -> str:
        ending = self.ending.get(word[-2:]) if len(word) > 2 else None
        letters = word[:-2] if ending else word
        if self.context.isdisjoint(letters):
            return letters.translate(self.table) + (ending or "")
        out = []
        prev, last = "", len(letters) - 1
        get, get_prev, get_next = self.map.get, self.prev.get, self.next.get
        for i, c in enumerate(letters):
            letter = get_prev(prev + c)
            if letter is None:
                letter = get_next(c + (letters[i + 1] if i < last else ""))
                if letter is None:
                    letter = get(c, c)
            out.append(letter)
            prev = c
        if ending:
            out.append(ending)
        return "".join(out)


_WORD_BOUNDARY = re.compile(r"\b")  # as iuliia splits a text into words


@lru_cache(maxsize=1)
def _schemes() -> tuple[_Scheme, _Scheme, _Scheme] | None:
    try:
        import iuliia
    except ImportError:  # the plain table below still serves
        return None
    return _Scheme(iuliia.WIKIPEDIA), _Scheme(iuliia.BGN_PCGN), _Scheme(iuliia.ICAO_DOC_9303)


@lru_cache(maxsize=65536)
def romanizations(text: str) -> dict[str, str]:
    """``text`` under each scheme: Wikipedia, BGN/PCGN and ICAO Doc 9303 for Russian (by
    iuliia's tables), with Kazakh letters by the 2021 Kazakh Latin alphabet (with the first
    two) or BGN/PCGN 1979 (with BGN/PCGN)."""
    schemes = _schemes()
    if schemes is None:
        return {"plain": romanize(text)}
    wikipedia, bgn_pcgn, icao = schemes
    kazakh_2021 = _kazakh(text, KAZAKH_2021)
    return {
        "wikipedia": wikipedia.translate(kazakh_2021),
        "bgn_pcgn": bgn_pcgn.translate(_kazakh(text, KAZAKH_BGN_PCGN_1979)),
        "icao": icao.translate(kazakh_2021),
        "plain": romanize(text),
        "western": western(text),
    }


_CH_BEFORE_I_E = re.compile(r"ch(?=[ieIE])")


def western(text: str) -> str:
    """A Western name back from its Russian rendering, as Italian, German and French spell
    them: Арчимбольди → Arcimboldi, Моцарт → Mozart, Жозефина → Josefina, Макс → Max."""
    s = _CH_BEFORE_I_E.sub("c", romanize(text))
    return s.replace("ts", "z").replace("zh", "j").replace("Zh", "J").replace("ks", "x")


def romanize(text: str) -> str:
    """A plain romanization (Wikipedia-like for Russian, 2021 alphabet for Kazakh letters)."""
    out = []
    for ch in text:
        low = ch.lower()
        latin = _TABLE.get(low)
        if latin is None:
            out.append(ch)
        elif ch != low and latin:
            out.append(latin[0].upper() + latin[1:])
        else:
            out.append(latin)
    return "".join(out)


_SKELETON_RULES = [
    ("shch", "sh"), ("sch", "sh"), ("kh", "h"), ("zh", "j"), ("dzh", "j"), ("ts", "c"),
    ("tz", "c"), ("gh", "g"), ("ng", "n"), ("q", "k"), ("x", "ks"), ("w", "v"),
    ("iy", "i"), ("yi", "i"), ("ya", "ia"), ("yu", "iu"), ("yo", "io"),
    ("ye", "e"),  # Yerzhan / Ержан, Sarsenbayev / Сарсенбаев, Aliyeva / Алиева
    ("y", "i"),
    ("ss", "s"),  # Kassymov / Касымов: English doubles s between vowels
    ("ı", "i"), ("ph", "f"),
]


_NOT_A_TO_Z = re.compile(r"[^a-z]+")


def skeleton(latin: str) -> str:
    """Lower case, no diacritics, the usual digraph variants folded (kh/h, q/k, y/i,
    ya/ia, ng/n ...), so that the common renderings of one name coincide."""
    s = latin.lower()
    if not s.isascii():  # the romanizations mostly are: no need to decompose
        s = s.replace("ş", "sh").replace("ç", "ch")  # Kazakh and Turkish Latin
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c)).replace("ı", "i")
    s = _NOT_A_TO_Z.sub("", s)
    for a, b in _SKELETON_RULES:
        s = s.replace(a, b)
    return s.replace("iia", "ia")  # Aliya / Aliia / Alia


# Case endings of Russian names and nouns, and the nominative endings they come from:
# Шапашова = Шапашов + а, Алии = Али + ия, Шапашовой = Шапашов + а.
_CASE_ENDINGS = sorted(["", "а", "я", "у", "ю", "ом", "ем", "ём", "ой", "ей", "е", "ы", "и",
                        "ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях", "ым", "им", "ую",
                        "ии", "ию", "ией", "ого", "его", "ому", "ему"], key=len, reverse=True)
_NOMINATIVE = ["", "а", "я", "ия", "й", "ь", "о"]


@lru_cache(maxsize=65536)
def lemma_candidates(word: str) -> frozenset[str]:
    """Possible dictionary forms of a Russian (or Kazakh) word in some case."""
    low = word.lower()
    found = {low}
    for ending in _CASE_ENDINGS:
        if ending and low.endswith(ending) and len(low) - len(ending) >= 2:
            stem = low[: -len(ending)]
            found.update(stem + n for n in _NOMINATIVE)
    return frozenset(found)


@lru_cache(maxsize=65536)
def cyrillic_skeletons(word: str) -> frozenset[str]:
    """The skeletons of every dictionary form a Cyrillic word may come from, under every
    romanization scheme. The schemes mostly agree, and the forms of one stem recur from
    word to word (Казахстана, Казахстану): each romanization is folded once (latin_skeleton
    keeps them)."""
    return frozenset(map(latin_skeleton, {r for c in lemma_candidates(word)
                                          for r in romanizations(c).values()}))


@lru_cache(maxsize=65536)
def latin_skeleton(word: str) -> str:
    return skeleton(word)


def same_name(cyrillic: str, latin: str) -> bool:
    """Whether a Cyrillic word, in any case form, and a Latin word can be one name:
    some dictionary form of it romanizes to the same skeleton (Шапашова ~ Shapashov,
    Алии ~ Alia, құшағында ~ Qushağynda), while a misspelling (Shapashiv) does not."""
    target = latin_skeleton(latin)
    return len(target) >= 3 and target in cyrillic_skeletons(cyrillic)
