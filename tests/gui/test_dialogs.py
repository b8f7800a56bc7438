"""Every dialog opens in both UI languages; the release details are saved and undoable."""

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from editor.model import Contact
from editor.storage import load_release
from tests.gui.helpers import open_sample
from ui import i18n
from ui.details_dialog import DetailsDialog
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

EXPECTED = {
    "ru": {"menu": "&Файл", "details": "Сведения о релизе", "settings": "Настройки",
           "import": "Импорт версий", "cancel": "Отмена", "pane": "Русский",
           "stats": "Переведено: 8 из 8 строк"},
    "en": {"menu": "&File", "details": "Release details", "settings": "Settings",
           "import": "Import versions", "cancel": "Cancel", "pane": "Russian",
           "stats": "Translated: 8 of 8 rows"},
}


@pytest.fixture
def ui_language(qapp):
    yield lambda lang: i18n.install(lang)
    i18n.install("en")


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_window_and_every_dialog_in_both_languages(qtbot, ui_language, lang):
    ui_language(lang)
    want = EXPECTED[lang]
    w = open_sample(qtbot)
    assert w.menuBar().actions()[0].text() == want["menu"]
    assert want["stats"] in w.stats_label.text()
    headers = [lbl.text() for lbl in w.view.findChildren(type(w.stats_label))]
    assert any(want["pane"] in h for h in headers)
    for dialog in (DetailsDialog(w.release.meta, w.release.languages, w),
                   SettingsDialog(w.settings, w.release.languages, w),
                   ImportDialog(w)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() in (want["details"], want["settings"], want["import"])
        box = dialog.findChild(QDialogButtonBox)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == want["cancel"]
        dialog.reject()


def test_plural_forms_in_the_status_bar(qtbot, ui_language):
    ui_language("ru")
    w = open_sample(qtbot)
    assert "Русский: 247 слов" in w.stats_label.text()
    ui_language("en")
    w._update_stats()
    assert "Russian: 247 words" in w.stats_label.text()


def test_release_details_are_edited_saved_and_undoable(qtbot, tmp_path, monkeypatch):
    w = open_sample(qtbot)
    dialog = DetailsDialog(w.release.meta, w.release.languages, w)
    qtbot.addWidget(dialog)
    assert dialog.has_date.isChecked()
    assert dialog.date_edit.date().toString("yyyy-MM-dd") == "2025-12-18"
    dialog.fields[("place", "ru")].setText("Брюссель")
    dialog.fields[("place", "en")].setText("Brussels")
    dialog.fields[("headline", "en")].setText("Days of Kazakh Cinema in Brussels")
    dialog.has_embargo.setChecked(True)
    dialog._add_contact(Contact("Press Service", "Embassy", "+32 2 000 00 00", "press@example.kz"))
    meta = dialog.metadata()
    assert meta.place == {"ru": "Брюссель", "en": "Brussels"}
    assert meta.embargo is not None and meta.embargo.tzinfo is not None
    w.view.change_metadata(meta)
    assert w.isWindowModified()
    path = tmp_path / "details.tandem"
    assert w._save_to(path)
    loaded = load_release(path)
    assert loaded.meta.place["ru"] == "Брюссель"
    assert loaded.meta.headline["en"] == "Days of Kazakh Cinema in Brussels"
    assert loaded.meta.contacts[0].email == "press@example.kz"
    assert loaded.meta.date == date(2025, 12, 18)
    w.view.undo_stack.undo()
    assert w.release.meta.place == {}
    assert w.isWindowModified()


def test_settings_are_applied_pane_order_font_autosave(qtbot):
    w = open_sample(qtbot)
    dialog = SettingsDialog(w.settings, w.release.languages, w)
    qtbot.addWidget(dialog)
    dialog.order.setCurrentIndex(1)
    dialog.font_size.setValue(15)
    dialog.autosave.setValue(45)
    dialog.apply()
    assert w.settings.pane_order == ("en", "ru")
    assert w.settings.font.pointSizeF() == 15
    assert w.settings.autosave_seconds == 45
    fresh = MainWindow()  # a new window (next start) picks them up
    qtbot.addWidget(fresh)
    assert list(fresh.view.panes) == ["en", "ru"]
    assert fresh.view.panes["en"].font().pointSizeF() == 15


def test_switching_the_ui_language_in_settings_applies_at_once(qtbot, ui_language):
    w = open_sample(qtbot)
    assert w.menuBar().actions()[0].text() == "&File"
    dialog = SettingsDialog(w.settings, w.release.languages, w)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.apply()
    i18n.install(w.settings.ui_language)
    qtbot.waitUntil(lambda: w.menuBar().actions()[0].text() == "&Файл", timeout=2000)
    assert "Переведено" in w.stats_label.text()
    assert w.windowTitle().startswith("Без имени")
    assert w.view.findChild(type(w.stats_label), "header-ru").text() == "<b>Русский</b>"
    w.action_merge.trigger()  # the rebuilt actions still work
    assert len(w.release.rows) == 7


def test_word_lists_dialog_edits_the_three_lists(qtbot, tmp_path):
    from ui.wordlists_dialog import WordListsDialog

    org = tmp_path / "org-words.txt"
    org.write_text("Astana\n", encoding="utf-8")
    w = open_sample(qtbot)
    w.settings.organisation_wordlist = str(org)
    w._apply_spelling_settings()
    dialog = WordListsDialog(w.view, w.settings, w)
    qtbot.addWidget(dialog)
    assert dialog.org_edit.toPlainText() == "Astana"
    dialog.release_edit.setPlainText("Kaldayakov\nШапашов\nҚұшақ")
    dialog.personal_edit.setPlainText("Zorbex")
    dialog.org_edit.setPlainText("Astana\nNur-Sultan")
    dialog.apply()
    assert w.release.words == {"en": ["Kaldayakov"], "ru": ["Шапашов"], "kk": ["Құшақ"]}
    assert w.view.spell.context.personal.path.read_text(encoding="utf-8") == "Zorbex\n"
    assert org.read_text(encoding="utf-8") == "Astana\nNur-Sultan\n"
    w.view.undo_stack.undo()  # the release's list is part of the release's history
    assert w.release.words == {}


@pytest.mark.parametrize("lang, title", [("ru", "Списки слов"), ("en", "Word lists")])
def test_word_lists_dialog_in_both_languages(qtbot, ui_language, lang, title):
    from ui.wordlists_dialog import WordListsDialog

    ui_language(lang)
    w = open_sample(qtbot)
    dialog = WordListsDialog(w.view, w.settings, w)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title


def test_the_embargo_keeps_its_time_zone_through_save_and_open(qtbot, tmp_path):
    from editor.export.dateline import embargo_line

    w = open_sample(qtbot)
    dialog = DetailsDialog(w.release.meta, w.release.languages, w)
    qtbot.addWidget(dialog)
    dialog.has_embargo.setChecked(True)
    dialog.embargo_edit.setDateTime(dialog.embargo_edit.dateTime().fromString(
        "2025-12-18 10:00", "yyyy-MM-dd HH:mm"))
    dialog.embargo_zone.setCurrentIndex(dialog.embargo_zone.findData("Europe/Brussels"))
    w.view.change_metadata(dialog.metadata())
    assert embargo_line(w.release.meta.embargo, "en") == "EMBARGOED UNTIL 18 December 2025, 10:00 CET"
    path = tmp_path / "embargo.tandem"
    assert w._save_to(path)
    loaded = load_release(path).meta.embargo
    assert embargo_line(loaded, "ru").endswith("10:00 (CET)")
    again = DetailsDialog(load_release(path).meta, w.release.languages, w)
    qtbot.addWidget(again)
    assert again.embargo_zone.currentData() == "Europe/Brussels"
    assert again.embargo_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2025-12-18 10:00"
