import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the suite: one a test does not expect is
    answered with Cancel, and the test then fails naming it (a test that expects a dialog
    patches QMessageBox itself, or empties this list after reading it)."""
    seen: list = []

    def record(kind):
        def answer(*args, **kwargs):
            seen.append((kind, args[1:3]))
            return QMessageBox.StandardButton.Cancel
        return answer

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    yield seen
    assert not seen, f"unexpected message boxes: {seen}"


@pytest.fixture(autouse=True)
def fresh_settings(qapp, tmp_path, monkeypatch):
    """Each test starts with default settings, no organisation profile and an empty user
    data folder (personal word list, untitled recovery files)."""
    from PySide6.QtCore import QSettings

    from editor.profile import default_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    QSettings().clear()
    default_path().unlink(missing_ok=True)
    yield
    QSettings().clear()
    default_path().unlink(missing_ok=True)
