"""Word lists: the release's own (saved in the .tandem file), the personal list (the user
data folder) and the organisation's shared list (a file chosen in Settings). One word per
line; import merges words from a text file, export writes one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.errors import TandemError
from editor.spelling import script_of
from editor.spelling.wordlists import export_words, read_words


class WordListsDialog(QDialog):
    def __init__(self, view, settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Word lists"))
        self.view, self.settings = view, settings
        context = view.spell.context
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Words in these lists are never marked as misspelt. "
                                        "One word per line.")))
        self.tabs = QTabWidget()
        release_words = sorted({w for ws in view.release.words.values() for w in ws}, key=str.casefold)
        self.release_edit = self._tab(self.tr("This release"), release_words,
                                      self.tr("Saved with the release."))
        self.personal_edit = self._tab(self.tr("Personal"), sorted(context.personal.words, key=str.casefold),
                                       str(context.personal.path or ""))
        org_path = context.organisation.path
        self.org_edit = self._tab(self.tr("Organisation"), sorted(context.organisation.words, key=str.casefold),
                                  str(org_path) if org_path else self.tr(
                                      "No organisation list: choose its file in Settings."))
        self.org_edit.setReadOnly(org_path is None)
        layout.addWidget(self.tabs)
        buttons = QHBoxLayout()
        imp, exp = QPushButton(self.tr("&Import…")), QPushButton(self.tr("&Export…"))
        imp.clicked.connect(self._import)
        exp.clicked.connect(self._export)
        buttons.addWidget(imp)
        buttons.addWidget(exp)
        buttons.addStretch()
        layout.addLayout(buttons)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(520, 460)

    def _tab(self, title: str, words: list[str], note: str) -> QPlainTextEdit:
        page = QWidget()
        box = QVBoxLayout(page)
        edit = QPlainTextEdit("\n".join(words))
        box.addWidget(edit)
        label = QLabel(note)
        label.setWordWrap(True)
        box.addWidget(label)
        self.tabs.addTab(page, title)
        return edit

    def _current(self) -> QPlainTextEdit:
        return [self.release_edit, self.personal_edit, self.org_edit][self.tabs.currentIndex()]

    @staticmethod
    def words_of(edit: QPlainTextEdit) -> list[str]:
        return [w.strip() for w in edit.toPlainText().splitlines() if w.strip()]

    def _import(self) -> None:
        edit = self._current()
        if edit.isReadOnly():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import words"), "",
                                              self.tr("Word lists (*.txt *.dic);;All files (*)"))
        if not path:
            return
        try:
            new = read_words(Path(path))
        except TandemError as err:
            QMessageBox.warning(self, self.tr("Cannot import"), str(err))
            return
        words = sorted(set(self.words_of(edit)) | set(new), key=str.casefold)
        edit.setPlainText("\n".join(words))

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export words"), "words.txt",
                                              self.tr("Word lists (*.txt);;All files (*)"))
        if not path:
            return
        try:
            export_words(self.words_of(self._current()), Path(path))
        except TandemError as err:
            QMessageBox.warning(self, self.tr("Cannot export"), str(err))

    def apply(self) -> None:
        context = self.view.spell.context
        by_lang: dict[str, list[str]] = {}
        for word in self.words_of(self.release_edit):
            by_lang.setdefault(script_of(word) or "en", []).append(word)
        if by_lang != self.view.release.words:
            self.view.change_release_words(by_lang)
        try:
            context.personal.replace_all(self.words_of(self.personal_edit))
            if context.organisation.path is not None:
                context.organisation.replace_all(self.words_of(self.org_edit))
        except TandemError as err:
            QMessageBox.warning(self, self.tr("Cannot save the word list"), str(err))
        self.view.spell.recheck_all()
