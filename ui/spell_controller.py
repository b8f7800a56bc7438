"""Spelling as you type, off the typing path.

Edits mark their row dirty; after a pause (debounce) the dirty paragraphs are checked in the
checks process, results come back tagged with the paragraph's revision (stale ones are
dropped) and are drawn as wavy red underlines (extra selections, which never touch the
document) for the rows in view only. The word being typed is never underlined. Suggestions
for every misspelt word are looked up in the background too, so the context menu opens
with them at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.checks import CheckContext
from ui.check_worker import wait_until

if TYPE_CHECKING:
    from editor.spelling.checker import Misspelling

DEBOUNCE_MS = 350
BATCH_ROWS = 40


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
        self._running: set[int] = set()  # tokens of the batches asked for, not answered
        self._tokens = 0
        self._epoch_start = 0  # batches from before the release was replaced are dropped
        self.suggestions: dict[tuple[str, str], list[str]] = {}  # (script, word) -> words
        view.worker.spelled.connect(self._on_done)
        view.worker.died.connect(self._restart)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_jobs)
        # underlines are redrawn once per turn of the event loop, however many things asked
        # (a keystroke moves the cursor and changes the rows: three refreshes, 1 ms)
        self._stale_panes: list = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_stale)
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

    def rows_changed(self, first: int, last: int, typed: str | None = None) -> None:
        """Rows edited: check them again after the pause; their underlines go at once.
        ``typed``: only that version was typed in; the others are checked again too (a name
        may now be confirmed by its counterpart), their underlines staying until then (their
        text has not moved), and only the pane typed in is redrawn."""
        release = self.view.release
        for i in range(max(0, first), min(last, len(release.rows) - 1) + 1):
            row = release.rows[i]
            for lang in release.languages:
                self._mark(row.id, lang)
                if typed is None or lang == typed:
                    self.results.pop((row.id, lang), None)
        if self.enabled:
            self._timer.start()
        if typed is not None and typed in self.view.panes:
            self.refresh(self.view.panes[typed])
        else:
            self.refresh_all(soon=True)

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
            jobs.append((key, self._revision.get(key, 0), text, partners))
        for start in range(0, len(jobs), BATCH_ROWS):
            self._tokens += 1
            self._running.add(self._tokens)
            self.view.worker.ask(self.context, release if start == 0 else None,
                                 ("spell", self._tokens, jobs[start:start + BATCH_ROWS]))

    def reset(self) -> None:
        """A new release: forget everything about the previous one (answers about it are
        dropped)."""
        self._epoch_start = self._tokens + 1
        self._running.clear()
        self.results.clear()
        self._inputs.clear()
        self._dirty.clear()
        self.suggestions.clear()

    def _restart(self) -> None:
        """The checks process stopped: what it had not answered is asked again."""
        if self._running:
            self._running.clear()
            self.recheck_all()

    def _on_done(self, token: int, batch: list) -> None:
        self._running.discard(token)
        if token < self._epoch_start:
            return  # about a release no longer shown
        release = self.view.release
        ids = {row.id for row in release.rows} if release is not None else set()
        for key, revision, text, partners, found, suggestions in batch:
            self.suggestions.update(suggestions)
            if self._revision.get(key, 0) != revision or key[0] not in ids:
                continue  # edited since (a newer check is coming), or another release
            self.results[key] = found
            self._inputs[key] = (text, partners)
        self.view.pause.when_paused(self._show_results)

    def _show_results(self) -> None:
        self.refresh_all()
        self.changed.emit()

    def wait(self, timeout_ms: int = 10000) -> bool:
        """For tests and benchmarks: until every queued check has finished."""
        self._timer.stop()
        self._start_jobs()
        done = wait_until(lambda: not self._running, timeout_ms)
        self.view.pause.flush()
        return done

    @property
    def busy(self) -> bool:
        return bool(self._running) or bool(self._dirty) or self._timer.isActive()

    # --- drawing ----------------------------------------------------------------------

    def misspellings(self, row: int, lang: str) -> list[Misspelling]:
        release = self.view.release
        if release is None or not 0 <= row < len(release.rows):
            return []
        return self.results.get((release.rows[row].id, lang), [])

    def refresh_all(self, soon: bool = False) -> None:
        """Redraw the underlines of every pane: now (results came, spelling switched), or
        ``soon`` with the other asks of this turn of the event loop (typing)."""
        for pane in self.view.panes.values():
            (self.refresh if soon else self.refresh_now)(pane)

    def refresh(self, pane) -> None:
        """Redraw the underlines of ``pane`` (at the next turn of the event loop)."""
        if pane not in self._stale_panes:
            self._stale_panes.append(pane)
        self._refresh_timer.start()

    def _refresh_stale(self) -> None:
        stale, self._stale_panes = self._stale_panes, []
        for pane in stale:
            if pane in self.view.panes.values():  # not one of a layout replaced meanwhile
                self.refresh_now(pane)

    def refresh_now(self, pane) -> None:
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
