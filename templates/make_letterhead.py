"""Builds templates/letterhead.docx, the Word template Tandem's DOCX export fills in.

Run it only to start over: staff edit letterhead.docx itself in Word (see the README).
What the exporter relies on: the styles Title, Subtitle, Body Text, Quote, Dateline,
Boilerplate and Contact (it falls back to Normal for any that are missing), and the
header and footer, which it keeps as they are but for the placeholders {organisation},
{place} and {date}. Everything in the body is replaced by the release."""

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent


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
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    for name, size, bold, italic, colour in (("Title", 16, True, False, "1F3864"),
                                             ("Subtitle", 13, False, True, "404040")):
        st = styles[name]
        st.font.name, st.font.size, st.font.bold, st.font.italic = "Times New Roman", Pt(size), bold, italic
        st.font.color.rgb = RGBColor.from_string(colour)
    body = styles["Body Text"]
    body.font.name, body.font.size = "Times New Roman", Pt(12)
    body.paragraph_format.space_after = Pt(8)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    quote = styles["Quote"]
    quote.font.italic = True
    for name, italic, size in (("Dateline", False, 11), ("Boilerplate", True, 10), ("Contact", False, 10)):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = body
        st.font.italic, st.font.size = italic, Pt(size)
    header = section.header.paragraphs[0]
    header.text = "{organisation}"  # the release's organisation, in its language
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.runs[0].font.bold = True
    header.runs[0].font.size = Pt(11)
    header.runs[0].font.color.rgb = RGBColor.from_string("1F3864")
    sub = section.header.add_paragraph("Press service · address · phone · e-mail (edit in Word)")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.runs[0].font.size = Pt(9)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_number_field(footer)
    d.add_paragraph("(The release goes here.)", style="Body Text")
    d.core_properties.title = "Tandem letterhead"
    d.save(HERE / "letterhead.docx")


if __name__ == "__main__":
    main()
