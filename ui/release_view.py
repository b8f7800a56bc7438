"""The two language panes side by side, bound to a Release.

Text edits flow from a pane into the model row by row; row operations (split, merge) are
carried out on the model and shown again in both panes, so both always have one block per
row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from editor.errors import RowOperationError
from editor.model import Release, Status, merge_rows, split_row
from ui.language_pane import LanguagePane


def language_name(lang: str) -> str:
    tr = QCoreApplication.translate
    names = {"ru": tr("Language", "Russian"), "en": tr("Language", "English"),
             "kk": tr("Language", "Kazakh")}
    return names.get(lang, lang)


class ReleaseView(QWidget):
    modified = Signal()
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.release: Release | None = None
        self.panes: dict[str, LanguagePane] = {}
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._splitter)

    def _build_panes(self, languages: tuple[str, ...]) -> None:
        if tuple(self.panes) == languages:
            return
        for pane in self.panes.values():
            pane.parent().deleteLater()
        self.panes = {}
        for lang in languages:
            column = QWidget(self._splitter)
            box = QVBoxLayout(column)
            box.setContentsMargins(4, 4, 4, 0)
            header = QLabel(f"<b>{language_name(lang)}</b>", column)
            pane = LanguagePane(lang, column)
            pane.setObjectName(f"pane-{lang}")
            box.addWidget(header)
            box.addWidget(pane)
            pane.rowsEdited.connect(self._on_rows_edited)
            pane.splitRequested.connect(self._on_split)
            pane.mergeRequested.connect(self._on_merge)
            pane.refused.connect(self.message)
            self.panes[lang] = pane
            self._splitter.addWidget(column)
        self._splitter.setSizes([1] * len(languages))

    def set_release(self, release: Release) -> None:
        self.release = release
        self._build_panes(release.languages)
        self._render()

    def _render(self) -> None:
        for lang, pane in self.panes.items():
            pane.set_paragraphs([row.paragraph(lang) for row in self.release.rows])

    def _on_rows_edited(self, lang: str, first: int, last: int) -> None:
        pane = self.panes[lang]
        if pane.row_count() != len(self.release.rows):
            # cannot happen through the pane's own keys; re-show the model rather than drift
            self._render()
            return
        for i in range(first, last + 1):
            row = self.release.rows[i]
            row.paragraphs[lang] = pane.paragraph(i)
            if lang in self.release.target_langs and row.status.get(lang) == Status.UNTRANSLATED \
                    and not row.paragraph(lang).is_empty:
                row.status[lang] = Status.DRAFT
        self.modified.emit()

    def _on_split(self, lang: str, row: int, offset: int) -> None:
        try:
            split_row(self.release, row, {lang: offset})
        except RowOperationError as err:
            self.message.emit(str(err))
            return
        self._render()
        self.panes[lang].place_cursor(row + 1, 0)
        self.modified.emit()

    def _on_merge(self, lang: str, row: int) -> None:
        junction = len(self.release.rows[row].text(lang))
        try:
            merge_rows(self.release, row)
        except RowOperationError as err:
            self.message.emit(str(err))
            return
        self._render()
        text = self.release.rows[row].text(lang)
        self.panes[lang].place_cursor(row, junction + (1 if junction and len(text) > junction else 0))
        self.modified.emit()
