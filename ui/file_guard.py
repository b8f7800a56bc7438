"""What protects the open release's file: autosave to a recovery copy, the lock file that
warns a second window, and a watch that notices another program changing the file."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from editor.errors import TandemError
from editor.storage import lock, recovery


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


class FileGuard(QObject):
    changedOnDisk = Signal(str)
    autosaveFailed = Signal(str)

    def __init__(self, get_release, parent=None):
        super().__init__(parent)
        self._get_release = get_release  # () -> (release, needs_autosave: bool)
        self.path: Path | None = None
        self.token = lock.new_token()
        self._signature = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.autosave)
        self.last_recovery: Path | None = None

    # --- autosave ---------------------------------------------------------------------

    def set_interval(self, seconds: int) -> None:
        self._timer.stop()
        if seconds > 0:
            self._timer.start(int(seconds * 1000))

    def recovery_file(self) -> Path:
        release, _ = self._get_release()
        return recovery.recovery_path(release, self.path)

    def autosave(self) -> bool:
        release, needed = self._get_release()
        if not needed or release is None:
            return False
        target = self.recovery_file()
        try:
            recovery.write_recovery(release, target)
        except (TandemError, OSError) as err:
            self.autosaveFailed.emit(str(err))
            return False
        if self.last_recovery and self.last_recovery != target:
            recovery.discard(self.last_recovery)
        self.last_recovery = target
        return True

    def discard_recovery(self) -> None:
        recovery.discard(self.last_recovery)
        with contextlib.suppress(Exception):
            recovery.discard(self.recovery_file())
        self.last_recovery = None

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
