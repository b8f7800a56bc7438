"""Findings in the light of the whole release, after every row was checked: real releases
move a date, a figure or a person to the neighbouring paragraph, and name a person in full
once and then by title ("the Minister", "Mr Ashimbayev"). A figure, date or name missing in
row i but present in the partner's row i-1 or i+1 becomes a note saying where it went; a
person named in full elsewhere in the translation, and here by neither first name nor
surname, is no finding. Done as a pass over the findings, so the per-row cache stays right
when a neighbour is edited."""

from __future__ import annotations

import dataclasses
from difflib import SequenceMatcher

from editor.checks.dates import find_dates
from editor.checks.figures import find_figures
from editor.checks.finding import Finding, Severity, msg
from editor.checks.names import _CYRILLIC_WORD, _LATIN_WORD, capitalised_skeletons
from editor.checks.names import FOREIGN_SURNAME as FIRST_NAME  # Жозефину / Josephine
from editor.model import Release
from editor.names.romanize import cyrillic_skeletons, latin_skeleton

_latin_skeletons = capitalised_skeletons


def _cyrillic_skeletons(text: str) -> set[str]:
    return set().union(*(cyrillic_skeletons(w) for w in _CYRILLIC_WORD.findall(text)))


def _person_in(tokens: list, skeletons: set[str]) -> bool:
    """The person's surname among ``skeletons`` (as romanized, or nearly: Бруш / Bruch when
    the first name is there too)."""
    surname = tokens[-1] if tokens else set()
    if surname & skeletons:
        return True
    first = any(group & skeletons for group in tokens[:-1])
    best = max((SequenceMatcher(None, s, c).ratio() for s in surname for c in skeletons),
               default=0.0)
    return best >= (FIRST_NAME if first else 0.8)


def _neighbour(release: Release, i: int, lang: str, has) -> int | None:
    """The neighbouring row (i-1 or i+1) whose ``lang`` paragraph ``has`` it."""
    for k in (i + 1, i - 1):
        if 0 <= k < len(release.rows) and has(release.rows[k].text(lang)):
            return k
    return None


_MOVED = {  # whole sentences, so that each can be translated
    (True, "translation"): "{name} is in the next paragraph of the translation",
    (False, "translation"): "{name} is in the previous paragraph of the translation",
    (True, "source"): "{name} is in the next paragraph of the source",
    (False, "source"): "{name} is in the previous paragraph of the source",
}


def _moved(f: Finding, k: int, i: int, where: str) -> Finding:
    return dataclasses.replace(f, severity=Severity.INFO,
                               message=msg(_MOVED[(k > i, where)], name=f.text))


def soften(release: Release, findings: list[Finding]) -> list[Finding]:
    src = release.source_lang
    english: dict[str, set[str]] = {}  # lang -> skeletons of the whole version, on demand
    out = []
    for f in findings:
        if f.severity is Severity.INFO or f.pair >= len(release.rows):
            out.append(f)
            continue
        other = next((lang for lang in release.languages if lang != f.lang), None)
        if f.code in ("number.mismatch", "date.mismatch") and other is not None:
            # the figure as written, looked for in the other version's neighbouring rows
            look = other if f.lang == src else src
            if f.code == "number.mismatch":
                keys = {x.key for x in find_figures(f.text, f.lang)}
                k = _neighbour(release, f.pair, look,
                               lambda t, keys=keys, look=look: bool(
                                   keys & {x.key for x in find_figures(t, look)}))
            else:
                mine = find_dates(f.text, f.lang)
                k = _neighbour(release, f.pair, look, lambda t, mine=mine, look=look: any(
                    d.agrees(o) for d in mine for o in find_dates(t, look)))
            if k is not None:
                f = _moved(f, k, f.pair, "translation" if f.lang == src else "source")
        elif f.code == "name.missing" and _CYRILLIC_WORD.match(f.text):
            # a Russian person the English row lacks
            tokens = [cyrillic_skeletons(t) for t in f.text.split()]
            surname = tokens[-1] if tokens else set()
            if f.lang not in english:
                english[f.lang] = set().union(*(_latin_skeletons(r.text(f.lang))
                                                for r in release.rows))
            here = _latin_skeletons(release.rows[f.pair].text(f.lang))
            first_here = any(SequenceMatcher(None, s, c).ratio() >= FIRST_NAME
                             for group in tokens[:-1] for s in group for c in here)
            if surname & english[f.lang] and not first_here:
                continue  # named in full elsewhere; here by title ("the Minister")
            if not first_here:  # named here, but not so: that stays a warning
                k = _neighbour(release, f.pair, f.lang,
                               lambda t, tokens=tokens: _person_in(tokens, _latin_skeletons(t)))
                if k is not None:
                    f = _moved(f, k, f.pair, "translation")
        elif f.code == "name.missing" and f.text:
            # an English name the Russian row lacks
            words = [latin_skeleton(w) for w in _LATIN_WORD.findall(f.text)]
            k = _neighbour(release, f.pair, src,
                           lambda t, words=words: any(
                               w in _cyrillic_skeletons(t) or w in _latin_skeletons(t)
                               for w in words if len(w) >= 3))
            if k is not None:
                f = _moved(f, k, f.pair, "source")
        out.append(f)
    return out
