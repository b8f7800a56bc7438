"""Spelling as you type, off the typing path.

Edits mark their row dirty; after a pause (debounce) the dirty paragraphs are checked in a
worker thread, results come back tagged with the paragraph's revision (stale ones are
dropped) and are drawn as wavy red underlines (extra selections, which never touch the
document) for the rows in view only. The word being typed is never underlined. Suggestions
for every misspelt word are looked up in the background too, so the context menu opens
with them at once."""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.checks import CheckContext
from editor.checks.spelling import name_confirmer
from editor.spelling import Misspelling
from ui.workers import new_pool

DEBOUNCE_MS = 350
BATCH_ROWS = 40


@dataclass
class _Job:
    key: tuple[str, str]  # (row id, lang)
    revision: int
    text: str
    partners: list[str]


class _Signals(QObject):
    done = Signal(object)  # list of (key, revision, text, partners, misspellings)


class _CheckRunnable(QRunnable):
    def __init__(self, checker, jobs: list[_Job], signals: _Signals, stale=None):
        super().__init__()
        self.checker, self.jobs, self.signals = checker, jobs, signals
        self.stale = stale  # () -> True when the release was replaced since: skip the work

    def run(self):
        try:
            self._run()
        except Exception:  # never let an exception escape into Qt's thread pool
            traceback.print_exc()

    def _run(self):
        out = []
        for job in self.jobs if not (self.stale and self.stale()) else []:
            lang = job.key[1]
            confirm = name_confirmer(job.text, lang, job.partners, self.checker.service)
            found = self.checker.check(job.text, confirm)
            for m in found:  # warm the suggestion cache for the context menu
                self.checker.service.suggest(m.word.replace("’", "'"), m.script)
            out.append((job.key, job.revision, job.text, job.partners, found))
        try:
            self.signals.done.emit(out)
        except RuntimeError:  # the window closed while this ran
            pass


class SpellController(QObject):
    changed = Signal()  # results changed (for counts, F7)

    def __init__(self, view, context: CheckContext | None = None):
        super().__init__(view)
        self.view = view
        self.context = context or CheckContext()
        self.enabled = True
        self.results: dict[tuple[str, str], list[Misspelling]] = {}
        self._inputs: dict[tuple[str, str], tuple[str, list[str]]] = {}
        self._revision: dict[tuple[str, str], int] = {}
        self._dirty: set[tuple[str, str]] = set()
        self._running = 0
        self._epoch = 0  # bumped when the release is replaced or the window closes
        self._signals = _Signals()
        self._signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_jobs)
        self._pool = new_pool(self)
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(QColor(220, 0, 0))

    # --- what to check ----------------------------------------------------------------

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        if on:
            self.recheck_all()
        else:
            self._timer.stop()
            self.refresh_all()

    def recheck_all(self, delay: bool = False) -> None:
        """Check every paragraph again (after a word list changed, say)."""
        self._inputs.clear()
        release = self.view.release
        if release is None:
            return
        for row in release.rows:
            for lang in release.languages:
                self._mark(row.id, lang)
        if delay:
            self._timer.start()
        else:
            self._start_jobs()

    def rows_changed(self, first: int, last: int) -> None:
        """Rows edited: check them again after the pause; their underlines go at once."""
        release = self.view.release
        for i in range(max(0, first), min(last, len(release.rows) - 1) + 1):
            row = release.rows[i]
            for lang in release.languages:
                self._mark(row.id, lang)
                self.results.pop((row.id, lang), None)
        if self.enabled:
            self._timer.start()
        self.refresh_all()

    def _mark(self, row_id: str, lang: str) -> None:
        key = (row_id, lang)
        self._revision[key] = self._revision.get(key, 0) + 1
        self._dirty.add(key)

    def _start_jobs(self) -> None:
        if not self.enabled or not self._dirty or self.view.release is None:
            return
        release = self.view.release
        index = {row.id: i for i, row in enumerate(release.rows)}
        visible = self.view.visible_rows()
        order = sorted(self._dirty, key=lambda k: (index.get(k[0], 1 << 30) not in visible,
                                                   index.get(k[0], 1 << 30)))
        self._dirty.clear()
        jobs = []
        for key in order:
            i = index.get(key[0])
            if i is None:
                continue
            row, lang = release.rows[i], key[1]
            text = row.text(lang)
            partners = [row.text(o) for o in release.languages if o != lang]
            if self._inputs.get(key) == (text, partners) and key in self.results:
                continue  # this paragraph and its partners are as last checked
            jobs.append(_Job(key, self._revision.get(key, 0), text, partners))
        checker = self.context.spell_checker(release)
        epoch = self._epoch
        for start in range(0, len(jobs), BATCH_ROWS):
            self._running += 1
            self._pool.start(_CheckRunnable(checker, jobs[start:start + BATCH_ROWS], self._signals,
                                            lambda epoch=epoch: self._epoch != epoch))

    def reset(self) -> None:
        """A new release: forget everything about the previous one (queued work on it is
        skipped)."""
        self._epoch += 1
        self.results.clear()
        self._inputs.clear()
        self._dirty.clear()

    def _on_done(self, batch) -> None:
        self._running -= 1
        release = self.view.release
        ids = {row.id for row in release.rows} if release is not None else set()
        for key, revision, text, partners, found in batch:
            if self._revision.get(key, 0) != revision or key[0] not in ids:
                continue  # edited since (a newer check is coming), or another release
            self.results[key] = found
            self._inputs[key] = (text, partners)
        self.refresh_all()
        self.changed.emit()

    def wait(self, timeout_ms: int = 10000) -> bool:
        """For tests and benchmarks: until every queued check has finished."""
        self._timer.stop()
        self._start_jobs()
        ok = self._pool.waitForDone(timeout_ms)
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()
        return ok

    @property
    def busy(self) -> bool:
        return self._running > 0 or bool(self._dirty) or self._timer.isActive()

    # --- drawing ----------------------------------------------------------------------

    def misspellings(self, row: int, lang: str) -> list[Misspelling]:
        release = self.view.release
        if release is None or not 0 <= row < len(release.rows):
            return []
        return self.results.get((release.rows[row].id, lang), [])

    def refresh_all(self) -> None:
        for pane in self.view.panes.values():
            self.refresh(pane)

    def refresh(self, pane) -> None:
        if self.view.loading:
            return  # the whole document is being replaced: refreshed once at the end
        if not self.enabled or self.view.release is None:
            pane.setExtraSelections([])
            return
        doc = pane.document()
        cursor_row, cursor_offset = pane.cursor_row(), pane.textCursor().positionInBlock()
        selections = []
        for row in self.view.visible_rows(pane):
            block = doc.findBlockByNumber(row)
            for m in self.misspellings(row, pane.lang):
                if row == cursor_row and m.start < cursor_offset <= m.end and pane.hasFocus():
                    continue  # the word being typed
                if m.end > block.length() - 1:
                    continue
                sel = QTextEdit.ExtraSelection()
                sel.cursor = QTextCursor(doc)
                sel.cursor.setPosition(block.position() + m.start)
                sel.cursor.setPosition(block.position() + m.end, QTextCursor.MoveMode.KeepAnchor)
                sel.format = self.underline
                selections.append(sel)
        pane.setExtraSelections(selections)

    def at(self, pane, position: int) -> tuple[int, Misspelling] | None:
        """The misspelling under a document position of ``pane``, with its row."""
        block = pane.document().findBlock(position)
        offset = position - block.position()
        for m in self.misspellings(block.blockNumber(), pane.lang):
            if m.start <= offset <= m.end:
                return block.blockNumber(), m
        return None

    def ordered(self) -> list[tuple[int, str, Misspelling]]:
        """Every known misspelling in reading order: by row, then pane order, then offset."""
        out = []
        release = self.view.release
        for i, row in enumerate(release.rows):
            for lang in self.view.panes:
                for m in self.results.get((row.id, lang), []):
                    out.append((i, lang, m))
        return out
