"""The first window on the sample release (pytest-qt, offscreen)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from editor.storage import load_release
from tests.conftest import EN, RU
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.setWindowModified(False))
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.import_paths(str(RU), str(EN))
    return w


def pane_texts(w, lang):
    pane = w.view.panes[lang]
    return [pane.paragraph(i).text for i in range(pane.row_count())]


def test_window_shows_eight_paragraphs_per_language_with_the_right_first_words(window):
    ru, en = pane_texts(window, "ru"), pane_texts(window, "en")
    assert len(ru) == 8 and len(en) == 8
    assert ru[0].startswith("Посольство Республики Казахстан")
    assert en[0].startswith("The Embassy of the Republic")
    assert ru[7].startswith("Мероприятие стало заметным вкладом")
    assert en[7].startswith("The event made a notable contribution")
    assert not any("Рассказать" in t for t in ru) and not any("Tell a friend" in t for t in en)
    assert window.isWindowModified()  # imported, not saved yet


def test_typing_goes_into_the_model(window, qtbot):
    pane = window.view.panes["en"]
    pane.place_cursor(1, 0)
    qtbot.keyClicks(pane, "New: ")
    assert window.release.rows[1].text("en").startswith("New: Belgian audiences")
    assert len(window.release.rows) == 8


def test_enter_splits_the_row_in_that_language_and_backspace_merges_it_back(window, qtbot):
    pane = window.view.panes["ru"]
    original = window.release.rows[3].text("ru")
    offset = original.index("Музыкальное наследие")
    pane.place_cursor(3, offset)
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert len(window.release.rows) == 9
    assert pane_texts(window, "ru")[4].startswith("Музыкальное наследие")
    assert pane_texts(window, "en")[4] == ""  # the new row's partner is empty
    assert window.view.panes["en"].row_count() == 9
    assert pane.cursor_row() == 4
    qtbot.keyClick(pane, Qt.Key.Key_Backspace)
    assert len(window.release.rows) == 8
    assert window.release.rows[3].text("ru") == original
    assert pane_texts(window, "en") == [r.text("en") for r in window.release.rows]


def test_a_selection_across_rows_cannot_delete_a_row(window, qtbot):
    pane = window.view.panes["en"]
    cursor = pane.textCursor()
    cursor.setPosition(pane.document().findBlockByNumber(0).position() + 5)
    cursor.setPosition(pane.document().findBlockByNumber(2).position() + 5, cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    qtbot.keyClicks(pane, "x")
    assert pane.row_count() == 8 and len(window.release.rows) == 8
    assert "across rows" in window.statusBar().currentMessage()


def test_save_and_open_round_trip(window, qtbot, tmp_path):
    pane = window.view.panes["en"]
    pane.place_cursor(0, 0)
    qtbot.keyClicks(pane, "Brussels: ")
    path = tmp_path / "release.tandem"
    assert window._save_to(path)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("release.tandem")
    saved = load_release(path)
    assert saved.rows[0].text("en").startswith("Brussels: The Embassy")
    window.close()  # closing releases the lock
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.open_path(path)
    assert pane_texts(other, "en")[0].startswith("Brussels: The Embassy")
    assert len(pane_texts(other, "ru")) == 8


def test_a_second_window_on_the_same_release_is_warned(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "release.tandem"
    assert window._save_to(path)
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    other = MainWindow()
    qtbot.addWidget(other)
    assert not other.open_path(path)
    assert asked and "already open" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Open)
    assert other.open_path(path)


def test_closing_with_unsaved_changes_asks(window, monkeypatch):
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()  # cancelled: the window stays open
    assert asked and window.isVisible()


def test_opening_a_damaged_file_shows_the_reason_and_keeps_the_release(window, monkeypatch, tmp_path):
    bad = tmp_path / "bad.tandem"
    bad.write_text("<tandem")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not window.open_path(bad)
    assert shown and "bad.tandem" in shown[0]
    assert len(window.release.rows) == 8 and pane_texts(window, "ru")[0].startswith("Посольство")


def test_the_window_keeps_no_copy_of_the_programs_source(qtbot):
    """PySide6 reads every module imported after it to look for __feature__ options, and
    Python's line cache kept them (4.7 MB of the window's process): gone once the window
    is up."""
    import linecache

    from ui import release_view

    linecache.getlines(release_view.__file__)  # as PySide6's import hook leaves it
    assert release_view.__file__ in linecache.cache
    w = MainWindow()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not [f for f in linecache.cache if "/ui/" in f or "/editor/" in f],
                    timeout=3000)
