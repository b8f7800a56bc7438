"""What protects the open release's file: autosave to a recovery copy, the lock file that
warns a second window, and a watch that notices another program changing the file.

The timer's autosave takes a snapshot of the release on the UI thread (a copy of the rows,
some milliseconds) and serializes, checks and writes it on a worker thread, so typing never
waits for the file system; ``autosave()`` does the same at once, for callers that need the
copy written when it returns."""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, Qt, QTimer, Signal

from editor.errors import TandemError
from editor.model.row_copies import RowCopies
from editor.storage import lock, recovery
from ui.workers import new_pool


class _JobSignals(QObject):
    # generation, target, digest (None: nothing new to write), error ("" when none)
    finished = Signal(int, str, object, str)


class _AutosaveJob(QRunnable):
    def __init__(self, snapshot, target: Path, known: bytes | None, generation: int,
                 signals: _JobSignals):
        super().__init__()
        self.snapshot, self.target, self.known = snapshot, target, known
        self.generation, self.signals = generation, signals

    def run(self):
        from editor.storage.tandem_file import to_bytes

        digest, error = None, ""
        try:
            data = to_bytes(self.snapshot)
            found = hashlib.sha256(data).digest()
            if found != self.known or not self.target.exists():
                recovery.write_recovery_bytes(data, self.target)
                digest = found
        except (TandemError, OSError) as err:
            error = str(err) or type(err).__name__
        except Exception as err:  # a bug: reported, never a crash of the worker
            error = f"{type(err).__name__}: {err}"
        try:
            self.signals.finished.emit(self.generation, str(self.target), digest, error)
        except RuntimeError:  # the window is gone
            pass


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


class FileGuard(QObject):
    changedOnDisk = Signal(str)
    autosaveFailed = Signal(str)
    autosaved = Signal(str)
    autosaveStarted = Signal()  # the snapshot is taken: what the copy will hold

    def __init__(self, get_release, parent=None):
        super().__init__(parent)
        # () -> (release, modified: bool); modified = differs from the file on disk
        self._get_release = get_release
        self.path: Path | None = None
        self.token = lock.new_token()
        self._signature = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._timer = QTimer(self)
        # every interval the user set, not up to 5 % later (Qt's default coarse timer: an
        # autosave every 31.5 s for 30, every 1.05 s for 1)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.autosave_in_background)
        self.last_recovery: Path | None = None
        self._written: bytes | None = None  # digest of what the recovery copy holds
        self._copies = RowCopies()  # the rows of the last autosave snapshot
        self._pool = new_pool(self)
        self._running = False
        self._generation = 0  # a discard makes a write still in flight obsolete
        self._signals = _JobSignals(self)
        self._signals.finished.connect(self._job_done, Qt.ConnectionType.QueuedConnection)

    # --- autosave ---------------------------------------------------------------------

    def set_interval(self, seconds: int) -> None:
        self._timer.stop()
        if seconds > 0:
            self._timer.start(int(seconds * 1000))

    def recovery_file(self) -> Path:
        release, _ = self._get_release()
        return recovery.recovery_path(release, self.path)

    def autosave(self) -> bool:
        """Write the recovery copy whenever the release differs from what the copy holds:
        typing that never paused (one undo step still open) is written too, and a write
        that failed (a full disk) is tried again at every tick until it succeeds."""
        release, modified = self._get_release()
        if release is None:
            return False
        if not modified:
            if self.last_recovery is not None:
                self.discard_recovery()  # back to what the file holds: nothing to recover
            return False
        from editor.storage.tandem_file import to_bytes

        target = self.recovery_file()
        try:
            data = to_bytes(release)
        except TandemError as err:
            self.autosaveFailed.emit(str(err))
            return False
        digest = hashlib.sha256(data).digest()
        if digest == self._written and target == self.last_recovery and target.exists():
            return False
        try:
            recovery.write_recovery_bytes(data, target)
        except (TandemError, OSError) as err:
            self.autosaveFailed.emit(str(err))
            return False
        if self.last_recovery and self.last_recovery != target:
            recovery.discard(self.last_recovery)
        self.last_recovery = target
        self._written = digest
        self.autosaved.emit(str(target))
        return True

    def autosave_in_background(self) -> bool:
        """The timer's autosave: snapshot here, serialize and write on a worker. False when
        nothing was started (nothing to save, or the previous write still running)."""
        if self._running:
            return False  # the next tick tries again
        release, modified = self._get_release()
        if release is None:
            return False
        if not modified:
            if self.last_recovery is not None:
                self.discard_recovery()
            return False
        target = self.recovery_file()
        known = self._written if target == self.last_recovery else None
        self._running = True
        # rows unchanged since the last snapshot are reused: one edit, one row copied
        snapshot = release.snapshot(share_paragraphs=True, copies=self._copies)
        self.autosaveStarted.emit()
        self._pool.start(_AutosaveJob(snapshot, target, known, self._generation, self._signals))
        return True

    def _job_done(self, generation: int, target: str, digest, error: str) -> None:
        self._running = False
        path = Path(target)
        if error:
            self.autosaveFailed.emit(error)
            return
        if generation != self._generation:
            if digest is not None:
                recovery.discard(path)  # saved or closed meanwhile: nothing to recover
            return
        if digest is None:
            return  # the copy already held this
        if self.last_recovery and self.last_recovery != path:
            recovery.discard(self.last_recovery)
        self.last_recovery = path
        self._written = digest
        self.autosaved.emit(target)

    def wait(self, timeout_ms: int = 10000) -> bool:
        """Until a write in flight has finished (and its result is taken in)."""
        from PySide6.QtCore import QCoreApplication

        done = self._pool.waitForDone(timeout_ms)
        QCoreApplication.processEvents()
        return done

    def discard_recovery(self) -> None:
        self._generation += 1
        if self._running:
            self._pool.waitForDone(10000)
        recovery.discard(self.last_recovery)
        with contextlib.suppress(Exception):
            recovery.discard(self.recovery_file())
        self.last_recovery = None
        self._written = None

    # --- the file ---------------------------------------------------------------------

    def other_holder(self, path: Path) -> lock.LockOwner | None:
        return lock.holder(path, self.token)

    def attach(self, path: Path | None) -> None:
        """The window now shows ``path`` (None: an untitled release)."""
        if self.path is not None and self.path != path:
            lock.release(self.path, self.token)
            with contextlib.suppress(Exception):
                self._watcher.removePath(str(self.path))
        self.path = path
        if path is not None:
            lock.acquire(path, self.token)
            self.remember_disk_state()
            if str(path) not in self._watcher.files():
                self._watcher.addPath(str(path))

    def remember_disk_state(self) -> None:
        if self.path is not None:
            self._signature = _signature(self.path)

    def detach(self) -> None:
        self.attach(None)

    def forget_rows(self) -> None:
        """Another release is shown: the rows kept from the last snapshot (and the rows they
        copy) go now, not at the next autosave, which an unchanged release never makes."""
        self._copies = RowCopies()

    def _on_file_changed(self, name: str) -> None:
        path = Path(name)
        if self.path is None or path != self.path:
            return
        # an atomic replace by another program drops the watch: watch the new file
        if path.exists() and name not in self._watcher.files():
            self._watcher.addPath(name)
        now = _signature(path)
        if now is None or now == self._signature:
            return
        self._signature = now
        self.changedOnDisk.emit(name)
