"""``untranslated`` and ``stale``: a partner that is empty, a copy of its source or still in
the source's script; a translation confirmed before its source last changed."""

from __future__ import annotations

from editor.checks.finding import Finding, Severity
from editor.model import Release

_NAMES = {"ru": "Russian", "en": "English", "kk": "Kazakh"}


def _letters_in(text: str, script: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    if script == "cyrillic":
        hits = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    else:
        hits = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    return hits / len(letters)


def _script_of_language(lang: str) -> str:
    return "cyrillic" if lang in ("ru", "kk", "uk", "be") else "latin"


def check_untranslated(release: Release) -> list[Finding]:
    return [f for i in range(len(release.rows)) for f in untranslated_row(release, i)]


def untranslated_row(release: Release, i: int) -> list[Finding]:
    out = []
    src = release.source_lang
    row = release.rows[i]
    source = row.text(src)
    for lang in release.target_langs:
        target = row.text(lang)
        tname, sname = _NAMES.get(lang, lang), _NAMES.get(src, src)
        if source.strip() and not target.strip():
            out.append(Finding("untranslated", Severity.ERROR, i, lang, 0, 0, "",
                               f"The {tname} paragraph is empty", [], row.id))
        elif target.strip() and not source.strip():
            out.append(Finding("untranslated", Severity.ERROR, i, src, 0, 0, "",
                               f"The {sname} paragraph is empty: the {tname} has no source",
                               [], row.id))
        elif source.strip() and " ".join(source.split()) == " ".join(target.split()):
            out.append(Finding("untranslated", Severity.ERROR, i, lang, 0, len(target), target,
                               f"The {tname} paragraph is a copy of the {sname}", [], row.id))
        elif (_script_of_language(lang) != _script_of_language(src)
              and _letters_in(target, _script_of_language(src)) > 0.5):
            out.append(Finding("untranslated", Severity.WARNING, i, lang, 0, len(target),
                               target[:80], f"The {tname} paragraph is mostly in the "
                               f"{sname} alphabet: is it translated?", [], row.id))
    return out


def check_stale(release: Release) -> list[Finding]:
    return [f for i in range(len(release.rows)) for f in stale_row(release, i)]


def stale_row(release: Release, i: int) -> list[Finding]:
    out = []
    src = release.source_lang
    row = release.rows[i]
    for lang in release.target_langs:
        if row.is_stale(lang, row.text(src)):
            text = row.text(lang)
            out.append(Finding(
                "stale", Severity.WARNING, i, lang, 0, len(text), text[:80],
                f"The {_NAMES.get(src, src)} changed after this {_NAMES.get(lang, lang)} "
                "translation was confirmed", [], row.id))
    return out
