"""Find and replace across the paragraphs of a release, per language: plain text or a
regular expression, match case, whole words. Replacing keeps inline emphasis: a mark
around the replaced text covers its replacement."""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.errors import TandemError
from editor.model import Mark, Paragraph, Release


class PatternError(TandemError):
    """The search text is not a valid regular expression."""


@dataclass(frozen=True)
class Match:
    row: int
    lang: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Query:
    text: str
    langs: tuple[str, ...] = ()  # () for every language
    match_case: bool = False
    whole_word: bool = False
    regex: bool = False

    def compile(self) -> re.Pattern:
        if not self.text:
            raise PatternError("nothing to find: the search text is empty")
        body = self.text if self.regex else re.escape(self.text)
        if self.whole_word:
            body = rf"(?<!\w)(?:{body})(?!\w)"
        flags = 0 if self.match_case else re.IGNORECASE
        try:
            return re.compile(body, flags)
        except re.error as err:
            raise PatternError(f"the search text is not a valid regular expression: {err}") from err


def find_all(release: Release, query: Query) -> list[Match]:
    """Every match in reading order: row by row, languages in the release's order. Empty
    matches (a pattern like ``x*``) are left out."""
    pattern = query.compile()
    langs = [lang for lang in release.languages if not query.langs or lang in query.langs]
    out = []
    for i, row in enumerate(release.rows):
        for lang in langs:
            for m in pattern.finditer(row.text(lang)):
                if m.end() > m.start():
                    out.append(Match(i, lang, m.start(), m.end(), m.group()))
    return out


def expand(query: Query, match: Match, replacement: str) -> str:
    """The replacement for one match (``\\1`` and ``\\g<name>`` with a regular expression)."""
    if not query.regex:
        return replacement
    m = query.compile().fullmatch(match.text)
    try:
        return m.expand(replacement) if m else replacement
    except (re.error, IndexError) as err:
        raise PatternError(f"the replacement refers to a group the search has not: {err}") from err


def splice(p: Paragraph, start: int, end: int, text: str) -> Paragraph:
    """``p`` with ``[start, end)`` replaced by ``text``; marks after it shift, a mark that
    covered the replaced text covers the new one."""
    delta = len(text) - (end - start)
    marks = []
    for m in p.marks:
        a, b = m.start, m.end
        if b <= start:
            pass
        elif a >= end:
            a, b = a + delta, b + delta
        else:
            a = min(a, start)
            b = b + delta if b >= end else start + len(text)
        if a < b:
            marks.append(Mark(a, b, m.kind, m.href))
    return Paragraph(p.text[:start] + text + p.text[end:], marks)


def replace_all(release: Release, query: Query, replacement: str,
                matches: list[Match] | None = None) -> dict[tuple[int, str], Paragraph]:
    """The new paragraph of every (row, language) that has a match (``matches``, when the
    caller has them already); the release itself is not changed (the caller applies the
    result, as one undo step in the editor)."""
    out: dict[tuple[int, str], Paragraph] = {}
    by_paragraph: dict[tuple[int, str], list[Match]] = {}
    for m in find_all(release, query) if matches is None else matches:
        by_paragraph.setdefault((m.row, m.lang), []).append(m)
    for (row, lang), matches in by_paragraph.items():
        p = release.rows[row].paragraph(lang)
        for m in reversed(matches):  # from the end: earlier offsets stay right
            p = splice(p, m.start, m.end, expand(query, m, replacement))
        out[(row, lang)] = p
    return out
