"""What can wait for a pause in typing: results that come from the checks process while
the user types (underlines, the checks panel, the counts) are shown when the typing
pauses, not between two keys, where redrawing them made a key wait for it. A pause is
PAUSE_S without a key; the results are kept as they come and shown then."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

PAUSE_S = 0.3


class TypingPause(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._last_key = float("-inf")
        self._jobs: list = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    def typed(self) -> None:
        """A key changed the text (or the rows)."""
        self._last_key = time.monotonic()

    def typing(self) -> bool:
        return time.monotonic() - self._last_key < PAUSE_S

    def when_paused(self, job) -> None:
        """Run ``job`` now if the user is not typing, else once the typing pauses (a job
        asked for twice runs once)."""
        if not self.typing():
            job()
            return
        if job not in self._jobs:
            self._jobs.append(job)
        self._schedule()

    def flush(self) -> None:
        """Run what waits now (for tests and benchmarks that wait for results)."""
        self._timer.stop()
        jobs, self._jobs = self._jobs, []
        for job in jobs:
            job()

    def _schedule(self) -> None:
        left = self._last_key + PAUSE_S - time.monotonic()
        self._timer.start(max(1, int(left * 1000) + 1))

    def _run(self) -> None:
        if self.typing():
            self._schedule()
            return
        self.flush()
