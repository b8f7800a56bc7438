"""Tools → Ignored findings: the false alarms the user ignored in this release, with the
row and text they were about; Restore brings one back (an undo step)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)


class IgnoredDialog(QDialog):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.setObjectName("ignored-dialog")
        self.setWindowTitle(self.tr("Ignored findings"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Row"), self.tr("Language"), self.tr("Check"),
                                   self.tr("Text")])
        self.tree.setRootIsDecorated(False)
        self.empty = QLabel(self.tr("No finding of this release is ignored."))
        self.restore = QPushButton(self.tr("&Restore"))
        self.restore.setToolTip(self.tr("Report this finding again"))
        self.restore.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 360)
        self.fill()

    def fill(self) -> None:
        from ui.release_view import language_name

        self.tree.clear()
        release = self.view.release
        rows = {row.id: i for i, row in enumerate(release.rows)}
        for n, f in enumerate(release.ignored):
            where = str(rows[f.row_id] + 1) if f.row_id in rows else "—"
            item = QTreeWidgetItem([where, language_name(f.lang), f.code, f.text])
            item.setData(0, 256, n)
            self.tree.addTopLevelItem(item)
        has = bool(release.ignored)
        self.empty.setVisible(not has)
        self.restore.setEnabled(has)
        if has:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def restore_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        self.view.restore_ignored(item.data(0, 256))
        self.fill()
