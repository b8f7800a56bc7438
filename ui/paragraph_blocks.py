"""Moving paragraphs between the model and QTextDocument blocks.

A model paragraph is plain text plus mark ranges; in the document it is one block whose
character formats carry the marks. A line break inside a paragraph ("\\n" in the model) is
U+2028 in the block, since a real newline would start a new block (a new row)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor

from editor.model import Mark, MarkKind, Paragraph

LINE_BREAK = "\u2028"


def _format_for(marks: list[Mark], base: QTextCharFormat) -> QTextCharFormat:
    fmt = QTextCharFormat(base)
    for m in marks:
        if m.kind is MarkKind.BOLD:
            fmt.setFontWeight(QFont.Weight.Bold)
        elif m.kind is MarkKind.ITALIC:
            fmt.setFontItalic(True)
        elif m.kind is MarkKind.LINK:
            fmt.setAnchor(True)
            fmt.setAnchorHref(m.href)
            fmt.setFontUnderline(True)
    return fmt


def insert_paragraph(cursor: QTextCursor, p: Paragraph, base: QTextCharFormat) -> None:
    """Insert ``p`` at ``cursor`` (inside the current block), formats included."""
    text = p.text.replace("\n", LINE_BREAK)
    cuts = sorted({0, len(text), *(m.start for m in p.marks), *(m.end for m in p.marks)})
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [m for m in p.marks if m.start <= a and b <= m.end]
        cursor.insertText(text[a:b], _format_for(active, base))


def read_paragraph(block: QTextBlock) -> Paragraph:
    text = block.text()
    marks: list[Mark] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            start = frag.position() - block.position()
            end = start + frag.length()
            fmt = frag.charFormat()
            if fmt.fontWeight() >= QFont.Weight.Bold:
                marks.append(Mark(start, end, MarkKind.BOLD))
            if fmt.fontItalic():
                marks.append(Mark(start, end, MarkKind.ITALIC))
            if fmt.isAnchor() and fmt.anchorHref():
                marks.append(Mark(start, end, MarkKind.LINK, fmt.anchorHref()))
        it += 1
    return Paragraph(text.replace(LINE_BREAK, "\n"), marks)
