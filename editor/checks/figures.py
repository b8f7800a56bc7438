"""``number.mismatch``: figures that differ between partners — digits (1 500 / 1,500;
1,5 / 1.5), ordinals (95-летие / 95th), percentages, millions and billions, years, and
numbers written in words from two to twenty. Dates are left to ``date.mismatch``."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from editor.checks.dates import find_dates
from editor.checks.finding import Finding, Severity, msg
from editor.languages import ENGLISH, RUSSIAN, profile
from editor.model import Release

_SEP = "[ \u00a0\u202f]"
_NUMBER = {
    # thousands with spaces, decimal comma (1 500,5); or plain digits with , or . decimals
    # (digits glued to letters are identifiers, not figures: G20, COP29, A320)
    "ru": re.compile(rf"(?<![\w.,])\d{{1,3}}(?:{_SEP}\d{{3}})+(?:,\d+)?(?!\d)|(?<![\w.,])\d+(?:[.,]\d+)?(?![\d])"),
    # thousands with commas, decimal point (1,500.5)
    "en": re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\w.,])\d+(?:\.\d+)?(?!\d)"),
}
_SCALE = {
    "ru": [(re.compile(r"^[\s\u00a0]*(?:млрд|миллиард)"), 1e9),
           (re.compile(r"^[\s\u00a0]*(?:млн|миллион)"), 1e6),
           (re.compile(r"^[\s\u00a0]*(?:тыс|тысяч)"), 1e3)],
    "en": [(re.compile(r"^[\s\u00a0]*(?:billion|bn\b)", re.I), 1e9),
           (re.compile(r"^[\s\u00a0]*(?:million|mln\b|m\b)", re.I), 1e6),
           (re.compile(r"^[\s\u00a0]*thousand", re.I), 1e3)],
}
_PERCENT = {"ru": re.compile(r"^[\s\u00a0]*(?:%|процент)"),
            "en": re.compile(r"^[\s\u00a0]*(?:%|per[\s\u00a0]?cent|percent)", re.I)}
_ORDINAL_SUFFIX = {"ru": re.compile(r"^[-‐–]?(?:летие|летия|летию|летием|летии|й|я|е|го|му|ми|х|м|ый|ой|ий|ая|ое|ые)\b"),
                   "en": re.compile(r"^(?:st|nd|rd|th)\b")}
# Roman numerals as releases use them (XV Международная ярмарка, the XXV Olympic Games)
_ROMAN = re.compile(r"(?<![\w-])(?=[IVXL]{2,}\b)L?X{0,3}(?:IX|IV|V?I{0,3})(?![\w-])")
_TWO_ROMAN_LETTERS = re.compile(r"[IVXL]{2}")  # what any numeral _ROMAN finds holds (asked first)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(text: str) -> int:
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    return total


def _alternatives(pattern: str) -> list[str]:
    """The words a plain pattern stands for: (?:ий|ья) -> ий, ья; четв[её]рт -> четверт,
    четвёрт (alternatives and one-letter choices only)."""
    pattern = pattern.removeprefix("(?:").removesuffix(")")
    out = []
    for alt in pattern.split("|"):
        if "[" in alt:
            head, rest = alt.split("[", 1)
            letters, tail = rest.split("]", 1)
            out += [head + c + tail for c in letters]
        else:
            out.append(alt)
    return out


def _words_of(p) -> dict[str, int]:
    """Every number word of a language's profile, its forms spelt out (ordinals: stem +
    ending), ё as е."""
    ordinal = {stem.replace("ё", "е").lower() + ending: n
               for n, pattern in enumerate(p.ordinals, 1) for stem in _alternatives(pattern)
               for ending in _alternatives(p.ordinal_ending or "")}
    return ordinal | {f.lower().replace("ё", "е"): n for n, forms in p.numbers.items()
                      for f in forms.split("|")}


@cache
def _number_table(lang: str) -> dict[str, int]:
    """A language's number words (from its profile; a profile without them takes English's
    or Russian's, as its script goes)."""
    p = profile(lang)
    if not p.numbers:
        p = RUSSIAN if p.script == "cyrillic" else ENGLISH
    return _words_of(p)


@cache
def _ones(lang: str) -> frozenset[str]:
    """The cardinal "one" of a language (Kazakh бір): a figure only after tens (он бір)."""
    p = profile(lang)
    return frozenset(f.lower() for f in p.numbers.get(1, "").split("|") if f)


# a number word is a whole run of letters, so the runs are found by one simple pattern and
# looked up (an alternation of every form, tried at each position, took 40 % of the figure
# search)
_LETTER_RUN = {"ru": re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])"),  # двадцать-пять is none
               "en": re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")}  # twenty-five is two


def _number_words(text: str, lang: str, base: str):
    """(match, value) of every number word of ``text``."""
    values = _number_table(lang)
    run = _LETTER_RUN[base]
    low = text.lower().replace("ё", "е")  # same length: the offsets hold
    if values.keys().isdisjoint(run.findall(low)):
        return
    words = list(run.finditer(low))
    skip = -1
    for k, m in enumerate(words):
        n = values.get(m.group())
        if n is None or k == skip:
            continue
        after = words[k + 1] if k + 1 < len(words) else None
        unit = values.get(after.group()) if after is not None else None
        if (after is not None and n % 10 == 0 and n < 100 and unit is not None
                and 1 <= unit <= 9 and low[m.end():after.start()] == " "):
            # tens and units in two words (Kazakh он бір, жиырма бес): one figure
            yield _Joined(m.start(), after.end(), text), n + unit
            skip = k + 1
        elif m.group() not in _ones(lang):  # "one" alone is rather an article (бір жылда)
            yield m, n


class _Joined:
    """A match over two words (start, end, group) for a compound number."""

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start:self._end]


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    percent: bool = False
    word: bool = False  # written in words (two, пяти, third): compared only against a figure


    @property
    def key(self) -> tuple[float, bool]:
        return (round(self.value, 6), self.percent)

    def label(self) -> str:
        v = int(self.value) if self.value == int(self.value) else self.value
        text = f"{v:,}".replace(",", " ") if v >= 10000 else str(v)
        return text + ("%" if self.percent else "")


def _parse(raw: str, lang: str) -> float:
    digits = re.sub(_SEP, "", raw)
    if lang == "en":
        digits = digits.replace(",", "")
    else:
        digits = digits.replace(",", ".")
    return float(digits)


def find_figures(text: str, lang: str) -> list[Figure]:
    return list(_find_figures(text, lang))


@lru_cache(maxsize=8192)
def _find_figures(text: str, lang: str) -> tuple[Figure, ...]:
    base = "ru" if lang in ("ru", "kk") else "en"
    blocked = [(d.start, d.end) for d in find_dates(text, lang)]
    found = []
    for m in _NUMBER[base].finditer(text):
        if any(a <= m.start() < b for a, b in blocked):
            continue
        value, end = _parse(m.group(), base), m.end()
        rest = text[end:end + 20]
        for pattern, factor in _SCALE[base]:
            if pattern.match(rest):
                value *= factor
                break
        percent = bool(_PERCENT[base].match(rest))
        suffix = _ORDINAL_SUFFIX[base].match(rest)
        if suffix:
            end += suffix.end()
        found.append(Figure(m.start(), end, text[m.start():end], value, percent))
    for m, n in _number_words(text, lang, base):
        percent = bool(_PERCENT[base].match(text[m.end():m.end() + 20]))
        found.append(Figure(m.start(), m.end(), text[m.start():m.end()], float(n), percent,
                            word=True))
    for m in _ROMAN.finditer(text) if _TWO_ROMAN_LETTERS.search(text) else ():
        if m.group():
            found.append(Figure(m.start(), m.end(), m.group(), float(_roman(m.group()))))
    return tuple(sorted(found, key=lambda f: f.start))


def _leftover(a: list[Figure], b: list[Figure]) -> list[Figure]:
    other = Counter(f.key for f in b)
    out = []
    for f in a:
        if other[f.key] > 0:
            other[f.key] -= 1
        else:
            out.append(f)
    return out


def check_figures(release: Release) -> list[Finding]:
    return [f for i in range(len(release.rows)) for f in figures_row(release, i)]


def figures_row(release: Release, i: int) -> list[Finding]:
    out = []
    src = release.source_lang
    row = release.rows[i]
    sfig = find_figures(row.text(src), src)
    for lang in release.target_langs:
        if not (row.text(src).strip() and row.text(lang).strip()):
            continue  # an empty partner is reported once, as untranslated
        tfig = find_figures(row.text(lang), lang)
        only_s, only_t = _leftover(sfig, tfig), _leftover(tfig, sfig)
        # a number word alone is no figure to miss (the two ministers / министры); it is
        # reported only where the other version has a different figure in its place
        if not only_s:
            only_t = [f for f in only_t if not f.word]
        if not only_t:
            only_s = [f for f in only_s if not f.word]
        for k, f in enumerate(only_t):
            out.append(Finding("number.mismatch", Severity.ERROR, i, lang, f.start, f.end,
                               f.text, (msg("The translation has {figure} where the source has {other}", figure=f.label(), other=only_s[k].label()) if k < len(only_s) else msg("The translation has {figure}, which the source does not have", figure=f.label())),
                               [only_s[k].text] if k < len(only_s) else [], row.id))
        for f in only_s[len(only_t):]:
            out.append(Finding("number.mismatch", Severity.ERROR, i, src, f.start, f.end,
                               f.text, msg("{figure} is missing from the translation", figure=f.label()),
                               [], row.id))
    return out
