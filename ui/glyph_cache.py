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
        self.rows: range = range(0)  # the rows whose glyphs are kept, in the current numbering
        self._image = QImage(1, 1, QImage.Format.Format_ARGB32)

    def follow(self, doc, first: int, last: int) -> None:
        """Keep the glyphs of rows ``first`` to ``last`` (the rows in view), free the rest."""
        wanted = range(first, last + 1)
        if wanted == self.rows:
            return
        self._free(doc, [i for i in self.rows if i not in wanted])
        for i in wanted:
            if i not in self.rows:
                block = doc.findBlockByNumber(i)
                if block.isValid():
                    block.layout().setCacheEnabled(True)
        self.rows = wanted

    def release(self, doc) -> None:
        """Free every row's glyphs: rows are about to be added or removed, which would
        change the numbers this cache knows them by."""
        self._free(doc, list(self.rows))
        self.rows = range(0)

    def _free(self, doc, rows: list[int]) -> None:
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
