"""Inline emphasis inside a paragraph: bold, italic and links as character ranges.

Marks are kept as ranges over the plain text (not as nested markup) so that splitting,
merging and editing a paragraph are simple arithmetic and overlapping marks are allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MarkKind(StrEnum):
    BOLD = "bold"
    ITALIC = "italic"
    LINK = "link"


@dataclass(frozen=True, order=True)
class Mark:
    start: int
    end: int
    kind: MarkKind
    href: str | None = None

    def __post_init__(self):
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad mark range {self.start}..{self.end}")
        if (self.kind is MarkKind.LINK) != bool(self.href):
            raise ValueError("a link mark needs an address, and only a link mark has one")


def normalize_marks(marks: list[Mark], length: int) -> list[Mark]:
    """Clip marks to the text, drop empty ones, join touching marks of the same kind."""
    clipped = []
    for m in marks:
        start, end = max(0, m.start), min(length, m.end)
        if start < end:
            clipped.append(Mark(start, end, m.kind, m.href))
    clipped.sort(key=lambda m: (m.kind, m.href or "", m.start, m.end))
    merged: list[Mark] = []
    for m in clipped:
        last = merged[-1] if merged else None
        if last and last.kind == m.kind and last.href == m.href and m.start <= last.end:
            merged[-1] = Mark(last.start, max(last.end, m.end), m.kind, m.href)
        else:
            merged.append(m)
    return sorted(merged)


def slice_marks(marks: list[Mark], start: int, end: int) -> list[Mark]:
    """The marks of text[start:end], re-based to 0."""
    out = []
    for m in marks:
        s, e = max(m.start, start), min(m.end, end)
        if s < e:
            out.append(Mark(s - start, e - start, m.kind, m.href))
    return out


def shift_marks(marks: list[Mark], offset: int) -> list[Mark]:
    return [Mark(m.start + offset, m.end + offset, m.kind, m.href) for m in marks]
