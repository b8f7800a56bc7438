"""``untranslated`` and ``stale``: a partner that is empty, a copy of its source or still in
the source's script; a translation confirmed before its source last changed."""

from __future__ import annotations

from editor.checks.finding import Finding, Severity, msg
from editor.languages import profile
from editor.model import Release


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
    return "cyrillic" if lang in ("uk", "be") else profile(lang).script


def check_untranslated(release: Release) -> list[Finding]:
    return [f for i in range(len(release.rows)) for f in untranslated_row(release, i)]


def untranslated_row(release: Release, i: int) -> list[Finding]:
    out = []
    src = release.source_lang
    row = release.rows[i]
    source = row.text(src)
    for lang in release.target_langs:
        target = row.text(lang)
        if row.only_in and not (source.strip() and target.strip()):
            # one note for a paragraph the other version never had, nothing else in the row
            present = row.only_in
            missing = lang if present == src else src
            if row.text(present).strip():
                out.append(Finding("untranslated.one-sided", Severity.INFO, i, missing, 0, 0, "",
                                   msg("This paragraph is only in the {p_lang} version",
                                       p_lang=present), [], row.id))
            continue
        if source.strip() and not target.strip():
            out.append(Finding("untranslated", Severity.ERROR, i, lang, 0, 0, "",
                               msg("The {t_lang} paragraph is empty", t_lang=lang), [], row.id))
        elif target.strip() and not source.strip():
            out.append(Finding("untranslated", Severity.ERROR, i, src, 0, 0, "",
                               msg("The {s_lang} paragraph is empty: the {t_lang} has no source", s_lang=src, t_lang=lang),
                               [], row.id))
        elif source.strip() and " ".join(source.split()) == " ".join(target.split()):
            out.append(Finding("untranslated", Severity.ERROR, i, lang, 0, len(target), target,
                               msg("The {t_lang} paragraph is a copy of the {s_lang}", t_lang=lang, s_lang=src), [], row.id))
        elif (_script_of_language(lang) != _script_of_language(src)
              and _letters_in(target, _script_of_language(src)) > 0.5):
            out.append(Finding("untranslated", Severity.WARNING, i, lang, 0, len(target),
                               target[:80], msg("The {t_lang} paragraph is mostly in the {s_lang} alphabet: is it translated?", t_lang=lang, s_lang=src), [], row.id))
    return out


def check_stale(release: Release) -> list[Finding]:
    return [f for i in range(len(release.rows)) for f in stale_row(release, i)]


def stale_row(release: Release, i: int) -> list[Finding]:
    out = []
    src = release.source_lang
    row = release.rows[i]
    for lang in release.target_langs:
        if release.row_status(row, lang) == "stale":
            text = row.text(lang)
            out.append(Finding(
                "stale", Severity.WARNING, i, lang, 0, len(text), text[:80],
                msg("The {s_lang} changed after this {t_lang} translation was confirmed", s_lang=src, t_lang=lang), [], row.id))
    return out
