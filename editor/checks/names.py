"""``name.missing``, ``name.mismatch``, ``name.inconsistent``.

A person the Russian names (natasha's NER, in its dictionary form) must appear in the
English partner, romanized in any of the usual ways; an English name (a run of capitalised
words holding a word the dictionary does not know) must appear in the Russian. A near miss
(Shapashiv for Шапашов) is a mismatch, with the plain romanization as the suggestion.
Across the release, one name spelt two ways in English (Kaldayakov / Kaldaiakov, Baqyt /
Bakyt) is inconsistent: the less common spelling is reported."""

from __future__ import annotations

import copy
import re
from collections import Counter
from difflib import SequenceMatcher

from editor.checks.cyrillic_names import cyrillic_persons_row, registry_forms_row
from editor.checks.finding import Finding, Severity, msg
from editor.languages import profile
from editor.model import Release
from editor.names.entities import Entity, english_names, russian_persons
from editor.names.registry import REGISTRY_LANG, Registry, find_form
from editor.names.romanize import (
    cyrillic_skeletons,
    latin_skeleton,
    lemma_candidates,
    romanizations,
    skeleton,
)

NEAR_MISS = 0.8
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff’'-]*")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f’'-]*")


_POSSESSIVE = re.compile(r"[’']s$")
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def capitalised_skeletons(text: str) -> set[str]:
    """Skeletons of the capitalised Latin words of ``text`` (possessives bare)."""
    return {latin_skeleton(_bare(w)) for w in _LATIN_WORD.findall(text) if w[0].isupper()}


def _english_tokens(run: Entity, knows) -> list[tuple[int, int, str]]:
    """The words of an English name run that the dictionary does not know."""
    out = []
    for m in _LATIN_WORD.finditer(run.text):
        word = _bare(m.group())
        if not knows(word) and not knows(word.lower()):
            out.append((run.start + m.start(), run.start + m.start() + len(word), word))
    return out


def _whole_name(run: Entity, absent: list[tuple[int, int]], knows) -> tuple[int, int]:
    """The span from the first to the last absent word, widened to the left over the
    capitalised words right before it that are names rather than common words (Marat in
    "Ambassador Marat Temirkhanov", whether a dictionary knows the first name or not)."""
    start, end = absent[0][0], absent[-1][1]
    words = [(run.start + m.start(), run.start + m.start() + len(_bare(m.group())), _bare(m.group()))
             for m in _LATIN_WORD.finditer(run.text)]
    for a, b, word in reversed(words):
        if b > start:
            continue
        gap = run.text[b - run.start:start - run.start]
        if gap.strip() or not word[:1].isupper() or knows(word.lower()):
            break
        start = a
    return start, end


FOREIGN_SURNAME = 0.6  # with the first name found: Бруш / Bruch (0.8), not Тео / Tan (0.33)


def _near(skel: str, candidates: set[str]) -> str | None:
    best, score = None, 0.0
    for c in candidates:
        if abs(len(c) - len(skel)) > 3:
            continue
        r = SequenceMatcher(None, skel, c).ratio()
        if r > score:
            best, score = c, r
    return best if score >= NEAR_MISS else None


def _nominative(word: str) -> str:
    """A Russian word's likeliest dictionary form, capitalised as written (Шапашова → Шапашов)."""
    forms = sorted((f for f in lemma_candidates(word) if len(f) >= 3), key=len)
    form = forms[0] if forms else word.lower()
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


def _romanized(word: str) -> str:
    """The Wikipedia-style romanization (2021 alphabet for Kazakh letters) of a Russian
    word's likeliest dictionary form."""
    forms = sorted(lemma_candidates(word), key=len)
    schemes = romanizations(forms[0] if len(forms[0]) >= 3 else word.lower())
    latin = schemes.get("wikipedia", schemes["plain"])
    return latin[:1].upper() + latin[1:]


def check_names(release: Release, knows, registry: Registry | None = None) -> list[Finding]:
    """``knows(word)``: whether the English dictionary knows a word (names it knows, like
    Kazakhstan, are translated rather than romanized and are left to the registry)."""
    out, runs = [], []
    for i in range(len(release.rows)):
        found, row_runs = names_row(release, i, knows, registry)
        out += found
        runs += row_runs
    return out + inconsistent_names(release, runs)


def _registry_row(release: Release, i: int, registry: Registry, lang: str):
    """Registry entries met in the Russian of row ``i``: their approved English must be in
    the partner. Returns findings, the English spans they cover and the Russian ones."""
    row = release.rows[i]
    text = row.text(lang)
    out, covered_en, covered_ru = [], [], []
    reported: set[str] = set()
    for occ in registry.find_russian(row.text(release.source_lang)):
        e = occ.entry
        covered_ru.append((occ.start, occ.end))
        if e.ru in reported:
            continue  # one finding per entry and row
        reported.add(e.ru)
        # a dateline writes the place in capitals (ASTANA, 14 May): the same spelling
        forms = [e.en, *e.accepted]
        ok = [span for form in forms + [f.upper() for f in forms] if (span := find_form(text, form))]
        if ok:
            covered_en += ok
            continue
        bad = [(form, span) for form in e.forbidden if (span := find_form(text, form))]
        if bad:
            form, span = bad[0]
            covered_en.append(span)
            out.append(Finding("name.mismatch", Severity.ERROR, i, lang, span[0], span[1], form,
                               msg("{form} is not to be used: the registry spelling is {approved}", form=form, approved=e.en),
                               [e.en], row.id))
            continue
        target = latin_skeleton(e.en)
        near = [(m.start(), m.end()) for m in re.finditer(
            r"[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*)*", text)
            if SequenceMatcher(None, latin_skeleton(m.group()), target).ratio() >= NEAR_MISS]
        russian = row.text(release.source_lang)[occ.start:occ.end]
        if near:
            start, end = near[0]
            covered_en.append((start, end))
            out.append(Finding("name.mismatch", Severity.WARNING, i, lang, start, end,
                               text[start:end], msg("{name}: the registry spelling is {approved}", name=text[start:end], approved=e.en),
                               [e.en], row.id, counterpart=e.ru))
        elif e.kind in ("person", "title"):
            out.append(Finding("name.missing", Severity.WARNING, i, lang, 0, 0, russian,
                               msg("{name} is not in the {t_lang} paragraph (the registry has {approved})", name=russian, t_lang=lang, approved=e.en), [e.en], row.id))
        else:
            # a place is often rendered by its adjective (Недели культуры Казахстана / Week of
            # Kazakh Culture): a note, not a warning
            severity = Severity.INFO if e.kind == "place" else Severity.WARNING
            out.append(Finding("term.glossary", severity, i, lang, 0, 0, russian,
                               msg("{name}: the approved {t_lang} is {approved}, which this paragraph does not use", name=russian, t_lang=lang, approved=e.en), [e.en], row.id))
    return out, covered_en, covered_ru


_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "madam", "mme", "m"}


def _wrong_first_name(text: str, skels: list, normal: str, knows) -> tuple[int, int] | None:
    """Where the English writes the surname with another first name before it: the span of
    that first name. A title, an honorific or an initial before the surname is fine. The
    first name is taken in its nominative (natasha's normal form) under each romanization,
    not under every case form it might be (Галым is no Галия)."""
    if len(skels) < 2 or not normal.split():
        return None
    first = {skeleton(r) for r in romanizations(normal.split()[0]).values()}
    words = list(_LATIN_WORD.finditer(text))
    for prev, word in zip(words, words[1:], strict=False):
        if latin_skeleton(_bare(word.group())) not in skels[-1]:
            continue
        name = prev.group()
        if (not name[0].isupper() or len(name) < 3 or name.lower() in _HONORIFICS
                or knows(name.lower()) or text[prev.end():word.start()].strip()):
            continue
        if _consonants(latin_skeleton(name)) in {_consonants(s) for s in first}:
            continue
        return prev.start(), prev.end()
    return None


def _consonants(skel: str) -> str:
    """A first name's consonants with the spelling variants folded: Josephine and Жозефина
    (jsfn) agree, Galiya and Галым (gl, glm) do not; Abdullah and Абдулла agree."""
    s = skel
    for a, b in (("ph", "f"), ("ch", "k"), ("ck", "k"), ("c", "k"), ("q", "k"), ("x", "ks"),
                 ("z", "s"), ("w", "v"), ("th", "t"), ("j", "zh")):
        s = s.replace(a, b)
    s = _DOUBLED.sub(r"\1", _VOWELS.sub("", s))
    return s.rstrip("h") or s


def _joined_pairs(tokens, skeletons) -> set[tuple[int, int]]:
    """Spans of two neighbouring words that the other version writes as one (Syr Darya /
    Сырдарья, Ust-Kamenogorsk / Усть-Каменогорск)."""
    out: set[tuple[int, int]] = set()
    for (a1, b1, w1), (a2, b2, w2) in zip(tokens, tokens[1:], strict=False):
        if latin_skeleton(w1 + w2) in skeletons:
            out |= {(a1, b1), (a2, b2)}
    return out


def _inside(start: int, end: int, spans) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def names_row(release: Release, i: int, knows, registry: Registry | None = None):
    """The name findings of one row, and its English name runs (for the release-wide
    consistency check). With a source in Latin letters (an English original), the Russian
    is compared with it as a Russian source would be with its English, and another Cyrillic
    version with the Russian."""
    if profile(release.source_lang).script == "latin" and "ru" in release.target_langs:
        # the Russian against the (English) source, as a Russian source with its English;
        # another Cyrillic version (Kazakh) against the Russian (the entity model reads
        # Russian only)
        out: list[Finding] = []
        runs: list = []
        for other in (release.source_lang, *(t for t in release.target_langs if t != "ru"
                                             and profile(t).script == "cyrillic")):
            mirror = copy.copy(release)
            mirror.source_lang, mirror.languages = "ru", ("ru", other)
            found, row_runs = _names_row(mirror, i, knows, registry)
            out += found
            runs += row_runs
        return out, runs
    return _names_row(release, i, knows, registry)


def _names_row(release: Release, i: int, knows, registry: Registry | None = None):
    out: list[Finding] = []
    runs: list[tuple[int, Entity, list[tuple[int, int, str, bool]]]] = []
    src = release.source_lang
    row = release.rows[i]
    ru_text = row.text(src)
    if not ru_text.strip():
        return out, runs
    ru_words = set(_CYRILLIC_WORD.findall(ru_text))
    ru_skeletons: dict[str, str] = {}
    for w in ru_words:
        for s in cyrillic_skeletons(w):
            ru_skeletons.setdefault(s, w)
    # names the Russian writes in Latin letters too (Flagey, Stipendium Hungaricum)
    for w in _LATIN_WORD.findall(ru_text):
        ru_skeletons.setdefault(latin_skeleton(_bare(w)), w)
    for lang in release.target_langs:
        text = row.text(lang)
        if not text.strip():
            continue  # an empty partner is 'untranslated', not a missing name
        covered_en, covered_ru = [], []
        if lang != REGISTRY_LANG:  # registry forms in this language (Kazakh, say)
            found, covered_ru, covered_en = (registry_forms_row(release, i, registry, lang)
                                             if registry is not None else ([], [], []))
            out += found
            if profile(lang).script == "cyrillic" == profile(src).script:
                out += cyrillic_persons_row(release, i, lang, covered_ru)
                continue  # the rest compares Latin letters with Cyrillic
        latin = capitalised_skeletons(text)
        # capitalised words no dictionary knows: where the English side reports near misses
        unknown = {latin_skeleton(_bare(w)) for w in _LATIN_WORD.findall(text)
                   if w[0].isupper() and not knows(_bare(w).lower())}
        if registry is not None and lang == REGISTRY_LANG:
            found, covered_en, covered_ru = _registry_row(release, i, registry, lang)
            out += found
        # English names must be in the Russian
        for run in english_names(text, knows):
            tokens = _english_tokens(run, knows)
            # registry-approved words set the spelling for the consistency check
            runs.append((i, run, [(a, b, w, _inside(a, b, covered_en)) for a, b, w in tokens]))
            absent: list[tuple[int, int]] = []  # words of this run the Russian lacks
            joined = _joined_pairs(tokens, ru_skeletons)  # Syr Darya / Сырдарья
            for start, end, word in tokens:
                skel = latin_skeleton(word)
                if (len(skel) < 3 or skel in ru_skeletons or _inside(start, end, covered_en)
                        or (start, end) in joined):
                    continue
                near = _near(skel, set(ru_skeletons))
                if near is not None:
                    ru_word = ru_skeletons[near]
                    out.append(Finding(
                        "name.mismatch", Severity.WARNING, i, lang, start, end, word,
                        msg("{name} does not match {other} in the {s_lang}", name=word, other=ru_word, s_lang=src), [_romanized(ru_word)],
                        row.id, counterpart=_nominative(ru_word)))
                elif not run.opens_sentence:  # a lone word opening a sentence: a typo?
                    absent.append((start, end))
            if absent:
                # one finding for the name, not one per word: "Marat Temirkhanov" as written
                # (a first name the dictionary knows is part of it all the same)
                start, end = _whole_name(run, absent, knows)
                name = text[start:end]
                out.append(Finding(
                    "name.missing", Severity.WARNING, i, lang, start, end, name,
                    msg("{name} is not in the {s_lang} paragraph", name=name, s_lang=src), [], row.id))
        # Russian persons must be in the English
        for person in russian_persons(ru_text, [text]):
            if any(a < person.end and person.start < b for a, b in covered_ru):
                continue  # the registry has spoken
            skels = [cyrillic_skeletons(t) for t in person.tokens]
            # the surname (the last word) must be there: a first name alone does not make
            # Josephine Tan of Жозефина Тео
            if skels and skels[-1] & latin:
                wrong = _wrong_first_name(text, skels, person.normal, knows)
                if wrong is not None:  # Galiya Akhmedyarova for Галым Ахмедьярова
                    start, end = wrong
                    out.append(Finding(
                        "name.mismatch", Severity.WARNING, i, lang, start, end, text[start:end],
                        msg("{name} does not match {other} in the {s_lang}", name=text[start:end],
                            other=person.tokens[0], s_lang=src),
                        [_romanized(person.tokens[0])], row.id, counterpart=person.text))
                continue
            if skels and any(_near(s, unknown) for s in skels[-1]):
                continue  # a near miss, reported from the English side
            if len(skels) > 1 and any(s & latin for s in skels[:-1]) and any(
                    SequenceMatcher(None, s, c).ratio() >= FOREIGN_SURNAME
                    for s in skels[-1] for c in unknown):
                continue  # the first name, and a surname as its own language spells it
                          # (Кристиан Бруш / Christian Bruch)
            out.append(Finding(
                "name.missing", Severity.WARNING, i, lang, 0, 0, person.text,
                msg("{name} ({normal}) is not in the {t_lang} paragraph", name=person.text, normal=person.normal, t_lang=lang),
                [" ".join(_romanized(t) for t in person.tokens)], row.id))
    return out, runs


def inconsistent_names(release: Release, runs) -> list[Finding]:
    """One name spelt two ways in English: reported where it differs from the registry's
    spelling, or else from the commonest one (the first seen on a tie)."""
    spellings: dict[str, Counter] = {}
    approved: dict[str, str] = {}
    first_seen: dict[str, dict[str, int]] = {}
    n = 0
    for _i, _run, tokens in runs:
        for _s, _e, word, covered in tokens:
            skel = latin_skeleton(word)
            spellings.setdefault(skel, Counter())[word] += 1
            first_seen.setdefault(skel, {}).setdefault(word, n)
            if covered:
                approved.setdefault(skel, word)
            n += 1
    canonical = {skel: approved.get(skel) or max(c, key=lambda w: (c[w], -first_seen[skel][w]))
                 for skel, c in spellings.items() if len(c) > 1}
    out = []
    lang = release.target_langs[0] if release.target_langs else "en"
    for i, run, tokens in runs:
        odd = [(w, canonical[latin_skeleton(w)]) for _s, _e, w, covered in tokens
               if not covered and latin_skeleton(w) in canonical
               and canonical[latin_skeleton(w)] != w
               and canonical[latin_skeleton(w)].upper() != w]  # ALMATY in a dateline
        if odd:
            fixed = run.text
            for w, c in odd:
                fixed = fixed.replace(w, c)
            out.append(Finding(
                "name.inconsistent", Severity.WARNING, i, lang, run.start, run.end, run.text,
                msg("{name} is written {other} elsewhere in the release", name=run.text, other=fixed), [fixed],
                release.rows[i].id))
    return out
