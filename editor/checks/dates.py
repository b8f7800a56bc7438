"""``date.mismatch``: dates that differ between partners, written any common way:
18 декабря 2025 г. / 18.12.2025 / December 18, 2025 / 18 December 2025 / 2025-12-18, and
month-year (в декабре 2025 / in December 2025), a month alone (в мае / in May) and a season
(осенью / in the autumn)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from editor.checks.finding import Finding, Severity, msg
from editor.languages import ENGLISH, KAZAKH, RUSSIAN, profile
from editor.model import Release

_RU_MONTHS = list(RUSSIAN.month_stems)
_EN_MONTHS = list(ENGLISH.month_stems)
_KK_MONTH = "|".join(f"(?P<m{i}>{stem}[а-яёәғқңөұүһі]*)" for i, stem in enumerate(KAZAKH.month_stems))
_KK_LATIN_MONTH = "|".join(f"(?P<m{i}>(?:{stem})\\w*)"
                           for i, stem in enumerate(KAZAKH.latin_month_stems))
_RU_MONTH = "|".join(f"(?P<m{i}>{stem}[а-яё]*)" for i, stem in enumerate(_RU_MONTHS))
_EN_MONTH = "|".join(f"(?P<m{i}>{name}|{name[:3]}\\.?)" for i, name in enumerate(_EN_MONTHS))
_EN_MONTH_CAP = "|".join(f"(?P<m{i}>{name.title()})" for i, name in enumerate(_EN_MONTHS))
SEASONS = ["spring", "summer", "autumn", "winter"]  # month numbers 13 to 16 stand for them
_SP = r"[ \u00a0\u202f]+"
_YEAR = r"(?P<y>\d{4})"
_DAY = r"(?P<d>\d{1,2})"
PATTERNS = {
    "ru": [
        re.compile(rf"\b{_DAY}{_SP}(?:{_RU_MONTH})(?:{_SP}{_YEAR}(?:{_SP}?(?:г\.|года|году|год))?)?",
                   re.IGNORECASE),
        re.compile(rf"\b(?:{_RU_MONTH}){_SP}{_YEAR}\b", re.IGNORECASE),
    ],
    "en": [
        re.compile(rf"\b(?:{_EN_MONTH}){_SP}{_DAY}(?:st|nd|rd|th)?(?:,?{_SP}{_YEAR})?\b", re.IGNORECASE),
        re.compile(rf"\b{_DAY}(?:st|nd|rd|th)?{_SP}(?:of{_SP})?(?:{_EN_MONTH})(?:,?{_SP}{_YEAR})?\b",
                   re.IGNORECASE),
        re.compile(rf"\b(?:{_EN_MONTH}){_SP}{_YEAR}\b", re.IGNORECASE),
    ],
    # 2025 жылғы 18 желтоқсан, 18 желтоқсан 2025 ж.
    "kk": [
        re.compile(rf"\b{_YEAR}{_SP}жыл\w*{_SP}{_DAY}{_SP}(?:{_KK_MONTH})", re.IGNORECASE),
        re.compile(rf"\b{_DAY}{_SP}(?:{_KK_MONTH})(?:{_SP}{_YEAR}(?:{_SP}?ж\.?)?)?", re.IGNORECASE),
        # 2026 жылғы қыркүйекте: a month of a year
        re.compile(rf"\b{_YEAR}{_SP}жыл\w*{_SP}(?:{_KK_MONTH})", re.IGNORECASE),
        # the same in Latin letters (2025 jylğy 18 jeltoqsan)
        re.compile(rf"\b{_YEAR}{_SP}(?:jyl|zhyl)\w*{_SP}{_DAY}{_SP}(?:{_KK_LATIN_MONTH})",
                   re.IGNORECASE),
        re.compile(rf"\b{_DAY}{_SP}(?:{_KK_LATIN_MONTH})(?:{_SP}{_YEAR})?", re.IGNORECASE),
        re.compile(rf"\b{_YEAR}{_SP}(?:jyl|zhyl)\w*{_SP}(?:{_KK_LATIN_MONTH})", re.IGNORECASE),
    ],
    "kk-month": [],
    "kk-season": [],
    # a month alone, after a preposition (English months are capitalised: "in May", not "may")
    "ru-month": [re.compile(rf"(?<![\w-])(?:в|во|к|до|с|со|после|с начала|до конца|в конце|в начале"
                            rf"|в середине){_SP}(?:{_RU_MONTH})(?![\w-])", re.IGNORECASE)],
    "en-month": [re.compile(rf"\b(?i:in|by|until|till|from|since|early|late|end of|beginning of"
                            rf"|this|next|last)(?:{_SP}|-)(?:{_EN_MONTH_CAP})\b(?![ \u00a0]\d)")],
    # a season: осенью / in the autumn; весной 2026 года / in spring 2026
    "ru-season": [re.compile(r"(?<![\w-])(?:" + "|".join(
                             f"(?P<s{k}>{words})" for k, words in enumerate(RUSSIAN.seasons))
                             + rf")(?:{_SP}{_YEAR}(?:{_SP}(?:г\.|года|году))?)?(?![\w-])", re.IGNORECASE)],
    "en-season": [re.compile(rf"\b(?i:in|this|next|last|early|late|by|until|from|since)"
                             rf"(?:{_SP}(?i:the))?{_SP}(?:(?P<s0>(?i:spring))|(?P<s1>(?i:summer))"
                             rf"|(?P<s2>(?i:autumn|fall))|(?P<s3>(?i:winter)))(?:{_SP}(?:of{_SP})?{_YEAR})?\b")],
    "*": [
        re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b"),
        re.compile(r"\b(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})\b"),
    ],
}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int | None

    def agrees(self, other: DateMention) -> bool:
        return (self.month == other.month
                and (self.day is None or other.day is None or self.day == other.day)
                and (self.year is None or other.year is None or self.year == other.year)
                and (self.day is None) == (other.day is None))

    def label(self) -> str:
        if self.month > 12:
            return " ".join(p for p in (SEASONS[self.month - 13],
                                        str(self.year) if self.year else None) if p)
        parts = [str(self.day) if self.day else None, _EN_MONTHS[self.month - 1].title(),
                 str(self.year) if self.year else None]
        return " ".join(p for p in parts if p)


_META = set("\\()[]?*+.|{}^$")


def _top_level(pattern: str) -> list[str]:
    """The alternatives of a pattern, split at the bars outside groups."""
    parts, depth, start = [], 0, 0
    for k, c in enumerate(pattern):
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            parts.append(pattern[start:k])
            start = k + 1
    return parts + [pattern[start:]]


def _prefixes(stems) -> tuple[str, ...]:
    """Literal beginnings of every word a stem pattern matches (ма[йяюе] -> май, мая, маю,
    мае; летом|лето -> летом, лето): one of them is in any text the pattern matches."""
    out = []
    for alt in (a for stem in stems for a in _top_level(stem)):
        n = next((k for k, c in enumerate(alt) if c in _META), len(alt))
        if alt[n:n + 1] == "[" and "]" in alt[n:] and not set(alt[n + 1:alt.index("]", n)]) & _META:
            out += [alt[:n] + c for c in alt[n + 1:alt.index("]", n)]]
        else:
            out.append(alt[:n])
    return tuple(p.lower() for p in out if p)


_MONTH_WORDS = {"ru": _prefixes(_RU_MONTHS),
                "kk": _prefixes(KAZAKH.month_stems) + _prefixes(KAZAKH.latin_month_stems),
                "en": tuple(name[:3] for name in _EN_MONTHS)}
_SEASON_WORDS = {"ru": _prefixes(RUSSIAN.seasons), "kk": (), "en": _prefixes(ENGLISH.seasons)}
_DIGITS = tuple("0123456789")


def _gate(pattern: re.Pattern, months: tuple[str, ...], seasons: tuple[str, ...]) -> tuple[str, ...]:
    """What a text must hold (one of these, in lower case) for ``pattern`` to match in it:
    a month's name, a season's, or a digit. Asked first, since most paragraphs hold no
    date and the patterns are long alternations (a third of the time of the checks' date
    and figure search)."""
    if "(?P<m0>" in pattern.pattern:
        return months
    if "(?P<s0>" in pattern.pattern:
        return seasons
    return _DIGITS


def _profile_patterns(month_stems: tuple[str, ...]) -> list[re.Pattern]:
    """The dates of a language that has a profile but no patterns of its own (one added by
    its profile alone): a day, its month, a year (18. Dezember 2025, 18 décembre 2025), and
    a month of a year."""
    months = "|".join(f"(?P<m{i}>{stem}\\w*)" for i, stem in enumerate(month_stems))
    return [re.compile(rf"\b{_DAY}\.?{_SP}(?:{months})(?:{_SP}{_YEAR})?", re.IGNORECASE),
            re.compile(rf"\b(?:{months}){_SP}{_YEAR}\b", re.IGNORECASE)]


def _gated(lang: str) -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    p = profile(lang)
    return _gated_for(lang, p.month_stems if lang not in PATTERNS else ())


@cache
def _gated_for(lang: str, own_months: tuple[str, ...]):
    base = lang if lang in ("ru", "kk") else "en"
    gated = [(p, _gate(p, _MONTH_WORDS[base], _SEASON_WORDS[base]))
             for p in (PATTERNS.get(lang, []) + PATTERNS["*"] + PATTERNS[f"{base}-month"]
                       + PATTERNS[f"{base}-season"])]
    if own_months and own_months != ENGLISH.month_stems:
        words = _prefixes(own_months)
        gated = [(p, _gate(p, words, ())) for p in _profile_patterns(own_months)] + gated
    return tuple(gated)


def find_dates(text: str, lang: str) -> list[DateMention]:
    return list(_find_dates(text, lang))


@lru_cache(maxsize=8192)
def _find_dates(text: str, lang: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    for pattern, gate in _gated(lang):
        if not any(word in low for word in gate):
            continue
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            groups = m.groupdict()
            season = next((int(k[1:]) for k, v in groups.items() if k[:1] == "s" and v), None)
            month = 13 + season if season is not None else int(groups["mo"]) if groups.get("mo") else next(
                int(k[1:]) + 1 for k, v in groups.items() if k.startswith("m") and k != "mo" and v)
            day = int(groups["d"]) if groups.get("d") else None
            year = int(groups["y"]) if groups.get("y") else None
            if not 1 <= month <= 16 or (day is not None and not 1 <= day <= 31):
                continue
            found.append(DateMention(m.start(), m.end(), m.group(), year, month, day))
            taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def _unmatched(a: list[DateMention], b: list[DateMention]) -> Iterator[DateMention]:
    left = list(b)
    for d in a:
        match = next((o for o in left if d.agrees(o)), None)
        if match is None:
            yield d
        else:
            left.remove(match)


def check_dates(release: Release) -> list[Finding]:
    return [f for i in range(len(release.rows)) for f in dates_row(release, i)]


def dates_row(release: Release, i: int) -> list[Finding]:
    out = []
    src = release.source_lang
    row = release.rows[i]
    sdates = find_dates(row.text(src), src)
    for lang in release.target_langs:
        if not (row.text(src).strip() and row.text(lang).strip()):
            continue  # an empty partner is reported once, as untranslated
        tdates = find_dates(row.text(lang), lang)
        only_s, only_t = list(_unmatched(sdates, tdates)), list(_unmatched(tdates, sdates))
        for k, d in enumerate(only_t):
            out.append(Finding("date.mismatch", Severity.ERROR, i, lang, d.start, d.end,
                               d.text, (msg("The date {date} is not in the source; the source has {other}", date=d.label(), other=only_s[k].label()) if k < len(only_s) else msg("The date {date} is not in the source", date=d.label())),
                               [], row.id))
        for d in only_s[len(only_t):]:
            out.append(Finding("date.mismatch", Severity.ERROR, i, src, d.start, d.end,
                               d.text, msg("The date {date} is missing from the translation", date=d.label()),
                               [], row.id))
    return out
