"""Exports of a release: Word (one language or both side by side), PDF, NewsML-G2, HTML and
e-mail for distribution; XLIFF 2.1/1.2 and TMX for translators. Each XML output validates
against its official schema before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from editor.export.formats import FORMATS, Format
from editor.export.validation import ExportError
from editor.storage.atomic import atomic_write

if TYPE_CHECKING:
    from editor.model import Release
    from editor.profile import Profile

# the exporters load when first used: the command line and the window start without them
_LAZY = {"to_docx": "editor.export.docx_writer", "to_docx_bilingual": "editor.export.docx_writer",
         "to_newsml": "editor.export.newsml", "next_publication": "editor.export.newsml",
         "to_pdf": "editor.export.pdf"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(name)


def export(release: Release, fmt: str, path: Path, registry=None, profile: Profile | None = None,
           **options) -> Path:
    """Write ``release`` as ``fmt`` to ``path`` (atomically, after validation). ``registry``
    gives NewsML its subjects, ``profile`` the organisation's details; ``options`` go to the
    exporter (layout="single" for NewsML). A NewsML export records its version in
    ``release.published`` (the caller saves the release)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (Tandem writes: {', '.join(FORMATS)})")
    make = FORMATS[fmt].make
    if fmt == "docx":
        return _export_docx(release, path, profile=profile, **options)
    if fmt == "odt":
        return _export_odt(release, path, profile=profile, **options)
    if fmt == "pdf":
        return _export_pdf(release, path, profile=profile, **options)
    if fmt.startswith("xliff"):
        return _export_xliff(release, fmt, path, **options)
    assert make is not None  # only pdf and odt have none (written per language above)
    publication = None
    try:
        if fmt == "newsml":
            from editor.export.newsml import next_publication

            publication = next_publication(release)
            data = make(release, registry, profile=profile, publication=publication, **options)
        elif FORMATS[fmt].profile:
            data = make(release, profile=profile, **options)
        else:
            data = make(release)
    except ValueError as err:  # lxml: a character XML cannot hold
        raise ExportError(f"the release holds text XML cannot carry ({err})") from err
    atomic_write(path, data, backup=False)
    if publication is not None:
        release.published["newsml"] = publication
    return path


def _export_xliff(release: Release, fmt: str, path: Path, lang: str | None = None,
                  source: str | None = None, **_options) -> Path:
    """An XLIFF into ``lang`` (from ``source``, the release's source unless another version
    is given); for a release with several target languages and none chosen, one file per
    target: NAME.en.xlf, NAME.kk.xlf."""
    make = FORMATS[fmt].make
    assert make is not None
    if source is not None and source not in release.languages:
        raise ExportError(f"the release has no {source!r} version to translate from")
    targets = [lang] if lang else list(release.target_langs)
    if lang is not None and lang not in release.target_langs:
        raise ExportError(f"the release has no {lang!r} translation to export")
    paths = ({targets[0]: path} if len(targets) == 1 else
             {t: path.with_name(f"{path.name.removesuffix(path.suffix)}.{t}{path.suffix}")
              for t in targets})
    try:
        made = {t: make(release, target=t, source=source if source != t else None)
                for t in targets}
    except ValueError as err:  # lxml: a character XML cannot hold
        raise ExportError(f"the release holds text XML cannot carry ({err})") from err
    for t, target_path in paths.items():
        atomic_write(target_path, made[t], backup=False)
    return path


def docx_paths(release: Release, path: Path, lang: str | None = None,
               suffix: str = ".docx") -> dict[str, Path]:
    """Where each language's Word (or ODT) file goes: ``path`` itself for one language; for
    all, NAME.ru.docx and NAME.en.docx beside ``path`` (or inside it, if it is a folder)."""
    if lang:
        return {lang: path}
    if path.is_dir() or str(path).endswith(("/", "\\")):
        stem = "release"
        folder = path
    else:
        stem, folder = path.name.removesuffix(suffix), path.parent
    return {code: folder / f"{stem}.{code}{suffix}" for code in release.languages}


def _export_pdf(release: Release, path: Path, lang: str | None = None,
                profile: Profile | None = None, **options) -> Path:
    """A PDF per language: LibreOffice from the Word file where it is installed, else Qt's
    writer from the HTML version (see editor/export/pdf.py)."""
    targets = {code: p.with_suffix(".pdf") for code, p in
               docx_paths(release, path.with_suffix(".docx"), lang).items()}
    from editor.export.pdf import to_pdf

    made = {code: to_pdf(release, code, profile, **options)[0] for code in targets}
    for code, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, made[code], backup=False)
    return path


def _export_docx(release: Release, path: Path, lang: str | None = None,
                 profile: Profile | None = None, **options) -> Path:
    from editor.export.docx_writer import to_docx

    outputs = {code: to_docx(release, code, profile=profile, **options)
               for code in docx_paths(release, path, lang)}
    for code, target in docx_paths(release, path, lang).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, outputs[code], backup=False)
    return path


def _export_odt(release: Release, path: Path, lang: str | None = None,
                profile: Profile | None = None, **_options) -> Path:
    from editor.export.odt_writer import to_odt

    targets = docx_paths(release, path, lang, ".odt")
    outputs = {code: to_odt(release, code, profile) for code in targets}
    for code, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, outputs[code], backup=False)
    return path


__all__ = ["FORMATS", "ExportError", "Format", "docx_paths", "export", "to_docx",
           "to_docx_bilingual", "to_newsml"]
