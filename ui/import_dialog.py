"""The "Import versions" dialog: a Russian and an English file (text, DOCX or ODT), and a
Kazakh one if the release goes out in Kazakh too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


class ImportDialog(QDialog):
    def __init__(self, parent=None, folder: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import versions"))
        self._folder = folder
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Choose the Russian and the English version of the release "
                                   "(plain text or Word). A two-column Word table can be "
                                   "given alone as the Russian version. A Kazakh version is "
                                   "optional: it is aligned to the Russian, row by row.")))
        self.ru_edit = self._file_row(form, self.tr("&Russian:"))
        self.en_edit = self._file_row(form, self.tr("&English:"))
        self.kk_edit = self._file_row(form, self.tr("&Kazakh (optional):"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.ru_edit, self.en_edit):
            edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _file_row(self, form: QFormLayout, label: str) -> QLineEdit:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(row)
        edit.setMinimumWidth(380)
        browse = QPushButton(self.tr("Browse…"), row)
        browse.clicked.connect(lambda: self._browse(edit))
        box.addWidget(edit)
        box.addWidget(browse)
        form.addRow(label, row)
        return edit

    def _browse(self, edit: QLineEdit) -> None:
        start = edit.text() or self._folder
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a version"), start,
                                              self.tr("Text, Word or OpenDocument (*.txt *.text *.docx *.odt);;All files (*)"))
        if path:
            edit.setText(path)
            self._folder = str(Path(path).parent)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.ru_edit.text().strip() or self.en_edit.text().strip()))

    def paths(self) -> tuple[str | None, str | None]:
        return (self.ru_edit.text().strip() or None, self.en_edit.text().strip() or None)

    def more(self) -> dict[str, str]:
        """Versions beyond the two, by language code (the Kazakh one, if given)."""
        kk = self.kk_edit.text().strip()
        return {"kk": kk} if kk else {}
