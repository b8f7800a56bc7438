"""What protects the open release's file: autosave to a recovery copy, the lock file that
warns a second window, and a watch that notices another program changing the file."""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from editor.errors import TandemError
from editor.storage import lock, recovery
from editor.storage.tandem_file import to_bytes


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
        self._timer.timeout.connect(self.autosave)
        self.last_recovery: Path | None = None
        self._written: bytes | None = None  # digest of what the recovery copy holds

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

    def discard_recovery(self) -> None:
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
