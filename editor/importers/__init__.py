"""Importers: one language version of a release from a text, DOCX or ODT file.

Input is treated as hostile: size limits, content sniffing (not the file name), zip-bomb
and entity checks; every refusal is an InputError with a one-line reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from editor.errors import InputError
from editor.importers.cleanup import ImportedParagraph, clean_paragraphs
from editor.importers.own_layout import Details, take_layout, take_layout_columns
from editor.importers.text import join_lines, read_text
from editor.safe_read import read_limited

MAX_TEXT_BYTES = 16 * 1024 * 1024
MAX_DOCX_BYTES = 64 * 1024 * 1024


@dataclass
class ImportedDocument:
    name: str
    paragraphs: list[ImportedParagraph]
    date: date | None = None
    # a bilingual or trilingual table: the paragraphs of each column, row by row
    columns: tuple[list[ImportedParagraph], ...] | None = None
    column_details: list[Details] = field(default_factory=list)  # what each column's layout said
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    # what Tandem's own layout said besides the text (subheadline, place and date, embargo);
    # for a bilingual table, the right column's
    details: Details = field(default_factory=Details)


def _sniff(data: bytes) -> str:
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.lstrip()[:5] in (b"{\\rtf",):
        return "rtf"
    return "text"


def read_document(path: str | Path) -> ImportedDocument:
    path = Path(path)
    limit = MAX_DOCX_BYTES if path.suffix.lower() in (".docx", ".odt") else MAX_TEXT_BYTES
    return read_bytes(read_limited(path, limit, "version of a release"), path.name)


def read_bytes(data: bytes, name: str) -> ImportedDocument:
    kind = _sniff(data)
    if not data.strip():
        raise InputError(f"{name} is empty")
    if kind == "ole":
        raise InputError(f"{name} is an old Word 97-2003 (.doc) file; save it as .docx and import that")
    if kind == "pdf":
        raise InputError(f"{name} is a PDF; import the text or the Word document instead")
    if kind == "rtf":
        raise InputError(f"{name} is an RTF file; save it as .docx or plain text and import that")
    if kind == "zip":  # the Word and ODT readers load when first needed (start-up)
        from editor.importers.docx_reader import read_docx, zip_kind
        from editor.importers.odt_reader import read_odt

        content = read_odt(data, name) if zip_kind(data) == "odt" else read_docx(data, name)
        laid_out, details = take_layout(content.paragraphs)
        paragraphs, found = clean_paragraphs(laid_out)
        doc = ImportedDocument(name, paragraphs, found or details.date,
                               warnings=list(content.notices) + details.notes, details=details)
        if content.columns:
            # table cells are not cleaned: dropping one would break the pairing of its row
            kept, details = take_layout_columns(*content.columns)
            doc.columns = tuple(kept)
            doc.column_details = details
            doc.date = doc.date or next((d.date for d in details if d.date), None)
            if paragraphs:
                doc.warnings.append(f"{name}: {len(paragraphs)} paragraph(s) outside the "
                                    "two-column table were not imported")
        return doc
    if name.lower().endswith(".docx"):
        raise InputError(f"{name} is not a Word document (it is not a ZIP package)")
    raw, encoding, warnings = read_text(data, name)
    paragraphs, found = clean_paragraphs(raw)
    return ImportedDocument(name, [join_lines(p) for p in paragraphs], found, encoding=encoding,
                            warnings=warnings)
