"""Large imports run off the UI thread: the window keeps answering, a progress dialog
offers Cancel, a cancelled import changes nothing, and a version past the size limit gets
its one-line reason in a dialog."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from editor.importers.release_builder import MAX_PARAGRAPHS
from tests.conftest import EN, RU
from tests.gui.helpers import open_sample, pane_texts


def _versions(tmp_path, n_ru: int, n_en: int):
    ru = [p for p in RU.read_text(encoding="utf-8").split("\n\n")[1:] if len(p) > 80]
    en = [p for p in EN.read_text(encoding="utf-8").split("\n\n")[1:] if len(p) > 80]
    paths = []
    for name, paras, n in (("big.ru.txt", ru, n_ru), ("big.en.txt", en, n_en)):
        path = tmp_path / name
        path.write_text("\n\n".join(f"{i}. {paras[i % len(paras)]}" for i in range(n)),
                        encoding="utf-8")
        paths.append(str(path))
    return paths


def test_a_large_import_keeps_the_window_answering(qtbot, tmp_path):
    w = open_sample(qtbot)
    ru, en = _versions(tmp_path, 3000, 2999)  # counts differ: the aligner runs
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    assert w.import_paths(ru, en)
    timer.stop()
    assert len(w.release.rows) >= 3000
    assert pane_texts(w, "ru")[0].startswith("0. ")
    assert len(ticks) >= 10  # the event loop ran all along (a tick every 20 ms)


def test_cancelling_an_import_changes_nothing(qtbot, tmp_path):
    w = open_sample(qtbot)
    before = pane_texts(w, "en")
    ru, en = _versions(tmp_path, 5000, 4990)
    clicked = []

    def press_cancel():
        dialog = getattr(w, "importer", None) and w.importer.dialog
        if dialog is not None and dialog.isVisible() and not clicked:
            button = dialog.findChild(QPushButton)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            clicked.append(dialog.labelText())
    poll = QTimer()
    poll.timeout.connect(press_cancel)
    poll.start(50)
    assert not w.import_paths(ru, en)
    poll.stop()
    assert clicked and "Importing" in clicked[0]
    assert pane_texts(w, "en") == before
    assert "cancelled" in w.statusBar().currentMessage()


def test_a_version_past_the_limit_is_refused_with_its_reason(qtbot, tmp_path, monkeypatch):
    w = open_sample(qtbot)
    ru, en = _versions(tmp_path, MAX_PARAGRAPHS + 1, 10)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    assert not w.import_paths(ru, en)
    assert len(said) == 1 and f"{MAX_PARAGRAPHS + 1:,} paragraphs" in said[0]
    assert len(w.release.rows) == 8
