"""Shared helpers of the GUI tests."""

from __future__ import annotations

import copy

from PySide6.QtCore import QPoint

from tests.conftest import EN, RU
from ui.main_window import MainWindow


def open_sample(qtbot, width=1280, height=800) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.setWindowModified(False))
    w.resize(width, height)
    w.show()
    qtbot.waitExposed(w)
    assert w.import_paths(str(RU), str(EN))
    # shortcuts reach the active window only; a window left by an earlier test may be it
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    return w


def pane_texts(w, lang):
    pane = w.view.panes[lang]
    return [pane.paragraph(i).text for i in range(pane.row_count())]


def screen_tops(w) -> dict[str, list[float]]:
    """The on-screen y of the top of every row, per pane."""
    tops = {}
    for lang, pane in w.view.panes.items():
        origin = pane.viewport().mapToGlobal(QPoint(0, 0)).y()
        scroll = pane.verticalScrollBar().value()
        tops[lang] = [origin + pane.row_rect(i).top() - scroll for i in range(pane.row_count())]
    return tops


def max_misalignment(w) -> float:
    tops = list(screen_tops(w).values())
    assert len({len(t) for t in tops}) == 1, "panes show different numbers of rows"
    return max((abs(a - b) for other in tops[1:] for a, b in zip(tops[0], other, strict=True)),
               default=0.0)


def snapshot(w):
    """Everything a row operation may change: the model rows and what the panes show."""
    rows = copy.deepcopy(w.release.rows)
    shown = {lang: pane_texts(w, lang) for lang in w.view.panes}
    return rows, shown


def type_text(widget, text: str) -> None:
    """Type any text, Cyrillic and Kazakh included (QTest.keyClicks knows only ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def triple_click_row(pane, row: int) -> None:
    """Triple-click inside a row's paragraph, as a user selects a whole paragraph."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    pane.place_cursor(row, 0)  # scrolls it into view
    rect = pane.row_rect(row)
    pos = QPoint(int(rect.left() + 20), int(rect.top() + 4 - pane.verticalScrollBar().value()))
    QTest.mouseDClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=pos)
