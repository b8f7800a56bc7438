"""Find and Replace across both panes (Ctrl+F, Ctrl+H, F3): per language, match case,
whole words, regular expressions; Replace All is one undo step. The search itself is
editor/find.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from editor.find import Match, PatternError, Query, expand, find_all, replace_all
from ui.undo_commands import RemembersTranslations


class FindDialog(RemembersTranslations, QDialog):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.setObjectName("find-dialog")
        self.setModal(False)
        self.find_edit = QLineEdit()
        self.replace_edit = QLineEdit()
        self.scope = QComboBox()
        self.match_case = QCheckBox()
        self.whole_word = QCheckBox()
        self.regex = QCheckBox()
        self.status = QLabel()
        self.find_button = QPushButton()
        self.replace_button = QPushButton()
        self.replace_all_button = QPushButton()
        self.close_button = QPushButton()
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(lambda: self.find_next(1))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_every)
        self.close_button.clicked.connect(self.close)
        self.find_edit.textChanged.connect(lambda: self.status.clear())

        form = QFormLayout()
        self.find_label, self.replace_label = QLabel(), QLabel()
        self.find_label.setBuddy(self.find_edit)
        self.replace_label.setBuddy(self.replace_edit)
        self.scope_label = QLabel()
        self.scope_label.setBuddy(self.scope)
        form.addRow(self.find_label, self.find_edit)
        form.addRow(self.replace_label, self.replace_edit)
        form.addRow(self.scope_label, self.scope)
        options = QHBoxLayout()
        for box in (self.match_case, self.whole_word, self.regex):
            options.addWidget(box)
        options.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.find_button, self.replace_button, self.replace_all_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        from ui.release_view import language_name

        self.setWindowTitle(self.tr("Find and Replace"))
        self.find_label.setText(self.tr("&Find:"))
        self.replace_label.setText(self.tr("Replace &with:"))
        self.scope_label.setText(self.tr("&In:"))
        current = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("Both languages"), "")
        for lang in (self.view.release.languages if self.view.release else ()):
            self.scope.addItem(language_name(lang), lang)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))
        self.match_case.setText(self.tr("Match &case"))
        self.whole_word.setText(self.tr("W&hole words"))
        self.regex.setText(self.tr("Regular e&xpression"))
        self.find_button.setText(self.tr("Find &next"))
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_all_button.setText(self.tr("Replace &all"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_for(self, replace: bool) -> None:
        self.retranslate()
        selected = self.view.active_pane().textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.raise_()
        self.activateWindow()
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus()
        target.selectAll()

    def query(self) -> Query:
        lang = self.scope.currentData()
        return Query(self.find_edit.text(), (lang,) if lang else (), self.match_case.isChecked(),
                     self.whole_word.isChecked(), self.regex.isChecked())

    def _matches(self) -> list[Match] | None:
        try:
            return find_all(self.view.release, self.query())
        except PatternError as err:
            self.status.setText(str(err))
            return None

    def _here(self) -> tuple[int, int, int]:
        order = list(self.view.release.languages)
        pane = self.view.active_pane()
        cursor = pane.textCursor()
        block = pane.document().findBlock(cursor.selectionEnd())
        return (block.blockNumber(), order.index(pane.lang),
                cursor.selectionEnd() - block.position())

    def find_next(self, direction: int = 1) -> Match | None:
        matches = self._matches()
        if matches is None:
            return None
        if not matches:
            self.status.setText(self.tr("Not found"))
            return None
        order = list(self.view.release.languages)
        keys = [(m.row, order.index(m.lang), m.end) for m in matches]
        here = self._here()
        if direction > 0:
            n = next((i for i, k in enumerate(keys) if k > here), 0)
        else:
            pane = self.view.active_pane()
            start = pane.textCursor().selectionStart()
            block = pane.document().findBlock(start)
            back = (block.blockNumber(), order.index(pane.lang), start - block.position())
            n = next((i for i in range(len(keys) - 1, -1, -1)
                      if (matches[i].row, keys[i][1], matches[i].start) < back), len(keys) - 1)
        m = matches[n]
        self.view.select_match(m.lang, m.row, m.start, m.end)
        self.status.setText(self.tr("%1 of %2").replace("%1", str(n + 1))
                            .replace("%2", str(len(matches))))
        return m

    def _selected_match(self) -> Match | None:
        pane = self.view.active_pane()
        cursor = pane.textCursor()
        if not cursor.hasSelection():
            return None
        block = pane.document().findBlock(cursor.selectionStart())
        start = cursor.selectionStart() - block.position()
        end = cursor.selectionEnd() - block.position()
        for m in self._matches() or []:
            if (m.row, m.lang, m.start, m.end) == (block.blockNumber(), pane.lang, start, end):
                return m
        return None

    def replace_one(self) -> None:
        m = self._selected_match()
        if m is None:
            self.find_next(1)
            return
        try:
            text = expand(self.query(), m, self.replace_edit.text())
        except PatternError as err:
            self.status.setText(str(err))
            return
        self.view.replace_word(m.lang, m.row, m.start, m.end, text)
        self.find_next(1)

    def replace_every(self) -> int:
        try:
            matches = find_all(self.view.release, self.query())
            changes = replace_all(self.view.release, self.query(), self.replace_edit.text(),
                                  matches)
            count = len(matches)
        except PatternError as err:
            self.status.setText(str(err))
            return 0
        if not changes:
            self.status.setText(self.tr("Not found"))
            return 0
        self.view.replace_paragraphs(changes, self.tr("Replace all"))
        self.status.setText(self.tr("%n replacement(s)", "", count))
        return count

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F3:
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.find_next(-1 if shift else 1)
            return
        super().keyPressEvent(event)
