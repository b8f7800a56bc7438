"""One language's pane: a QTextEdit whose blocks are the release's rows, one per row.

The pane never changes the number of blocks by itself: Enter, Backspace at the start of a
paragraph and Delete at its end become row operations that the release view carries out on
the model for both languages; an edit that would join rows across a selection is refused."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.model import Paragraph
from ui.paragraph_blocks import LINE_BREAK, insert_paragraph, read_paragraph

_NEWLINES = re.compile(r"[ \t]*[\r\n\u2029]+[ \t]*")
PARAGRAPH_GAP = 10  # pixels below each paragraph


class LanguagePane(QTextEdit):
    splitRequested = Signal(str, int, int)  # lang, row, offset in the row's paragraph
    mergeRequested = Signal(str, int)  # lang, upper row of the two to merge
    rowsEdited = Signal(str, int, int)  # lang, first row, last row
    refused = Signal(str)  # a user-visible reason an edit was not made

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)  # files dropped on the window are for the window
        self.setTabChangesFocus(True)
        self._loading = False
        self.document().contentsChange.connect(self._on_contents_change)

    # --- model <-> document -----------------------------------------------------------

    def set_paragraphs(self, paragraphs: list[Paragraph]) -> None:
        self._loading = True
        try:
            doc = self.document()
            doc.clear()
            cursor = QTextCursor(doc)
            block_format = QTextBlockFormat()
            block_format.setBottomMargin(PARAGRAPH_GAP)
            base = QTextCharFormat()
            for i, p in enumerate(paragraphs):
                if i:
                    cursor.insertBlock(block_format, base)
                else:
                    cursor.setBlockFormat(block_format)
                insert_paragraph(cursor, p, base)
            doc.clearUndoRedoStacks()
        finally:
            self._loading = False

    def paragraph(self, row: int) -> Paragraph:
        return read_paragraph(self.document().findBlockByNumber(row))

    def row_count(self) -> int:
        return self.document().blockCount()

    def current_row(self) -> int:
        return self.textCursor().blockNumber()

    def place_cursor(self, row: int, offset: int = 0) -> None:
        block = self.document().findBlockByNumber(max(0, min(row, self.row_count() - 1)))
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + max(0, min(offset, block.length() - 1)))
        self.setTextCursor(cursor)

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._loading:
            return
        doc = self.document()
        first = doc.findBlock(position).blockNumber()
        last = doc.findBlock(position + added).blockNumber()
        self.rowsEdited.emit(self.lang, first, max(first, last))

    # --- keys that would add or remove blocks -----------------------------------------

    def _selection_spans_rows(self) -> bool:
        c = self.textCursor()
        if not c.hasSelection():
            return False
        doc = self.document()
        return doc.findBlock(c.selectionStart()) != doc.findBlock(c.selectionEnd())

    def keyPressEvent(self, event):
        key, mods = event.key(), event.modifiers()
        cursor = self.textCursor()
        edits = bool(event.text()) or key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        if (edits or event.matches(QKeySequence.StandardKey.Cut)) and self._selection_spans_rows():
            if event.matches(QKeySequence.StandardKey.Cut):
                self.copy()
            self.refused.emit(self.tr("A selection across rows cannot be edited; "
                                      "use Merge rows to join paragraphs"))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText(LINE_BREAK)
                return
            if cursor.hasSelection():
                cursor.removeSelectedText()
            self.splitRequested.emit(self.lang, cursor.blockNumber(), cursor.positionInBlock())
            return
        if key == Qt.Key.Key_Backspace and not cursor.hasSelection() and cursor.atBlockStart():
            if cursor.blockNumber() > 0:
                self.mergeRequested.emit(self.lang, cursor.blockNumber() - 1)
            return
        if key == Qt.Key.Key_Delete and not cursor.hasSelection() and cursor.atBlockEnd():
            if cursor.blockNumber() < self.row_count() - 1:
                self.mergeRequested.emit(self.lang, cursor.blockNumber())
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source):
        if self._selection_spans_rows():
            self.refused.emit(self.tr("Pasting over a selection across rows is not possible"))
            return
        # pasted paragraphs join into this row; non-breaking spaces survive
        text = _NEWLINES.sub(" ", source.text()).strip("\n") if source.hasText() else ""
        if text:
            self.textCursor().insertText(text)
