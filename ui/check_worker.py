"""The window's link to the checks server (``editor.checks.client``): answers arrive on a
reader thread and are passed to the UI thread as Qt signals."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from editor.checks.context_state import ContextState

if TYPE_CHECKING:
    from editor.checks import CheckContext
    from editor.checks.client import CheckClient

FIRST_PAINT_WAIT_MS = 500
HELD_SLICE_S = 0.004  # of held requests sent a turn (each at least one)


class _Link:
    """The window's ``CheckClient``, made when first used: a window's requests wait for its
    first paint, and the client's module (with socket, subprocess and multiprocessing) took
    11 ms of the start before it."""

    def __init__(self, deliver):
        self._deliver = deliver
        self._client: CheckClient | None = None

    def get(self) -> CheckClient:
        if self._client is None:
            from editor.checks.client import CheckClient

            self._client = CheckClient(self._deliver)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


class CheckWorker(QObject):
    # the lists go as Python objects: a signal of ``list`` copies each one through a Qt
    # list (3,250 findings: 2-3 ms of the UI thread)
    spelled = Signal(int, object)  # token, results
    checked = Signal(int, object)  # generation, findings
    suggested = Signal(int, object)  # token, words
    died = Signal()  # the server stopped: ask again
    _answer = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._answer.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._link = _Link(self._deliver)
        self.destroyed.connect(self._link.close)
        # requests made while the window is being built, the release read and the window
        # first painted wait until it has been: the checks process, starting up and loading
        # its dictionaries and models, then does not compete with the window's start for
        # the processor (with the other core busy it took the window 40-50 ms longer). A
        # window that is not shown when the event loop runs (tests) does not wait; one
        # whose first paint is slow waits no longer than FIRST_PAINT_WAIT_MS.
        self._held: list | None = []
        self._releasing = False
        self._closed = False
        self._watched = parent if isinstance(parent, QWidget) else None
        if self._watched is not None:
            self._watched.installEventFilter(self)
        QTimer.singleShot(0, self, self._event_loop_running)

    @property
    def client(self) -> CheckClient:
        return self._link.get()

    def _event_loop_running(self) -> None:
        if self._watched is None or not self._watched.isVisible():
            self._release_held()
        else:
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._release_held)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is self._watched:
            # after the rest of this paint of the window
            QTimer.singleShot(0, self, self._release_held)
        return False

    def _release_held(self) -> None:
        """Send what waited, HELD_SLICE_S of it a turn of the event loop (at 2,000 rows the
        first request, with the whole release, and 100 batches of spelling took 44 ms in
        one go): a key pressed meanwhile is handled between two turns. Requests made
        meanwhile wait their turn behind them."""
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        if self._held is None or self._releasing:
            return  # released already, or being released
        self._releasing = True
        self._send_next_held()

    def _send_next_held(self) -> None:
        held = self._held or []
        if held and self.client.start():  # the process started in a turn of its own
            QTimer.singleShot(0, self, self._send_next_held)
            return
        end = time.perf_counter() + HELD_SLICE_S
        while held:
            state, release, message = held[0]
            # a request that sends the rows goes once they have been copied, a slice of
            # them a turn (all 2,000 in one turn kept a key waiting 14 ms)
            if release is not None and not self.client.prepare(
                    release, end - time.perf_counter()):
                break
            held.pop(0)
            self.client.ask(state, release, message)
            if time.perf_counter() >= end:
                break
        if held:
            QTimer.singleShot(0, self, self._send_next_held)
        else:
            self._held, self._releasing = None, False

    def _deliver(self, answer: tuple) -> None:  # on the reader thread
        try:
            self._answer.emit(answer)
        except RuntimeError:  # the window went while the answer came
            pass

    def _dispatch(self, answer: tuple) -> None:
        kind = answer[0]
        if kind == "spell":
            self.spelled.emit(answer[1], answer[2])
        elif kind == "checks":
            self.checked.emit(answer[1], answer[2])
        elif kind == "suggest":
            self.suggested.emit(answer[1], answer[2])
        elif kind == "died":
            print(f"tandem: the checks process stopped (exit {answer[1]}); restarting it",
                  file=sys.stderr)
            self.died.emit()
        elif kind == "error":
            _, kind, token, line = answer
            print(f"tandem: a check failed: {line}", file=sys.stderr)
            if kind == "checks":  # nothing more is coming for that run: -1 says it failed
                self.checked.emit(-1, [])
            elif kind == "spell":
                self.spelled.emit(token, [])

    def ask(self, context: CheckContext, release, message: tuple) -> None:
        if self._closed:
            return  # the window closed: nobody waits for an answer
        if self._held is not None:
            self._held.append((ContextState.of(context), release, message))
            return
        self.client.ask(ContextState.of(context), release, message)

    def close(self) -> None:
        """The window closed: what is still held is dropped and nothing more goes (a batch
        of spelling sent after the close, without the release, reached the checks process
        as a stranger and failed there)."""
        self._closed = True
        self._held = None
        self._link.close()


def wait_until(done, timeout_ms: int) -> bool:
    """Process events until ``done()`` or the time is up (for tests and benchmarks)."""
    end = time.monotonic() + timeout_ms / 1000
    while not done():
        if time.monotonic() > end:
            return False
        QCoreApplication.processEvents()
        time.sleep(0.002)
    QCoreApplication.processEvents()
    return True
