"""Help → Keyboard shortcuts (read from the menus themselves, so it is never out of date)
and Help → About Tandem."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu command that has keys."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        title = menu_action.text().replace("&", "")
        stack = [(title, menu)]
        while stack:
            where, m = stack.pop()
            for action in m.actions():
                if action.menu() is not None:
                    stack.append((f"{where} → {action.text().replace('&', '')}", action.menu()))
                    continue
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in action.shortcuts() if not k.isEmpty())
                if keys and action.text():
                    rows.append((where, action.text().replace("&", "").replace("…", ""), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        # keys handled by the panes, not by menu actions
        pane_keys = [
            ("Enter", self.tr("Split the row at the cursor, in this language")),
            ("Shift+Enter", self.tr("A line break inside the paragraph")),
            ("Backspace", self.tr("At the start of a paragraph: merge with the row above")),
            ("Delete", self.tr("At the end of a paragraph: merge with the row below")),
        ]
        rows = shortcut_rows(window) + [(self.tr("Typing"), text, keys)
                                        for keys, text in pane_keys]
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 520)


def show_about(window) -> None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        v = version("tandem")
    except PackageNotFoundError:
        v = "?"
    tr = lambda text: QCoreApplication.translate("About", text)  # noqa: E731
    QMessageBox.about(window, tr("About Tandem"), tr(
        "<h3>Tandem %1</h3><p>An editor for press releases in two languages: paragraphs "
        "side by side, spelling, agreement of names, dates and figures, and export for "
        "distribution.</p><p>Spelling: Hunspell dictionaries. Names: natasha, iuliia.</p>")
        .replace("%1", v))
