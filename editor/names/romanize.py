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


@lru_cache(maxsize=65536)
def romanizations(text: str) -> dict[str, str]:
    """``text`` under each scheme: Wikipedia, BGN/PCGN and ICAO Doc 9303 for Russian (by
    iuliia), with Kazakh letters by the 2021 Kazakh Latin alphabet (with the first two) or
    BGN/PCGN 1979 (with BGN/PCGN)."""
    try:
        import iuliia
    except ImportError:  # the plain table below still serves
        return {"plain": romanize(text)}
    return {
        "wikipedia": iuliia.WIKIPEDIA.translate(_kazakh(text, KAZAKH_2021)),
        "bgn_pcgn": iuliia.BGN_PCGN.translate(_kazakh(text, KAZAKH_BGN_PCGN_1979)),
        "icao": iuliia.ICAO_DOC_9303.translate(_kazakh(text, KAZAKH_2021)),
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
    romanization scheme."""
    return frozenset(skeleton(r) for c in lemma_candidates(word)
                     for r in romanizations(c).values())


@lru_cache(maxsize=65536)
def latin_skeleton(word: str) -> str:
    return skeleton(word)


def same_name(cyrillic: str, latin: str) -> bool:
    """Whether a Cyrillic word, in any case form, and a Latin word can be one name:
    some dictionary form of it romanizes to the same skeleton (Шапашова ~ Shapashov,
    Алии ~ Alia, құшағында ~ Qushağynda), while a misspelling (Shapashiv) does not."""
    target = latin_skeleton(latin)
    return len(target) >= 3 and target in cyrillic_skeletons(cyrillic)
