"""DOCX importer (python-docx): paragraphs with bold, italic and links kept; empty
paragraphs skipped; tracked changes accepted (the text as it would read), comments and
footnotes counted and left out, with a notice; a two-column table read as a bilingual
release, another table as a paragraph per row.

The ZIP is inspected before python-docx sees it: size and compression ratio (zip bombs),
the presence of a Word document part, and no DTD in the XML parts (never in real OOXML)."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field

from editor.errors import InputError
from editor.importers.cleanup import ImportedParagraph
from editor.languages import letter_shares
from editor.model import Mark, MarkKind

MAX_UNPACKED = 256 * 1024 * 1024
MAX_RATIO = 100  # real DOCX packs text ~5-20x; bombs pack ~1000x
MAX_MEMBERS = 10_000
_LANG_LABEL = re.compile(r"^\s*(ru|en|kk|rus|eng|russian|english|kazakh|русский|английский|"
                         r"казахский|рус\.?|англ\.?|на русском|на английском|"
                         r"қазақша|қазақ тілі|қазақ тілінде|орысша|ағылшынша|"
                         r"russian version|english version|kazakh version)\s*:?\s*$",
                         re.IGNORECASE)


@dataclass
class DocxContent:
    paragraphs: list[ImportedParagraph]
    # a two-column table: (left column, right column), one paragraph per table row
    columns: tuple[list[ImportedParagraph], ...] | None = None  # a table's versions
    # what the document held that was changed or left out on the way in, one line each
    notices: list[str] = field(default_factory=list)


# what zipfile raises on damaged packages: bad offsets, bad deflate data, CRC, encryption
_ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, struct.error, EOFError, OSError, ValueError,
               OverflowError, NotImplementedError, RuntimeError, IndexError)


def _inspect_zip(data: bytes, name: str, kind: str = "docx") -> None:
    try:
        _inspect_members(data, name, kind)
    except InputError:
        raise
    except _ZIP_DAMAGE as err:
        what = "Word" if kind == "docx" else "OpenDocument"
        raise InputError(f"{name} is a damaged {what} document (its ZIP package cannot be "
                         f"read: {type(err).__name__})") from err


def zip_kind(data: bytes) -> str:
    """'docx', 'odt' or '' for a ZIP package, by the parts it holds (not its name)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except _ZIP_DAMAGE:
        return "docx"  # damaged: the Word reader says how
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names:
        return "odt"
    return "docx"


def _inspect_members(data: bytes, name: str, kind: str = "docx") -> None:
    what = "a Word document" if kind == "docx" else "an OpenDocument text"
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as err:
        raise InputError(f"{name} is not {what} (damaged or truncated ZIP)") from err
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
        main_part = "word/document.xml" if kind == "docx" else "content.xml"
        if main_part not in names:
            raise InputError(f"{name} is not {what} (a ZIP without {main_part} in it)")
        if kind == "odt" and "mimetype" in names:
            mimetype = zf.read("mimetype")[:100].strip()
            if mimetype != b"application/vnd.oasis.opendocument.text":
                raise InputError(f"{name} is an OpenDocument file but not a text document "
                                 f"({mimetype.decode('ascii', 'replace')})")
        parts = (("word/document.xml", "word/styles.xml", "[Content_Types].xml") if kind == "docx"
                 else ("content.xml", "styles.xml", "meta.xml"))
        for part in parts:
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


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# containers whose runs are the text as it reads: tracked insertions (accepted), moves to,
# content controls, smart tags, custom XML, simple fields (their result)
_THROUGH = {"ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir",
            "bdo"}
_DROPPED = {"del", "moveFrom"}  # tracked deletions and moves away: accepted, so gone


@dataclass
class _Tally:
    """What a document holds that Tandem does not import, for the notice."""

    changes: int = 0
    comments: int = 0
    footnotes: int = 0
    endnotes: int = 0

    def notice(self, name: str) -> str | None:
        parts = []
        if self.changes:
            parts.append(f"{self.changes} tracked change(s) accepted")
        left = [f"{n} {what}" for n, what in ((self.comments, "comment(s)"),
                                               (self.footnotes, "footnote(s)"),
                                               (self.endnotes, "endnote(s)")) if n]
        if left:
            parts.append(" and ".join(left) + " not imported")
        return f"{name}: " + "; ".join(parts) if parts else None


def emphasis(start: int, end: int, bold: bool, italic: bool, href: str | None) -> list[Mark]:
    """The marks of a piece of text from start to end (a Word run, an ODT span)."""
    marks = []
    if bold:
        marks.append(Mark(start, end, MarkKind.BOLD))
    if italic:
        marks.append(Mark(start, end, MarkKind.ITALIC))
    if href:
        marks.append(Mark(start, end, MarkKind.LINK, href))
    return marks


def _read_paragraph(p, tally: _Tally | None = None) -> ImportedParagraph:
    """A paragraph's text as it reads with its tracked changes accepted (insertions in,
    deletions out), with bold, italic and links; comments and footnote references are
    counted, not imported."""
    from docx.text.run import Run

    tally = tally if tally is not None else _Tally()
    parts: list[str] = []
    marks: list[Mark] = []
    pos = 0
    rels = p.part.rels

    def add_run(r, href: str | None) -> None:
        nonlocal pos
        text = []
        for child in r:
            tag = child.tag[len(W):] if child.tag.startswith(W) else ""
            if tag == "t":
                text.append(child.text or "")
            elif tag == "tab":
                text.append("\t")
            elif tag in ("br", "cr"):
                text.append(" ")
            elif tag == "noBreakHyphen":
                text.append("\u2011")
            elif tag == "commentReference":
                tally.comments += 1
            elif tag == "footnoteReference":
                tally.footnotes += 1
            elif tag == "endnoteReference":
                tally.endnotes += 1
        chunk = "".join(text)
        if not chunk:
            return
        end = pos + len(chunk)
        marks.extend(emphasis(pos, end, *_run_bold_italic(Run(r, p)), href))
        parts.append(chunk)
        pos = end

    def walk(el, href: str | None) -> None:
        for child in el:
            if not isinstance(child.tag, str) or not child.tag.startswith(W):
                continue
            tag = child.tag[len(W):]
            if tag == "r":
                add_run(child, href)
            elif tag == "hyperlink":
                rel = rels.get(child.get(R_ID)) if child.get(R_ID) else None
                target = rel.target_ref if rel is not None and rel.is_external else None
                walk(child, target or href)
            elif tag in _THROUGH:
                if tag in ("ins", "moveTo"):
                    tally.changes += 1
                walk(child, href)
            elif tag in _DROPPED:
                tally.changes += 1

    walk(p._p, None)
    text = "".join(parts)
    # trim outer white space, keeping marks on the trimmed text
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    marks = [Mark(m.start - lead, m.end - lead, m.kind, m.href) for m in marks
             if m.end - lead > 0 and m.start - lead < len(text)]
    marks = [Mark(max(0, m.start), min(len(text), m.end), m.kind, m.href) for m in marks]
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from editor.importers.own_layout import role_from_style

    role = role_from_style(p.style.name if p.style is not None else "", text,
                           p.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER)
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


def _cells(table, tally: _Tally) -> list[list[ImportedParagraph]]:
    """A Word table as rows of cells (a merged cell once), each cell one paragraph."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue  # a merged cell appears once per column it spans
            seen.add(id(cell._tc))
            cells.append(_join([_read_paragraph(p, tally) for p in cell.paragraphs]))
        rows.append(cells)
    return rows


def version_columns(rows: list[list[ImportedParagraph]]):
    """A table of two or three columns as the versions of a release (Tandem's bilingual or
    trilingual table, or one made by hand), a header row naming the languages dropped;
    None for any other table."""
    width = len(rows[0]) if rows else 0
    if width not in (2, 3) or any(len(r) != width for r in rows):
        return None
    if all(_LANG_LABEL.match(c.text) or not c.text for c in rows[0]):
        rows = rows[1:]
    rows = [r for r in rows if any(c.text for c in r)]
    columns = tuple([r[k] for r in rows] for k in range(width))
    if width == 3 and not _three_versions(columns):
        return None  # a table of three columns that are not three languages (Date | Film | …)
    return columns


def _three_versions(columns) -> bool:
    """One column in Latin letters, two in Cyrillic, one of those with Kazakh letters."""
    shares = [letter_shares("".join(p.text for p in column)) for column in columns]
    return (sum(s["latin"] > 0.6 for s in shares) == 1
            and sum(s["cyrillic"] > 0.6 for s in shares) == 2
            and max(s["kk"] for s in shares) > 0.01)


def row_paragraphs(rows: list[list[ImportedParagraph]]) -> list[ImportedParagraph]:
    """Another table: a paragraph per row, its cells joined by " | "."""
    out = []
    for cells in rows:
        text, marks = "", []
        for cell in (c for c in cells if c.text):
            if text:
                text += " | "
            marks += [Mark(m.start + len(text), m.end + len(text), m.kind, m.href)
                      for m in cell.marks]
            text += cell.text.replace("\n", " ")
        if text:
            out.append(ImportedParagraph(text, marks))
    return out


def add_table(rows, name: str, content: DocxContent, width: int) -> None:
    """A table into ``content``: the first one of two or three columns as the versions'
    columns, any other as a paragraph per row, with a notice."""
    cols = version_columns(rows)
    if cols is not None and content.columns is None and cols[0]:
        content.columns = cols
        return
    paragraphs = row_paragraphs(rows)
    if paragraphs:
        content.notices.append(f"{name}: a table of {width} column(s) became "
                               f"{len(paragraphs)} paragraph(s), one per row")
    content.paragraphs += paragraphs


def finish(content: DocxContent, name: str, tally: _Tally) -> DocxContent:
    content.paragraphs = [p for p in content.paragraphs if p.text]
    if content.columns is not None and sum(len(p.text) for p in content.paragraphs) > sum(
            len(p.text) for column in content.columns for p in column):
        # the table is a small part of a normal document: read it as paragraphs
        content.paragraphs += [p for row in zip(*content.columns, strict=True) for p in row
                               if p.text]
        content.columns = None
    found = tally.notice(name)
    content.notices[:0] = [found] if found else []
    return content


def read_docx(data: bytes, name: str) -> DocxContent:
    _inspect_zip(data, name)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises many kinds on bad packages
        raise InputError(f"{name} is not a readable Word document ({type(err).__name__})") from err
    content = DocxContent([])
    tally = _Tally()
    try:
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                add_table(_cells(block, tally), name, content, len(block.columns))
            else:
                content.paragraphs.append(_read_paragraph(block, tally))
    except Exception as err:  # parts are parsed lazily: any damage surfaces here
        raise InputError(f"{name} is a damaged Word document ({type(err).__name__})") from err
    return finish(content, name, tally)
