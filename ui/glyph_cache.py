"""Shaped glyphs kept for the rows in view, and for no others.

Qt's text layout throws a paragraph's shaped glyphs away after every paint and shapes the
text again at the next one: a third of a pane's repaint at every keystroke. Keeping them
for every paragraph would cost about 11 KB a paragraph (22 MB for a pane of 2,000 rows),
so they are kept only while the paragraph is in view: a paragraph that leaves the view
is drawn once more, clipped to nothing on a 1-pixel image, with the cache off, which is
how Qt frees them (10 µs a paragraph)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

_NOWHERE = QRectF(0, -1e6, 1, 1)


class VisibleGlyphCache:
    def __init__(self):
        self.rows: set[int] = set()  # the rows whose glyphs are kept, by their current number
        self._image = QImage(1, 1, QImage.Format.Format_ARGB32)

    def follow(self, doc, first: int, last: int) -> None:
        """Keep the glyphs of rows ``first`` to ``last`` (the rows in view), free the rest."""
        wanted = set(range(first, last + 1))
        if wanted == self.rows:
            return
        self._free(doc, self.rows - wanted)
        for i in wanted - self.rows:
            block = doc.findBlockByNumber(i)
            if block.isValid():
                block.layout().setCacheEnabled(True)
        self.rows = wanted

    def rows_replaced(self, doc, start: int, count: int, new_count: int) -> None:
        """``count`` rows from ``start`` are about to become ``new_count`` rows: the rows
        replaced stop keeping glyphs (a block Qt reuses for the new text frees them when it
        is laid out again), the rows below are renumbered."""
        for i in self.rows:
            if start <= i < start + count:
                block = doc.findBlockByNumber(i)
                if block.isValid():
                    block.layout().setCacheEnabled(False)
        shift = new_count - count
        self.rows = {i if i < start else i + shift for i in self.rows
                     if not start <= i < start + count}

    def rows_settled(self, doc, start: int, new_count: int) -> None:
        """After ``new_count`` rows went in at ``start``: a paragraph put in before another
        takes that one's layout in Qt (and the other gets a new one), so around the new rows
        the set is made to agree with the layouts: a layout not keeping glyphs leaves the
        set (the next paint keeps it again if it is in view), one keeping them outside the
        set stops."""
        for i in range(start, start + new_count + 1):
            block = doc.findBlockByNumber(i)
            if not block.isValid():
                continue
            on = block.layout().cacheEnabled()
            if i in self.rows and not on:
                self.rows.discard(i)
            elif i not in self.rows and on:
                block.layout().setCacheEnabled(False)

    def forget(self) -> None:
        """Every row went (a new document): their glyphs with them."""
        self.rows = set()

    def _free(self, doc, rows) -> None:
        if not rows:
            return
        painter = QPainter(self._image)
        try:
            for i in rows:
                block = doc.findBlockByNumber(i)
                if block.isValid():
                    layout = block.layout()
                    layout.setCacheEnabled(False)
                    if layout.lineCount():
                        layout.draw(painter, QPointF(0, 0), [], _NOWHERE)
        finally:
            painter.end()
