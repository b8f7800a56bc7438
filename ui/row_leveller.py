"""Keeps row i of every pane at the same height: below the shorter paragraph of each row
goes padding equal to the difference (the pane keeps it in the block below: see
``LanguagePane.set_space_below``). Only the rows that changed are measured again;
a change of width or font re-measures all of them (once, after the event settles).
Also locks the panes' scrolling: with the rows level, the same scroll position shows the
same rows at the same place, so the panes follow one another's scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextCursor

from ui.language_pane import PARAGRAPH_GAP, LanguagePane

# a row operation makes a few rows (a split two, a merge one): those are measured before
# they go in; a re-alignment of the rest of the release is laid out and then levelled
_MEASURED_AHEAD = 8
_RELAYOUT = frozenset({QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show})


class RowLeveller(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.panes: list[LanguagePane] = []
        self.enabled = True
        self.scroll_locked = True
        self._syncing_scroll = False
        self._full = QTimer(self)
        self._full.setSingleShot(True)
        self._full.setInterval(0)
        self._full.timeout.connect(self.level_all)

    def set_panes(self, panes: list[LanguagePane]) -> None:
        self.panes = panes
        for pane in panes:
            pane.verticalScrollBar().valueChanged.connect(self._on_scroll)
            pane.installEventFilter(self)
            pane.relaidOut.connect(self._full.start)
            # the viewport narrows when a scroll bar appears: the text re-wraps
            pane.viewport().installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() in _RELAYOUT:
            self._full.start()
        return False

    def level_all(self) -> None:
        if self.panes:
            self.level(range(min(p.row_count() for p in self.panes)))

    def schedule_all(self) -> None:
        self._full.start()

    def level(self, rows) -> None:
        if not self.enabled or len(self.panes) < 2:
            for pane in self.panes:
                for row in rows:
                    pane.set_space_below(row, PARAGRAPH_GAP)
                pane.set_end_padding(0)
            return
        count = min(p.row_count() for p in self.panes)
        rows = [row for row in rows if 0 <= row < count]
        if not rows:
            return
        # many rows in a run (a release opened, a re-layout): walk the blocks once
        run = len(rows) > 8 and rows == list(range(rows[0], rows[-1] + 1))
        # measure first, then change the margins inside one edit block per pane: Qt then
        # lays the document out once, not after every margin (quadratic at 5,000 rows)
        if run:
            columns = [p.natural_heights(rows[0], rows[-1]) for p in self.panes]
            heights = {row: [c[i] for c in columns] for i, row in enumerate(rows)}
        else:
            heights = {row: [p.natural_height(row) for p in self.panes] for row in rows}
        for k, pane in enumerate(self.panes):
            wanted = [(row, PARAGRAPH_GAP + max(heights[row]) - heights[row][k]) for row in rows]
            now = pane.spaces_below(rows[0], rows[-1]) if run else \
                [pane.space_below(row) for row in rows]
            changes = [(row, margin) for (row, margin), space in zip(wanted, now, strict=True)
                       if abs(space - margin) >= 0.01]
            last = count - 1 in heights
            if not changes and not last:
                continue  # nothing to change here: no edit block, no layout pass
            cursor = QTextCursor(pane.document())
            # the edit block ends inside ``applying``: the document's change signals, sent
            # when it ends, are the program's padding, not an edit to write back
            with pane.applying():
                cursor.beginEditBlock()
                try:
                    for row, margin in changes:
                        pane.set_space_below(row, margin)
                    if last:
                        pane.set_end_padding(max(heights[count - 1]) - heights[count - 1][k])
                finally:
                    cursor.endEditBlock()
        if self.scroll_locked:
            self._on_scroll()

    def replace_rows(self, start: int, count: int, paragraphs: dict, old: dict | None = None
                     ) -> None:
        """Put the rows in every pane (``paragraphs``: pane -> its paragraphs) and level
        them, each pane laid out once: the new rows are measured before they go in. Should a
        measure be wrong, the rows are levelled again once they are in. ``old`` (pane -> the
        paragraphs its ``count`` rows show now) lets a pane keep the rows that stay as they
        are (a split leaves the other versions' row whole): they are not put in again, and
        their height is read, not measured."""
        panes = [p for p in self.panes if p in paragraphs]
        new = len(next(iter(paragraphs.values()), []))
        kept = {p: _kept((old or {}).get(p), texts, count) for p, texts in paragraphs.items()}
        if not self.enabled or len(self.panes) < 2 or len(panes) != len(self.panes) \
                or not 0 < new <= _MEASURED_AHEAD:
            for pane, texts in paragraphs.items():
                pane.replace_rows(start, count, texts, kept=kept[pane])
            self.level(range(max(0, start - 1), start + new + 1))
            return

        def height(p: LanguagePane, i: int) -> float:
            before, after = kept[p]
            if i < before:
                return p.natural_height(start + i)
            if i >= new - after:  # a row kept below the change: its place before it
                return p.natural_height(start + count - (new - i))
            return p.measure(paragraphs[p][i])

        heights = [[height(p, i) for p in self.panes] for i in range(new)]
        last = self.panes[0].row_count() - count + new - 1 == start + new - 1
        for k, pane in enumerate(self.panes):
            margins = [PARAGRAPH_GAP + max(h) - h[k] for h in heights]
            padding = max(heights[-1]) - heights[-1][k] if last else None
            pane.replace_rows(start, count, paragraphs[pane], margins, padding, kept[pane])
        measured = [[p.natural_height(start + i) for p in self.panes] for i in range(new)]
        wrong = [start + i for i in range(new) if any(
            abs(a - b) >= 0.01 for a, b in zip(measured[i], heights[i], strict=True))]
        self.level([*range(max(0, start - 1), start), *wrong, start + new])

    def _on_scroll(self, *_):
        if not self.scroll_locked or self._syncing_scroll or len(self.panes) < 2:
            return
        source = self.sender()
        leader = next((p for p in self.panes if p.verticalScrollBar() is source), None)
        if leader is None:
            leader = next((p for p in self.panes if p.hasFocus()), self.panes[0])
        value = leader.verticalScrollBar().value()
        self._syncing_scroll = True
        try:
            for pane in self.panes:
                if pane is not leader:
                    pane.verticalScrollBar().setValue(value)
        finally:
            self._syncing_scroll = False


def _kept(old: list | None, new: list, count: int) -> tuple[int, int]:
    """How many of the first and of the last of ``new`` paragraphs are the ``old`` ones in
    the same places (the rows a pane keeps)."""
    if not old or len(old) != count:
        return 0, 0
    most = min(count, len(new))
    before = 0
    while before < most and (old[before] is new[before] or old[before] == new[before]):
        before += 1
    after = 0
    while after < most - before and (old[-1 - after] is new[-1 - after]
                                     or old[-1 - after] == new[-1 - after]):
        after += 1
    return before, after
