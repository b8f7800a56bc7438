"""A gutter beside a LanguagePane: a strip in the viewport's left margin whose rows line up
with the pane's rows. The status gutter and the role gutter draw in it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget


class RowGutter(QWidget):
    WIDTH = 26

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        # a gutter paints every pixel of what it is asked to: Qt need not paint the pane,
        # the splitter and the window under it first (it did, at every repaint of a row)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._stamps: dict[tuple, QPixmap] = {}  # pictures of texts drawn (stamp)
        pane.setViewportMargins(self.WIDTH, 0, 0, 0)
        self._scrolled_to = pane.verticalScrollBar().value()
        pane.verticalScrollBar().valueChanged.connect(self._scrolled)
        pane.document().documentLayout().update.connect(self._layout_changed)

    def _scrolled(self, value: int) -> None:
        """Move what is drawn with the pane's text, as the pane's viewport does, so that only
        the strip scrolled into view is painted (a split at the bottom of the view scrolls by
        a row: the whole strip was painted again, 0.5-0.9 ms a gutter)."""
        dy, self._scrolled_to = self._scrolled_to - value, value
        if dy and abs(dy) < self.height() and self.isVisible():
            self.scroll(0, dy)
        else:
            self.update()

    def _layout_changed(self, rect) -> None:
        """Repaint the band the document's layout changed (a keystroke: its row; a split or
        a taller row: from there down, which Qt gives as a band of no end), not the whole
        strip."""
        if rect.isEmpty() or abs(rect.top()) > 1 << 30:
            self.update()  # "everything" (a new document, a new width)
            return
        scroll = self.pane.verticalScrollBar().value()
        top = int(rect.top()) - scroll - 1
        bottom = self.height() if rect.bottom() - scroll > self.height() else \
            int(rect.bottom()) - scroll + 1
        band = QRect(0, top, self.WIDTH, bottom - top + 1)
        if band.intersects(self.rect()):
            self.update(band.intersected(self.rect()))

    def update_rows(self, first: int, last: int) -> None:
        """Repaint the bands of rows ``first`` to ``last``."""
        pane = self.pane
        top = pane.row_rect(first).top() - pane.verticalScrollBar().value()
        bottom = pane.row_rect(last).bottom() - pane.verticalScrollBar().value()
        band = QRect(0, int(top) - 1, self.WIDTH, int(bottom - top) + 2)
        if band.intersects(self.rect()):
            self.update(band.intersected(self.rect()))

    def small_font(self, scale: float, italic: bool = False):
        """The gutter's font at ``scale``, made once per font (a font made at every paint
        took most of a repaint's time)."""
        from PySide6.QtGui import QFont

        key = (self.font().key(), scale, italic)
        if getattr(self, "_font_key", None) != key:
            font = QFont(self.font())
            font.setPointSizeF(max(7.0, font.pointSizeF() * scale))
            font.setItalic(italic)
            self._font, self._font_key = font, key
        return self._font

    def stamp(self, painter, rect: QRect, text: str, colour, font,
              flags=Qt.AlignmentFlag.AlignCenter) -> None:
        """Draw ``text`` in ``rect`` as drawText would, from a picture of it made once per
        text, colour, font, size and resolution (drawing a symbol as text took 17-26 µs, most
        of a gutter's repaint; the picture 2 µs)."""
        ratio = self.devicePixelRatioF()
        key = (text, colour.rgba(), font.key(), rect.width(), rect.height(), int(flags), ratio)
        cache = self._stamps
        picture = cache.get(key)
        if picture is None:
            picture = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            drawing = QPainter(picture)
            drawing.setFont(font)
            drawing.setPen(colour)
            drawing.drawText(QRect(0, 0, rect.width(), rect.height()), flags, text)
            drawing.end()
            if len(cache) > 256:  # fonts and resolutions come and go
                cache.clear()
            cache[key] = picture
        painter.drawPixmap(rect.topLeft(), picture)

    def sync_geometry(self) -> None:
        vp = self.pane.viewport().geometry()
        self.setGeometry(QRect(vp.left() - self.WIDTH, vp.top(), self.WIDTH, vp.height()))

    def _visible_rows(self, clip: QRect | None = None):
        """(row, band) of each row in view (and, given ``clip``, crossing it), in gutter
        coordinates."""
        scroll = self.pane.verticalScrollBar().value()
        layout = self.pane.document().documentLayout()
        block = self.pane.document().findBlockByNumber(self.pane.visible_blocks()[0])
        if not block.isValid():
            block = self.pane.document().begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block).translated(0, -scroll)
            if rect.top() > self.height() or (clip is not None and rect.top() > clip.bottom()):
                break
            if clip is None or rect.bottom() + 18 >= clip.top():  # a symbol may overhang
                yield block.blockNumber(), rect
            block = block.next()

    def row_at(self, y: int) -> int | None:
        for row, rect in self._visible_rows():
            if rect.top() <= y < rect.bottom():
                return row
        return None
