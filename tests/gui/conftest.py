import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the suite: any a test does not expect is
    recorded and answered with Cancel (tests that expect one patch it themselves)."""
    seen = []

    def record(kind):
        def answer(*args, **kwargs):
            seen.append((kind, args[1:3]))
            return QMessageBox.StandardButton.Cancel
        return answer

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    return seen
