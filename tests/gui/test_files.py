"""Files as users expect: recovery after a crash (a real killed process), the file changed
by another program, recent files, drag and drop, the title and its modified marker."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from editor.importers.release_builder import import_release
from editor.storage import load_release, recovery, save_release
from tests.conftest import EN, RU
from tests.gui.helpers import open_sample, pane_texts
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def run_and_crash(target: str, text: str) -> str:
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "gui" / "crash_driver.py"),
                           target, text], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stdout, proc.stderr)
    assert "autosaved" in proc.stdout
    return proc.stdout


def window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.setWindowModified(False))
    w.show()
    return w


def test_a_killed_process_work_is_offered_back_at_the_next_start(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "release.tandem"
    save_release(import_release(RU, EN).release, path)
    on_disk = path.read_bytes()
    run_and_crash(str(path), "UNSAVED WORDS ")
    assert path.read_bytes() == on_disk  # autosave never writes over the release
    assert recovery.find_for(path) is not None
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    w = window(qtbot)
    assert w.open_path(path)
    assert asked and "not saved" in asked[-1] and "release.tandem" in asked[-1]
    assert pane_texts(w, "en")[0].startswith("UNSAVED WORDS The Embassy")
    assert w.isWindowModified()  # recovered, not yet saved
    assert w._save_to(path)
    assert load_release(path).rows[0].text("en").startswith("UNSAVED WORDS")
    assert recovery.find_for(path) is None  # a clean save removes the recovery copy


def test_declining_the_recovery_discards_it(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "release.tandem"
    save_release(import_release(RU, EN).release, path)
    run_and_crash(str(path), "LOST ")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    w = window(qtbot)
    assert w.open_path(path)
    assert pane_texts(w, "en")[0].startswith("The Embassy")
    assert recovery.find_for(path) is None


def test_an_untitled_release_is_recovered_too(qtbot, monkeypatch):
    for old in recovery.untitled_recoveries():
        old.path.unlink()
    run_and_crash("--sample", "UNTITLED WORK ")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    w = window(qtbot)
    assert w.offer_untitled_recovery()
    assert pane_texts(w, "en")[0].startswith("UNTITLED WORK The Embassy")
    assert w.path is None and w.isWindowModified()
    w.setWindowModified(False)
    w.close()  # closing (the user decided) removes the recovery copy
    assert recovery.untitled_recoveries() == []


def test_a_change_on_disk_by_another_program_is_noticed(qtbot, tmp_path, monkeypatch):
    w = open_sample(qtbot)
    path = tmp_path / "release.tandem"
    assert w._save_to(path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda p, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    other = load_release(path)
    other.rows[0].paragraphs["en"].text = "Changed elsewhere."
    save_release(other, path)  # an atomic replace, as another Tandem or a sync tool does
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "changed by another program" in asked[0]
    assert pane_texts(w, "en")[0] == "Changed elsewhere."
    # our own saves are not reported: after ours, only the next change by another program is
    asked.clear()
    pane = w.view.panes["en"]
    pane.place_cursor(1, 0)
    qtbot.keyClicks(pane, "Ours ")
    assert w._save_to(path)
    other = load_release(path)
    other.rows[2].paragraphs["en"].text = "Changed elsewhere again."
    save_release(other, path)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert len(asked) == 1 and pane_texts(w, "en")[2] == "Changed elsewhere again."
    assert pane_texts(w, "en")[1].startswith("Ours ")


def test_recent_files_and_the_title(qtbot, tmp_path):
    w = open_sample(qtbot)
    assert w.windowTitle() == "Untitled[*] — Tandem" and w.isWindowModified()
    path = tmp_path / "kazakh.tandem"
    assert w._save_to(path)
    assert w.windowTitle() == "kazakh.tandem[*] — Tandem" and not w.isWindowModified()
    assert w.settings.recent_files[0] == str(path.resolve())
    w._fill_recent()
    assert [a.text() for a in w.recent_menu.actions()][0] == str(path.resolve())
    pane = w.view.panes["en"]
    pane.place_cursor(0, 0)
    qtbot.keyClicks(pane, "x")
    assert w.isWindowModified()
    w.view.undo_stack.undo()  # back to the saved text: no longer modified
    assert not w.isWindowModified()


def test_dropping_two_versions_imports_them_whatever_the_order(qtbot):
    w = window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(EN)), QUrl.fromLocalFile(str(RU))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    assert pane_texts(w, "ru")[0].startswith("Посольство")
    assert pane_texts(w, "en")[0].startswith("The Embassy")


def test_dropping_a_release_opens_it(qtbot, tmp_path):
    path = tmp_path / "dropped.tandem"
    save_release(import_release(RU, EN).release, path)
    w = window(qtbot)
    w.open_dropped([str(path)])
    assert w.path == path.resolve() and len(w.release.rows) == 8


def test_typing_that_never_pauses_is_autosaved_up_to_the_last_autosave(tmp_path):
    """A kill -9 while typing without a pause (one undo step all along) loses nothing
    typed before the last autosave: at most one autosave interval of typing."""
    path = tmp_path / "release.tandem"
    save_release(import_release(RU, EN).release, path)
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "gui" / "typing_crash_driver.py"),
                           str(path), "3", "25"], capture_output=True, text=True, timeout=90,
                          cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == -signal.SIGKILL, (proc.stdout, proc.stderr)
    typed = int(proc.stdout.split()[1])
    assert typed > 40  # three autosaves a second apart, a key every 25 ms
    found = recovery.find_for(path)
    assert found is not None
    text = found.load().rows[0].text("en")
    from tests.gui.typing_crash_driver import TEXT

    assert text.startswith(TEXT[:typed]) and text[typed:].startswith("The Embassy")


def test_a_failed_autosave_is_tried_again_until_it_succeeds(qtbot, tmp_path, monkeypatch):
    w = open_sample(qtbot)
    assert w._save_to(tmp_path / "release.tandem")
    pane = w.view.panes["en"]
    pane.place_cursor(0, 0)
    qtbot.keyClicks(pane, "Typed ")
    real = recovery.write_recovery_bytes
    failures = []

    def full_disk(data, target):
        if len(failures) < 2:
            failures.append(target)
            raise OSError(28, "No space left on device")
        return real(data, target)
    monkeypatch.setattr(recovery, "write_recovery_bytes", full_disk)
    assert not w.guard.autosave()
    assert "No space left" in w.statusBar().currentMessage()
    assert not w.guard.autosave()  # the same text: still tried, still failing
    assert w.guard.autosave()  # space is free again
    assert recovery.find_for(w.path).load().rows[0].text("en").startswith("Typed The Embassy")
    assert not w.guard.autosave()  # nothing new since: nothing written


def test_a_libreoffice_odt_and_docx_dropped_say_what_was_left_out(qtbot):
    """Dropped onto the window like any two versions: the status bar says which tracked
    changes were accepted and what was not imported."""
    office = Path(__file__).resolve().parents[1] / "data" / "office"
    for ru in ("draft.ru.odt", "draft.ru.docx"):
        w = window(qtbot)
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(office / ru)),
                      QUrl.fromLocalFile(str(office / "draft.en.txt"))])
        w.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        assert pane_texts(w, "ru")[1] == ("Посольство Республики Казахстан провело Дни "
                                          "казахского кино в Брюсселе.")
        message = w.statusBar().currentMessage()
        assert "tracked change(s) accepted; 1 comment(s) and 1 footnote(s) not imported" in message
        assert "a table of 3 column(s) became 3 paragraph(s)" in message


def test_the_rows_of_a_release_no_longer_shown_are_let_go(qtbot, tmp_path):
    """After typing (an autosave made) and opening another release, nothing in the window
    keeps the first release's rows — not the autosave's copies, not the import that read
    it: a window open all day does not grow with every release it showed."""
    import gc
    import weakref

    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.setFocus()
    en.place_cursor(1, 0)
    qtbot.keyClicks(en, "Edited ")
    assert w.guard.autosave_in_background()
    qtbot.waitUntil(lambda: not w.guard._running, timeout=5000)
    assert w.checks.wait()
    first = [weakref.ref(row) for row in w.release.rows]
    other = tmp_path / "other.tandem"
    save_release(import_release(RU, EN).release, other)
    w.setWindowModified(False)
    w.view.undo_stack.setClean()
    w.open_path(other)
    assert w.checks.wait()
    gc.collect()
    assert [r for r in first if r() is not None] == []
