"""Exports of a release for distribution: XLIFF 2.1/1.2 and TMX for translators (more to
come: DOCX, NewsML-G2, HTML, e-mail, PDF). Each validates against its official schema
before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from editor.export.docx_writer import to_docx, to_docx_bilingual
from editor.export.html_mail import eml_bytes, to_eml, to_html
from editor.export.newsml import to_newsml
from editor.export.tmx import to_tmx
from editor.export.validation import ExportError
from editor.export.xliff import to_xliff12, to_xliff21
from editor.model import Release
from editor.storage.atomic import atomic_write

FORMATS: dict[str, tuple[Callable[..., bytes] | None, str]] = {
    "docx": (to_docx, ".docx"),
    "docx-bilingual": (to_docx_bilingual, ".docx"),
    "newsml": (to_newsml, ".xml"),
    "html": (lambda release: to_html(release).encode("utf-8"), ".html"),
    "eml": (lambda release: eml_bytes(to_eml(release)), ".eml"),
    "xliff": (to_xliff21, ".xlf"),
    "xliff12": (to_xliff12, ".xlf"),
    "tmx": (to_tmx, ".tmx"),
    "pdf": (None, ".pdf"),
}


def export(release: Release, fmt: str, path: Path, registry=None, **options) -> Path:
    """Write ``release`` as ``fmt`` to ``path`` (atomically, after validation). ``registry``
    gives NewsML its subjects; ``options`` go to the exporter (layout="single" for NewsML)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (Tandem writes: {', '.join(FORMATS)})")
    make, _suffix = FORMATS[fmt]
    if fmt == "docx":
        return _export_docx(release, path, **options)
    if fmt == "pdf":
        return _export_pdf(release, path, **options)
    assert make is not None  # only pdf has none
    try:
        data = make(release, registry, **options) if fmt == "newsml" else make(release)
    except ValueError as err:  # lxml: a character XML cannot hold
        raise ExportError(f"the release holds text XML cannot carry ({err})") from err
    atomic_write(path, data, backup=False)
    return path


def docx_paths(release: Release, path: Path, lang: str | None = None) -> dict[str, Path]:
    """Where each language's Word file goes: ``path`` itself for one language; for all,
    NAME.ru.docx and NAME.en.docx beside ``path`` (or inside it, if it is a folder)."""
    if lang:
        return {lang: path}
    if path.is_dir() or str(path).endswith(("/", "\\")):
        stem = "release"
        folder = path
    else:
        stem, folder = path.name.removesuffix(".docx"), path.parent
    return {code: folder / f"{stem}.{code}.docx" for code in release.languages}


def _export_pdf(release: Release, path: Path, lang: str | None = None, **options) -> Path:
    """A PDF per language, made from the Word file by LibreOffice (the editor can also print
    through Qt, see ui/pdf_export.py)."""
    from editor.export.html_mail import docx_to_pdf

    targets = {code: p.with_suffix(".pdf") for code, p in
               docx_paths(release, path.with_suffix(".docx"), lang).items()}
    for code, target in targets.items():
        data = docx_to_pdf(to_docx(release, code, **options), target.stem)
        if data is None:
            raise ExportError("PDF needs LibreOffice, which is not installed "
                              "(sudo apt-get install libreoffice-writer-nogui)")
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, data, backup=False)
    return path


def _export_docx(release: Release, path: Path, lang: str | None = None, **options) -> Path:
    outputs = {code: to_docx(release, code, **options) for code in docx_paths(release, path, lang)}
    for code, target in docx_paths(release, path, lang).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, outputs[code], backup=False)
    return path


__all__ = ["FORMATS", "ExportError", "export"]
