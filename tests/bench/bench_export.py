"""Exports of the 500-row release (budget: DOCX under 1.5 s)."""

from __future__ import annotations

from editor.export.docx_writer import to_docx, to_docx_bilingual
from editor.export.html_mail import to_html
from editor.export.newsml import to_newsml
from editor.export.tmx import to_tmx
from editor.export.xliff import to_xliff21
from editor.importers.release_builder import import_release
from editor.names.registry import shipped
from tests.bench.harness import ROWS, measure, repeated_sample, scratch


def run() -> list:
    ru, en = repeated_sample(scratch())
    release = import_release(ru, en).release
    registry = shipped()
    return [
        measure(f"DOCX export, {ROWS} rows, one language", lambda: to_docx(release, "en"),
                runs=5, budget_s=1.5),
        measure(f"DOCX export, {ROWS} rows, bilingual table", lambda: to_docx_bilingual(release), runs=3),
        measure(f"NewsML-G2 export + validation, {ROWS} rows", lambda: to_newsml(release, registry),
                runs=5),
        measure(f"XLIFF 2.1 export + validation, {ROWS} rows", lambda: to_xliff21(release), runs=5),
        measure(f"TMX export + validation, {ROWS} rows", lambda: to_tmx(release), runs=5),
        measure(f"HTML export, {ROWS} rows", lambda: to_html(release), runs=5),
    ]
