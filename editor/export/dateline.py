"""Dates and datelines as each language writes them: 18 декабря 2025 г. / 18 December 2025;
БРЮССЕЛЬ, 18 декабря 2025 г. / BRUSSELS, 18 December 2025."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from editor.languages import profile


def format_date(d: date, lang: str) -> str:
    """The date as the language writes it (editor/languages.py): 18 декабря 2025 г.,
    18 December 2025, 2025 жылғы 18 желтоқсан."""
    p = profile(lang)
    return p.date_format.format(day=d.day, month=p.months[d.month - 1], year=d.year)


def dateline(place: str, d: date | None, lang: str) -> str:
    parts = [place.upper()] if place else []
    if d is not None:
        parts.append(format_date(d, lang))
    return ", ".join(parts)


def zone_name(moment: datetime) -> str:
    """CET, or UTC, or UTC+05:00 for a zone whose abbreviation is only a number ("+05")."""
    if moment.tzinfo is None:
        return ""
    name = moment.tzname() or ""
    if name[:1].isalpha() and not name.startswith("UTC"):
        return name
    offset = moment.utcoffset() or timedelta(0)
    if offset == timedelta(0):
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def embargo_line(moment: datetime, lang: str) -> str:
    """EMBARGOED UNTIL 18 December 2025, 10:00 CET / ЭМБАРГО: не публиковать до
    18 декабря 2025 г., 10:00 (CET), in the reader's language."""
    zone = zone_name(moment)
    when = f"{format_date(moment.date(), lang)}, {moment:%H:%M}"
    if lang in ("ru", "kk"):
        return f"ЭМБАРГО: не публиковать до {when}" + (f" ({zone})" if zone else "")
    return f"EMBARGOED UNTIL {when}" + (f" {zone}" if zone else "")


def embargo_tag(lang: str) -> str:
    """The short form for an e-mail subject."""
    return "ЭМБАРГО" if lang in ("ru", "kk") else "EMBARGOED"
