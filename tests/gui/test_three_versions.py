"""A release in Russian, English and Kazakh in the window: imported through File → Import
versions with a Kazakh file, three level panes of equal width, typing in the Kazakh pane
(one undo step), the status bar counting each target language, a pane hidden and shown
again and moved through View → Panes, and a finding in the Kazakh row."""

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from tests.gui.helpers import max_misalignment, type_text
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "kazakh"


def _window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.setWindowModified(False))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def _import_three(qtbot, w: MainWindow) -> None:
    """File → Import versions…, the three files typed into the dialog, OK."""
    def fill():
        dialog = next(d for d in QApplication.topLevelWidgets()
                      if isinstance(d, ImportDialog) and d.isVisible())
        for edit, name in ((dialog.ru_edit, "cinema-days.ru.txt"),
                           (dialog.en_edit, "cinema-days.en.txt"),
                           (dialog.kk_edit, "cinema-days.kk.txt")):
            edit.setFocus()
            type_text(edit, str(DATA / name))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(200, fill)
    w.action_import.trigger()
    qtbot.waitUntil(lambda: w.release is not None and len(w.release.rows) == 7, timeout=15000)


def _menu_action(menu, name: str):
    menu.aboutToShow.emit()  # as opening the menu fills it
    return next(a for a in menu.actions() if a.objectName() == name or a.text() == name)


def test_three_versions_in_three_level_panes(qtbot):
    w = _window(qtbot)
    _import_three(qtbot, w)
    assert tuple(w.view.panes) == ("ru", "en", "kk")
    assert w.release.languages == ("ru", "en", "kk")
    widths = [p.width() for p in w.view.panes.values()]
    assert max(widths) - min(widths) < 0.1 * max(widths), widths  # equal thirds
    qtbot.waitUntil(lambda: max_misalignment(w) < 1.0, timeout=3000)
    kk = w.view.panes["kk"]
    assert kk.paragraph(3).text.startswith("Фильмнің режиссері")
    # the status bar counts each target language; the import said each text's encoding
    assert "English 7/7" in w.stats_label.text() and "Kazakh 7/7" in w.stats_label.text()
    assert "Kazakh: UTF-8" in w.statusBar().currentMessage()

    # typing in the Kazakh pane changes the Kazakh paragraph only; one undo step
    before = [r.text("kk") for r in w.release.rows]
    kk.setFocus()
    kk.place_cursor(4, 0)
    type_text(kk, "Жаңа ")
    assert w.release.rows[4].text("kk").startswith("Жаңа Іс-шара")
    assert w.release.rows[4].text("ru").startswith("Мероприятие")
    qtbot.waitUntil(lambda: "Kazakh 6/7" in w.stats_label.text(), timeout=3000)
    w.view.undo_stack.undo()
    assert [r.text("kk") for r in w.release.rows] == before
    qtbot.waitUntil(lambda: max_misalignment(w) < 1.0, timeout=3000)


def test_a_pane_is_hidden_shown_and_moved_through_the_view_menu(qtbot):
    w = _window(qtbot)
    _import_three(qtbot, w)
    _menu_action(w.panes_menu, "show-pane-en").trigger()  # unticked: English hidden
    assert tuple(w.view.panes) == ("ru", "kk")
    assert max_misalignment(w) < 1.0
    # the one pane left cannot be hidden too
    _menu_action(w.panes_menu, "show-pane-kk").trigger()
    assert tuple(w.view.panes) == ("ru",)
    assert not _menu_action(w.panes_menu, "show-pane-ru").isEnabled()
    _menu_action(w.panes_menu, "show-pane-en").trigger()
    _menu_action(w.panes_menu, "show-pane-kk").trigger()
    assert tuple(w.view.panes) == ("ru", "en", "kk")
    # the Kazakh pane moved to the left of the English one
    w.view.panes["kk"].setFocus()
    w.view.active_lang = "kk"
    _menu_action(w.panes_menu, w.tr("Move pane &left")).trigger()
    assert tuple(w.view.panes) == ("ru", "kk", "en")
    assert w.settings.pane_order == ("ru", "kk", "en")  # the order is remembered
    qtbot.waitUntil(lambda: max_misalignment(w) < 1.0, timeout=3000)
    # a pane hidden in one release: the next one opens with every pane
    _menu_action(w.panes_menu, "show-pane-en").trigger()
    assert tuple(w.view.panes) == ("ru", "kk")
    w.setWindowModified(False)
    _import_three(qtbot, w)
    assert tuple(w.view.panes) == ("ru", "kk", "en")


def test_a_figure_changed_in_the_kazakh_row_is_found_there(qtbot):
    w = _window(qtbot)
    _import_three(qtbot, w)
    kk = w.view.panes["kk"]
    kk.setFocus()
    kk.place_cursor(4, 0)
    type_text(kk, "2026 жылы ")  # a year the Russian and the English do not have
    qtbot.waitUntil(lambda: any(f.code == "number.mismatch" and f.lang == "kk" and f.pair == 4
                                for f in w.checks.findings), timeout=20000)


def test_a_fourth_language_added_by_its_profile_gets_a_pane_and_findings(qtbot, tmp_path,
                                                                          monkeypatch):
    """A release with a version in a language added by a profile alone (the stub German of
    tests/unit/test_fourth_language.py) opens with a pane headed by the profile's name; a
    figure changed in it is found in its row (the checks process has its own copy of the
    profiles, so German spelling is not checked there: the figure check needs no profile)."""
    from editor import languages
    from editor.importers.release_builder import add_version, import_release
    from editor.model import Paragraph
    from editor.storage import save_release
    from tests.unit.test_fourth_language import GERMAN

    monkeypatch.setitem(languages.PROFILES, "de", GERMAN)
    result = import_release(DATA / "book-fair.ru.txt", DATA / "book-fair.en.txt")
    de = tmp_path / "fair.de.txt"
    de.write_text((DATA / "book-fair.en.txt").read_text(encoding="utf-8"), encoding="utf-8")
    add_version(result.release, de, "de")
    row = result.release.rows[1]
    row.paragraphs["de"] = Paragraph(row.text("de").replace("40 meetings", "45 meetings"))
    save_release(result.release, tmp_path / "fair.tandem")
    w = _window(qtbot)
    w.open_path(tmp_path / "fair.tandem")
    assert tuple(w.view.panes) == ("ru", "en", "de")
    assert w.view.findChild(QLabel, "header-de").text() == "<b>German</b>"
    qtbot.waitUntil(lambda: any(f.code == "number.mismatch" and f.lang == "de" and f.pair == 1
                                for f in w.checks.findings), timeout=20000)


def test_the_export_dialog_translates_english_into_kazakh(qtbot, tmp_path, monkeypatch):
    """File → Export…: XLIFF, language Kazakh, translate from English: the file's source is
    the English, its target the Kazakh; "Translate from" shows for XLIFF only."""
    from lxml import etree

    from ui.export_dialog import ExportDialog

    w = _window(qtbot)
    _import_three(qtbot, w)
    opened = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self) or 0)
    # the pre-flight (no headline, date or organisation yet) is another test's subject
    monkeypatch.setattr("ui.distribution.confirm_ready", lambda *a: True)
    w.action_export.trigger()
    dialog = opened[0]
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.source.isVisible()  # Word: no "translate from"
    dialog.format.setCurrentIndex(dialog.format.findData("xliff"))
    assert dialog.source.isVisible()
    assert [dialog.source.itemText(i) for i in range(3)] == ["Russian (source)", "English", "Kazakh"]
    dialog.languages.setCurrentIndex(dialog.languages.findData("kk"))
    dialog.source.setCurrentIndex(dialog.source.findData("en"))
    dialog.destination.setText(str(tmp_path / "fair.xlf"))
    dialog.start()
    assert dialog.wait()
    qtbot.waitUntil(lambda: (tmp_path / "fair.xlf").exists(), timeout=5000)
    root = etree.parse(str(tmp_path / "fair.xlf")).getroot()
    assert (root.get("srcLang"), root.get("trgLang")) == ("en", "kk")
    sources = [s.text for s in root.iter("{*}source")]
    assert any(t and t.startswith("The audience was shown films") for t in sources)


def test_the_source_version_is_chosen_through_the_view_menu(qtbot):
    """View → Panes → Translate from English: the English pane shows the roles, the Russian
    and Kazakh panes their status (translated, as confirmed before); one undo step back."""
    from ui.role_gutter import RoleGutter
    from ui.status_gutter import StatusGutter

    w = _window(qtbot)
    _import_three(qtbot, w)
    w.view.panes["en"].setFocus()
    w.view.active_lang = "en"
    action = _menu_action(w.panes_menu, "make-source")
    assert action.isEnabled()
    action.trigger()
    assert w.release.source_lang == "en"
    assert isinstance(w.view.panes["en"].gutter, RoleGutter)
    assert isinstance(w.view.panes["ru"].gutter, StatusGutter)
    assert w.view.row_status(0, "ru") == "translated"
    qtbot.waitUntil(lambda: "Russian 7/7" in w.stats_label.text(), timeout=3000)
    w.view.undo_stack.undo()
    assert w.release.source_lang == "ru"
    assert isinstance(w.view.panes["ru"].gutter, RoleGutter)
    assert w.view.row_status(0, "en") == "translated"


def test_a_new_release_gets_a_kazakh_version(qtbot):
    """File → New, then View → Panes → Add a version in Kazakh: a third pane, empty and
    untranslated, level with the others; typing there; one undo step takes it away."""
    w = _window(qtbot)
    w.action_new.trigger()
    ru = w.view.panes["ru"]
    ru.setFocus()
    type_text(ru, "Посольство провело день кино.")
    _menu_action(w.panes_menu, "add-version-kk").trigger()
    assert tuple(w.view.panes) == ("ru", "en", "kk")
    assert w.release.languages == ("ru", "en", "kk")
    assert w.view.row_status(0, "kk") == "untranslated"
    kk = w.view.panes["kk"]
    kk.setFocus()
    kk.place_cursor(0, 0)
    type_text(kk, "Елшілік кино күнін өткізді.")
    assert w.release.rows[0].text("kk") == "Елшілік кино күнін өткізді."
    assert max_misalignment(w) < 1.0
    while w.release.languages != ("ru", "en") and w.view.undo_stack.canUndo():
        w.view.undo_stack.undo()
    assert tuple(w.view.panes) == ("ru", "en")
    assert w.release.rows[0].text("ru") == "Посольство провело день кино."
