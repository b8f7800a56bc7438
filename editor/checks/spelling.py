"""The ``spelling`` check: words the dictionary of their script does not know, in every
paragraph of the release. Word lists and names the partner version confirms are not
findings."""

from __future__ import annotations

from functools import cache

from editor.checks.finding import Finding, Severity, msg
from editor.model import Release
from editor.names import PartnerNames
from editor.names.entities import english_names, russian_persons
from editor.spelling import SpellChecker, SpellService


def name_confirmer(text: str, lang: str, partner_texts: list[str], service: SpellService):
    """Which unknown words of ``text`` are names: confirmed by the partner paragraph, or
    recognised as names (a Russian person by the NER; an English run of two or more
    capitalised words). A misspelt name is then a matter for the name checks. Built when
    first asked: most paragraphs have no word the dictionaries lack, and finding the names
    of every paragraph was a sixth of the spelling check."""

    @cache
    def names_and_partners():
        partners = PartnerNames(partner_texts)
        names: set[str] = set()
        if lang in ("ru", "kk"):
            for e in russian_persons(text, partner_texts):
                names.update(e.text.split())
        elif service.has("en"):
            for run in english_names(text, lambda w: service.knows(w, "en")):
                if run.kind == "person":
                    names.update(run.text.split())
        return names, partners

    def confirms(word: str) -> bool:
        names, partners = names_and_partners()
        return word in names or partners.confirms(word)
    return confirms


def check_row(checker: SpellChecker, release: Release, index: int,
              suggest: bool = True) -> list[Finding]:
    row = release.rows[index]
    findings = []
    for lang in release.languages:
        text = row.text(lang)
        if not text.strip():
            continue
        partner_texts = [row.text(other) for other in release.languages if other != lang]
        confirm = name_confirmer(text, lang, partner_texts, checker.service)
        for m in checker.check(text, confirm, lang):
            suggestions = checker.service.suggest(m.word.replace("’", "'"), m.script) if suggest else []
            findings.append(Finding(
                "spelling", Severity.WARNING, index, lang, m.start, m.end, m.word,
                msg("“{word}” is not in the {d_lang} dictionary", word=m.word, d_lang=m.script),
                suggestions, row.id))
    return findings


def check_spelling(checker: SpellChecker, release: Release, suggest: bool = True) -> list[Finding]:
    out = []
    for i in range(len(release.rows)):
        out += check_row(checker, release, i, suggest)
    return out
