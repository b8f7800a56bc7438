"""Distribution from the window, through the File menu and its keys: the pre-flight with
an open error, Export (Ctrl+E), Send (Ctrl+Shift+E) with its confirmation and the guard
against sending twice, and taking a translator's XLIFF back as one undo step."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from editor.export.xliff import to_xliff21
from tests.gui.helpers import open_sample, pane_texts, type_text

C, S = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _complete_details(w):
    import copy
    from datetime import date

    meta = copy.deepcopy(w.release.meta)
    meta.date = meta.date or date(2025, 12, 18)
    meta.organisation = {"ru": "Посольство Казахстана", "en": "Embassy of Kazakhstan"}
    meta.headline = {"ru": "Дни казахского кино", "en": "Days of Kazakh Cinema"}
    w.view.change_metadata(meta)


def test_preflight_lists_an_open_error_and_review_goes_to_the_checks(qtbot, monkeypatch):
    w = open_sample(qtbot)
    _complete_details(w)
    en = w.view.panes["en"]
    en.place_cursor(3, w.release.rows[3].text("en").index("95th"))
    en.textCursor().deleteChar()
    type_text(en, "8")  # 95th -> 85th: an error
    shown = []

    def answer(box):
        shown.append(box.text())
        review = next(b for b in box.buttons() if "Review" in b.text())
        box.clickedButton = lambda: review
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    w.checks.hide()
    qtbot.keyClick(en, Qt.Key.Key_E, C)
    assert shown and "1 error(s)" in shown[0] and "Row 4" in shown[0] and "85" in shown[0]
    assert opened == []  # reviewing, not exporting
    assert w.checks.isVisible()


def test_export_anyway_opens_the_export_dialog_and_a_clean_release_goes_straight(qtbot, monkeypatch):
    w = open_sample(qtbot)
    opened, asked = [], []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)

    def go_on(box):
        asked.append(box.text())
        box.clickedButton = lambda: next(b for b in box.buttons() if "anyway" in b.text())
        return 0
    monkeypatch.setattr(QMessageBox, "exec", go_on)
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_E, C)
    assert asked and "Missing from the release details" in asked[0]
    assert "headline, organisation" in asked[0]
    assert opened == ["ExportDialog"]
    _complete_details(w)
    asked.clear()
    w.action_export.trigger()
    assert asked == [] and opened == ["ExportDialog", "ExportDialog"]


def test_send_through_the_menu_confirms_with_counts_and_guards_a_second_send(
        qtbot, tmp_path, smtp_inbox, monkeypatch):
    port, inbox = smtp_inbox
    lst = tmp_path / "list.csv"
    lst.write_text("anna@example.kz,ru\nbob@example.be,en\ncarl@example.be,en\n", encoding="utf-8")
    w = open_sample(qtbot)
    _complete_details(w)
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda p, title, text, *a: questions.append(
        text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dialogs = []

    def run_dialog(self):
        dialogs.append(self)
        self.list_path.setText(str(lst))
        self.sender.setText("press@kazembassy.example")
        self.host.setText("127.0.0.1")
        self.port.setValue(port)
        self.security.setCurrentIndex(self.security.findData("none"))
        assert not self.send_button.isDefault() and self.check_button.isDefault()
        qtbot.mouseClick(self.send_button, Qt.MouseButton.LeftButton)
        return 0
    monkeypatch.setattr(QDialog, "exec", run_dialog)
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_E, C | S)
    assert len(inbox.messages) == 2  # one message per language group
    assert any("Send to 3 recipient(s)" in q for q in questions)
    questions.clear()
    w.action_send.trigger()  # again: asked, naming the first sending
    assert any("already sent" in q and "3 recipient(s)" in q for q in questions)


def test_import_translation_from_the_file_menu_is_one_undo_step(qtbot, tmp_path, monkeypatch):
    w = open_sample(qtbot)
    data = to_xliff21(w.release).decode("utf-8")
    first = w.release.rows[1].text("en")
    path = tmp_path / "back.xlf"
    path.write_text(data.replace(first, "Belgian viewers saw the films.", 1), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = pane_texts(w, "en")
    w.action_take_back.trigger()
    assert pane_texts(w, "en")[1] == "Belgian viewers saw the films."
    assert pane_texts(w, "en")[0] == before[0]
    assert "1 row(s) changed" in w.statusBar().currentMessage()
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_Z, C)
    assert pane_texts(w, "en") == before


def test_a_translation_that_empties_paragraphs_asks_first(qtbot, tmp_path, monkeypatch,
                                                          no_modal_dialogs):
    """Emptied targets: No changes nothing; Yes takes them back, with the headline, as one
    undo step."""
    _complete_details(w := open_sample(qtbot))
    data = to_xliff21(w.release).decode("utf-8")
    for text in (w.release.rows[2].text("en"), w.release.rows[3].text("en")):
        data = data.replace(f">{text}<", "><", 1)
    data = data.replace(">Days of Kazakh Cinema<", ">Kazakh Cinema Days<", 1)
    path = tmp_path / "emptied.xlf"
    path.write_text(data, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    asked = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)
    monkeypatch.setattr(QMessageBox, "question", question)
    before = pane_texts(w, "en")
    w.action_take_back.trigger()
    assert "would empty 2 translated paragraph(s) (rows 3, 4)" in asked[0]
    assert pane_texts(w, "en") == before and w.release.meta.headline["en"] == "Days of Kazakh Cinema"
    w.action_take_back.trigger()
    assert pane_texts(w, "en")[2:4] == ["", ""]
    assert w.release.meta.headline["en"] == "Kazakh Cinema Days"
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_Z, C)  # one step undoes rows and headline
    assert pane_texts(w, "en") == before
    assert w.release.meta.headline["en"] == "Days of Kazakh Cinema"


def test_a_translators_note_comes_back_onto_its_row(qtbot, tmp_path, monkeypatch):
    from lxml import etree

    from editor.xliff import NS2

    w = open_sample(qtbot)
    doc = etree.fromstring(to_xliff21(w.release))
    unit = [u for u in doc.iter(f"{{{NS2}}}unit")][3]
    etree.SubElement(unit.find(f"{{{NS2}}}notes"), f"{{{NS2}}}note").text = "Is 95th right?"
    path = tmp_path / "noted.xlf"
    path.write_bytes(etree.tostring(doc))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    w.action_take_back.trigger()
    assert "row 4, the translator's note: Is 95th right?" in w.statusBar().currentMessage()
    gutter = w.view.panes["en"].gutter
    assert gutter.describe(3).endswith("Note: Is 95th right?")
    assert "Note" not in gutter.describe(2)
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_Z, C)  # undone with the take-back
    assert "Note" not in gutter.describe(3)
