"""Word files on the organisation's letterhead (templates/letterhead.docx, editable in
Word): one release per language, or both side by side in a two-column table, row by row.
Named styles (Title, Subtitle, Body Text, Quote, Dateline, Boilerplate, Contact); every run
tagged with its language (ru-RU, en-GB or en-US, and kk-KZ for Kazakh words) so Word proofs
each language correctly; bold, italic and links kept; non-breaking spaces kept; the date
written as each language writes it."""

from __future__ import annotations

import io
import re
from pathlib import Path

from editor.export.dateline import dateline, embargo_line, format_date
from editor.export.validation import ExportError
from editor.model import MarkKind, Paragraph, Release, Role
from editor.resources_path import TEMPLATES

TEMPLATE = TEMPLATES / "letterhead.docx"
_KAZAKH_WORD = re.compile(r"[\w’'-]*[әғқңөұүһіӘҒҚҢӨҰҮҺІ][\w’'-]*")
# Kazakh in Latin letters (Qushağynda): Word has no Latin Kazakh proofing, so such words are
# marked not to be proofed rather than flagged by the English speller
_KAZAKH_LATIN_WORD = re.compile(r"[A-Za-z’'-]*(?:[ğñūüöäışĞÑŪÜÖÄİŞ]|[Qq](?![Uu]))[\w’'-]*")
_STYLE = {Role.HEADLINE: "Title", Role.LEAD: "Body Text", Role.BODY: "Body Text",
          Role.QUOTE: "Quote", Role.BOILERPLATE: "Boilerplate", Role.CONTACT: "Contact"}


def word_lang(lang: str, english: str = "en-GB") -> str:
    return {"ru": "ru-RU", "en": english, "kk": "kk-KZ"}.get(lang, lang)


def _set_lang(run, tag: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = run._r.get_or_add_rPr()
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), tag)


def _no_proof(run) -> None:
    from docx.oxml import OxmlElement

    run._r.get_or_add_rPr().append(OxmlElement("w:noProof"))


def _pieces(text: str, base: str):
    """(text, language tag) pieces: Kazakh words in Cyrillic get kk-KZ; Kazakh words in
    Latin letters get the tag "noproof"; the rest ``base``."""
    spans = [(m.start(), m.end(), "kk-KZ") for m in _KAZAKH_WORD.finditer(text)]
    spans += [(m.start(), m.end(), "noproof") for m in _KAZAKH_LATIN_WORD.finditer(text)
              if not any(a < m.end() and m.start() < b for a, b, _ in spans)]
    pos = 0
    for start, end, tag in sorted(spans):
        if start > pos:
            yield text[pos:start], base
        yield text[start:end], tag
        pos = end
    if pos < len(text):
        yield text[pos:], base


def _hyperlink(paragraph, url: str):
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    paragraph._p.append(link)
    return link


def add_paragraph_runs(paragraph, p: Paragraph, base_lang: str) -> None:
    """The paragraph's text as runs: a run per stretch of equal emphasis and language."""
    from docx.text.run import Run

    text = p.text.replace("\n", "\u2028")
    cuts = sorted({0, len(text), *(m.start for m in p.marks), *(m.end for m in p.marks)})
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [m for m in p.marks if m.start <= a and b <= m.end]
        link = next((m.href for m in active if m.kind is MarkKind.LINK), None)
        target = _hyperlink(paragraph, link) if link else None
        for piece, tag in _pieces(text[a:b], base_lang):
            for k, line in enumerate(piece.split("\u2028")):
                if target is None:
                    run = paragraph.add_run()
                else:
                    from docx.oxml import OxmlElement

                    r = OxmlElement("w:r")
                    target.append(r)
                    run = Run(r, paragraph)
                    if _style(paragraph.part.document, "Hyperlink") == "Hyperlink":
                        run.style = paragraph.part.document.styles["Hyperlink"]
                if k:
                    run.add_break()
                run.text = line
                run.bold = True if any(m.kind is MarkKind.BOLD for m in active) else None
                run.italic = True if any(m.kind is MarkKind.ITALIC for m in active) else None
                if tag == "noproof":
                    _set_lang(run, base_lang)
                    _no_proof(run)
                else:
                    _set_lang(run, tag)


_STYLE_NAMES: dict[int, set[str]] = {}


def _style(document, name: str):
    """``name`` if the template has that style, else Normal (the names are read once)."""
    names = _STYLE_NAMES.get(id(document))
    if names is None:
        names = _STYLE_NAMES[id(document)] = {s.name for s in document.styles}
    return name if name in names else "Normal"


def _open_template(template: Path | None):
    import docx

    path = template or TEMPLATE
    try:
        document = docx.Document(str(path))
    except Exception as err:
        raise ExportError(f"the template {path.name} cannot be opened ({type(err).__name__})") from err
    body = document.element.body
    for child in list(body):
        if child.tag.endswith("}sectPr"):
            continue
        body.remove(child)
    return document


def _fill_placeholders(document, release: Release, lang: str) -> None:
    m = release.meta
    values = {"{organisation}": m.organisation.get(lang, ""), "{place}": m.place.get(lang, ""),
              "{date}": format_date(m.date, lang) if m.date else ""}
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer):
            for para in part.paragraphs:
                for run in para.runs:
                    for key, value in values.items():
                        if key in run.text:
                            run.text = run.text.replace(key, value)
                for run in para.runs:
                    _set_lang(run, word_lang(lang))


def _headline(release: Release, lang: str) -> tuple[str | None, bool]:
    """The headline and whether it came from a headline row (not to be repeated)."""
    if release.meta.headline.get(lang):
        return release.meta.headline[lang], False
    for row in release.rows:
        if row.role is Role.HEADLINE and row.text(lang).strip():
            return row.text(lang), True
    return None, False


def _write_language(document, release: Release, lang: str, english: str) -> None:
    tag = word_lang(lang, english)
    m = release.meta
    head, from_row = _headline(release, lang)
    if head:
        add_paragraph_runs(document.add_paragraph(style=_style(document, "Title")), Paragraph(head), tag)
    if m.subheadline.get(lang):
        add_paragraph_runs(document.add_paragraph(style=_style(document, "Subtitle")),
                           Paragraph(m.subheadline[lang]), tag)
    line = dateline(m.place.get(lang, ""), m.date, lang)
    if line:
        add_paragraph_runs(document.add_paragraph(style=_style(document, "Dateline")), Paragraph(line), tag)
    if m.embargo:
        p = document.add_paragraph(style=_style(document, "Dateline"))
        add_paragraph_runs(p, Paragraph(embargo_line(m.embargo, lang)), tag)
        for run in p.runs:
            run.bold = True
    for row in release.rows:
        para = row.paragraph(lang)
        if para.is_empty or (from_row and row.role is Role.HEADLINE):
            continue
        style = _STYLE.get(row.role, "Body Text")
        add_paragraph_runs(document.add_paragraph(style=_style(document, style)), para, tag)
    for c in m.contacts:
        text = " · ".join(v for v in (c.name, c.role, c.phone, c.email) if v)
        add_paragraph_runs(document.add_paragraph(style=_style(document, "Contact")), Paragraph(text), tag)


def _save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    _STYLE_NAMES.pop(id(document), None)
    return buf.getvalue()


def to_docx(release: Release, lang: str, template: Path | None = None,
            english: str = "en-GB") -> bytes:
    if lang not in release.languages:
        raise ExportError(f"the release has no {lang!r} version")
    document = _open_template(template)
    _fill_placeholders(document, release, lang)
    _write_language(document, release, lang, english)
    document.core_properties.title = _headline(release, lang)[0] or ""
    document.core_properties.language = word_lang(lang, english)
    return _save(document)


def to_docx_bilingual(release: Release, template: Path | None = None,
                      english: str = "en-GB") -> bytes:
    """Both versions side by side: a two-column table, one table row per release row."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    document = _open_template(template)
    langs = list(release.languages)
    _fill_placeholders(document, release, release.source_lang)
    table = document.add_table(rows=0, cols=len(langs))
    table.style = "Table Grid" if _style(document, "Table Grid") == "Table Grid" else None
    width = Cm(16.6 / len(langs))
    heads = table.add_row().cells
    for cell, lang in zip(heads, langs, strict=True):
        # as a newsroom lays it out: the headline, then the dateline, then the embargo,
        # each its own paragraph in the language's column
        head, _ = _headline(release, lang)
        tag = word_lang(lang, english)
        cell.width = width
        p = cell.paragraphs[0]
        p.style = _style(document, "Subtitle")
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        add_paragraph_runs(p, Paragraph(head or lang.upper()), tag)
        line = dateline(release.meta.place.get(lang, ""), release.meta.date, lang)
        if line:
            add_paragraph_runs(cell.add_paragraph(style=_style(document, "Dateline")),
                               Paragraph(line), tag)
        if release.meta.embargo:
            e = cell.add_paragraph(style=_style(document, "Dateline"))
            add_paragraph_runs(e, Paragraph(embargo_line(release.meta.embargo, lang)), tag)
            for run in e.runs:
                run.bold = True
    for row in release.rows:
        cells = table.add_row().cells
        for cell, lang in zip(cells, langs, strict=True):
            cell.width = width
            p = cell.paragraphs[0]
            p.style = _style(document, _STYLE.get(row.role, "Body Text"))
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT  # justified columns gape
            add_paragraph_runs(p, row.paragraph(lang), word_lang(lang, english))
    return _save(document)
