"""Importing versions that differ in paragraph count gives correctly paired rows; rows paired
with little confidence are marked for review; Confirm alignment and Re-align from here."""

from tests.conftest import EN, RU
from tests.gui.helpers import max_misalignment, pane_texts
from ui.main_window import MainWindow


def open_pair(qtbot, ru, en):
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda x: x.setWindowModified(False))
    w.resize(1280, 800)
    w.show()
    assert w.import_paths(str(ru), str(en))
    return w


def test_a_split_paragraph_is_paired_on_import_and_marked_for_review(qtbot, tmp_path):
    en_paras = EN.read_text(encoding="utf-8").split("\n\n\n\n\n\n")
    text = EN.read_text(encoding="utf-8").replace(
        "whose 95th anniversary is being celebrated this year. ",
        "whose 95th anniversary is being celebrated this year.\n\n")
    assert len(en_paras) > 1
    en = tmp_path / "en.txt"
    en.write_text(text, encoding="utf-8")
    w = open_pair(qtbot, RU, en)
    rows = w.release.rows
    assert len(rows) == 8  # the two English halves share the Russian paragraph's row
    assert rows[3].text("en").startswith("A special place") and "Kaldayakov’s musical" in rows[3].text("en")
    assert rows[4].text("en").startswith("A highlight of the event")
    assert rows[3].align_score is not None  # a 1-2 pairing to check
    assert w.view.review_score(3) is not None and w.view.review_score(4) is None
    assert max_misalignment(w) <= 1.0
    # confirm: the mark goes, and comes back with undo
    w.view.panes["en"].place_cursor(3, 0)
    w.view.panes["en"].setFocus()
    assert w.view.confirm_alignment()
    assert w.release.rows[3].align_score is None
    w.view.undo_stack.undo()
    assert w.release.rows[3].align_score is not None


def test_realign_from_here_repairs_a_broken_pairing(qtbot):
    from editor.model import Paragraph

    w = open_pair(qtbot, RU, EN)
    v = w.view
    english = [r.text("en") for r in w.release.rows]
    broken = w.release
    for k in range(3, 8):  # the English from row 4 on slid one row up; row 8 left empty
        broken.rows[k].paragraphs["en"] = Paragraph(english[k + 1] if k + 1 < 8 else "")
    broken.rows[2].paragraphs["en"] = Paragraph(english[2] + " " + english[3])
    v.set_release(broken)
    assert pane_texts(w, "en")[3].startswith("A highlight")
    v.panes["en"].place_cursor(2, 0)
    v._on_current_row("en", 2)
    assert v.realign_from_here()
    rows = w.release.rows
    texts = [r.text("en") for r in rows]
    # the English of rows 3 and 4 had been merged: the two Russian paragraphs now share its
    # row (marked for review), and every later row is paired right again
    assert len(rows) == 7
    assert rows[2].text("ru").startswith("Кинопоказы") and "Особое место" in rows[2].text("ru")
    assert rows[2].align_score is not None
    assert rows[3].text("ru").startswith("Особым событием") and texts[3].startswith("A highlight")
    assert rows[6].text("ru").startswith("Мероприятие") and texts[6].startswith("The event made")
    assert max_misalignment(w) <= 1.0
    assert pane_texts(w, "en") == texts
    v.undo_stack.undo()
    assert pane_texts(w, "en")[3].startswith("A highlight")
