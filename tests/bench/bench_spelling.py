"""Spelling over the 500-row release: words checked per second, cold (a fresh word cache),
side by side with `hunspell -l` on the same text in the same run."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import time

from editor.importers.release_builder import import_release
from editor.names import PartnerNames
from editor.spelling import SpellChecker, SpellService, words
from tests.bench.harness import ROWS, Result, repeated_sample, scratch


def _tandem(release) -> tuple[float, int]:
    service = SpellService()
    service.load()  # the dictionaries load outside the timing
    checker = SpellChecker(service)
    count = 0
    start = time.perf_counter()
    for row in release.rows:
        for lang in release.languages:
            text = row.text(lang)
            partners = PartnerNames([row.text(o) for o in release.languages if o != lang])
            checker.check(text, partners.confirms)
            count += len(words(text))
    return time.perf_counter() - start, count


def _hunspell(folder, release, empty: bool = False) -> float | None:
    """hunspell -l over both versions; with ``empty``, over nothing (its start-up and
    dictionary loading, which are subtracted so the comparison is per word)."""
    if shutil.which("hunspell") is None:
        return None
    start = time.perf_counter()
    for lang, dic in (("ru", "ru_RU"), ("en", "en_GB")):
        path = folder / f"hunspell.{lang}.txt"
        text = "" if empty else "\n\n".join(r.text(lang) for r in release.rows)
        path.write_text(text, encoding="utf-8")
        subprocess.run(["hunspell", "-l", "-i", "utf-8", "-d", dic, str(path)],
                       capture_output=True, check=True)
    return time.perf_counter() - start


def run() -> list:
    folder = scratch()
    ru, en = repeated_sample(folder)
    release = import_release(ru, en).release
    runs = [_tandem(release) for _ in range(5)]
    seconds = statistics.median(t for t, _ in runs)
    count = runs[0][1]
    results = [Result(f"spelling, {ROWS} rows cold ({count} words, "
                      f"{count / seconds:,.0f} words/s)", seconds, len(runs))]
    hun = [_hunspell(folder, release) for _ in range(5)]
    if hun[0] is not None:
        startup = statistics.median(_hunspell(folder, release, empty=True) for _ in range(5))
        h = statistics.median(hun) - startup
        results.append(Result(f"hunspell -l, same text, less its start-up ({count / h:,.0f} "
                              f"words/s; Tandem takes {seconds / h:.2f}x its time)", h, len(hun)))
    return results
