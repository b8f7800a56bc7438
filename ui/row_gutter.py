"""A gutter beside a LanguagePane: a strip in the viewport's left margin whose rows line up
with the pane's rows. The status gutter and the role gutter draw in it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget


class RowGutter(QWidget):
    WIDTH = 26

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        pane.setViewportMargins(self.WIDTH, 0, 0, 0)
        pane.verticalScrollBar().valueChanged.connect(self.update)
        pane.document().documentLayout().update.connect(self.update)

    def sync_geometry(self) -> None:
        vp = self.pane.viewport().geometry()
        self.setGeometry(QRect(vp.left() - self.WIDTH, vp.top(), self.WIDTH, vp.height()))

    def _visible_rows(self):
        """(row, band) of each row in view, in gutter coordinates."""
        scroll = self.pane.verticalScrollBar().value()
        layout = self.pane.document().documentLayout()
        block = self.pane.document().findBlockByNumber(self.pane.visible_blocks()[0])
        if not block.isValid():
            block = self.pane.document().begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block).translated(0, -scroll)
            if rect.top() > self.height():
                break
            yield block.blockNumber(), rect
            block = block.next()

    def row_at(self, y: int) -> int | None:
        for row, rect in self._visible_rows():
            if rect.top() <= y < rect.bottom():
                return row
        return None
