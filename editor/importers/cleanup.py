"""Clean-up shared by every importer: the leading ``date YYYY-MM-DD`` line of a web export
and page debris (share and print labels) that are not part of the release."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from editor.model import Mark

# Labels of web pages' share/print widgets, in the languages Tandem handles. A line made only
# of these (one or several) is debris; the same words inside a sentence are kept.
DEBRIS_LABELS = (
    "рассказать друзьям", "поделиться", "поделиться в соцсетях", "печать", "распечатать",
    "версия для печати", "отправить другу", "tell a friend", "share", "share this",
    "print", "print version", "printable version", "send to a friend",
    "бөлісу", "достарыңа айт", "басып шығару",
)
_LABEL = "|".join(re.escape(lbl) for lbl in sorted(DEBRIS_LABELS, key=len, reverse=True))
_DEBRIS_LINE = re.compile(rf"^[\s|•·/,:\-]*(?:(?:{_LABEL})[\s|•·/,:\-]*)+$", re.IGNORECASE)
_DATE_LINE = re.compile(r"^\s*date\s*:?\s*(\d{4})-(\d{2})-(\d{2})\b[ \t]*(.*)$", re.IGNORECASE)


@dataclass
class ImportedParagraph:
    text: str
    marks: list[Mark] = field(default_factory=list)
    role_hint: str | None = None  # e.g. "headline" from a Word Title style


def is_debris(line: str) -> bool:
    return bool(line.strip()) and bool(_DEBRIS_LINE.match(line))


def take_date_line(line: str) -> tuple[date, str] | None:
    """If ``line`` is a ``date YYYY-MM-DD`` line, return the date and the rest of the line."""
    m = _DATE_LINE.match(line)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])), m[4]
    except ValueError:
        return None


def clean_paragraphs(paragraphs: list[ImportedParagraph]) -> tuple[list[ImportedParagraph], date | None]:
    """Drop empty and debris paragraphs; read a leading date line (which may share its line
    with debris, as in ``date 2025-12-18 Tell a friend``)."""
    out: list[ImportedParagraph] = []
    found: date | None = None
    for p in paragraphs:
        text = p.text
        if not out and found is None:
            first, _, rest = text.partition("\n")
            dated = take_date_line(first)
            if dated:
                found, tail = dated
                tail = "" if is_debris(tail) else tail.strip()
                text = "\n".join(part for part in (tail, rest) if part.strip())
                # marks cannot be trusted after this rewrite of the first paragraph
                p = ImportedParagraph(text, [], p.role_hint)
        lines = text.split("\n")
        kept = [ln for ln in lines if not is_debris(ln)]
        if len(kept) != len(lines):
            p = ImportedParagraph("\n".join(kept), [], p.role_hint)
        if p.text.strip():
            out.append(p)
    return out, found
