"""``name.title``: a title whose rank differs between partners — First Deputy Prime Minister
in one version, Deputy Prime Minister or Prime Minister in the other; a deputy minister
rendered as the minister. Ranks are counted per paragraph (первый заместитель / First
Deputy / бірінші орынбасар; заместитель, вице- / Deputy, Vice / орынбасары, вице-), so a
paraphrase that keeps every rank passes."""

from __future__ import annotations

import re

from editor.checks.finding import Finding, Severity, msg
from editor.model import Release

# "first deputy" before "deputy": a first deputy is not counted twice
_RANKS = {
    "ru": [("first deputy", re.compile(r"(?<![\w-])перв\w+[ \u00a0]+(?:заместител\w*|вице-)", re.I)),
           ("deputy", re.compile(r"(?<![\w-])(?:заместител\w*|замминистр\w*|вице-\w+)", re.I))],
    # Kazakh: бірінші орынбасар / орынбасары, вице-министр; in Latin letters as well
    "kk": [("first deputy", re.compile(r"(?<![\w-])(?:бірінші|birinşi|birinshi|birinsi)[ \u00a0]+"
                                       r"(?:орынбасар\w*|orynbasar\w*|вице-|vitse-|vice-)", re.I)),
           ("deputy", re.compile(r"(?<![\w-])(?:орынбасар\w*|orynbasar\w*|вице-\w+|vitse-\w+"
                                 r"|vice-\w+)", re.I))],
    "en": [("first deputy", re.compile(r"\bFirst[ \u00a0]+(?:Deputy|Vice)\b")),
           # Deputy before a capitalised title (Deputy Minister), not "a deputy of the Mazhilis"
           ("deputy", re.compile(r"\b(?:Deputy|Vice)(?=[ \u00a0-]+[A-Z])"))],
}


def _ranks(text: str, lang: str) -> dict[str, list[re.Match]]:
    base = lang if lang in _RANKS else "en"
    out: dict[str, list[re.Match]] = {}
    taken: list[tuple[int, int]] = []
    for rank, pattern in _RANKS[base]:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.setdefault(rank, []).append(m)
    return out


def titles_row(release: Release, i: int) -> list[Finding]:
    out: list[Finding] = []
    src = release.source_lang
    row = release.rows[i]
    source = row.text(src)
    if not source.strip():
        return out
    s_ranks = _ranks(source, src)
    for lang in release.target_langs:
        target = row.text(lang)
        if not target.strip():
            continue
        t_ranks = _ranks(target, lang)
        extra, missing = [], []
        for rank in ("first deputy", "deputy"):
            s, t = s_ranks.get(rank, []), t_ranks.get(rank, [])
            extra += t[len(s):]  # a rank the source does not give
            missing += s[len(t):]  # a rank the translation leaves out
        for k, m in enumerate(extra):
            other = missing[k].group() if k < len(missing) else None
            out.append(Finding(
                "name.title", Severity.WARNING, i, lang, m.start(), m.end(), m.group(),
                msg("The translation says {title} where the source has {other}", title=m.group(),
                    other=other) if other else
                msg("The translation says {title}, which the source does not", title=m.group()),
                [other] if other else [], row.id))
        for m in missing[len(extra):]:
            out.append(Finding("name.title", Severity.WARNING, i, src, m.start(), m.end(),
                               m.group(), msg("The translation leaves out {title}", title=m.group()),
                               [], row.id))
    return out
