"""Builds templates/letterhead.docx, the Word template Tandem's DOCX export fills in.

Run it only to start over: staff edit letterhead.docx itself in Word (see the README).
What the exporter relies on: the styles Title, Subtitle, Body Text, Quote, Dateline,
Boilerplate and Contact (it falls back to Normal for any that are missing), and the
header and footer, which it keeps as they are but for the placeholders {logo},
{organisation}, {unit}, {address}, {phone}, {email}, {website}, {contact_line}, {place} and
{date}, filled from the release and the organisation profile (Settings, Organisation); a line
of placeholders with nothing to fill is removed. Everything in the body is replaced by the
release. One font family throughout: every style names it, none follows the theme."""

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FAMILY = "Times New Roman"  # LibreOffice shows it as Liberation Serif, metric-compatible


def one_family(document, family: str) -> None:
    """Every style and the document defaults in ``family`` for every script (Latin,
    Cyrillic, East Asian, complex), with no theme font left to override it."""
    styles = document.styles.element
    for rfonts in styles.iter(qn("w:rFonts")):
        for attr in list(rfonts.attrib):
            if attr.lower().endswith("theme"):  # asciiTheme … cstheme
                del rfonts.attrib[attr]
    defaults = styles.find(qn("w:docDefaults"))
    targets = [s.element for s in document.styles]
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            targets.append(rpr_default)
    for el in targets:
        rpr = el.find(qn("w:rPr"))
        if rpr is None:
            if el.tag != qn("w:rPrDefault") and el.get(qn("w:type")) == "numbering":
                continue
            rpr = OxmlElement("w:rPr")
            el.append(rpr)
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(attr), family)


def page_number_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def main() -> None:
    d = docx.Document()
    section = d.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    styles = d.styles
    normal = styles["Normal"]
    normal.font.name = FAMILY
    normal.font.size = Pt(12)
    for name, size, bold, italic, colour in (("Title", 16, True, False, "1F3864"),
                                             ("Subtitle", 13, False, True, "404040")):
        st = styles[name]
        st.font.size, st.font.bold, st.font.italic = Pt(size), bold, italic
        st.font.color.rgb = RGBColor.from_string(colour)
    body = styles["Body Text"]
    body.font.size = Pt(12)
    body.paragraph_format.space_after = Pt(8)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    quote = styles["Quote"]
    quote.font.italic = True
    for name, italic, size in (("Dateline", False, 11), ("Boilerplate", True, 10), ("Contact", False, 10)):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = body
        st.font.italic, st.font.size = italic, Pt(size)
    logo = section.header.paragraphs[0]
    logo.text = "{logo}"  # the profile's logo image, if it has one
    logo.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # the release's organisation, else the profile's, in the document's language
    for text, size, bold in (("{organisation}", 11, True), ("{unit}", 10, False),
                             ("{contact_line}", 8.5, False)):
        p = section.header.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.runs[0].font.bold = bold
        p.runs[0].font.size = Pt(size)
        p.runs[0].font.color.rgb = RGBColor.from_string("1F3864" if bold else "404040")
    rule = section.header.add_paragraph()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                       ("w:color", "1F3864")):
        bottom.set(qn(key), value)
    border.append(bottom)
    rule._p.get_or_add_pPr().append(border)
    site = section.footer.paragraphs[0]
    site.text = "{website}"
    site.alignment = WD_ALIGN_PARAGRAPH.CENTER
    site.runs[0].font.size = Pt(8.5)
    footer = section.footer.add_paragraph()
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_number_field(footer)
    if "Hyperlink" not in {s.name for s in styles}:
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = RGBColor.from_string("0563C1")
        link.font.underline = True
    one_family(d, FAMILY)
    d.add_paragraph("(The release goes here.)", style="Body Text")
    props = d.core_properties
    props.title, props.author, props.last_modified_by = "", "", ""
    props.comments = "Tandem letterhead: edit in Word, keep the {placeholders}."
    d.save(HERE / "letterhead.docx")


if __name__ == "__main__":
    main()
