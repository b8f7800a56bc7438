"""Dates and datelines as each language writes them: 18 декабря 2025 г. / 18 December 2025;
БРЮССЕЛЬ, 18 декабря 2025 г. / BRUSSELS, 18 December 2025."""

from __future__ import annotations

from datetime import date

_RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]


def format_date(d: date, lang: str) -> str:
    if lang in ("ru", "kk"):
        return f"{d.day}\u00a0{_RU_MONTHS[d.month - 1]} {d.year}\u00a0г."
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def dateline(place: str, d: date | None, lang: str) -> str:
    parts = [place.upper()] if place else []
    if d is not None:
        parts.append(format_date(d, lang))
    return ", ".join(parts)
