"""The gutters beside the panes repaint only what changed: what they show after scrolling and
splitting rows (their pixels moved with the text, the rows from a split down painted again)
is what they draw from scratch."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from editor.storage import save_release
from tests.bench.harness import distinct_release
from ui.main_window import MainWindow


def _shown(w, widget) -> QImage:
    """The widget's pixels as the window shows them now (its backing store)."""
    at = widget.mapTo(w, QPoint(0, 0))
    return w.screen().grabWindow(w.winId(), at.x(), at.y(), widget.width(),
                                 widget.height()).toImage()


def _drawn_afresh(widget) -> QImage:
    return widget.grab().toImage()


def _long_release(qtbot, tmp_path) -> MainWindow:
    """A window showing a release of 60 distinct rows."""
    path = tmp_path / "long.tandem"
    save_release(distinct_release(60), path)
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.setWindowModified(False))
    w.resize(1100, 700)
    w.show()
    qtbot.waitExposed(w)
    w.open_path(str(path))
    return w


def test_the_gutters_show_after_scrolling_and_splits_what_they_draw_afresh(qtbot, tmp_path):
    w = _long_release(qtbot, tmp_path)
    en, ru = w.view.panes["en"], w.view.panes["ru"]
    en.setFocus()
    en.place_cursor(0, 0)
    for _ in range(3):  # down the release by pages, then rows split at the bottom of the view
        qtbot.keyClick(en, Qt.Key.Key_PageDown)
        qtbot.wait(20)
    before = en.verticalScrollBar().value()
    assert before > 0
    for _ in range(4):
        en.place_cursor(en.visible_blocks()[1], 5)
        qtbot.keyClick(en, Qt.Key.Key_Return)
        qtbot.wait(20)
    qtbot.wait(50)
    assert en.verticalScrollBar().value() != before  # the splits scrolled the view
    # a row in the middle of the view grows by a line as it is typed in: the rows below move
    row = sum(en.visible_blocks()) // 2
    height = en.row_rect(row).height()
    en.place_cursor(row, 0)
    while en.row_rect(row).height() == height:
        qtbot.keyClicks(en, "longer ")
    qtbot.wait(50)
    assert len(w.release.rows) == 64
    for gutter in (en.gutter, ru.gutter):
        shown, fresh = _shown(w, gutter), _drawn_afresh(gutter)
        assert shown.size() == fresh.size()
        assert shown.convertToFormat(fresh.format()) == fresh, type(gutter).__name__


def test_the_rows_in_view_are_the_rows_whose_band_crosses_the_viewport(qtbot, tmp_path):
    """``visible_blocks`` (which the gutters, the glyph cache and the underlines ask) finds
    the first and last row in view by a search over the rows' places: at any scroll position
    they are the first and last rows whose band (text and the padding below it) crosses the
    viewport, found here by looking at every row."""
    w = _long_release(qtbot, tmp_path)
    en, ru = w.view.panes["en"], w.view.panes["ru"]
    en.place_cursor(30, 0)
    en.setFocus()
    qtbot.keyClicks(en, "a much longer paragraph now " * 12)  # the Russian row gets padding
    qtbot.wait(50)
    bar = en.verticalScrollBar()
    seen = set()
    for value in [*range(0, bar.maximum() + 1, 37), bar.maximum()]:
        bar.setValue(value)
        for pane in (en, ru):
            top, bottom = value, value + pane.viewport().rect().bottom()
            crossing = [row for row in range(pane.row_count())
                        if pane.row_rect(row).top() <= bottom
                        and pane.row_rect(row).bottom() > top]
            assert pane.visible_blocks() == (crossing[0], crossing[-1]), (pane.lang, value)
            seen.add(crossing[0])
    assert len(seen) > 20 and 59 in {ru.visible_blocks()[1], en.visible_blocks()[1]}
