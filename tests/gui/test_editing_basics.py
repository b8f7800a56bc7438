"""The editing basics of a daily tool, through the menus and keys: Find and Replace across
both panes, the Edit menu, Close, Print, Help, the window layout remembered, and the
ignored findings seen and restored."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from tests.gui.helpers import open_sample, pane_texts, type_text
from ui.main_window import MainWindow

C = Qt.KeyboardModifier.ControlModifier


def test_find_with_ctrl_f_enter_and_f3_walks_the_matches_in_both_panes(qtbot):
    w = open_sample(qtbot)
    w.view.panes["ru"].place_cursor(0, 0)
    qtbot.keyClick(w.view.panes["ru"], Qt.Key.Key_F, C)
    dialog = w.find_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.find_edit.hasFocus, timeout=2000)
    qtbot.keyClicks(dialog.find_edit, "Kaldayakov")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)  # Find next is the default button
    en = w.view.panes["en"]
    assert en.textCursor().selectedText() == "Kaldayakov"
    assert dialog.status.text().startswith("1 of ")
    first = en.textCursor().selectionStart()
    qtbot.keyClick(dialog, Qt.Key.Key_F3)
    assert dialog.status.text().startswith("2 of ")
    assert en.textCursor().selectionStart() != first
    dialog.regex.setChecked(True)
    dialog.find_edit.setText("(")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert "not a valid regular expression" in dialog.status.text()


def test_replace_all_in_one_language_is_one_undo_step(qtbot):
    w = open_sample(qtbot)
    ru_before, en_before = pane_texts(w, "ru"), pane_texts(w, "en")
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_H, C)
    dialog = w.find_dialog
    dialog.find_edit.setText("Brussels")
    dialog.replace_edit.setText("Bruxelles")
    dialog.scope.setCurrentIndex(dialog.scope.findData("en"))
    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    en = pane_texts(w, "en")
    assert all("Brussels" not in t for t in en) and any("Bruxelles" in t for t in en)
    assert pane_texts(w, "ru") == ru_before
    assert "replacement" in dialog.status.text()
    assert [r.text("en") for r in w.release.rows] == en  # the model too
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_Z, C)
    assert pane_texts(w, "en") == en_before


def test_replace_one_then_the_next(qtbot):
    w = open_sample(qtbot)
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_H, C)
    dialog = w.find_dialog
    dialog.find_edit.setText("Kazakh")
    dialog.whole_word.setChecked(True)
    dialog.replace_edit.setText("Qazaq")
    total = sum(t.count("Kazakh ") + t.endswith("Kazakh") for t in pane_texts(w, "en"))
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    en = pane_texts(w, "en")
    assert sum(t.count("Qazaq") for t in en) == 1
    assert w.view.active_pane().textCursor().selectedText() == "Kazakh"  # the next one
    assert total > 1


def test_edit_menu_copy_paste_select_all_and_a_cut_across_rows(qtbot):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.setFocus()
    en.place_cursor(0, 0)
    cursor = en.textCursor()
    cursor.setPosition(cursor.position() + 11, cursor.MoveMode.KeepAnchor)  # "The Embassy"
    en.setTextCursor(cursor)
    w.action_copy.trigger()
    assert QApplication.clipboard().text() == "The Embassy"
    en.place_cursor(2, 0)
    w.action_paste.trigger()
    assert pane_texts(w, "en")[2].startswith("The EmbassyThe screenings")
    w.action_select_all.trigger()
    before = pane_texts(w, "en")
    w.action_cut.trigger()  # across rows: copied, not cut
    assert pane_texts(w, "en") == before
    assert "cannot be cut" in w.statusBar().currentMessage()


def test_rows_copied_go_to_the_clipboard_as_paragraphs_without_the_padding(qtbot):
    """Copying rows gives a word processor or a mail their paragraphs, bold kept, spaced
    evenly: not the padding that levels each row with the other version (row 4 of the
    sample's English is padded by the Russian's extra lines)."""
    import re

    from PySide6.QtGui import QTextCursor, QTextDocument

    w = open_sample(qtbot)
    qtbot.waitUntil(lambda: w.view.panes["en"].space_below(3) > 30, timeout=2000)
    en = w.view.panes["en"]
    en.setFocus()
    en.place_cursor(2, 0)
    cursor = en.textCursor()
    cursor.setPosition(en.document().findBlockByNumber(5).position() + 5,
                       QTextCursor.MoveMode.KeepAnchor)
    en.setTextCursor(cursor)
    w.action_copy.trigger()
    mime = QApplication.clipboard().mimeData()
    assert mime.text().count("\n") == 3 and mime.text().startswith("The screenings")
    html = mime.html()
    margins = {float(v) for v in re.findall(r"margin-(?:top|bottom):(\d+(?:\.\d+)?)px", html)}
    assert margins and max(margins) <= 10  # the pane's gap at most; the padding left out
    doc = QTextDocument()
    doc.setHtml(html)
    assert doc.blockCount() == 4 and doc.toPlainText() == mime.text()


_COPY_THEN_QUIT = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from ui.app import create_app
app = create_app()
from ui.main_window import MainWindow
from editor.importers.release_builder import import_release
w = MainWindow()
w.show()
w.set_release(import_release({ru!r}, {en!r}).release, None)
app.processEvents()
en = w.view.panes["en"]
en.place_cursor(1, 0)
cursor = en.textCursor()
cursor.setPosition(en.document().findBlockByNumber(3).position() + 4,
                   QTextCursor.MoveMode.KeepAnchor)
en.setTextCursor(cursor)
en.copy()  # as Ctrl+C in the pane does
app.processEvents()
print(QApplication.clipboard().text().count(chr(10)))
w.setWindowModified(False)
w.close()
"""


def test_the_program_ends_cleanly_after_rows_were_copied(tmp_path):
    """The clipboard owns what Copy gives it: the program then ends without a crash (a copy
    made by Python, not by Qt, was deleted twice at exit: a segmentation fault)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tests.conftest import EN, RU

    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))
    out = subprocess.run([sys.executable, "-c", _COPY_THEN_QUIT.format(
        root=root, ru=str(RU), en=str(EN))], capture_output=True, text=True, env=env,
        timeout=120)
    assert out.returncode == 0, (out.returncode, out.stderr[-2000:])
    assert out.stdout.strip().splitlines()[-1] == "2"  # three rows' paragraphs copied


def test_close_asks_to_save_then_shows_an_empty_release(qtbot, monkeypatch):
    w = open_sample(qtbot)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Discard)
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_W, C)
    assert asked and "unsaved changes" in asked[0]
    assert w.path is None and [r.role.value for r in w.release.rows] == [
        "headline", "lead", "body", "boilerplate"]
    assert not w.isWindowModified()


def test_print_one_language_to_a_pdf_through_file_print(qtbot, tmp_path, monkeypatch):
    w = open_sample(qtbot)
    import ui.print_release as pr

    out = tmp_path / "printed.pdf"
    real = pr.new_printer

    def pdf_printer():  # the printer the user picked in the dialog: a PDF file here
        printer = real()
        printer.setOutputFormat(pr.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer
    monkeypatch.setattr(pr, "new_printer", pdf_printer)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("English", True))
    monkeypatch.setattr(pr.QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_P, C)
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 5000
    shown = []
    monkeypatch.setattr(pr.QPrintPreviewDialog, "exec",
                        lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    w.action_print_preview.trigger()
    assert shown


def test_help_lists_every_shortcut_from_the_menus_and_about_names_the_version(qtbot, monkeypatch):
    w = open_sample(qtbot)
    from ui.help_dialogs import ShortcutsDialog

    seen = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: seen.append(self) or 0)
    w.action_shortcuts.trigger()
    table = seen[0].table
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert ("Merge with next row", "Ctrl+J") in rows
    assert ("Find", "Ctrl+F") in rows and ("Replace", "Ctrl+H") in rows
    about = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: about.append(text))
    w.action_about.trigger()
    assert about and "Tandem" in about[0]


def test_window_size_and_docks_are_remembered(qtbot):
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.setWindowModified(False))
    w.show()
    w.resize(700, 500)  # within the offscreen screen (800 x 600): restoring clamps to it
    w.checks.hide()
    qtbot.waitUntil(lambda: w.width() == 700, timeout=2000)
    w.save_layout()
    again = MainWindow()
    qtbot.addWidget(again, before_close_func=lambda w: w.setWindowModified(False))
    again.restore_layout()
    again.show()
    qtbot.waitUntil(lambda: again.width() == 700 and again.height() == 500, timeout=2000)
    assert not again.checks.isVisible()


def test_ignored_findings_are_listed_and_can_be_restored(qtbot, monkeypatch):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.place_cursor(3, w.release.rows[3].text("en").index("95th"))
    en.textCursor().deleteChar()
    type_text(en, "8")
    assert w.checks.wait()
    w.checks.tree.setCurrentItem(w.checks.tree.topLevelItem(0).child(0))
    w.checks.ignore_selected()
    assert w.checks.wait()
    assert [f for f in w.checks.findings if f.severity.value != "info"] == []
    from ui.ignored_dialog import IgnoredDialog

    opened = []

    def run(self):
        opened.append(self)
        assert self.tree.topLevelItemCount() == 1
        assert self.tree.topLevelItem(0).text(3) == "85th"
        qtbot.mouseClick(self.restore, Qt.MouseButton.LeftButton)
        assert self.tree.topLevelItemCount() == 0 and self.empty.isVisibleTo(self)
        return 0
    monkeypatch.setattr(IgnoredDialog, "exec", run)
    w.action_ignored.trigger()
    assert opened and w.release.ignored == []
    assert w.checks.wait()
    assert [f.text for f in w.checks.findings if f.severity.value != "info"] == ["85th"]


def test_a_new_release_shows_row_roles_and_the_role_is_changed_through_the_rows_menu(qtbot):
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.setWindowModified(False))
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    from ui.role_gutter import RoleGutter

    gutter = w.view.panes["ru"].gutter
    assert isinstance(gutter, RoleGutter)
    assert [gutter.role_of(i).value for i in range(4)] == ["headline", "lead", "body", "boilerplate"]
    w.view.panes["ru"].place_cursor(0, 0)
    w.role_menu.aboutToShow.emit()
    body = next(a for a in w.role_menu.actions() if a.objectName() == "role-body")
    body.trigger()
    assert w.release.rows[0].role.value == "body"
    qtbot.keyClick(w.view.panes["ru"], Qt.Key.Key_Z, C)
    assert w.release.rows[0].role.value == "headline"


def test_headline_and_subheadline_from_the_details_show_above_the_panes_and_rows_stay_level(qtbot):
    import copy

    from PySide6.QtWidgets import QLabel

    from tests.gui.helpers import max_misalignment

    w = open_sample(qtbot)
    label_en = w.view.findChild(QLabel, "details-en")
    assert not label_en.isVisible()
    meta = copy.deepcopy(w.release.meta)
    meta.headline = {"en": "Days of Kazakh Cinema in Brussels"}
    meta.subheadline = {"en": "Three evenings of screenings"}
    w.view.change_metadata(meta)
    assert label_en.isVisible() and "Days of Kazakh Cinema" in label_en.text()
    assert "Three evenings" in label_en.text()
    assert w.view.findChild(QLabel, "details-ru").isVisible()  # as tall in both panes
    qtbot.waitUntil(lambda: max_misalignment(w) <= 1.0, timeout=2000)
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_Z, C)
    assert not label_en.isVisible()
