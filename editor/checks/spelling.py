"""The ``spelling`` check: words the dictionary of their script does not know, in every
paragraph of the release. Word lists and names the partner version confirms are not
findings."""

from __future__ import annotations

from editor.checks.finding import Finding, Severity
from editor.model import Release
from editor.names import PartnerNames
from editor.spelling import SpellChecker

_DICTIONARY = {"ru": "Russian", "en": "English", "kk": "Kazakh"}


def check_row(checker: SpellChecker, release: Release, index: int,
              suggest: bool = True) -> list[Finding]:
    row = release.rows[index]
    findings = []
    for lang in release.languages:
        text = row.text(lang)
        if not text.strip():
            continue
        partners = PartnerNames([row.text(other) for other in release.languages if other != lang])
        for m in checker.check(text, partners.confirms):
            suggestions = checker.service.suggest(m.word.replace("’", "'"), m.script) if suggest else []
            findings.append(Finding(
                "spelling", Severity.WARNING, index, lang, m.start, m.end, m.word,
                f"“{m.word}” is not in the {_DICTIONARY[m.script]} dictionary",
                suggestions, row.id))
    return findings


def check_spelling(checker: SpellChecker, release: Release, suggest: bool = True) -> list[Finding]:
    out = []
    for i in range(len(release.rows)):
        out += check_row(checker, release, i, suggest)
    return out
