"""The panes keep the shaped glyphs of the rows in view only: repainting a row in view does
not shape its text again, and a long release scrolled through does not keep every row's."""

import copy

from PySide6.QtCore import Qt

from tests.gui.helpers import max_misalignment, open_sample


def kept(pane) -> set[int]:
    doc = pane.document()
    return {i for i in range(doc.blockCount()) if doc.findBlockByNumber(i).layout().cacheEnabled()}


def in_view(pane) -> set[int]:
    first, last = pane.visible_blocks()
    return set(range(first, last + 1))


def test_only_the_rows_in_view_keep_their_glyphs(qtbot):
    w = open_sample(qtbot, height=500)
    view = w.view
    rows = [copy.deepcopy(r) for r in w.release.rows * 6]  # a longer release: 48 rows
    view.replace_rows(0, len(w.release.rows), rows)
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=3000)
    en = view.panes["en"]
    for pane in view.panes.values():
        pane.viewport().repaint()
        assert kept(pane) == in_view(pane) and 0 in kept(pane)
    en.verticalScrollBar().setValue(en.verticalScrollBar().maximum())  # to the end
    for pane in view.panes.values():
        pane.viewport().repaint()
        assert kept(pane) == in_view(pane) and 0 not in kept(pane) and 47 in kept(pane)
    en.place_cursor(46, 0)
    en.setFocus()
    qtbot.keyClick(en, Qt.Key.Key_Return)  # rows added: numbers change under the cache
    qtbot.keyClick(en, Qt.Key.Key_Backspace)  # and removed
    qtbot.keyClicks(en, "x")
    for pane in view.panes.values():
        pane.viewport().repaint()
        assert kept(pane) == in_view(pane)
    assert en.paragraph(46).text.startswith("x")
