"""Running every check on a release, again and again as it is edited: the findings of a
row are kept, keyed by what they depend on (the row's texts, status and fingerprints), so
after a one-paragraph edit only that row is checked again; the release-wide name
consistency check runs over the kept name runs, which is cheap."""

from __future__ import annotations

import dataclasses

from editor.checks.dates import dates_row
from editor.checks.figures import figures_row
from editor.checks.finding import Finding
from editor.checks.names import inconsistent_names, names_row
from editor.checks.neighbours import soften
from editor.checks.punctuation import punctuation_row
from editor.checks.spelling import check_row as spelling_row
from editor.checks.titles import titles_row
from editor.checks.translation import stale_row, untranslated_row
from editor.model import Release
from editor.names.entities import persons_to_find, prefetch_russian_entities


def _row_key(release: Release, i: int) -> tuple:
    row = release.rows[i]
    return (row.id, row.role.value,
            tuple(row.text(lang) for lang in release.languages),
            tuple(sorted((k, v.value) for k, v in row.status.items())),
            tuple(sorted(row.source_fp.items())), tuple(sorted(row.target_fp.items())))


def _needs_entities(row, lang: str, languages) -> bool:
    """Will the checks ask for the entities of this paragraph (see persons_to_find)?"""
    others = [row.text(o) for o in languages if o != lang]
    return persons_to_find(row.text(lang), others) or (
        len(others) > 1 and any(persons_to_find(row.text(lang), [o]) for o in others))


class ChecksCancelled(Exception):
    """A newer run replaced this one (the rows checked so far stay cached)."""


class IncrementalChecker:
    def __init__(self, context):
        self.context = context
        self._rows: dict[tuple, tuple[list[Finding], list]] = {}
        self._release_key: tuple | None = None
        self.rows_checked = 0  # rows actually checked by the last run (for tests, bench)

    def invalidate(self) -> None:
        """Word lists or settings changed: check everything again next time."""
        self._rows.clear()

    def run(self, release: Release, cancelled=None) -> list[Finding]:
        """All findings of ``release``; rows unchanged since the last run come from the
        cache. ``cancelled()`` is asked between rows: True raises ChecksCancelled."""
        from editor.checks import is_ignored

        context = self.context
        service = context.service
        in_lists = context.accepts(release, names=False)  # registry names are for spelling

        known: dict[str, bool] = {}  # the names checks ask of the same words row after row

        def knows(word: str) -> bool:
            verdict = known.get(word)
            if verdict is None:
                verdict = known[word] = in_lists(word) or (
                    service.knows(word, "en") if service.has("en") else True)
            return verdict

        # the release's own word list and registry entries affect every row
        release_key = (repr(release.names), repr(sorted(release.words.items())),
                       release.languages, release.source_lang)
        if release_key != self._release_key:
            self._rows.clear()
            self._release_key = release_key
        spell = context.spell_checker(release)
        registry = context.registry.merged(release.names)
        findings: list[Finding] = []
        runs: list = []
        keep: dict[tuple, tuple[list[Finding], list]] = {}
        self.rows_checked = 0
        # the Russian paragraphs to check get their entities in batches first
        keys = [_row_key(release, i) for i in range(len(release.rows))]
        fresh = [row.text(lang) for row, key in zip(release.rows, keys, strict=True)
                 if key not in self._rows for lang in release.languages if lang in ("ru", "kk")
                 and _needs_entities(row, lang, release.languages)]
        if len(fresh) > 1:
            prefetch_russian_entities(fresh, cancelled)
        for i in range(len(release.rows)):
            key = keys[i]
            cached = self._rows.get(key)
            if cached is None and cancelled is not None and cancelled():
                self._rows.update(keep)  # what was checked stays checked
                raise ChecksCancelled()
            if cached is None:
                self.rows_checked += 1
                row_findings, row_runs = names_row(release, i, knows, registry)
                row_findings = (untranslated_row(release, i) + stale_row(release, i)
                                + figures_row(release, i) + dates_row(release, i)
                                + punctuation_row(release, i) + titles_row(release, i)
                                + row_findings
                                + spelling_row(spell, release, i))
                cached = (row_findings, [(None, run, tokens) for _, run, tokens in row_runs])
            keep[key] = cached
            findings += [f if f.pair == i else dataclasses.replace(f, pair=i) for f in cached[0]]
            runs += [(i, run, tokens) for _, run, tokens in cached[1]]
        self._rows = keep
        findings = soften(release, findings)
        findings += inconsistent_names(release, runs)
        findings.sort(key=lambda f: (f.pair, f.lang, f.start, f.code))
        return [f for f in findings if not is_ignored(release, f)]
