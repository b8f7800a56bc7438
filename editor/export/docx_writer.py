"""Word files on the organisation's letterhead (templates/letterhead.docx, editable in
Word): one release per language, or both side by side in a two-column table, row by row.
Named styles (Title, Subtitle, Body Text, Quote, Dateline, Boilerplate, Contact); every run
tagged with its language (ru-RU, en-GB or en-US, and kk-KZ for Kazakh words) so Word proofs
each language correctly; bold, italic and links kept; non-breaking spaces kept; the date
written as each language writes it."""

from __future__ import annotations

import io
import re
from datetime import UTC
from pathlib import Path

from editor.export.dateline import dateline, embargo_line, format_date
from editor.export.layout import layout
from editor.export.validation import ExportError
from editor.languages import profile
from editor.model import MarkKind, Paragraph, Release, Role
from editor.profile import Profile, organisation_name
from editor.resources_path import TEMPLATES
from editor.wording import label

TEMPLATE = TEMPLATES / "letterhead.docx"
_KAZAKH_WORD = re.compile(r"[\w’'-]*[әғқңөұүһіӘҒҚҢӨҰҮҺІ][\w’'-]*")
# Kazakh in Latin letters (Qushağynda): Word has no Latin Kazakh proofing, so such words are
# marked not to be proofed rather than flagged by the English speller
_KAZAKH_LATIN_WORD = re.compile(r"[A-Za-z’'-]*(?:[ğñūüöäışĞÑŪÜÖÄİŞ]|[Qq](?![Uu]))[\w’'-]*")
_STYLE = {Role.HEADLINE: "Title", Role.LEAD: "Body Text", Role.BODY: "Body Text",
          Role.QUOTE: "Quote", Role.BOILERPLATE: "Boilerplate", Role.CONTACT: "Contact"}


def word_lang(lang: str, english: str = "en-GB") -> str:
    """Word's language tag (the profile's; English as the user's spelling setting says)."""
    return english if lang == "en" else profile(lang).word_tag


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
_STYLE_IDS: dict[int, dict[str, str]] = {}


def _style(document, name: str):
    """``name`` if the template has that style, else Normal (the names are read once)."""
    names = _STYLE_NAMES.get(id(document))
    if names is None:
        names = _STYLE_NAMES[id(document)] = {s.name for s in document.styles}
    return name if name in names else "Normal"


def _set_style(paragraph, document, name: str) -> None:
    """The paragraph style by its id, looked up once per document: python-docx resolves a
    style name by scanning every style each time, 70 % of a long export."""
    ids = _STYLE_IDS.get(id(document))
    if ids is None:
        from docx.enum.style import WD_STYLE_TYPE

        ids = _STYLE_IDS[id(document)] = {s.name: s.style_id for s in document.styles
                                          if s.type == WD_STYLE_TYPE.PARAGRAPH}
    paragraph._p.style = ids.get(name) or ids.get("Normal")


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


def _placeholder_values(release: Release, langs: list[str], profile: Profile) -> dict[str, str]:
    """{organisation}, {unit}, {address}, {phone}, {email}, {website}, {contact_line},
    {place} and {date}: the release's own organisation first, else the profile's; several
    languages (the bilingual file) joined with " / " where they differ."""
    m = release.meta

    def joined(get) -> str:
        return " / ".join(dict.fromkeys(v for v in (get(lang) for lang in langs) if v))

    values = {
        "{organisation}": joined(lambda lang: organisation_name(m.organisation, profile, lang)),
        "{unit}": joined(lambda lang: profile.get(lang).unit),
        "{address}": joined(lambda lang: profile.get(lang).address),
        "{phone}": joined(lambda lang: profile.get(lang).phone),
        "{email}": joined(lambda lang: profile.get(lang).email),
        "{website}": joined(lambda lang: profile.get(lang).website),
    }
    # the same phone, e-mail and website once, however many languages
    values["{contact_line}"] = " · ".join(
        values[key] for key in ("{address}", "{phone}", "{email}", "{website}") if values[key])
    return values | {
        "{place}": joined(lambda lang: m.place.get(lang, "")),
        "{date}": joined(lambda lang: format_date(m.date, lang) if m.date else ""),
    }


def _has_content(para) -> bool:
    xml = para._p.xml
    return bool(para.text.strip()) or "<w:drawing" in xml or "w:fldChar" in xml or "w:pict" in xml


def _fill_placeholders(document, release: Release, langs: list[str], profile: Profile,
                       word_tag: str) -> None:
    """The header and footer filled in: placeholders replaced, the logo put where {logo}
    stands, and a line that held only placeholders with nothing to say removed (so a
    profile without a phone leaves no empty line and nothing in another language)."""
    values = _placeholder_values(release, langs, profile)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer):
            if part.is_linked_to_previous:
                continue
            for para in list(part.paragraphs):
                had_placeholder = "{" in para.text
                for run in para.runs:
                    if "{logo}" in run.text:
                        run.text = run.text.replace("{logo}", "")
                        _add_logo(run, profile.logo)
                    for key, value in values.items():
                        if key in run.text:
                            run.text = run.text.replace(key, value)
                    _set_lang(run, word_tag)
                if had_placeholder and not _has_content(para) and len(part.paragraphs) > 1:
                    para._p.getparent().remove(para._p)


def _add_logo(run, logo: str) -> None:
    if not logo:
        return
    from docx.shared import Cm

    try:
        run.add_picture(logo, height=Cm(1.8))
    except FileNotFoundError as err:
        raise ExportError(f"the logo {Path(logo).name} does not exist (Settings, Organisation)") from err
    except Exception as err:  # not an image python-docx can read
        raise ExportError(f"the logo {Path(logo).name} is not a PNG, JPEG, GIF or BMP image "
                          f"({type(err).__name__})") from err


def _headline(release: Release, lang: str) -> tuple[str | None, bool]:
    """The headline and whether it came from a headline row (not to be repeated)."""
    if release.meta.headline.get(lang):
        return release.meta.headline[lang], False
    for row in release.rows:
        if row.role is Role.HEADLINE and row.text(lang).strip():
            return row.text(lang), True
    return None, False


def _add(document, style: str, para: Paragraph, tag: str):
    p = document.add_paragraph()
    _set_style(p, document, style)
    add_paragraph_runs(p, para, tag)
    return p


def _write_language(document, release: Release, lang: str, english: str,
                    profile: Profile) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    tag = word_lang(lang, english)
    m = release.meta
    head, from_row = _headline(release, lang)
    if head:
        _add(document, "Title", Paragraph(head), tag)
    if m.subheadline.get(lang):
        _add(document, "Subtitle", Paragraph(m.subheadline[lang]), tag)
    line = dateline(m.place.get(lang, ""), m.date, lang)
    if line:
        _add(document, "Dateline", Paragraph(line), tag)
    if m.embargo:
        p = _add(document, "Dateline", Paragraph(embargo_line(m.embargo, lang)), tag)
        for run in p.runs:
            run.bold = True
    parts = layout(release, lang, profile)
    for role, para in parts.body:
        if from_row and role is Role.HEADLINE:
            continue
        _add(document, _STYLE.get(role, "Body Text"), para, tag)
    if parts.end_mark:
        p = _add(document, "Body Text", Paragraph(parts.end_mark), tag)
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if parts.notes:
        p = _add(document, "Boilerplate", Paragraph(parts.notes_label), tag)
        for run in p.runs:
            run.bold, run.italic = True, False
        for para in parts.notes:
            _add(document, "Boilerplate", para, tag)
    if parts.contacts:
        p = _add(document, "Contact", Paragraph(parts.contacts_label), tag)
        for run in p.runs:
            run.bold = True
        for para in parts.contacts:
            _add(document, "Contact", para, tag)


def _properties(document, release: Release, langs: list[str], profile: Profile,
                word_tag: str) -> None:
    """File > Properties as a reader expects them: the organisation as author, the
    headline as title, the language, and now as created and modified."""
    from datetime import datetime

    props = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    org = " / ".join(dict.fromkeys(v for v in (organisation_name(release.meta.organisation,
                                                                   profile, lang)
                                                 for lang in langs) if v))
    props.author = props.last_modified_by = org
    props.title = " / ".join(h for h in (_headline(release, lang)[0] for lang in langs) if h)
    props.subject = label("press_release", langs[0])
    props.keywords = ", ".join(k for lang in langs for k in release.meta.keywords.get(lang, []))
    props.language = word_tag
    props.created = props.modified = now
    for old in props._element.findall("{*}lastPrinted"):  # the template's, years ago
        props._element.remove(old)
    props.revision = 1
    props.comments = ""
    props.category = ""


def _save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    _STYLE_NAMES.pop(id(document), None)
    _STYLE_IDS.pop(id(document), None)
    return buf.getvalue()


def to_docx(release: Release, lang: str, template: Path | None = None,
            english: str = "en-GB", profile: Profile | None = None) -> bytes:
    if lang not in release.languages:
        raise ExportError(f"the release has no {lang!r} version")
    profile = profile or Profile()
    tag = word_lang(lang, english)
    document = _open_template(template)
    _fill_placeholders(document, release, [lang], profile, tag)
    _write_language(document, release, lang, english, profile)
    _properties(document, release, [lang], profile, tag)
    return _save(document)


def to_docx_bilingual(release: Release, template: Path | None = None,
                      english: str = "en-GB", profile: Profile | None = None) -> bytes:
    """Both versions side by side: a two-column table, one table row per release row."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    profile = profile or Profile()
    document = _open_template(template)
    langs = list(release.languages)
    source_tag = word_lang(release.source_lang, english)
    _fill_placeholders(document, release, langs, profile, source_tag)
    _properties(document, release, langs, profile, source_tag)
    table = document.add_table(rows=0, cols=len(langs))
    table.style = "Table Grid" if _style(document, "Table Grid") == "Table Grid" else None
    width = Cm(16.6 / len(langs))
    tags = {lang: word_lang(lang, english) for lang in langs}

    def add_row(cells: dict[str, list[tuple[str, Paragraph]]], bold: bool = False,
                centre: bool = False) -> None:
        """One table row: per language, (style, paragraph) pieces, one paragraph each."""
        for cell, lang in zip(table.add_row().cells, langs, strict=True):
            cell.width = width
            for k, (style, para) in enumerate(cells.get(lang) or [("Body Text", Paragraph(""))]):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                _set_style(p, document, style)
                # justified text in narrow columns gapes
                p.paragraph_format.alignment = (WD_ALIGN_PARAGRAPH.CENTER if centre
                                                else WD_ALIGN_PARAGRAPH.LEFT)
                add_paragraph_runs(p, para, tags[lang])
                if bold:
                    for run in p.runs:
                        run.bold = True

    m = release.meta
    heads = {lang: _headline(release, lang) for lang in langs}
    # as a newsroom lays it out: a row of headlines, a row of subheadlines, a row with the
    # dateline and the embargo; then the text row by row; then the end mark, the notes to
    # editors and the contacts, each language in its column
    if any(h for h, _ in heads.values()):
        add_row({lang: [("Title", Paragraph(h))] for lang, (h, _) in heads.items() if h})
    if any(m.subheadline.get(lang) for lang in langs):
        add_row({lang: [("Subtitle", Paragraph(m.subheadline[lang]))] for lang in langs
                 if m.subheadline.get(lang)})
    datelines: dict[str, list[tuple[str, Paragraph]]] = {lang: [] for lang in langs}
    for lang in langs:
        line = dateline(m.place.get(lang, ""), m.date, lang)
        if line:
            datelines[lang].append(("Dateline", Paragraph(line)))
    if any(datelines.values()):
        add_row(datelines)
    if m.embargo:
        add_row({lang: [("Dateline", Paragraph(embargo_line(m.embargo, lang)))]
                 for lang in langs}, bold=True)
    from_row = any(from_row for _, from_row in heads.values())
    closing = (Role.BOILERPLATE, Role.CONTACT)
    for row in release.rows:
        if row.role in closing or (from_row and row.role is Role.HEADLINE):
            continue
        add_row({lang: [(_STYLE.get(row.role, "Body Text"), row.paragraph(lang))]
                 for lang in langs})
    parts = {lang: layout(release, lang, profile) for lang in langs}
    if any(p.end_mark for p in parts.values()):
        add_row({lang: [("Body Text", Paragraph(p.end_mark))] for lang, p in parts.items()},
                centre=True)
    for label_of, items_of, style in (
            (lambda p: p.notes_label, lambda p: p.notes, "Boilerplate"),
            (lambda p: p.contacts_label, lambda p: p.contacts, "Contact")):
        if not any(items_of(p) for p in parts.values()):
            continue
        add_row({lang: [(style, Paragraph(label_of(p)))] for lang, p in parts.items()
                 if label_of(p)}, bold=True)
        add_row({lang: [(style, para) for para in items_of(p)] for lang, p in parts.items()
                 if items_of(p)})
    return _save(document)
