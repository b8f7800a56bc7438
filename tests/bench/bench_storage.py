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
    return [
        measure(f"import text, {ROWS}x{ROWS} paragraphs", lambda: import_release(ru, en)),
        measure(f"save .tandem, {ROWS} rows", lambda: save_release(release, path), budget_s=0.3),
        measure(f"open .tandem, {ROWS} rows", lambda: load_release(path), budget_s=0.3),
    ]
