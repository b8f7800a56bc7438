"""The status gutter: beside each row of a target-language pane, a coloured bar and a
symbol for the row's status (untranslated, draft, translated, reviewed, stale), so that
status never rests on colour alone. Hovering names the status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QToolTip

from ui.row_gutter import RowGutter

GUTTER_WIDTH = 26
REVIEW_COLOUR = QColor(200, 110, 0)
NOTE_COLOUR = QColor(40, 90, 170)

STATUS_LOOK = {
    # status: (colour, symbol)
    "untranslated": (QColor(150, 150, 150), "○"),
    "draft": (QColor(230, 140, 0), "✎"),
    "translated": (QColor(40, 150, 60), "✓"),
    "reviewed": (QColor(30, 90, 200), "✓✓"),
    "stale": (QColor(210, 40, 40), "⚠"),
}


def status_label(status: str) -> str:
    return {
        "untranslated": QCoreApplication.translate("Status", "Untranslated"),
        "draft": QCoreApplication.translate("Status", "Draft"),
        "translated": QCoreApplication.translate("Status", "Translated"),
        "reviewed": QCoreApplication.translate("Status", "Reviewed"),
        "stale": QCoreApplication.translate("Status", "Stale: the source changed after translation"),
    }.get(status, status)


class StatusGutter(RowGutter):
    """Child of a LanguagePane, drawn in the viewport margin on the pane's left."""

    WIDTH = GUTTER_WIDTH

    def __init__(self, pane, status_of, review_of=lambda row: None, note_of=lambda row: ""):
        super().__init__(pane)
        self.status_of = status_of  # row index -> status name
        self.review_of = review_of  # row index -> alignment confidence to review, or None
        self.note_of = note_of  # row index -> the row's note ("" for none)
        self.setMouseTracking(True)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        font = self.small_font(0.95)
        for row, rect in self._visible_rows(event.rect()):
            colour, symbol = STATUS_LOOK.get(self.status_of(row), STATUS_LOOK["untranslated"])
            bar = QRect(GUTTER_WIDTH - 5, int(rect.top()), 4, max(4, int(rect.height() - 6)))
            painter.fillRect(bar, colour)
            self.stamp(painter, QRect(0, int(rect.top()), GUTTER_WIDTH - 6, 18), symbol, colour,
                       font)
            below = int(rect.top()) + 18
            if self.review_of(row) is not None:  # an automatic pairing to check
                self.stamp(painter, QRect(0, below, GUTTER_WIDTH - 6, 18), "⇄", REVIEW_COLOUR,
                           font)
                below += 18
            if self.note_of(row):  # a note on the row: hover to read it
                self.stamp(painter, QRect(0, below, GUTTER_WIDTH - 6, 18), "※", NOTE_COLOUR, font)
        painter.end()

    def describe(self, row: int) -> str:
        """What the gutter says of a row: its status, a pairing to check, its note."""
        text = status_label(self.status_of(row))
        score = self.review_of(row)
        if score is not None:
            text += "\n" + QCoreApplication.translate(
                "Status", "Paired automatically (confidence %1): check and confirm "
                "the alignment").replace("%1", f"{score:.2f}")
        if self.note_of(row):
            text += "\n" + QCoreApplication.translate("Status", "Note: %1").replace(
                "%1", self.note_of(row))
        return text

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip:
            row = self.row_at(event.pos().y())
            if row is not None:
                QToolTip.showText(event.globalPos(), self.describe(row), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
