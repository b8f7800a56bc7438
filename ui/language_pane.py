"""One language's pane: a QTextEdit whose blocks are the release's rows, one per row.

The pane never changes the number of blocks by itself: Enter, Backspace at the start of a
paragraph and Delete at its end become row operations that the release view carries out on
the model for both languages; an edit that would join rows across a selection is refused.
The pane has no undo of its own (the view's single history covers both panes), paints the
current row's band, and carries the padding that keeps its rows level with the other
pane's.

The space below a row's text (the gap between rows and that padding) is the top margin of
the next row's block, and below the last row the root frame's bottom margin: Qt lays a
block out again, its text shaped anew, whenever its format changes, so a row whose padding
changed as it was typed in (or pasted into: 4 ms for a 10 KB paragraph) would be laid out
twice a keystroke if the padding were its own; the block below is laid out instead."""

from __future__ import annotations

import re
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit

from editor.model import Paragraph
from ui.glyph_cache import VisibleGlyphCache
from ui.paragraph_blocks import LINE_BREAK, insert_paragraph, read_paragraph, replace_blocks
from ui.undo_commands import CursorSpot

_NEWLINES = re.compile(r"[ \t]*[\r\n\u2029]+[ \t]*")
_HISTORY_KEYS = {QKeySequence(k) for k in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y")}
PARAGRAPH_GAP = 10.0  # pixels between rows, before any padding
FIRST_ROW_TOP = 0.0  # the top margin of the first row's block (no row above it)
CURRENT_ROW = QColor(255, 244, 200)


class LanguagePane(QTextEdit):
    splitRequested = Signal(str, int, int)  # lang, row, offset in the row's paragraph
    mergeRequested = Signal(str, int)  # lang, upper row of the two to merge
    textEdited = Signal(str, int, int, object, str)  # lang, first row, last row, spot before, kind
    refused = Signal(str)  # a user-visible reason an edit was not made
    currentRowChanged = Signal(str, int)
    focused = Signal(str)
    contextMenuRequested = Signal(str, object)  # lang, QPoint in viewport coordinates
    relaidOut = Signal()  # every row measured again (another screen resolution)

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)  # files dropped on the window are for the window
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        # the vertical scroll bar always there: a release long enough to need one does not
        # narrow the text when it arrives, so the rows are laid out and levelled once
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.gutter = None  # a StatusGutter on target-language panes
        self.current_row = 0  # the row highlighted (the view keeps all panes on the same row)
        self._applying = 0
        self._spot = CursorSpot(lang, 0, 0)
        self._pending = None  # an edit reported once the layout has taken it in
        # every language the panes hold is written left to right: said once here, Qt no
        # longer works out each paragraph's direction from its letters whenever the layout
        # passes it (for every row below an edit, at every keystroke: a third of the work)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        self.document().setDefaultTextOption(option)
        # the layout measures on a 1-pixel image at the viewport's resolution: Qt asks its
        # measuring device for the resolution at every paragraph it passes (to scale the
        # margins), and a widget answers by looking for its screen through its parents
        self._glyphs = VisibleGlyphCache()
        self._resolution_known = False  # looked at again when shown on another screen
        self._screen_watched = None  # the window handle whose screenChanged is followed
        self._empty_height: tuple = (None, 0.0)  # (width, font, ...) -> an empty row's height
        self._measure = QImage(1, 1, QImage.Format.Format_RGB32)
        self._match_resolution()
        self.document().documentLayout().setPaintDevice(self._measure)
        self.document().contentsChange.connect(self._on_contents_change)
        self.document().contentsChanged.connect(self._on_contents_changed)
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    # --- model <-> document -----------------------------------------------------------

    @contextmanager
    def applying(self):
        """Changes made by the program, not typed: no undo step, no model write-back."""
        self._applying += 1
        try:
            yield
        finally:
            self._applying -= 1

    @staticmethod
    def base_block_format() -> QTextBlockFormat:
        """A new row's block: the gap above it (the row above has no padding yet)."""
        fmt = QTextBlockFormat()
        fmt.setTopMargin(PARAGRAPH_GAP)
        return fmt

    def set_paragraphs(self, paragraphs: list[Paragraph]) -> None:
        self._glyphs.forget()
        with self.applying():
            doc = self.document()
            doc.clear()
            cursor = QTextCursor(doc)
            fmt, base = self.base_block_format(), QTextCharFormat()
            cursor.beginEditBlock()  # one layout pass for the whole document
            for i, p in enumerate(paragraphs):
                if i:
                    cursor.insertBlock(fmt, base)
                else:
                    first = QTextBlockFormat(fmt)
                    first.setTopMargin(FIRST_ROW_TOP)
                    cursor.setBlockFormat(first)
                insert_paragraph(cursor, p, base)
            cursor.endEditBlock()
        self._spot = CursorSpot(self.lang, 0, 0)

    def replace_rows(self, start: int, count: int, paragraphs: list[Paragraph],
                     margins: list[float] | None = None, end_padding: float | None = None,
                     kept: tuple[int, int] = (0, 0)) -> None:
        """Put ``paragraphs`` in place of ``count`` rows from ``start``; with ``margins``
        (the space below each paragraph, as ``set_space_below`` takes it) and
        ``end_padding``, the new rows are level from the start:
        Qt lays the document out once, not once for the text and again for the padding.
        ``kept``: how many of the first and of the last paragraphs the pane shows already
        in those places (a split leaves the other versions' row as it was): those rows stay,
        only their margins change."""
        doc = self.document()
        before, after = kept
        changed = paragraphs[before:len(paragraphs) - after]
        self._glyphs.rows_replaced(doc, start + before, count - before - after, len(changed))
        # the space below the row above the change is the top margin of the change's first
        # block, which a new block would not have; and removing blocks gives the block
        # above them the format of the last one removed (the top margin of the row two
        # above): both are put back
        first = start + before
        above = [(row, self.space_below(row)) for row in (first - 2, first - 1) if row >= -1]
        with self.applying():
            cursor = QTextCursor(doc)
            cursor.beginEditBlock()
            try:
                if changed or count - before - after:
                    replace_blocks(doc, start + before, count - before - after, changed,
                                   self.base_block_format(), QTextCharFormat())
                for row, space in above:
                    self.set_space_below(row, space)
                for i, margin in enumerate(margins or ()):
                    self.set_space_below(start + i, margin)
                if end_padding is not None:
                    self.set_end_padding(end_padding)
            finally:
                cursor.endEditBlock()
        self._glyphs.rows_settled(doc, start + before, len(changed))

    def measure(self, paragraph: Paragraph) -> float:
        """The height ``paragraph`` will have as a row of this pane, without its padding
        (as natural_height gives it), measured on a one-paragraph document set up as this
        pane's: same font, width, options and measuring device."""
        doc = self.document()
        if not paragraph.text:  # an empty row (a split's other versions): one line's height
            key = (doc.textWidth(), doc.defaultFont().key(), doc.documentMargin(),
                   self._measure.dotsPerMeterY())
            if self._empty_height[0] != key:
                self._empty_height = (key, self._measure_text(paragraph))
            return self._empty_height[1]
        return self._measure_text(paragraph)

    def _measure_text(self, paragraph: Paragraph) -> float:
        doc = self.document()
        scratch = getattr(self, "_scratch", None)
        if scratch is None:
            scratch = self._scratch = QTextDocument(self)
            scratch.documentLayout().setPaintDevice(self._measure)
        scratch.clear()
        scratch.setDefaultFont(doc.defaultFont())
        scratch.setDocumentMargin(doc.documentMargin())
        scratch.setDefaultTextOption(doc.defaultTextOption())
        scratch.setTextWidth(doc.textWidth())
        insert_paragraph(QTextCursor(scratch), paragraph, QTextCharFormat())
        return scratch.documentLayout().blockBoundingRect(scratch.firstBlock()).height()

    def paragraph(self, row: int) -> Paragraph:
        return read_paragraph(self.document().findBlockByNumber(row))

    def row_count(self) -> int:
        return self.document().blockCount()

    def cursor_row(self) -> int:
        return self.textCursor().blockNumber()

    def spot(self) -> CursorSpot:
        c = self.textCursor()
        return CursorSpot(self.lang, c.blockNumber(), c.positionInBlock())

    def place_cursor(self, row: int, offset: int = 0) -> None:
        block = self.document().findBlockByNumber(max(0, min(row, self.row_count() - 1)))
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + max(0, min(offset, block.length() - 1)))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- geometry for keeping rows level ----------------------------------------------

    def visible_blocks(self) -> tuple[int, int]:
        """The first and last row in view. Kept until the text, the scroll position or the
        height changes: the gutters and the underlines ask it several times a keystroke."""
        key = (self.document().revision(), self.verticalScrollBar().value(),
               self.viewport().size())
        if getattr(self, "_visible_key", None) != key:
            top = self.verticalScrollBar().value()
            self._visible = (self.row_at_y(top),
                             self.row_at_y(top + self.viewport().rect().bottom()))
            self._visible_key = key
        return self._visible

    def row_at_y(self, y: float) -> int:
        """The row at ``y`` in document coordinates: the last whose text starts at or above
        it (a row's padding below its text belongs to it). A binary search over the rows'
        places, a few microseconds; a hit test (``cursorForPosition``) walked the lines and
        glyphs of the paragraph there, 0.8 ms a call in a 10 KB paragraph."""
        doc = self.document()
        layout = doc.documentLayout()
        low, high = 0, doc.blockCount() - 1
        while low < high:
            middle = (low + high + 1) // 2
            if layout.blockBoundingRect(doc.findBlockByNumber(middle)).top() <= y:
                low = middle
            else:
                high = middle - 1
        return low

    def row_rect(self, row: int) -> QRectF:
        """The row's band in document coordinates: its text and the space below it (the gap
        and its padding), down to the next row's text."""
        block = self.document().findBlockByNumber(row)
        rect = self.document().documentLayout().blockBoundingRect(block)
        return rect.adjusted(0, 0, 0, self.space_below(row))

    def update_from_row(self, row: int) -> None:
        """Repaint the pane and its gutter from ``row`` down (the rows above are as they
        were: repainting the whole pane after a split took a third of it)."""
        row = max(0, min(row, self.row_count() - 1))
        top = max(0, int(self.row_rect(row).top() - self.verticalScrollBar().value()) - 2)
        viewport = self.viewport()
        if top < viewport.height():
            viewport.update(0, top, viewport.width(), viewport.height() - top)
            if self.gutter is not None:  # to the bottom: a removed last row leaves space
                self.gutter.update(0, top, self.gutter.width(), self.gutter.height() - top)

    def natural_height(self, row: int) -> float:
        """Height of the row's text alone (the block's rect holds no margins)."""
        block = self.document().findBlockByNumber(row)
        return self.document().documentLayout().blockBoundingRect(block).height()

    def natural_heights(self, first: int, last: int) -> list[float]:
        """``natural_height`` of rows ``first`` to ``last``, walking the blocks (finding
        each by number took half of levelling a whole release)."""
        doc = self.document()
        layout = doc.documentLayout()
        block = doc.findBlockByNumber(first)
        out = []
        for _ in range(first, last + 1):
            out.append(layout.blockBoundingRect(block).height())
            block = block.next()
        return out

    def spaces_below(self, first: int, last: int) -> list[float]:
        """``space_below`` of rows ``first`` to ``last``, walking the blocks."""
        block = self.document().findBlockByNumber(first + 1)
        out = []
        for row in range(first, last + 1):
            if not block.isValid():
                out.append(self.space_below(row))
                continue
            out.append(block.blockFormat().topMargin())
            block = block.next()
        return out

    def space_below(self, row: int) -> float:
        """The space between the row's text and the next row's: the gap and the row's
        padding (the next block's top margin; below the last row, the gap and the root
        frame's margin beyond the document's). Row -1's is the first block's top margin."""
        doc = self.document()
        below = doc.findBlockByNumber(row + 1)
        if below.isValid():
            return below.blockFormat().topMargin()
        return PARAGRAPH_GAP + doc.rootFrame().frameFormat().bottomMargin() \
            - doc.documentMargin()

    def set_space_below(self, row: int, space: float) -> None:
        """Set the space below the row's text (as ``space_below`` gives it) by the next
        block's top margin; below the last row, ``set_end_padding`` carries it."""
        block = self.document().findBlockByNumber(row + 1)
        if not block.isValid() or abs(block.blockFormat().topMargin() - space) < 0.01:
            return
        with self.applying():
            fmt = QTextBlockFormat()
            fmt.setTopMargin(space)
            QTextCursor(block).mergeBlockFormat(fmt)

    def set_end_padding(self, padding: float) -> None:
        """The root frame's bottom margin carries the last row's padding (there is no block
        below it), so that every pane's document is exactly as tall and locked scrolling
        reaches the same end."""
        doc = self.document()
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        margin = doc.documentMargin() + padding
        if abs(fmt.bottomMargin() - margin) < 0.01:
            return
        with self.applying():
            fmt.setBottomMargin(margin)
            frame.setFrameFormat(fmt)

    # --- signals from the document ----------------------------------------------------

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._applying:
            return
        doc = self.document()
        first = doc.findBlock(position).blockNumber()
        last = doc.findBlock(position + added).blockNumber()
        if first < 0:
            return
        kind = "insert" if added and not removed else "delete" if removed and not added else "replace"
        if self._pending is not None:  # several changes in one edit block
            f, la, spot, _ = self._pending
            self._pending = (min(f, first), max(la, last), spot, "replace")
        else:
            self._pending = (first, max(first, last), self._spot, kind)

    def _on_contents_changed(self) -> None:
        # emitted after the document layout has processed the change, so heights are current
        if self._pending is None or self._applying:
            return
        first, last, spot, kind = self._pending
        self._pending = None
        self.textEdited.emit(self.lang, first, last, spot, kind)

    def _on_cursor_moved(self) -> None:
        if self._applying:
            return
        self._spot = self.spot()
        row = self._spot.row
        if row != self.current_row:
            self.currentRowChanged.emit(self.lang, row)

    def set_current_row(self, row: int) -> None:
        if row != self.current_row:
            old, self.current_row = self.current_row, row
            for each in (old, row):  # the band leaves one row and lights another: only those
                self._update_band(each)

    def _band(self, row: int) -> QRectF:
        """The current-row band of ``row`` in viewport coordinates."""
        rect = self.row_rect(row).translated(-self.horizontalScrollBar().value(),
                                             -self.verticalScrollBar().value())
        return QRectF(0, rect.top() - 2, self.viewport().width(), rect.height() + 2)

    def _update_band(self, row: int) -> None:
        if 0 <= row < self.row_count():
            self.viewport().update(self._band(row).toAlignedRect().adjusted(0, -1, 0, 1))

    def contextMenuEvent(self, event):
        self.contextMenuRequested.emit(self.lang, event.pos())

    def focusInEvent(self, event):
        super().focusInEvent(event)
        self.focused.emit(self.lang)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.gutter is not None:
            self.gutter.sync_geometry()

    # --- painting ---------------------------------------------------------------------

    def _match_resolution(self) -> bool:
        """The measuring image at the viewport's logical resolution; True if it changed."""
        dots = round(self.viewport().logicalDpiY() / 0.0254)  # per metre
        if dots == self._measure.dotsPerMeterY():
            return False
        self._measure.setDotsPerMeterX(dots)
        self._measure.setDotsPerMeterY(dots)
        return True

    def screen_changed(self, *_) -> None:
        """The window went to another screen: its resolution is looked at again at the next
        paint (asking it at every paint took 25 µs of Qt looking for the screen)."""
        self._resolution_known = False
        self.viewport().update()

    def showEvent(self, event):
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and self._screen_watched is not handle:
            handle.screenChanged.connect(self.screen_changed)
            self._screen_watched = handle
            self.screen_changed()

    def paintEvent(self, event):
        if not self._resolution_known:
            self._resolution_known = True
            if self._match_resolution():  # another screen's resolution: lay out again
                doc = self.document()
                doc.markContentsDirty(0, doc.characterCount())
                self.relaidOut.emit()
        self._glyphs.follow(self.document(), *self.visible_blocks())
        if self.current_row < self.row_count():
            band = self._band(self.current_row)
            if band.intersects(QRectF(event.rect())):
                painter = QPainter(self.viewport())
                painter.fillRect(band, CURRENT_ROW)
                painter.end()
        super().paintEvent(event)

    # --- keys that would add or remove blocks -----------------------------------------

    def event(self, event):
        # Undo/redo belong to the window's single history, not to this QTextEdit.
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or QKeySequence(event.keyCombination()) in _HISTORY_KEYS):
            event.ignore()
            return False
        return super().event(event)

    def createMimeDataFromSelection(self):
        """What Copy (and Cut) put on the clipboard: the text, and as HTML its emphasis
        and links, each row a paragraph spaced as the pane spaces them, without the padding
        that levels a row with the other version (a word processor or a mail took it as
        space before the paragraph, as tall as the other version's extra lines)."""
        mime = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return mime
        # Qt's own object, which the clipboard takes (one made here was Python's to delete:
        # a crash at exit); it fills itself in from the selection when first read, over
        # anything set before, so it is read first
        mime.text()

        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(cursor.selection())
        block = scratch.begin()
        while block.isValid():
            fmt = block.blockFormat()
            fmt.setTopMargin(0)
            fmt.setBottomMargin(PARAGRAPH_GAP)
            QTextCursor(block).setBlockFormat(fmt)
            block = block.next()
        mime.setHtml(scratch.toHtml())
        return mime

    def _selection_spans_rows(self) -> bool:
        c = self.textCursor()
        if not c.hasSelection():
            return False
        doc = self.document()
        start, end = doc.findBlock(c.selectionStart()), doc.findBlock(c.selectionEnd())
        if start != end and end.blockNumber() == start.blockNumber() + 1 \
                and c.selectionEnd() == end.position():
            # a triple-click selects the paragraph and the break after it: the break is
            # not the user's to delete, so the selection ends at the paragraph's end
            trimmed = QTextCursor(doc)
            trimmed.setPosition(c.selectionStart())
            trimmed.setPosition(end.position() - 1, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(trimmed)
            return False
        return start != end

    def keyPressEvent(self, event):
        key, mods = event.key(), event.modifiers()
        cursor = self.textCursor()
        cut = event.matches(QKeySequence.StandardKey.Cut)
        edits = bool(event.text()) or key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) or cut
        if edits and self._selection_spans_rows():
            if cut:
                self.copy()
            self.refused.emit(self.tr("A selection across rows cannot be edited; "
                                      "use Merge rows to join paragraphs"))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                mods & Qt.KeyboardModifier.ControlModifier):
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText(LINE_BREAK)
                return
            if cursor.hasSelection():
                cursor.removeSelectedText()
            self.splitRequested.emit(self.lang, cursor.blockNumber(), cursor.positionInBlock())
            return
        if key == Qt.Key.Key_Backspace and not cursor.hasSelection() and cursor.atBlockStart():
            if cursor.blockNumber() > 0 and not mods:
                self.mergeRequested.emit(self.lang, cursor.blockNumber() - 1)
            return
        if key == Qt.Key.Key_Delete and not cursor.hasSelection() and cursor.atBlockEnd():
            if cursor.blockNumber() < self.row_count() - 1 and not mods:
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
