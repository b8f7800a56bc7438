"""Names between two Cyrillic versions (a Russian source and its Kazakh translation), and
registry forms in any target language but English.

Kazakh writes a Russian name as Russian does and adds its endings to it (Шапашов →
Шапашовтың, Шапашовқа; a final қ may voice before a vowel: Қазақ → Қазағы), and a Kazakh name
with its own letters where Russian has the nearest (Нұрланова / Нурланова, Сейітқали /
Сейиткали): a name is in the Kazakh paragraph when a word there begins with its dictionary
form, both read with the Kazakh letters as those Russian ones, the last letter allowed to
voice. A near miss (Шапошов) is a mismatch; a name not there at all is missing.
A registry entry with a form in the target language must be written that way. A Kazakh
version in Latin letters (the 2021 alphabet: Nūrlanova, Seiıtqali) is compared through the
romanizations: a word there begins with one of the name's (Nūrlanovanyñ)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from editor.checks.finding import Finding, Severity, msg
from editor.languages import profile
from editor.model import Release
from editor.names.entities import russian_persons
from editor.names.registry import Registry, find_form
from editor.names.romanize import cyrillic_skeletons, latin_skeleton

NEAR_MISS = 0.8
_CYRILLIC_WORD = re.compile(r"(?<![\w-])[\u0400-\u04ff][\u0400-\u04ff’'-]*")
# Kazakh letters as the Russian rendering of a Kazakh name writes them (one for one, so
# offsets in the folded text are offsets in the text)
_FOLD = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


_LATIN_WORD = re.compile(r"(?<![\w-])[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f’'-]*")
_ANY_LETTER = re.compile(r"[^\W\d_]")


def written_in_latin(text: str) -> bool:
    """Is this (Cyrillic-script language's) paragraph written in Latin letters?"""
    letters = _ANY_LETTER.findall(text)
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    return bool(letters) and latin > len(letters) / 2


def find_romanized(text: str, form: str) -> tuple[int, int] | None:
    """Where a Cyrillic ``form`` stands in a Latin text under one of its romanizations (its
    last word beginning a word there, endings allowed)."""
    last = form.split()[-1]
    skeletons = {k for k in cyrillic_skeletons(last) if len(k) >= 4}
    for m in _LATIN_WORD.finditer(text):
        word = latin_skeleton(m.group())
        if any(word.startswith(k) for k in skeletons):
            return m.start(), m.end()
    return None


def find_inflected(text: str, form: str, lang: str, fold: bool = False) -> tuple[int, int] | None:
    """Where ``form`` stands in ``text`` as a word's beginning (its endings may follow; the
    last letter may be voiced), any case; for a Latin-script language, as whole words.
    ``fold``: Kazakh letters read as the Russian ones (a Russian name in Kazakh); without
    it the form is as approved (a registry form: Түркия, not Туркия)."""
    p = profile(lang)
    if p.script != "cyrillic":
        return find_form(text, form)
    if written_in_latin(text):  # Kazakh in the Latin alphabet
        return find_romanized(text, form)
    if fold:
        form, text = form.translate(_FOLD), text.translate(_FOLD)
    head, last = form[:-1], form[-1:]
    voiced = [v for v, plain in p.voicing.items() if plain == last.lower()]
    if fold:
        voiced = [v.translate(_FOLD) for v, plain in p.voicing.items()
                  if plain.translate(_FOLD) == last.lower()]
    letters = "".join(re.escape(c) for c in [last, *voiced])
    m = re.search(rf"(?<![\w-]){re.escape(head)}[{letters}][\w’'-]*", text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def near_word(text: str, form: str, fold: bool = False) -> tuple[int, int] | None:
    """A word of ``text`` that is almost ``form``'s last word with endings (Шапошовтың for
    Шапашов): its span. ``fold`` as for find_inflected."""
    table = _FOLD if fold else {}
    last = form.split()[-1].lower().translate(table)
    for m in _CYRILLIC_WORD.finditer(text):
        word = m.group().lower().translate(table)
        if word.startswith(last):
            continue  # the form itself (found otherwise)
        if len(last) >= 4 and SequenceMatcher(None, last, word[:len(last)]).ratio() >= NEAR_MISS:
            return m.start(), m.end()
    return None


def registry_forms_row(release: Release, i: int, registry: Registry, lang: str):
    """Registry entries met in the Russian of row ``i`` that have a form in ``lang`` (not
    English, which names.py checks with its variants): that form must be in the partner.
    Returns the findings, the Russian spans the registry spoke for and the partner's."""
    row = release.rows[i]
    text = row.text(lang)
    out: list[Finding] = []
    covered: list[tuple[int, int]] = []
    covered_target: list[tuple[int, int]] = []
    if release.source_lang != "ru":
        return out, covered, covered_target
    seen: set[str] = set()
    source = row.text("ru")
    for occ in registry.find_russian(source):
        e = occ.entry
        form = e.form(lang)
        if not form:
            continue
        covered.append((occ.start, occ.end))
        span = find_inflected(text, form, lang)
        if span:
            covered_target.append(span)
        if e.ru in seen or span:
            seen.add(e.ru)
            continue
        seen.add(e.ru)
        russian = source[occ.start:occ.end]
        near = (near_word(text, form) if profile(lang).script == "cyrillic"
                and not written_in_latin(text) else None)
        if near:
            start, end = near
            out.append(Finding("name.mismatch", Severity.WARNING, i, lang, start, end,
                               text[start:end], msg("{name}: the registry spelling is {approved}",
                                                    name=text[start:end], approved=form),
                               [form], row.id, counterpart=e.ru))
        elif e.kind in ("person", "title"):
            out.append(Finding("name.missing", Severity.WARNING, i, lang, 0, 0, russian,
                               msg("{name} is not in the {t_lang} paragraph (the registry has "
                                   "{approved})", name=russian, t_lang=lang, approved=form),
                               [form], row.id))
        else:
            severity = Severity.INFO if e.kind == "place" else Severity.WARNING
            out.append(Finding("term.glossary", severity, i, lang, 0, 0, russian,
                               msg("{name}: the approved {t_lang} is {approved}, which this "
                                   "paragraph does not use", name=russian, t_lang=lang,
                                   approved=form), [form], row.id))
    return out, covered, covered_target


def cyrillic_persons_row(release: Release, i: int, lang: str,
                         covered: list[tuple[int, int]]) -> list[Finding]:
    """Persons of the Russian of row ``i`` in its Cyrillic partner ``lang``: the surname's
    dictionary form begins a word there; else a near miss is a mismatch, or it is missing."""
    row = release.rows[i]
    source, text = row.text(release.source_lang), row.text(lang)
    out: list[Finding] = []
    for person in russian_persons(source, [text]):
        if any(a < person.end and person.start < b for a, b in covered):
            continue  # the registry has spoken
        tokens = person.tokens
        if not tokens or find_inflected(text, tokens[-1], lang, fold=True):
            continue
        near = None if written_in_latin(text) else near_word(text, tokens[-1], fold=True)
        if near:
            start, end = near
            out.append(Finding(
                "name.mismatch", Severity.WARNING, i, lang, start, end, text[start:end],
                msg("{name} does not match {other} in the {s_lang}", name=text[start:end],
                    other=tokens[-1], s_lang=release.source_lang),
                [tokens[-1]], row.id, counterpart=person.text))
        else:
            out.append(Finding(
                "name.missing", Severity.WARNING, i, lang, 0, 0, person.text,
                msg("{name} ({normal}) is not in the {t_lang} paragraph", name=person.text,
                    normal=person.normal, t_lang=lang), [person.normal], row.id))
    return out
