"""The names registry: the release's own entries (saved in the .tandem file) and the
organisation's registry (a CSV or TBX file chosen in Settings); search, add, add from the
text selected in the panes, edit in place, import and export (CSV or TBX)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from editor.errors import TandemError
from editor.model import NameEntry
from editor.names.registry import KINDS, load_file, save_file

_COLUMNS = ("ru", "en", "kind", "accepted", "forbidden", "note")


class RegistryDialog(QDialog):
    def __init__(self, view, organisation_path: str, organisation_entries: list[NameEntry],
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Names registry"))
        self.view = view
        self.organisation_path = Path(organisation_path) if organisation_path else None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A registry spelling always beats romanization. "
                                        "Variants are separated by |.")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.tabs = QTabWidget()
        self.release_table = self._table(view.release.names)
        self.tabs.addTab(self.release_table, self.tr("This release"))
        self.org_table = self._table(organisation_entries)
        self.tabs.addTab(self.org_table, self.tr("Organisation"))
        if self.organisation_path is None:
            self.org_table.setEnabled(False)
            self.org_table.setToolTip(self.tr("Choose the organisation's registry file in Settings."))
        layout.addWidget(self.tabs)
        buttons = QHBoxLayout()
        for label, slot in ((self.tr("&Add"), self.add_row),
                            (self.tr("Add from &selection"), self.add_from_selection),
                            (self.tr("&Remove"), self.remove_rows),
                            (self.tr("&Import…"), self._import), (self.tr("&Export…"), self._export)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(900, 480)

    def _table(self, entries: list[NameEntry]) -> QTableWidget:
        table = QTableWidget(0, len(_COLUMNS))
        table.setHorizontalHeaderLabels([self.tr("Russian"), self.tr("English (approved)"),
                                         self.tr("Kind"), self.tr("Also accepted"),
                                         self.tr("Forbidden"), self.tr("Note")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for e in entries:
            self._append(table, e)
        return table

    @staticmethod
    def _append(table: QTableWidget, e: NameEntry) -> None:
        row = table.rowCount()
        table.insertRow(row)
        values = (e.ru, e.en, e.kind, "|".join(e.accepted), "|".join(e.forbidden), e.note)
        for col, value in enumerate(values):
            table.setItem(row, col, QTableWidgetItem(value))

    def _current(self) -> QTableWidget:
        return self.release_table if self.tabs.currentIndex() == 0 else self.org_table

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for table in (self.release_table, self.org_table):
            for r in range(table.rowCount()):
                cells = " ".join(table.item(r, c).text() for c in range(table.columnCount())
                                 if table.item(r, c))
                table.setRowHidden(r, bool(needle) and needle not in cells.casefold())

    def add_row(self) -> None:
        table = self._current()
        self._append(table, NameEntry("", "", "person"))
        table.scrollToBottom()
        table.editItem(table.item(table.rowCount() - 1, 0))

    def add_from_selection(self) -> None:
        """A new entry from the text selected in the Russian and English panes."""
        panes = self.view.panes
        ru = panes["ru"].textCursor().selectedText().strip() if "ru" in panes else ""
        en = panes["en"].textCursor().selectedText().strip() if "en" in panes else ""
        if not (ru or en):
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Select the name in the Russian and the English pane "
                                            "first."))
            return
        self.tabs.setCurrentIndex(0)
        self._append(self.release_table, NameEntry(ru, en, "person"))

    def remove_rows(self) -> None:
        table = self._current()
        for r in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(r)

    @staticmethod
    def entries_of(table: QTableWidget) -> list[NameEntry]:
        out = []
        for r in range(table.rowCount()):
            cells = [(table.item(r, c).text().strip() if table.item(r, c) else "")
                     for c in range(len(_COLUMNS))]
            if cells[0] and cells[1]:
                kind = cells[2] if cells[2] in KINDS else "person"
                split = [v.strip() for v in cells[3].split("|") if v.strip()], \
                    [v.strip() for v in cells[4].split("|") if v.strip()]
                out.append(NameEntry(cells[0], cells[1], kind, split[0], split[1], cells[5]))
        return out

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a registry"), "",
                                              self.tr("Registries (*.csv *.tbx *.xml);;All files (*)"))
        if not path:
            return
        try:
            entries = load_file(Path(path))
        except TandemError as err:
            QMessageBox.warning(self, self.tr("Cannot import"), str(err))
            return
        for e in entries:
            self._append(self._current(), e)

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the registry"), "names.csv",
                                              self.tr("CSV (*.csv);;TBX (*.tbx)"))
        if not path:
            return
        try:
            save_file(self.entries_of(self._current()), Path(path))
        except TandemError as err:
            QMessageBox.warning(self, self.tr("Cannot export"), str(err))

    def apply(self) -> list[NameEntry] | None:
        """Store the release's entries (an undo step) and save the organisation's file;
        returns the organisation's entries when they were saved."""
        entries = self.entries_of(self.release_table)
        if entries != self.view.release.names:
            self.view.change_names(entries)
        if self.organisation_path is None:
            return None
        org = self.entries_of(self.org_table)
        try:
            save_file(org, self.organisation_path)
        except TandemError as err:
            QMessageBox.warning(self, self.tr("Cannot save the registry"), str(err))
            return None
        return org
