"""What the checks need besides the release (the spelling service, word lists, registry),
running them all, and a summary of their findings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from editor.checks.finding import Finding, Severity
from editor.languages import profile
from editor.model import Release
from editor.spelling.dictionaries import SpellService
from editor.spelling.wordlists import WordList, shipped_words

if TYPE_CHECKING:  # loaded when used: the editor's window holds a context, the checks run elsewhere
    from editor.names.registry import Registry
    from editor.spelling.checker import SpellChecker


class _ShippedWhenUsed:
    """Stands for the shipped registry until something uses it: then its module and files
    load (the editor's window holds a context but checks nothing itself; importing the
    registry's module took 11 ms of its start)."""

    _real = None

    def __getattr__(self, name: str):
        if self._real is None:
            from editor.names.registry import shipped

            self._real = shipped()
        return getattr(self._real, name)


def _shipped_registry() -> Registry:
    return _ShippedWhenUsed()  # type: ignore[return-value]  # a Registry once used


@dataclass
class CheckContext:
    """What checks need besides the release: the spelling service and the word lists."""

    service: SpellService = field(default_factory=SpellService)
    personal: WordList = field(default_factory=WordList)
    organisation: WordList = field(default_factory=WordList)
    session_ignored: set[str] = field(default_factory=set)  # "Ignore all" in the editor
    registry: Registry = field(default_factory=_shipped_registry)  # shipped + organisation
    organisation_names: list = field(default_factory=list)  # the organisation's own entries
    _shipped: set[str] | None = None

    def accepts(self, release: Release, names: bool = True):
        """A predicate: is this word in one of the word lists (or, with ``names``, a word of
        a registry name in any case form)?"""
        from editor.morphology import russian_lemmas
        from editor.names.registry import Registry
        from editor.names.romanize import lemma_candidates

        if self._shipped is None:
            self._shipped = {w.casefold() for w in shipped_words()}
        release_words = {w.casefold() for words in release.words.values() for w in words}
        lists = (self._shipped, release_words,
                 {w.casefold() for w in self.personal.words},
                 {w.casefold() for w in self.organisation.words},
                 {w.casefold() for w in self.session_ignored})
        # names in the registry are not spelling errors, in any case form
        registry = self.registry.merged(release.names) if names else Registry()
        name_words = {t.casefold() for e in registry.entries
                 for form in (e.ru, e.en, *e.accepted, *e.forms.values())
                 for t in re.findall(r"[^\W\d_][\w’'-]*", form)}

        shipped = self._shipped
        kazakh_endings = profile("kk").suffixes

        def accept(word: str) -> bool:
            key = word.replace("’", "'").casefold()
            if any(key in words for words in lists):
                return True
            if "\u0400" <= key[:1] <= "\u04ff":  # a shipped word in another case form
                if not shipped.isdisjoint(russian_lemmas(key)):
                    return True
            elif key.endswith("s") and (key[:-1] in shipped or (key.endswith("es")
                                                                and key[:-2] in shipped)):
                return True
            if key in name_words:
                return True
            if key[:1].isalpha() and "\u0400" <= key[:1] <= "\u04ff":
                # a name in a Russian case (Казахфильма) or with a Kazakh ending
                # (Қазақфильмнің, Қазақфильммен)
                return not name_words.isdisjoint(lemma_candidates(key)) or any(
                    key.endswith(s) and key[:-len(s)] in name_words for s in kazakh_endings)
            return False
        return accept

    def spell_checker(self, release: Release) -> SpellChecker:
        from editor.spelling.checker import SpellChecker

        return SpellChecker(self.service, self.accepts(release))


def is_ignored(release: Release, f: Finding) -> bool:
    return any(i.code == f.code and i.row_id == f.row_id and i.lang == f.lang and i.text == f.text
               for i in release.ignored)


def run_checks(release: Release, context: CheckContext | None = None) -> list[Finding]:
    """Every check on the release, findings in row order (ignored ones left out)."""
    from editor.checks.incremental import IncrementalChecker

    return IncrementalChecker(context or CheckContext()).run(release)


def clear_caches() -> None:
    """Forget every result kept by paragraph or by word (entities, figures, dates, word
    forms, romanizations, morphology): the next run is as cold as the first in a fresh
    process with the models loaded (for benchmarks and tests; a spelling service's own
    verdicts are cleared by its ``forget``)."""
    from importlib import import_module

    from editor import morphology
    from editor.checks.dates import _find_dates
    from editor.checks.figures import _find_figures
    from editor.names import registry
    from editor.names.entities import clear_caches as clear_entities

    romanize = import_module("editor.names.romanize")  # the package's romanize is a function

    for cached in (_find_dates, _find_figures, romanize.romanizations,
                   romanize.lemma_candidates, romanize.cyrillic_skeletons,
                   romanize.latin_skeleton, registry._forms, morphology.known_russian,
                   morphology.russian_lemmas):
        cached.cache_clear()
    clear_entities()


def summary(findings: list[Finding], release: Release) -> dict:
    by_code: dict[str, int] = {}
    for f in findings:
        by_code[f.code] = by_code.get(f.code, 0) + 1
    return {"rows": len(release.rows), "languages": list(release.languages),
            "errors": sum(1 for f in findings if f.severity is Severity.ERROR),
            "warnings": sum(1 for f in findings if f.severity is Severity.WARNING),
            "info": sum(1 for f in findings if f.severity is Severity.INFO),
            "by_code": by_code}


__all__ = ["CheckContext", "clear_caches", "is_ignored", "run_checks", "summary"]
