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


def _block_end(block: QTextBlock) -> int:
    """Position just before the block separator (the end of the block's text)."""
    return block.position() + block.length() - 1


def replace_blocks(doc, start: int, count: int, paragraphs: list[Paragraph],
                   block_format, char_format: QTextCharFormat) -> None:
    """Replace blocks ``start .. start+count-1`` of ``doc`` with one block per paragraph.

    The document always keeps at least one block, so callers keep at least one row."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    total = doc.blockCount()
    if count and paragraphs:
        first, last = doc.findBlockByNumber(start), doc.findBlockByNumber(start + count - 1)
        cursor.setPosition(first.position())
        cursor.setPosition(_block_end(last), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(block_format)
        cursor.setCharFormat(char_format)
        _insert_all(cursor, paragraphs, block_format, char_format)
    elif count:  # remove whole blocks, separators included
        first, last = doc.findBlockByNumber(start), doc.findBlockByNumber(start + count - 1)
        if start > 0:
            cursor.setPosition(_block_end(doc.findBlockByNumber(start - 1)))
            cursor.setPosition(_block_end(last), QTextCursor.MoveMode.KeepAnchor)
        elif start + count < total:
            cursor.setPosition(first.position())
            cursor.setPosition(doc.findBlockByNumber(start + count).position(),
                               QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
    elif paragraphs:  # pure insertion before block ``start`` (or at the end)
        if start == 0:
            cursor.setPosition(doc.firstBlock().position())
            for p in paragraphs:
                cursor.insertBlock(block_format, char_format)
                cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
                cursor.setBlockFormat(block_format)
                insert_paragraph(cursor, p, char_format)
                cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        else:  # after block start - 1: the blocks on either side keep their formats (their
            # padding) and their layouts, the new ones come between them
            cursor.setPosition(_block_end(doc.findBlockByNumber(min(start, total) - 1)))
            for p in paragraphs:
                cursor.insertBlock(block_format, char_format)
                insert_paragraph(cursor, p, char_format)
    cursor.endEditBlock()


def _insert_all(cursor: QTextCursor, paragraphs: list[Paragraph], block_format,
                char_format: QTextCharFormat) -> None:
    for i, p in enumerate(paragraphs):
        if i:
            cursor.insertBlock(block_format, char_format)
        insert_paragraph(cursor, p, char_format)
