"""Paragraph sync: row i starts at the same height in both panes, always."""

import pytest
from PySide6.QtCore import QMimeData, Qt

from tests.gui.helpers import max_misalignment, open_sample, pane_texts

LONG = ("The Days of Kazakh Cinema in Brussels brought together diplomats, film critics, "
        "students and members of the Kazakh diaspora for three evenings of screenings. ") * 6


@pytest.mark.parametrize("width", [1280, 760])
def test_rows_of_the_sample_are_level_at_two_widths(qtbot, width):
    w = open_sample(qtbot, width=width)
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    # the panes really differ in paragraph heights: without padding they would drift
    ru, en = w.view.panes["ru"], w.view.panes["en"]
    naturals = [(ru.natural_height(i), en.natural_height(i)) for i in range(8)]
    assert any(abs(a - b) > 10 for a, b in naturals)


def test_typing_pasting_and_resizing_keep_rows_level(qtbot):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.place_cursor(1, 0)
    qtbot.keyClicks(en, "Many more words typed into this paragraph make it longer than before. " * 2)
    assert max_misalignment(w) <= 1.0
    mime = QMimeData()
    mime.setText(LONG + "\n\n" + LONG)  # pasted paragraphs join into the current row
    en.place_cursor(5, 0)
    en.insertFromMimeData(mime)
    assert len(w.release.rows) == 8 and en.row_count() == 8
    assert max_misalignment(w) <= 1.0
    w.resize(900, 700)
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    w.view._splitter.setSizes([250, 650])
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)


def test_a_row_typed_and_pasted_into_keeps_its_own_block_format(qtbot):
    """The padding that levels a row lives in the block below it: Qt lays a block out again
    (its whole text shaped anew) when its format changes, so a row typed or pasted into that
    carried its own padding was laid out twice a keystroke once its padding changed (twice
    4 ms for a 10 KB paragraph). The row typed in keeps its format; the padding moves."""
    w = open_sample(qtbot)
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    ru, en = w.view.panes["ru"], w.view.panes["en"]
    row = next(i for i in range(en.row_count() - 1)
               if en.natural_height(i) < ru.natural_height(i))  # en is the shorter: padded
    padding = en.space_below(row)
    own = en.document().findBlockByNumber(row).blockFormat()
    en.setFocus()
    en.place_cursor(row, 0)
    qtbot.keyClicks(en, "More words typed at the start of this row. " * 3)
    mime = QMimeData()
    mime.setText(LONG)
    en.insertFromMimeData(mime)
    assert en.natural_height(row) > ru.natural_height(row)  # now the taller: no padding
    assert en.space_below(row) != padding and ru.space_below(row) > 10
    assert en.document().findBlockByNumber(row).blockFormat() == own
    assert max_misalignment(w) <= 1.0


def test_zoom_keeps_rows_level(qtbot):
    w = open_sample(qtbot)
    w.zoom(3)
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)


def test_scrolling_is_locked_by_row_and_can_be_unlocked(qtbot):
    w = open_sample(qtbot, height=500)
    ru, en = w.view.panes["ru"], w.view.panes["en"]
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    assert ru.verticalScrollBar().maximum() > 0
    en.verticalScrollBar().setValue(300)
    assert ru.verticalScrollBar().value() == 300
    assert max_misalignment(w) <= 1.0
    w.action_lock.trigger()  # unlock
    en.verticalScrollBar().setValue(100)
    assert ru.verticalScrollBar().value() == 300


def test_current_row_is_highlighted_in_both_panes(qtbot):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.setFocus()
    en.place_cursor(4, 3)
    assert w.view.current_row == 4
    assert all(p.current_row == 4 for p in w.view.panes.values())
    w.view.panes["ru"].place_cursor(6, 0)
    assert all(p.current_row == 6 for p in w.view.panes.values())


def test_panes_can_be_swapped_and_stay_level(qtbot):
    w = open_sample(qtbot)
    assert list(w.view.panes) == ["ru", "en"]
    w.swap_panes()
    assert list(w.view.panes) == ["en", "ru"]
    assert pane_texts(w, "ru")[0].startswith("Посольство")
    assert w.view.panes["en"].gutter is not None  # the gutter follows the target language
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    pane_left = w.view.panes["en"].mapToGlobal(w.view.panes["en"].rect().topLeft()).x()
    pane_right = w.view.panes["ru"].mapToGlobal(w.view.panes["ru"].rect().topLeft()).x()
    assert pane_left < pane_right
    assert w.settings.pane_order == ("en", "ru")


def test_soft_line_break_stays_in_the_row(qtbot):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.place_cursor(0, 0)
    qtbot.keyClick(en, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert len(w.release.rows) == 8
    assert w.release.rows[0].text("en").startswith("\n")
    assert max_misalignment(w) <= 1.0


def test_the_panes_lay_text_out_as_a_plain_text_edit_does(qtbot):
    """The panes measure their text on an image at the screen's resolution (faster than
    asking the widget); a wrong resolution would change every line and margin."""
    from PySide6.QtWidgets import QTextEdit

    w = open_sample(qtbot)
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    ru = w.view.panes["ru"]
    before = ru.document().size()
    ru._measure.setDotsPerMeterX(2835)  # as if measured for a 72-dpi screen
    ru._measure.setDotsPerMeterY(2835)
    ru.document().markContentsDirty(0, ru.document().characterCount())
    assert ru.document().size() != before  # the resolution matters
    ru.screen_changed()  # as when the window goes to another screen
    ru.viewport().repaint()  # the next paint sees the screen's resolution again
    qtbot.waitUntil(lambda: ru.document().size() == before, timeout=2000)
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    for pane in w.view.panes.values():
        plain = QTextEdit()
        qtbot.addWidget(plain)
        plain.setDocument(pane.document().clone(plain))
        plain.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        plain.setViewportMargins(pane.viewportMargins())
        plain.resize(pane.size())
        plain.show()
        qtbot.waitExposed(plain)
        doc, ours = plain.document(), pane.document()
        assert doc.documentLayout().paintDevice() is not ours.documentLayout().paintDevice()
        heights = [doc.documentLayout().blockBoundingRect(doc.findBlockByNumber(i)).bottom()
                   for i in range(doc.blockCount())]
        assert heights == [ours.documentLayout().blockBoundingRect(ours.findBlockByNumber(i))
                           .bottom() for i in range(ours.blockCount())]
        assert doc.size() == ours.size()


@pytest.mark.parametrize("width", [1280, 760])
def test_a_paragraph_is_measured_as_the_pane_will_lay_it_out(qtbot, width):
    """Rows put in by a split, a merge or an undo are measured before they go in, so that
    each pane is laid out once: the measure is the height the pane then gives them."""
    from editor.model import Paragraph
    from editor.model.inline import Mark, MarkKind

    w = open_sample(qtbot, width=width)
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    extra = [Paragraph("Bold and italic words, a link and a\nline break. " * 3,
                       [Mark(0, 4, MarkKind.BOLD), Mark(9, 15, MarkKind.ITALIC),
                        Mark(24, 28, MarkKind.LINK, "https://example.org")]), Paragraph("")]
    for pane in w.view.panes.values():
        for row in range(pane.row_count()):
            assert pane.measure(pane.paragraph(row)) == pane.natural_height(row)
        pane.replace_rows(1, 0, extra)
        assert [pane.measure(p) for p in extra] == [pane.natural_height(1), pane.natural_height(2)]
        assert pane.natural_height(1) > 3 * pane.natural_height(2)


def test_rows_stay_level_when_a_measure_misses(qtbot, monkeypatch):
    w = open_sample(qtbot)
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    for pane in w.view.panes.values():
        monkeypatch.setattr(pane, "measure", lambda p: 3.0)  # wrong for every paragraph
    en = w.view.panes["en"]
    en.place_cursor(2, 40)
    en.setFocus()
    qtbot.keyClick(en, Qt.Key.Key_Return)
    assert len(w.release.rows) == 9
    assert max_misalignment(w) <= 1.0


def test_a_split_leaves_the_other_versions_row_as_it_was(qtbot):
    """Splitting the English row leaves the Russian row in place (not put in again): the
    Russian pane's cursor stays where the translator left it in that row, and rows are level."""
    w = open_sample(qtbot)
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    ru, en = w.view.panes["ru"], w.view.panes["en"]
    ru.place_cursor(2, 15)
    russian = ru.paragraph(2)
    en.place_cursor(2, 40)
    en.setFocus()
    qtbot.keyClick(en, Qt.Key.Key_Return)
    assert len(w.release.rows) == 9 and ru.paragraph(2) == russian
    assert ru.row_count() == 9 and ru.paragraph(3).text == ""
    assert (ru.textCursor().blockNumber(), ru.textCursor().positionInBlock()) == (2, 15)
    assert max_misalignment(w) <= 1.0
    qtbot.keyClick(en, Qt.Key.Key_Backspace)  # merged back: the empty Russian row goes
    assert len(w.release.rows) == 8 and ru.paragraph(2) == russian
    assert (ru.textCursor().blockNumber(), ru.textCursor().positionInBlock()) == (2, 15)
    assert max_misalignment(w) <= 1.0
