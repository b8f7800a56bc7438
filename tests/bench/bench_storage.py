"""Import, save and open of the 500-row release (budget: open or save under 0.3 s)."""

from __future__ import annotations

from editor.importers.release_builder import import_release
from editor.storage import load_release, save_release
from tests.bench.harness import ROWS, measure, repeated_sample, scratch


def run() -> list:
    folder = scratch()
    ru, en = repeated_sample(folder)
    release = import_release(ru, en).release
    assert len(release.rows) == ROWS
    path = folder / "bench.tandem"
    save_release(release, path)
    big_ru, big_en = repeated_sample(scratch(), 2000)
    big = import_release(big_ru, big_en).release
    from editor.storage.tandem_file import to_bytes

    return [
        # autosave: the part on the UI thread (the snapshot) and the part on a worker
        measure("autosave, 2,000 rows: snapshot on the UI thread", big.snapshot, budget_s=0.002),
        measure("autosave, 2,000 rows: serialize on the worker", lambda: to_bytes(big), runs=3),
        measure(f"import text, {ROWS}x{ROWS} paragraphs", lambda: import_release(ru, en)),
        measure(f"save .tandem, {ROWS} rows", lambda: save_release(release, path), budget_s=0.3),
        measure(f"open .tandem, {ROWS} rows", lambda: load_release(path), budget_s=0.3),
    ]
