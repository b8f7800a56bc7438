"""The checks panel: every finding of the release, grouped by row, filtered by family;
clicking one selects its text in its pane; Ignore keeps it out for good (saved with the
release). Checks run in the checks process after a pause in editing, row by row from a
cache, so only what changed is checked again."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.checks.families import FAMILIES
from editor.model import IgnoredFinding, NameEntry
from ui import i18n
from ui.check_worker import wait_until
from ui.finding_text import describe
from ui.undo_commands import RemembersTranslations

DEBOUNCE_MS = 700
NEW_ROWS_A_TURN = 50  # rows of findings added to the panel at a turn of the event loop
_COLOURS = {"error": QColor(200, 30, 30), "warning": QColor(200, 120, 0), "info": QColor(90, 90, 90)}
_SYMBOLS = {"error": "✖", "warning": "⚠", "info": "ℹ"}


def _same(f) -> tuple:
    """What a finding shows, without its row number (which moves when rows are added)."""
    return (f.code, f.severity, f.lang, f.start, f.end, f.text, f.message)


class ChecksPanel(RemembersTranslations, QDockWidget):
    countsChanged = Signal(dict)

    def __init__(self, view, parent=None):
        super().__init__(self.tr("Checks"), parent)
        self.setObjectName("checks-panel")
        self.view = view
        self.findings = []
        self._shown: dict[str, tuple[list, QTreeWidgetItem]] = {}  # row id -> what it shows
        self._wanted_cache: tuple | None = None  # (answer and filters, rows of findings)
        self._placed: tuple = (None, 0)  # (those rows, how many from the start are in place)
        self._generation = 0
        self._answered = 0  # the newest generation answered (or failed)
        self._context = None
        view.worker.checked.connect(self._on_results)
        view.worker.died.connect(self._restart)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        self._more = QTimer(self)  # the rows of findings not added yet
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(lambda: self.view.pause.when_paused(self._update))

        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.family = QComboBox()
        for code in ("", *FAMILIES):  # every family of the one list, and all of them
            self.family.addItem(code, code)
        self.family.currentIndexChanged.connect(self._fill)
        self.show_info = QCheckBox()
        self.show_info.toggled.connect(self._fill)
        self.ignore_button = QPushButton()
        self.ignore_button.clicked.connect(self.ignore_selected)
        top.addWidget(self.family)
        top.addWidget(self.show_info)
        top.addStretch()
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_button.setEnabled(False)
        top.addWidget(self.accept_button)
        top.addWidget(self.ignore_button)
        box.addLayout(top)
        self.tree = QTreeWidget()
        self.retranslate()
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 80)
        self.tree.itemActivated.connect(self._go)
        self.tree.itemClicked.connect(self._go)
        self.tree.currentItemChanged.connect(self._update_buttons)
        box.addWidget(self.tree)
        self.setWidget(body)

    def retranslate(self) -> None:
        """Every text of the panel in the current UI language (also after a switch)."""
        self.setWindowTitle(self.tr("Checks"))
        for i in range(self.family.count()):
            code = self.family.itemData(i)
            self.family.setItemText(i, FAMILIES[code].label(i18n.current()) if code
                                    else self.tr("All checks"))
        self.show_info.setText(self.tr("Notes"))
        self.show_info.setToolTip(self.tr("Also show notes on typography (quotes, spaces)"))
        self.ignore_button.setText(self.tr("Ignore"))
        self.ignore_button.setToolTip(self.tr("Never report this finding again in this release"))
        self.accept_button.setText(self.tr("Accept spelling"))
        self.accept_button.setToolTip(self.tr("Accept this spelling of the name into the "
                                              "release's names registry"))
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Language"), self.tr("Text")])
        if self.findings:
            self._fill()

    def counts(self) -> dict:
        by = Counter(f.severity for f in self.findings)  # (StrEnum: a severity is its name)
        return {s: by[s] for s in ("error", "warning", "info")}

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- running ----------------------------------------------------------------------

    def set_context(self, context) -> None:
        self._context = context
        if self.view.release is not None:
            self.view.worker.ask(context, None, ("invalidate",))
        self.schedule(0)

    def schedule(self, delay: int = DEBOUNCE_MS) -> None:
        self._timer.start(delay)

    def run_now(self) -> None:
        if self.view.release is None or self._context is None:
            return
        self._generation += 1
        # the rows changed since the last run go to the checks process, which stops the run
        # under way at its next row and starts this one (rows checked stay checked)
        self.view.worker.ask(self._context, self.view.release, ("checks", self._generation))

    def stop_running(self) -> None:
        """The run under way is out of date: its answer will be dropped."""
        self._timer.stop()
        self._generation += 1
        self._answered = self._generation

    @property
    def busy(self) -> bool:
        return self._answered < self._generation or self._timer.isActive()

    def _restart(self) -> None:
        if self._answered < self._generation:
            self.schedule(0)  # the answer will not come: ask again

    def wait(self, timeout_ms: int = 30000) -> bool:
        """For tests: run now and wait for the results."""
        self._timer.stop()
        self.run_now()
        done = wait_until(lambda: not self.busy, timeout_ms)
        self.view.pause.flush()
        self._more.stop()
        self._update(new_rows=None)  # every row shown now
        return done

    def _on_results(self, generation: int, findings: list) -> None:
        if generation == -1:  # a check failed: what is shown stays
            self._answered = self._generation
            return
        if generation != self._generation:
            return  # an older run: a newer one is coming
        self._answered = generation
        self.findings = findings
        self.view.pause.when_paused(self._show_results)

    def _show_results(self) -> None:
        self._update()
        self.countsChanged.emit(self.counts())

    # --- showing ----------------------------------------------------------------------

    def visible_findings(self) -> list:
        family = self.family.currentData()
        info = self.show_info.isChecked()
        return [f for f in self.findings
                if (not family or f.code.split(".")[0] == family)
                and (info or f.severity != "info")]

    def _wanted(self) -> list[tuple[str, list]]:
        """The findings shown, by row (its id) in row order: worked out once per answer and
        filter, not again at each turn that adds more rows (at 2,000 rows that took a third
        of each of the 20 turns)."""
        key = (self.findings, self.family.currentData(), self.show_info.isChecked())
        cached = self._wanted_cache
        if cached is not None and cached[0][0] is key[0] and cached[0][1:] == key[1:]:
            return cached[1]
        wanted: dict[str, list] = {}
        for f in self.visible_findings():
            wanted.setdefault(f.row_id or f"#{f.pair}", []).append(f)
        rows = sorted(wanted.items(), key=lambda kv: kv[1][0].pair)
        self._wanted_cache = (key, rows)
        return rows

    def _fill(self) -> None:
        """Everything shown again (a filter or the interface language changed)."""
        self.tree.clear()
        self._shown = {}
        self._placed = (None, 0)
        self._update()

    def _update(self, new_rows: int | None = NEW_ROWS_A_TURN) -> None:
        """Show the findings, touching only the rows whose findings changed: after an edit
        that is one row, where clearing and refilling 4,000 findings of a long release held
        the window for 0.4 s. Rows are kept by their id, so a row moved by a split or a merge
        only gets its new number. At most ``new_rows`` rows are added at a time, the rest at
        the next turns of the event loop when the user is not typing (the first results of
        a long release took 0.2 s in one go)."""
        rows = self._wanted()
        shown = self._shown
        # the rows a turn before this one put in place for these same findings: the next
        # turn goes on from there (walking them all again made each turn longer than the
        # last, up to 28 ms at 2,000 rows)
        start = self._placed[1] if self._placed[0] is rows else 0
        placed = None  # how many rows from the start are in place after this turn
        self.tree.setUpdatesEnabled(False)
        try:
            if not start and (len(shown) > len(rows)
                              or any(k not in shown for k, _ in rows[:len(shown)])):
                wanted = dict(rows)
                for key in [k for k in shown if k not in wanted]:
                    _, parent = shown.pop(key)
                    self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(parent))
            index = start  # walk the tree in row order, inserting and renumbering as needed
            for position in range(start, len(rows)):
                key, findings = rows[position]
                old = shown.get(key)
                if old is None and new_rows is not None:
                    if new_rows <= 0:  # the others at the next turn
                        if not self._more.isActive():
                            self._more.start()
                        if placed is None:
                            placed = position
                        continue
                    new_rows -= 1
                if old is None:
                    parent = QTreeWidgetItem()
                    self.tree.insertTopLevelItem(index, parent)
                    parent.setExpanded(True)
                    self._add_children(parent, findings)
                else:
                    before, parent = old
                    if self.tree.topLevelItem(index) is not parent:  # (a linear search)
                        self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(parent))
                        self.tree.insertTopLevelItem(index, parent)
                        parent.setExpanded(True)
                    if before is findings:
                        pass  # the same answer: shown as it is (the turns that add rows)
                    elif [_same(f) for f in before] != [_same(f) for f in findings]:
                        parent.takeChildren()
                        self._add_children(parent, findings)
                    elif before[0].pair != findings[0].pair:  # moved: the new positions
                        for j, f in enumerate(findings):
                            parent.child(j).setData(0, Qt.ItemDataRole.UserRole, f)
                if old is None or old[0][0].pair != findings[0].pair:
                    parent.setText(0, self.tr("Row %1").replace("%1", str(findings[0].pair + 1)))
                shown[key] = (findings, parent)
                index += 1
        finally:
            self.tree.setUpdatesEnabled(True)
        self._placed = (rows, len(rows) if placed is None else placed)

    def _add_children(self, parent: QTreeWidgetItem, findings: list) -> None:
        items = []
        for f in findings:
            sev = f.severity.value
            text = describe(f)
            item = QTreeWidgetItem([f"{_SYMBOLS[sev]} {text}", f.lang, f.text[:60]])
            item.setForeground(0, QBrush(_COLOURS[sev]))
            item.setData(0, Qt.ItemDataRole.UserRole, f)
            item.setToolTip(0, f"{text}\n{f.code} ({sev})")
            items.append(item)
        parent.addChildren(items)

    def _go(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        f = item.data(0, Qt.ItemDataRole.UserRole)
        if f is None or f.lang not in self.view.panes:
            return
        pane = self.view.panes[f.lang]
        block = pane.document().findBlockByNumber(f.pair)
        if not block.isValid():
            return
        cursor = pane.textCursor()
        end = min(f.end, block.length() - 1)
        cursor.setPosition(block.position() + min(f.start, end))
        cursor.setPosition(block.position() + end, cursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        pane.setFocus()
        pane.ensureCursorVisible()

    def _selected(self):
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self, *_) -> None:
        f = self._selected()
        self.accept_button.setEnabled(f is not None and f.code.startswith("name.")
                                      and bool(f.counterpart))

    def accept_selected(self) -> None:
        """The English spelling of the selected name finding is right: into the registry."""
        f = self._selected()
        if f is None or not f.counterpart:
            return
        names = [e for e in self.view.release.names if e.ru.casefold() != f.counterpart.casefold()]
        names.append(NameEntry(f.counterpart, f.text, "person"))
        self.view.change_names(names, self.tr("Accept a name's spelling"))
        self.schedule(0)

    def ignore_selected(self) -> None:
        item = self.tree.currentItem()
        f = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if f is None:
            return
        self.view.ignore_finding(IgnoredFinding(f.code, f.row_id, f.lang, f.text))
        self.findings = [g for g in self.findings if g is not f]
        self._update()
        self.schedule(0)
