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
    from editor.model import Paragraph
    from editor.model.row_copies import RowCopies
    from editor.storage.tandem_file import to_bytes

    # autosave as the window does it: the copies of the last snapshot kept, after an edit
    # of one paragraph (a different row each time)
    copies = RowCopies()
    big.snapshot(share_paragraphs=True, copies=copies)
    edits = iter(range(10_000))

    def snapshot_after_an_edit():
        row = big.rows[next(edits) * 37 % len(big.rows)]
        row.paragraphs["en"] = Paragraph(row.text("en") + " x")
        big.snapshot(share_paragraphs=True, copies=copies)

    return [
        # autosave: the part on the UI thread (the snapshot) and the part on a worker
        measure("autosave, 2,000 rows, after a one-paragraph edit: snapshot on the UI thread",
                snapshot_after_an_edit, budget_s=0.002),
        measure("autosave, 2,000 rows: first snapshot (every row copied)",
                lambda: big.snapshot(share_paragraphs=True)),
        measure("autosave, 2,000 rows: serialize on the worker", lambda: to_bytes(big), runs=3),
        measure(f"import text, {ROWS}x{ROWS} paragraphs", lambda: import_release(ru, en)),
        measure(f"save .tandem, {ROWS} rows", lambda: save_release(release, path), budget_s=0.3),
        measure(f"open .tandem, {ROWS} rows", lambda: load_release(path), budget_s=0.3),
    ]
