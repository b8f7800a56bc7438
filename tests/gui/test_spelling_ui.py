"""Spelling as you type, with the real dictionaries."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.helpers import open_sample, pane_texts, type_text


def underlined(pane) -> list[str]:
    return [s.cursor.selectedText() for s in pane.extraSelections()]


def settle(qtbot, w):
    spell = w.view.spell
    qtbot.waitUntil(lambda: not spell.busy, timeout=10000)
    spell.wait()


def test_the_sample_has_no_underlines(qtbot):
    w = open_sample(qtbot)
    settle(qtbot, w)
    assert all(underlined(p) == [] for p in w.view.panes.values())
    assert len(w.view.spell.results) == 16  # every paragraph was checked


def test_a_typo_is_underlined_after_the_pause_and_goes_when_fixed(qtbot):
    w = open_sample(qtbot)
    settle(qtbot, w)
    pane = w.view.panes["en"]
    pane.setFocus()
    pane.place_cursor(2, 0)
    qtbot.keyClicks(pane, "Yesterdy ")
    assert underlined(pane) == []  # not while typing: the check waits for a pause
    settle(qtbot, w)
    assert underlined(pane) == ["Yesterdy"]
    # fix it: the underline goes
    pane.place_cursor(2, 7)
    qtbot.keyClicks(pane, "a")
    settle(qtbot, w)
    assert pane_texts(w, "en")[2].startswith("Yesterday The screenings")
    assert underlined(pane) == []


def test_typing_in_one_version_leaves_the_other_versions_underline_until_it_is_checked(qtbot):
    """The Russian typo of a row stays underlined while the English of that row is typed in
    (its text has not moved; it is checked again after the pause, as a name there may now
    have its counterpart), and is still underlined after that check."""
    w = open_sample(qtbot)
    settle(qtbot, w)
    ru, en = w.view.panes["ru"], w.view.panes["en"]
    ru.setFocus()
    ru.place_cursor(2, 0)
    type_text(ru, "Вчира ")
    en.setFocus()  # the cursor leaves the Russian word
    settle(qtbot, w)
    assert underlined(ru) == ["Вчира"]
    en.place_cursor(2, 0)
    qtbot.keyClicks(en, "Meanwhile ")
    qtbot.wait(60)  # the redraws of this turn done; the check waits for the pause (350 ms)
    assert underlined(ru) == ["Вчира"] and w.view.spell.busy  # kept while the row waits
    settle(qtbot, w)
    assert underlined(ru) == ["Вчира"] and underlined(en) == []


def test_the_word_being_typed_is_not_underlined(qtbot):
    w = open_sample(qtbot)
    settle(qtbot, w)
    ru = w.view.panes["ru"]
    ru.setFocus()
    ru.place_cursor(1, len(w.release.rows[1].text("ru")))
    type_text(ru, " Вчер")  # half a word at the end, the cursor right after it
    settle(qtbot, w)
    assert underlined(ru) == []
    qtbot.keyClick(ru, Qt.Key.Key_Home)  # the cursor leaves the word: now it is a typo
    qtbot.waitUntil(lambda: underlined(ru) == ["Вчер"], timeout=1000)  # at the next redraw


def test_suggestion_replaces_the_word_in_one_undo_step(qtbot):
    w = open_sample(qtbot)
    settle(qtbot, w)
    ru = w.view.panes["ru"]
    ru.setFocus()
    ru.place_cursor(2, 0)
    type_text(ru, "Предствители ")
    ru.place_cursor(0, 0)
    settle(qtbot, w)
    assert underlined(ru) == ["Предствители"]
    from ui.spell_menu import build_context_menu

    block = ru.document().findBlockByNumber(2)
    cursor = ru.textCursor()
    cursor.setPosition(block.position() + 3)
    pos = ru.cursorRect(cursor).center()
    menu = build_context_menu(w.view, ru, pos)
    qtbot.waitUntil(lambda: menu.actions()[0].text() == "Представители", timeout=5000)
    texts = [a.text() for a in menu.actions()]
    assert "Add to the release dictionary" in texts and "Ignore all" in texts
    before = pane_texts(w, "ru")[2]
    menu.actions()[0].trigger()
    assert pane_texts(w, "ru")[2].startswith("Представители Кинопоказы")
    settle(qtbot, w)
    assert underlined(ru) == []
    w.view.undo_stack.undo()
    assert pane_texts(w, "ru")[2] == before  # one step back: the typo, not half of it
    w.view.undo_stack.undo()
    assert pane_texts(w, "ru")[2].startswith("Кинопоказы")


def test_add_to_the_release_dictionary_removes_the_underline_and_is_saved(qtbot, tmp_path):
    w = open_sample(qtbot)
    settle(qtbot, w)
    en = w.view.panes["en"]
    en.place_cursor(0, 0)
    qtbot.keyClicks(en, "Tandemio ")
    en.place_cursor(1, 0)
    settle(qtbot, w)
    assert underlined(en) == ["Tandemio"]
    w.view.add_release_word("en", "Tandemio")
    settle(qtbot, w)
    assert underlined(en) == []
    assert w._save_to(tmp_path / "r.tandem")
    from editor.storage import load_release

    assert load_release(tmp_path / "r.tandem").words == {"en": ["Tandemio"]}
    w.view.undo_stack.undo()  # the word leaves the list: the underline is back
    settle(qtbot, w)
    assert underlined(en) == ["Tandemio"]


def test_personal_dictionary_and_ignore_all(qtbot):
    w = open_sample(qtbot)
    settle(qtbot, w)
    en = w.view.panes["en"]
    en.place_cursor(0, 4)
    qtbot.keyClicks(en, "zorbex quxly ")
    en.place_cursor(1, 0)
    settle(qtbot, w)
    assert underlined(en) == ["zorbex", "quxly"]
    w.view.add_personal_word("zorbex")
    w.view.ignore_word("quxly")
    settle(qtbot, w)
    assert underlined(en) == []
    path = w.view.spell.context.personal.path
    assert "zorbex" in path.read_text(encoding="utf-8")


def test_f7_goes_to_the_next_and_previous_misspelling(qtbot):
    w = open_sample(qtbot)
    settle(qtbot, w)
    ru, en = w.view.panes["ru"], w.view.panes["en"]
    ru.place_cursor(5, len(w.release.rows[5].text("ru")))
    type_text(ru, " ошибкаа")
    en.place_cursor(1, 0)
    qtbot.keyClicks(en, "Misstake ")
    settle(qtbot, w)
    en.setFocus()
    en.place_cursor(0, 0)
    qtbot.keyClick(en, Qt.Key.Key_F7)
    assert w.view.active_pane().textCursor().selectedText() == "Misstake"
    qtbot.keyClick(w.view.active_pane(), Qt.Key.Key_F7)
    assert w.view.active_pane().lang == "ru"
    assert w.view.active_pane().textCursor().selectedText() == "ошибкаа"
    qtbot.keyClick(w.view.active_pane(), Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert w.view.active_pane().textCursor().selectedText() == "Misstake"


def test_spelling_can_be_switched_off(qtbot):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.place_cursor(0, 0)
    qtbot.keyClicks(en, "Wrnog ")
    en.place_cursor(1, 0)
    settle(qtbot, w)
    assert underlined(en) == ["Wrnog"]
    w.action_spelling.trigger()
    assert underlined(en) == [] and not w.settings.spelling_enabled
    w.action_spelling.trigger()
    settle(qtbot, w)
    assert underlined(en) == ["Wrnog"]


def test_missing_dictionary_is_shown_and_explained(qtbot, monkeypatch):
    import enchant

    class NoKazakh(enchant.Dict):
        def __init__(self, tag=None, *args):
            if tag == "kk_KZ":
                raise enchant.errors.DictNotFoundError("no kk")
            super().__init__(tag, *args)

    monkeypatch.setattr(enchant, "Dict", NoKazakh)
    listed = enchant.Broker.list_dicts  # what the window asks, without loading a dictionary
    monkeypatch.setattr(enchant.Broker, "list_dicts",
                        lambda self: [(t, p) for t, p in listed(self) if t != "kk_KZ"])
    w = open_sample(qtbot)
    settle(qtbot, w)
    assert w.spelling_label.isVisible() or w.spelling_label.text()
    assert "missing" in w.spelling_label.text()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text: shown.append(text))
    w.spelling_label.linkActivated.emit("missing")
    assert "hunspell-kk" in shown[0] and "Kazakh dictionary" in shown[0]
    # the app still works and still checks Russian and English
    en = w.view.panes["en"]
    en.place_cursor(0, 0)
    qtbot.keyClicks(en, "Wrnog ")
    en.place_cursor(1, 0)
    settle(qtbot, w)
    assert underlined(en) == ["Wrnog"]


def test_context_menu_without_a_typo_has_the_usual_entries(qtbot):
    from ui.spell_menu import build_context_menu

    w = open_sample(qtbot)
    settle(qtbot, w)
    en = w.view.panes["en"]
    menu = build_context_menu(w.view, en, QPoint(20, 10))
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert any("Copy" in t for t in texts)
    assert not any("Undo" in t for t in texts)


def test_the_window_carries_on_when_the_checks_process_dies(qtbot):
    """Spelling and checks run in a process of their own: killed (out of memory, say), it is
    started again with the whole release, and underlines and findings come back."""
    import signal

    from editor.checks.client import SERVER

    w = open_sample(qtbot)
    settle(qtbot, w)
    assert w.checks.wait()
    SERVER._proc.send_signal(signal.SIGKILL)
    pane = w.view.panes["en"]
    pane.setFocus()
    pane.place_cursor(2, 0)
    qtbot.keyClicks(pane, "Yesterdy ")
    qtbot.waitUntil(lambda: underlined(pane) == ["Yesterdy"], timeout=30000)
    assert w.checks.wait()
    assert any(f.text == "Yesterdy" for f in w.checks.findings)
    assert SERVER.alive


_WHO_IMPORTS_ENCHANT = r"""
import sys, threading, time
sys.path.insert(0, {root!r})
who = []
class Spy:
    def find_spec(self, name, path=None, target=None):
        if name == "enchant":
            who.append(threading.current_thread().name)
        return None
sys.meta_path.insert(0, Spy())
from ui.app import create_app
app = create_app()
from ui.main_window import MainWindow
w = MainWindow()
w.show()
w.import_paths({ru!r}, {en!r})
end = time.monotonic() + 60
while not who and time.monotonic() < end:  # until someone imports it
    app.processEvents()
    time.sleep(0.005)
w.view.spell.wait()
app.processEvents()
print(who)
w.setWindowModified(False)
"""


def test_the_window_process_imports_enchant_off_its_ui_thread(tmp_path):
    """The spelling status asks which dictionaries are missing, which imports enchant in the
    window's process (25-40 ms): on a thread of its own soon after the window is up, not on
    the UI thread at the first spelling answer, while the user may be typing."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tests.conftest import EN, RU

    root = str(Path(__file__).resolve().parents[2])
    code = _WHO_IMPORTS_ENCHANT.format(root=root, ru=str(RU), en=str(EN))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "['spelling-probe-import']", out.stdout
