"""Real DOCX files for tests, made with python-docx (hyperlinks through its oxml layer)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def add_hyperlink(paragraph, text: str, url: str):
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def write_docx(path: Path, paragraphs: list) -> Path:
    """``paragraphs``: strings, or lists of (text, {"bold"|"italic"|"link": value}) runs,
    or ("style", text) pairs for a styled paragraph; "" makes an empty paragraph."""
    document = docx.Document()
    for spec in paragraphs:
        if isinstance(spec, tuple):
            document.add_paragraph(spec[1], style=spec[0])
        elif isinstance(spec, str):
            document.add_paragraph(spec)
        else:
            p = document.add_paragraph()
            for text, fmt in spec:
                if "link" in fmt:
                    add_hyperlink(p, text, fmt["link"])
                else:
                    run = p.add_run(text)
                    run.bold = fmt.get("bold")
                    run.italic = fmt.get("italic")
    document.save(path)
    return path


def write_bilingual_docx(path: Path, rows: list[tuple[str, str]], header=("Русский", "English"),
                         title: str | None = None) -> Path:
    document = docx.Document()
    if title:
        document.add_paragraph(title)
    table = document.add_table(rows=0, cols=2)
    for left, right in ([header] if header else []) + rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    document.save(path)
    return path
