"""The main window: the two panes, the File menu, the title with a modified marker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from editor.errors import TandemError
from editor.importers.release_builder import import_release
from editor.model import Release, Role
from editor.storage import load_release, save_release
from ui.import_dialog import ImportDialog
from ui.release_view import ReleaseView

TANDEM_FILTER = "Tandem releases (*.tandem);;All files (*)"


def new_release() -> Release:
    """An empty release with the rows every press release has."""
    release = Release()
    for role in (Role.HEADLINE, Role.LEAD, Role.BODY, Role.BOILERPLATE):
        release.rows.append(release.new_row(role=role))
    return release


class MainWindow(QMainWindow):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.path: Path | None = None
        self.view = ReleaseView(self)
        self.setCentralWidget(self.view)
        self.view.modified.connect(lambda: self.setWindowModified(True))
        self.view.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self._make_menus()
        self.set_release(new_release(), None)

    # --- menus ------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _make_menus(self) -> None:
        m = self.menuBar().addMenu(self.tr("&File"))
        self.action_new = self._action(m, self.tr("&New"), self.new_file, QKeySequence.StandardKey.New)
        self.action_open = self._action(m, self.tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open)
        self.action_import = self._action(m, self.tr("&Import both versions…"), self.import_files, "Ctrl+I")
        m.addSeparator()
        self.action_save = self._action(m, self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.action_save_as = self._action(m, self.tr("Save &As…"), self.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        m.addSeparator()
        self.action_quit = self._action(m, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

    # --- state ------------------------------------------------------------------------

    @property
    def release(self) -> Release:
        return self.view.release

    def set_release(self, release: Release, path: Path | None) -> None:
        self.view.set_release(release)
        self.path = path
        self.setWindowModified(False)
        self._update_title()
        if release.rows:
            first = self.view.panes[release.source_lang]
            first.setFocus()
            first.place_cursor(0)

    def _update_title(self) -> None:
        name = self.path.name if self.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — Tandem")

    def _error(self, title: str, err: Exception) -> None:
        QMessageBox.warning(self, title, str(err))

    def _maybe_keep_changes(self) -> bool:
        """True when it is fine to drop the current release (saved, or the user said so)."""
        if not self.isWindowModified():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The release has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _folder(self) -> str:
        return str(self.path.parent) if self.path else str(Path.cwd())

    # --- commands ---------------------------------------------------------------------

    def new_file(self) -> None:
        if self._maybe_keep_changes():
            self.set_release(new_release(), None)

    def open_file(self) -> None:
        if not self._maybe_keep_changes():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open release"), self._folder(),
                                              self.tr(TANDEM_FILTER))
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        try:
            release = load_release(path)
        except TandemError as err:
            self._error(self.tr("Cannot open the release"), err)
            return False
        self.set_release(release, Path(path).resolve())
        return True

    def import_files(self) -> None:
        if not self._maybe_keep_changes():
            return
        dialog = ImportDialog(self, self._folder())
        if dialog.exec():
            self.import_paths(*dialog.paths())

    def import_paths(self, ru: str | None, en: str | None) -> bool:
        try:
            result = import_release(ru, en)
        except TandemError as err:
            self._error(self.tr("Cannot import"), err)
            return False
        self.set_release(result.release, None)
        self.setWindowModified(True)  # imported, not yet saved
        rows = len(result.release.rows)
        note = self.tr("Imported %n row(s)", "", rows)
        self.statusBar().showMessage("; ".join([note, *result.warnings]), 10000)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        start = str(self.path) if self.path else str(Path(self._folder()) / "release.tandem")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save release as"), start,
                                              self.tr(TANDEM_FILTER))
        if not path:
            return False
        if not path.endswith(".tandem"):
            path += ".tandem"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            save_release(self.release, path)
        except TandemError as err:
            self._error(self.tr("Cannot save"), err)
            return False
        self.path = path.resolve()
        self.setWindowModified(False)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def closeEvent(self, event) -> None:
        if self._maybe_keep_changes():
            event.accept()
        else:
            event.ignore()
