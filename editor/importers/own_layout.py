"""Tandem's own Word layout read back into a release's structure: the paragraph styles its
DOCX writer uses become roles again (Title → headline, Quote, Boilerplate, Contact), the
Subtitle and the Dateline paragraphs become details (subheadline, place and date, embargo),
and what the export adds around the text (the end mark, the "Notes to editors" and "Media
contacts" labels) is left out. A document from elsewhere has none of these styles and
passes through unchanged."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

from editor.importers.cleanup import ImportedParagraph
from editor.languages import PROFILES
from editor.wording import is_label

END_MARKS = {"###", "* * *", "***", "-30-", "— 30 —"}
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_ZONE = re.compile(r"\(?\b(UTC[+-]\d{2}:\d{2}|[A-Z]{2,5})\)?\s*$")


@dataclass
class Details:
    """What the layout said besides the text."""

    subheadline: str = ""
    place: str = ""
    date: date | None = None
    embargo: datetime | None = None
    notes: list[str] = field(default_factory=list)  # what could not be read, to tell


def _find_date(text: str) -> tuple[date, int, int] | None:
    """A date as some language profile writes it (18 декабря 2025, 18 December 2025,
    2025 жылғы 18 желтоқсан): the date and where it is."""
    for profile in PROFILES.values():
        if not profile.months:
            continue
        months = "|".join(re.escape(m) for m in profile.months)
        pattern = profile.date_format.format(day=r"(?P<day>\d{1,2})", month=f"(?P<month>{months})",
                                             year=r"(?P<year>\d{4})")
        pattern = pattern.replace("\u00a0", r"\s").replace(" ", r"\s+").replace(".", r"\.?")
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            month = next(i for i, name in enumerate(profile.months, 1)
                         if name.casefold() == m.group("month").casefold())
            try:
                return date(int(m.group("year")), month, int(m.group("day"))), m.start(), m.end()
            except ValueError:
                return None
    return None


def _zone(name: str):
    if name.startswith("UTC") and len(name) > 3:
        sign = 1 if name[3] == "+" else -1
        hours, minutes = int(name[4:6]), int(name[7:9])
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    if name == "UTC":
        return UTC
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # an abbreviation zoneinfo does not know (MSK, ALMT)
        return None


def _embargo(text: str) -> datetime | None:
    found = _find_date(text)
    clock = _TIME.search(text, found[2]) if found else None
    if found is None or clock is None:
        return None
    zone = _ZONE.search(text)
    tz = _zone(zone.group(1)) if zone else None
    return datetime(found[0].year, found[0].month, found[0].day, int(clock.group(1)),
                    int(clock.group(2)), tzinfo=tz)


def take_layout(paragraphs: list[ImportedParagraph]) -> tuple[list[ImportedParagraph], Details]:
    """The paragraphs without the layout's own lines, and the details those lines held."""
    details = Details()
    kept: list[ImportedParagraph] = []
    for p in paragraphs:
        hint, text = p.role_hint, p.text.strip()
        if hint == "end" or (hint is not None and text in END_MARKS):
            continue
        if hint in ("boilerplate", "contact") and (is_label(text, "notes") or
                                                   is_label(text, "contacts")):
            continue
        if hint == "subheadline" and not details.subheadline:
            details.subheadline = text
            continue
        if hint == "dateline":
            if text.upper().startswith(("ЭМБАРГО", "EMBARGO")) or "ЭМБАРГО" in text.upper():
                details.embargo = _embargo(text)
                if details.embargo is None:
                    details.notes.append(f"the embargo line could not be read: {text}")
                continue
            found = _find_date(text)
            if found is not None:
                details.date = found[0]
                place = text[:found[1]].strip().rstrip(",").strip()
            else:
                place = text
            if place:
                details.place = place.title() if place.isupper() else place
            continue
        kept.append(p)
    return kept, details


def take_layout_columns(*columns: list[ImportedParagraph]):
    """The same for the columns of Tandem's bilingual or trilingual table: a row that is a
    layout line in any column goes from all. Returns (the columns kept, each one's details)."""
    kept: list[list[ImportedParagraph]] = [[] for _ in columns]
    details = [Details() for _ in columns]
    for cells in zip(*columns, strict=True):
        keep = True
        for k, cell in enumerate(cells):
            still, found = take_layout([cell])
            mine = details[k]
            mine.subheadline = mine.subheadline or found.subheadline
            mine.place = mine.place or found.place
            mine.date = mine.date or found.date
            mine.embargo = mine.embargo or found.embargo
            mine.notes += found.notes
            keep = keep and bool(still)
        if keep:
            for k, cell in enumerate(cells):
                kept[k].append(cell)
    return kept, details


_STYLE_ROLES = {
    "headline": {"title", "heading 1", "заголовок", "заголовок 1", "название"},
    "subheadline": {"subtitle", "подзаголовок"},
    "quote": {"quote", "intense quote", "цитата", "выделенная цитата"},
    "dateline": {"dateline"},
    "boilerplate": {"boilerplate"},
    "contact": {"contact"},
}


def role_from_style(style: str, text: str = "", centred: bool = False) -> str | None:
    """The role hint a paragraph's style gives (Word's and LibreOffice's names, in English
    and Russian, and the styles of Tandem's own letterhead); a centred end mark is "end"."""
    name = style.strip().lower()
    for role, names in _STYLE_ROLES.items():
        if name in names:
            return role
    if centred and text.strip() in END_MARKS:
        return "end"
    return None
