"""All checks on the 500-row release: cold (budget 1.5 s; every paragraph distinct, so no
per-paragraph cache helps: 1.5 s quiet, 3 s with the other core busy, #13) and after a
one-paragraph edit (budget 50 ms); and the time to load the entity models (natasha), which the editor does in
the background, after the window is up."""

from __future__ import annotations

import subprocess
import sys

from editor.checks import CheckContext
from editor.checks.incremental import IncrementalChecker
from editor.importers.release_builder import import_release
from editor.model import Paragraph
from editor.spelling import SpellService
from tests.bench.harness import (
    ROWS,
    Result,
    distinct_release,
    measure,
    repeated_sample,
    scratch,
)


def _model_load() -> float:
    code = ("import time; t = time.perf_counter(); from editor.names.entities import NATASHA; "
            "NATASHA.load(); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def run() -> list:
    folder = scratch()
    ru, en = repeated_sample(folder)
    release = import_release(ru, en).release
    service = SpellService()
    service.load()
    from editor.names.entities import NATASHA

    NATASHA.load()

    from editor.checks import clear_caches

    def cold():
        clear_caches()
        service.forget()
        IncrementalChecker(CheckContext(service=service)).run(release)

    warm = IncrementalChecker(CheckContext(service=service))
    warm.run(release)
    n = [0]

    def edit():
        n[0] += 1
        row = release.rows[250]
        row.paragraphs["en"] = Paragraph(row.text("en") + f" Edit {n[0]}.")
        warm.run(release)

    # the reference repeats the sample's 8 paragraphs, so NER (cached per paragraph text)
    # runs 8 times; the same release with every paragraph made distinct runs it 500 times
    distinct = distinct_release()
    def cold_distinct():
        clear_caches()
        service.forget()
        IncrementalChecker(CheckContext(service=service)).run(distinct)

    # a release of ordinary size, every paragraph distinct (#12: under 1 s cold)
    thirty = distinct_release(30, ("Раздел", "Section"))

    def cold_thirty():
        clear_caches()
        service.forget()
        IncrementalChecker(CheckContext(service=service)).run(thirty)

    def cold_distinct_busy():
        """The same with the other core kept busy by another program, as on a user's laptop."""
        busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        try:
            cold_distinct()
        finally:
            busy.kill()
            busy.wait()

    loads = [_model_load() for _ in range(3)]
    return [
        measure(f"all checks, {ROWS} rows, cold (paragraph caches empty)", cold, runs=3,
                budget_s=1.5),
        measure(f"all checks, {ROWS} distinct rows, cold (every cache cleared)",
                cold_distinct, runs=3, budget_s=1.5),
        measure(f"all checks, {ROWS} distinct rows, cold, the other core busy", cold_distinct_busy,
                runs=3, budget_s=3.0),
        measure("all checks, 30 distinct rows, cold (models loaded)", cold_thirty, runs=5,
                budget_s=1.0),
        measure(f"all checks, {ROWS} rows, after a one-paragraph edit", edit, runs=7,
                budget_s=0.05),
        Result("load the entity models (natasha), in the background", sorted(loads)[1], 3),
    ]
