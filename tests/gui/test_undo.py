"""One undo history: every row command and its undo/redo restore the exact previous text
and rows; typing coalesces into sensible steps; Ctrl+Z works wherever the last change was."""

import pytest
from PySide6.QtCore import Qt

from editor.model import Status
from tests.gui.helpers import (
    max_misalignment,
    open_sample,
    pane_texts,
    snapshot,
    triple_click_row,
    type_text,
)


def do_and_check_undo(qtbot, w, action):
    before = snapshot(w)
    assert action()
    after = snapshot(w)
    assert after != before
    w.view.undo_stack.undo()
    assert snapshot(w) == before
    assert max_misalignment(w) <= 1.0
    w.view.undo_stack.redo()
    assert snapshot(w) == after
    assert max_misalignment(w) <= 1.0
    w.view.undo_stack.undo()
    assert snapshot(w) == before


@pytest.mark.parametrize("command", ["split", "merge", "move_up", "move_down", "insert",
                                     "delete", "translated", "reviewed"])
def test_each_row_command_undoes_and_redoes_exactly(qtbot, command):
    w = open_sample(qtbot)
    v = w.view
    pane = v.panes["en"]
    pane.setFocus()
    pane.place_cursor(3, 40)
    v.active_lang = "en"
    v.release.rows[3].status["en"] = Status.DRAFT  # so that marking changes something
    v.release.rows[3].source_fp.pop("en")
    actions = {
        "split": v.split_at_cursor, "merge": v.merge_with_next,
        "move_up": lambda: v.move_paragraph(-1), "move_down": lambda: v.move_paragraph(1),
        "insert": v.insert_row_below, "delete": v.delete_current_row,
        "translated": lambda: v.mark_current(Status.TRANSLATED),
        "reviewed": lambda: v.mark_current(Status.REVIEWED),
    }
    do_and_check_undo(qtbot, w, actions[command])


def test_row_commands_through_their_shortcuts(qtbot):
    w = open_sample(qtbot)
    pane = w.view.panes["en"]
    pane.setFocus()
    pane.place_cursor(2, 5)
    original = pane_texts(w, "en")
    qtbot.keyClick(pane, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # merge with next
    assert len(w.release.rows) == 7
    assert pane_texts(w, "en")[2] == original[2] + " " + original[3]
    assert pane_texts(w, "en")[3:] == original[4:]
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(w.release.rows) == 8
    pane.place_cursor(4, 0)
    qtbot.keyClick(pane, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # mark reviewed
    assert w.release.rows[4].status["en"] is Status.REVIEWED
    assert w.view.row_status(4, "en") == "reviewed"
    qtbot.keyClick(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # move paragraph down
    assert pane_texts(w, "en")[5].startswith("A highlight of the event")
    assert w.view.panes["en"].cursor_row() == 5


def test_typing_is_one_step_until_a_pause_or_a_move(qtbot):
    w = open_sample(qtbot)
    pane = w.view.panes["en"]
    original = pane_texts(w, "en")[1]
    pane.place_cursor(1, 0)
    qtbot.keyClicks(pane, "Local ")
    qtbot.keyClicks(pane, "press ")
    assert pane_texts(w, "en")[1] == "Local press " + original
    pane.place_cursor(6, 0)  # moving elsewhere closes the step
    qtbot.keyClicks(pane, "Also ")
    w.view.undo_stack.undo()
    assert pane_texts(w, "en")[6].startswith("The Days of Kazakh Cinema")
    assert pane_texts(w, "en")[1] == "Local press " + original
    w.view.undo_stack.undo()
    assert pane_texts(w, "en")[1] == original
    assert w.release.rows[1].text("en") == original
    assert pane.cursor_row() == 1


def test_one_history_across_both_panes(qtbot):
    w = open_sample(qtbot)
    ru, en = w.view.panes["ru"], w.view.panes["en"]
    ru.place_cursor(0, 0)
    qtbot.keyClicks(ru, "Astana. ")
    en.setFocus()
    en.place_cursor(0, 0)
    qtbot.keyClicks(en, "Astana. ")
    qtbot.keyClick(en, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not pane_texts(w, "en")[0].startswith("Astana")
    assert pane_texts(w, "ru")[0].startswith("Astana. ")
    qtbot.keyClick(en, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # focus stays in en
    assert not pane_texts(w, "ru")[0].startswith("Astana")
    assert w.release.rows[0].text("ru").startswith("Посольство")
    qtbot.keyClick(en, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # redo
    assert pane_texts(w, "ru")[0].startswith("Astana. ")


def test_enter_then_undo_restores_the_rows(qtbot):
    w = open_sample(qtbot)
    pane = w.view.panes["ru"]
    pane.place_cursor(5, 30)
    before = snapshot(w)
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert len(w.release.rows) == 9
    w.view.undo_stack.undo()
    assert snapshot(w) == before


def test_typing_into_an_untranslated_row_makes_it_a_draft_and_undo_restores(qtbot):
    w = open_sample(qtbot)
    v = w.view
    v.panes["en"].setFocus()
    v.panes["en"].place_cursor(7, 0)
    v.active_lang = "en"
    assert v.insert_row_below()
    assert v.row_status(8, "en") == "untranslated"
    qtbot.keyClicks(v.panes["en"], "New text")
    assert v.row_status(8, "en") == "draft"
    v.undo_stack.undo()
    assert v.row_status(8, "en") == "untranslated"


def test_editing_the_source_marks_the_translation_stale(qtbot):
    w = open_sample(qtbot)
    ru = w.view.panes["ru"]
    ru.place_cursor(2, 0)
    type_text(ru, "Вчера ")
    assert w.view.row_status(2, "en") == "stale"
    w.view.undo_stack.undo()
    assert w.view.row_status(2, "en") == "translated"


def test_triple_click_then_delete_empties_just_that_paragraph(qtbot):
    w = open_sample(qtbot)
    pane = w.view.panes["en"]
    before = pane_texts(w, "en")
    triple_click_row(pane, 2)
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    assert pane_texts(w, "en") == before[:2] + [""] + before[3:]
    assert w.view.row_status(2, "en") == "untranslated"
    qtbot.waitUntil(lambda: "Translated: 7 of 8" in w.stats_label.text(), timeout=3000)
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane_texts(w, "en") == before


def test_enter_in_a_word_then_backspace_gives_the_row_back_exactly(qtbot):
    """The slip every typist makes: Enter in the middle of a word, then Backspace. The row
    is joined back as it was (not "prese ntation": a merge of two rows puts one space
    between them), with its statuses and the cursor where it was; Ctrl+Z splits it again."""
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    before = snapshot(w)
    word = en.paragraph(3).text.index(" ", 30) + 3  # three letters into a word
    en.place_cursor(3, word)
    en.setFocus()
    qtbot.keyClick(en, Qt.Key.Key_Return)
    assert len(w.release.rows) == 9
    split = snapshot(w)
    qtbot.keyClick(en, Qt.Key.Key_Backspace)
    assert snapshot(w) == before
    assert (en.textCursor().blockNumber(), en.textCursor().positionInBlock()) == (3, word)
    assert max_misalignment(w) <= 1.0
    qtbot.keyClick(en, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(w) == split
    qtbot.keyClick(en, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(w) == before


def test_a_merge_of_rows_split_earlier_joins_them_with_a_space(qtbot):
    """Only a split just made is joined back to the character: two rows merged later are
    two paragraphs, joined with one space."""
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    upper, lower = en.paragraph(3).text, en.paragraph(4).text
    en.place_cursor(4, 0)
    en.setFocus()
    qtbot.keyClick(en, Qt.Key.Key_Backspace)
    assert en.paragraph(3).text == upper + " " + lower
    text = en.paragraph(2).text
    cut = text.index(" ", 10) + 3  # in a word
    en.place_cursor(2, cut)
    qtbot.keyClick(en, Qt.Key.Key_Return)
    type_text(en, "x")  # something done after the split
    qtbot.keyClick(en, Qt.Key.Key_Backspace)  # the x
    qtbot.keyClick(en, Qt.Key.Key_Backspace)  # the rows: a merge now
    assert en.paragraph(2).text == text[:cut] + " " + text[cut:]
    assert w.release.rows[2].text("en") == en.paragraph(2).text and len(w.release.rows) == 7


def test_the_row_comes_back_exactly_whatever_pane_the_window_thought_active(qtbot):
    """The split remembers where it cut: a key sent to the English pane while the window
    last saw the cursor in the Russian one (a window manager slow to move the focus) still
    joins back exactly."""
    w = open_sample(qtbot)
    ru, en = w.view.panes["ru"], w.view.panes["en"]
    before = snapshot(w)
    ru.setFocus()
    ru.place_cursor(0, 0)
    text = en.paragraph(5).text
    cut = text.index(" ", 20) + 2
    en.place_cursor(5, cut)
    qtbot.keyClick(en, Qt.Key.Key_Return)
    qtbot.keyClick(en, Qt.Key.Key_Backspace)
    assert snapshot(w) == before
    assert (en.textCursor().blockNumber(), en.textCursor().positionInBlock()) == (5, cut)


def test_backspace_in_the_other_pane_right_after_a_split_also_gives_the_row_back(qtbot):
    """Enter in the English pane, then Backspace at the start of the new, empty Russian
    row: the English halves are not joined with a space either."""
    w = open_sample(qtbot)
    ru, en = w.view.panes["ru"], w.view.panes["en"]
    before = snapshot(w)
    text = en.paragraph(2).text
    cut = text.index(" ", 15) + 2
    en.setFocus()
    en.place_cursor(2, cut)
    qtbot.keyClick(en, Qt.Key.Key_Return)
    ru.setFocus()
    ru.place_cursor(3, 0)
    qtbot.keyClick(ru, Qt.Key.Key_Backspace)
    assert snapshot(w) == before
    assert (ru.textCursor().blockNumber(), ru.textCursor().positionInBlock()) == (
        2, len(ru.paragraph(2).text))
