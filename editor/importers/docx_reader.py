"""DOCX importer (python-docx): paragraphs with bold, italic and links kept; empty
paragraphs skipped; a two-column table read as a bilingual release.

The ZIP is inspected before python-docx sees it: size and compression ratio (zip bombs),
the presence of a Word document part, and no DTD in the XML parts (never in real OOXML)."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass

from editor.errors import InputError
from editor.importers.cleanup import ImportedParagraph
from editor.model import Mark, MarkKind

MAX_UNPACKED = 256 * 1024 * 1024
MAX_RATIO = 100  # real DOCX packs text ~5-20x; bombs pack ~1000x
MAX_MEMBERS = 10_000
_LANG_LABEL = re.compile(r"^\s*(ru|en|kk|rus|eng|russian|english|kazakh|русский|английский|"
                         r"казахский|рус\.?|англ\.?|на русском|на английском|"
                         r"russian version|english version)\s*:?\s*$", re.IGNORECASE)
_HEADLINE_STYLES = {"title", "heading 1", "заголовок", "заголовок 1", "название"}
_QUOTE_STYLES = {"quote", "intense quote", "цитата", "выделенная цитата"}


@dataclass
class DocxContent:
    paragraphs: list[ImportedParagraph]
    # a two-column table: (left column, right column), one paragraph per table row
    columns: tuple[list[ImportedParagraph], list[ImportedParagraph]] | None = None


# what zipfile raises on damaged packages: bad offsets, bad deflate data, CRC, encryption
_ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, struct.error, EOFError, OSError, ValueError,
               OverflowError, NotImplementedError, RuntimeError, IndexError)


def _inspect_zip(data: bytes, name: str) -> None:
    try:
        _inspect_members(data, name)
    except InputError:
        raise
    except _ZIP_DAMAGE as err:
        raise InputError(f"{name} is a damaged Word document (its ZIP package cannot be "
                         f"read: {type(err).__name__})") from err


def _inspect_members(data: bytes, name: str) -> None:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as err:
        raise InputError(f"{name} is not a Word document (damaged or truncated ZIP)") from err
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise InputError(f"{name} has {len(infos)} parts; refused as a possible zip bomb")
        unpacked = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if unpacked > MAX_UNPACKED or (unpacked > 10 * 2**20 and unpacked / packed > MAX_RATIO):
            raise InputError(f"{name} unpacks to {unpacked // 2**20} MB from {packed // 1024} KB; "
                             "refused as a possible zip bomb")
        names = {i.filename for i in infos}
        if "word/document.xml" not in names:
            what = "an OpenDocument file" if "content.xml" in names else "a ZIP without a Word document in it"
            raise InputError(f"{name} is not a Word document ({what})")
        for part in ("word/document.xml", "word/styles.xml", "[Content_Types].xml"):
            if part in names:
                try:
                    head = zf.read(part)
                except _ZIP_DAMAGE as err:
                    raise InputError(f"{name} is damaged ({part} cannot be unpacked)") from err
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise InputError(f"{name} contains XML entity declarations; refused for safety")


def _run_bold_italic(run) -> tuple[bool, bool]:
    bold, italic = run.bold, run.italic
    style = run.style if run._r.rPr is not None and run._r.rPr.rStyle is not None else None
    if style is not None:
        bold = bold if bold is not None else style.font.bold
        italic = italic if italic is not None else style.font.italic
    return bool(bold), bool(italic)


def _read_paragraph(p) -> ImportedParagraph:
    from docx.text.hyperlink import Hyperlink

    parts: list[str] = []
    marks: list[Mark] = []
    pos = 0

    def add_run(run, href: str | None = None):
        nonlocal pos
        text = run.text
        if not text:
            return
        bold, italic = _run_bold_italic(run)
        end = pos + len(text)
        if bold:
            marks.append(Mark(pos, end, MarkKind.BOLD))
        if italic:
            marks.append(Mark(pos, end, MarkKind.ITALIC))
        if href:
            marks.append(Mark(pos, end, MarkKind.LINK, href))
        parts.append(text)
        pos = end

    for item in p.iter_inner_content():
        if isinstance(item, Hyperlink):
            href = item.url or None
            for run in item.runs:
                add_run(run, href)
        else:
            add_run(item)
    text = "".join(parts)
    # trim outer white space, keeping marks on the trimmed text
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    marks = [Mark(m.start - lead, m.end - lead, m.kind, m.href) for m in marks
             if m.end - lead > 0 and m.start - lead < len(text)]
    marks = [Mark(max(0, m.start), min(len(text), m.end), m.kind, m.href) for m in marks]
    style = (p.style.name if p.style is not None else "").lower()
    role = "headline" if style in _HEADLINE_STYLES else "quote" if style in _QUOTE_STYLES else None
    return ImportedParagraph(text, [m for m in marks if m.start < m.end], role)


def _join(paras: list[ImportedParagraph]) -> ImportedParagraph:
    """The paragraphs of one table cell as one paragraph, separated by line breaks."""
    paras = [p for p in paras if p.text]
    text, marks = "", []
    for p in paras:
        if text:
            text += "\n"
        marks += [Mark(m.start + len(text), m.end + len(text), m.kind, m.href) for m in p.marks]
        text += p.text
    return ImportedParagraph(text, marks, paras[0].role_hint if paras else None)


def _table_columns(table):
    rows = []
    for row in table.rows:
        cells = row.cells
        if len(cells) != 2:
            return None
        rows.append(tuple(_join([_read_paragraph(p) for p in c.paragraphs]) for c in cells))
    if rows and all(_LANG_LABEL.match(c.text) or not c.text for c in rows[0]):
        rows = rows[1:]  # a header row naming the languages
    rows = [r for r in rows if r[0].text or r[1].text]
    return [r[0] for r in rows], [r[1] for r in rows]


def read_docx(data: bytes, name: str) -> DocxContent:
    _inspect_zip(data, name)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises many kinds on bad packages
        raise InputError(f"{name} is not a readable Word document ({type(err).__name__})") from err
    paragraphs: list[ImportedParagraph] = []
    columns = None
    try:
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                cols = _table_columns(block)
                if cols is not None and columns is None and cols[0]:
                    columns = cols
                    continue
                for row in block.rows:
                    for cell in row.cells:
                        paragraphs += [_read_paragraph(p) for p in cell.paragraphs]
            else:
                paragraphs.append(_read_paragraph(block))
    except Exception as err:  # parts are parsed lazily: any damage surfaces here
        raise InputError(f"{name} is a damaged Word document ({type(err).__name__})") from err
    paragraphs = [p for p in paragraphs if p.text]
    if columns is not None and sum(len(p.text) for p in paragraphs) > sum(
            len(p.text) for p in columns[0] + columns[1]):
        # the table is a small part of a normal document: read it as paragraphs
        paragraphs += [p for pair in zip(*columns, strict=True) for p in pair if p.text]
        columns = None
    return DocxContent(paragraphs, columns)
