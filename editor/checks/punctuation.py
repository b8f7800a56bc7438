"""``punctuation.*``: unpaired quotes and brackets, double spaces, a space before
punctuation, and the quote style of each language («» in Russian, “” in English)."""

from __future__ import annotations

import re

from editor.checks.finding import Finding, Severity, msg
from editor.languages import profile
from editor.model import Release

_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_SPACE_BEFORE = re.compile(r"(?<=\w)[ \u00a0]+(?=[,.;:!?)\]»”](?:\s|$))")
_PAIRS = (("«", "»"), ("“", "”"), ("(", ")"), ("[", "]"))
_STRAIGHT = re.compile(r'"')
def _house_quotes(lang: str) -> str:
    """The language's quote marks (editor/languages.py): «» in Russian and Kazakh, “” in
    English."""
    return "".join(profile(lang).quotes)


def _unpaired(text: str) -> list[tuple[int, str]]:
    """Positions of opening or closing marks without a partner."""
    found = []
    for opening, closing in _PAIRS:
        stack = []
        for m in re.finditer(re.escape(opening) + "|" + re.escape(closing), text):
            if m.group() == opening:
                stack.append(m.start())
            elif stack:
                stack.pop()
            else:
                found.append((m.start(), m.group()))
        found += [(pos, opening) for pos in stack]
    straight = [m.start() for m in _STRAIGHT.finditer(text)]
    if len(straight) % 2:
        found.append((straight[-1], '"'))
    return sorted(found)


def check_punctuation(release: Release) -> list[Finding]:
    return [f for i in range(len(release.rows)) for f in punctuation_row(release, i)]


def punctuation_row(release: Release, i: int) -> list[Finding]:
    out = []
    row = release.rows[i]
    for lang in release.languages:
        text = row.text(lang)
        for pos, mark in _unpaired(text):
            out.append(Finding("punctuation.unpaired", Severity.WARNING, i, lang, pos, pos + 1,
                               mark, msg("{mark} has no matching mark in this paragraph", mark=mark), [],
                               row.id))
        for m in _DOUBLE_SPACE.finditer(text):
            out.append(Finding("punctuation.double-space", Severity.INFO, i, lang, m.start(),
                               m.end(), m.group(), msg("Two or more spaces between words"),
                               [" "], row.id))
        for m in _SPACE_BEFORE.finditer(text):
            out.append(Finding("punctuation.space-before", Severity.INFO, i, lang, m.start(),
                               m.end(), m.group(), msg("A space before punctuation"), [""], row.id))
        house = _house_quotes(lang)
        straight_quote = _STRAIGHT.search(text) if house else None
        if house and straight_quote:
            m = straight_quote
            out.append(Finding("punctuation.quote-style", Severity.INFO, i, lang, m.start(),
                               m.end(), '"', msg("Straight quotes; the house style is {opening}…{closing}", opening=house[0], closing=house[1]), [house[0]], row.id))
    return out
