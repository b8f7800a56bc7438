"""The checks panel: findings in the background, a click selects the text, Ignore is kept
through save and open."""

from editor.storage import load_release
from tests.gui.helpers import open_sample, type_text
from ui.main_window import MainWindow


def findings_shown(w):
    tree = w.checks.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(i)
        for j in range(parent.childCount()):
            out.append(parent.child(j))
    return out


def test_the_sample_shows_no_errors_or_warnings(qtbot):
    w = open_sample(qtbot)
    assert w.checks.wait()
    assert findings_shown(w) == []
    assert "Errors: 0 · Warnings: 0" in w.checks_label.text()
    w.checks.show_info.setChecked(True)  # the notes on straight quotes
    assert len(findings_shown(w)) == 5


def test_an_edit_is_checked_and_a_click_selects_the_text(qtbot):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.place_cursor(3, w.release.rows[3].text("en").index("95th"))
    en.textCursor().deleteChar()
    type_text(en, "8")  # 95th -> 85th
    assert w.release.rows[3].text("en").count("85th") == 1
    assert w.checks.wait()
    items = findings_shown(w)
    assert len(items) == 1
    f = items[0].data(0, 256)
    assert (f.code, f.pair, f.lang, f.text) == ("number.mismatch", 3, "en", "85th")
    w.view.panes["ru"].setFocus()
    w.checks._go(items[0])
    assert en.hasFocus() and en.textCursor().selectedText() == "85th"
    assert "Errors: 1" in w.checks_label.text()


def test_ignore_persists_through_save_and_open(qtbot, tmp_path, monkeypatch):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    text = w.release.rows[5].text("en")
    en.place_cursor(5, text.index("Producers, who") + len("Producers,"))
    qtbot.keyClicks(en, " and Marat Temirkhanov,")
    assert w.checks.wait()
    items = findings_shown(w)
    assert [i.data(0, 256).text for i in items] == ["Marat Temirkhanov"]
    w.checks.tree.setCurrentItem(items[0])
    w.checks.ignore_selected()
    assert w.checks.wait()
    assert findings_shown(w) == []
    path = tmp_path / "ignored.tandem"
    assert w._save_to(path)
    assert [i.text for i in load_release(path).ignored] == ["Marat Temirkhanov"]
    w.close()
    other = MainWindow()
    qtbot.addWidget(other, before_close_func=lambda x: x.setWindowModified(False))
    assert other.open_path(path)
    assert other.checks.wait()
    assert findings_shown(other) == []
    other.view.undo_stack.clear()


def test_filter_by_family(qtbot):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.place_cursor(1, 0)
    qtbot.keyClicks(en, "In 2024 ")
    assert w.checks.wait()
    assert len(findings_shown(w)) == 1
    w.checks.family.setCurrentIndex(w.checks.family.findData("spelling"))
    assert findings_shown(w) == []
    w.checks.family.setCurrentIndex(w.checks.family.findData("number"))
    assert len(findings_shown(w)) == 1


def test_registry_dialog_edits_are_used_by_the_next_check(qtbot):
    from editor.model import NameEntry
    from ui.registry_dialog import RegistryDialog

    w = open_sample(qtbot)
    assert w.checks.wait() and findings_shown(w) == []
    dialog = RegistryDialog(w.view, "", [], w)
    qtbot.addWidget(dialog)
    dialog._append(dialog.release_table, NameEntry("Санат Шапашов", "Sanat Shapashoff"))
    dialog.apply()
    assert w.release.names == [NameEntry("Санат Шапашов", "Sanat Shapashoff")]
    assert w.checks.wait()
    f = [i.data(0, 256) for i in findings_shown(w)]
    assert [(x.code, x.text, x.suggestions) for x in f] == [
        ("name.mismatch", "Sanat Shapashov", ["Sanat Shapashoff"])]
    w.view.undo_stack.undo()  # the entry goes: so does the finding
    assert w.checks.wait() and findings_shown(w) == []


def test_accepting_a_spelling_puts_it_in_the_registry(qtbot):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    text = w.release.rows[5].text("en")
    en.place_cursor(5, text.index("Depayfv") + len("Depay"))
    en.textCursor().deleteChar()
    qtbot.keyClicks(en, "ph")  # Depayfv -> Depayphv: a house spelling, say
    assert w.checks.wait()
    items = findings_shown(w)
    assert [(i.data(0, 256).code, i.data(0, 256).text) for i in items] == [
        ("name.mismatch", "Frank Depayphv")]
    w.checks.tree.setCurrentItem(items[0])
    assert w.checks.accept_button.isEnabled()
    w.checks.accept_selected()
    assert [(e.ru, e.en) for e in w.release.names] == [("Франк Депайфв", "Frank Depayphv")]
    assert w.checks.wait() and findings_shown(w) == []


def test_registry_dialog_in_both_languages(qtbot):
    from ui import i18n
    from ui.registry_dialog import RegistryDialog

    for lang, title in (("ru", "Реестр имён"), ("en", "Names registry")):
        i18n.install(lang)
        w = open_sample(qtbot)
        dialog = RegistryDialog(w.view, "", [], w)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == title
    i18n.install("en")


def test_findings_are_shown_in_the_interface_language(qtbot):
    from ui import i18n
    from ui.finding_text import describe

    i18n.install("ru")
    try:
        w = open_sample(qtbot)
        en = w.view.panes["en"]
        en.place_cursor(3, w.release.rows[3].text("en").index("95th"))
        en.textCursor().deleteChar()
        type_text(en, "8")
        assert w.checks.wait()
        (item,) = findings_shown(w)
        f = item.data(0, 256)
        assert describe(f) == "В переводе 85, а в оригинале 95"
        assert "В переводе 85" in item.text(0)
        assert str(f.message) == "The translation has 85 where the source has 95"  # the CLI's
    finally:
        i18n.install("en")


def test_the_filter_offers_every_family_in_the_interface_language(qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    from editor.checks.families import FAMILIES
    from ui import i18n

    w = open_sample(qtbot)
    combo = w.checks.family
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *FAMILIES]
    assert combo.itemText(7) == "Terms"
    try:
        i18n.install("ru")
        QCoreApplication.sendEvent(w.checks, QEvent(QEvent.Type.LanguageChange))
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Все проверки", "Орфография", "Имена", "Цифры", "Даты", "Без перевода",
            "Устаревшие", "Термины", "Пунктуация"]
    finally:
        i18n.install("en")


def test_the_finding_chosen_stays_chosen_while_other_rows_are_checked(qtbot):
    """Re-checking after an edit elsewhere keeps the panel as the user left it (the finding
    selected, the rows shown); a row split above only renumbers the rows below."""
    from PySide6.QtCore import Qt

    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.place_cursor(3, w.release.rows[3].text("en").index("95th"))
    en.textCursor().deleteChar()
    type_text(en, "8")  # 95th -> 85th
    assert w.checks.wait()
    chosen = findings_shown(w)[0]
    w.checks.tree.setCurrentItem(chosen)
    en.place_cursor(5, w.release.rows[5].text("en").index("Producers, who") + len("Producers,"))
    qtbot.keyClicks(en, " and Marat Temirkhanov,")
    assert w.checks.wait()
    items = findings_shown(w)
    assert [i.data(0, 256).text for i in items] == ["85th", "Marat Temirkhanov"]
    assert w.checks.tree.currentItem() is chosen
    assert [w.checks.tree.topLevelItem(i).text(0) for i in range(2)] == ["Row 4", "Row 6"]
    en.place_cursor(1, 0)
    qtbot.keyClick(en, Qt.Key.Key_Return)  # rows added above both
    assert w.checks.wait()
    tree = w.checks.tree  # the split left an empty paragraph on each side
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "Row 2", "Row 3", "Row 5", "Row 7"]
    assert w.checks.tree.currentItem() is chosen
    assert chosen.data(0, 256).pair == 4  # a click goes to the row where the text now is
    w.checks._go(chosen)
    assert en.textCursor().blockNumber() == 4 and en.textCursor().selectedText() == "85th"


def test_many_findings_are_added_a_few_rows_at_a_time(qtbot):
    """The first results of a long release come in hundreds of rows: the panel adds them
    over several turns of the event loop, so that a key pressed meanwhile does not wait."""
    from editor.checks.finding import Finding, Severity
    from ui.checks_panel import NEW_ROWS_A_TURN

    w = open_sample(qtbot)
    assert w.checks.wait()
    many = [Finding("stale", Severity.WARNING, i, "en", 0, 4, "Text", "changed", [], f"r{i}")
            for i in range(NEW_ROWS_A_TURN * 2 + 30)]
    w.checks.findings = many
    w.checks._show_results()
    tree = w.checks.tree
    assert tree.topLevelItemCount() == NEW_ROWS_A_TURN
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == len(many), timeout=3000)
    assert [tree.topLevelItem(i).text(0) for i in (0, len(many) - 1)] == [
        "Row 1", f"Row {len(many)}"]
    assert f"Warnings: {len(many)}" in w.checks_label.text()


def test_an_answer_arriving_while_rows_are_still_being_added_is_shown_exactly(qtbot):
    """The turns that add rows go on from where the last stopped, for the same answer only:
    a new answer in the middle (rows gone, rows new, a finding changed) is shown exactly."""
    from editor.checks.finding import Finding, Severity
    from ui.checks_panel import NEW_ROWS_A_TURN

    def finding(i, text="Text"):
        return Finding("stale", Severity.WARNING, i, "en", 0, 4, text, "changed", [], f"r{i}")

    w = open_sample(qtbot)
    assert w.checks.wait()
    tree = w.checks.tree
    w.checks.findings = [finding(i) for i in range(NEW_ROWS_A_TURN * 4)]
    w.checks._show_results()
    assert tree.topLevelItemCount() == NEW_ROWS_A_TURN
    # a new answer: the first ten rows gone, one changed, rows at the end new
    newer = [finding(i, "Changed" if i == NEW_ROWS_A_TURN + 5 else "Text")
             for i in range(10, NEW_ROWS_A_TURN * 4 + 20)]
    w.checks.findings = newer
    w.checks._show_results()
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == len(newer), timeout=3000)
    shown = [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).child(0).text(2))
             for i in range(tree.topLevelItemCount())]
    assert shown == [(f"Row {f.pair + 1}", f.text) for f in newer]
