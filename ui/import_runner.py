"""Long work off the UI thread (importing and aligning, sending): it runs in a worker thread
while a progress dialog (shown only when the work takes a moment) offers Cancel. The window
keeps painting and answering; a cancelled import changes nothing."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from editor.align import Cancelled
from editor.errors import TandemError
from editor.importers.release_builder import ImportResult, add_version, import_release
from ui.workers import new_pool

SHOW_AFTER_MS = 400


class _Signals(QObject):
    progress = Signal(float)
    finished = Signal(object)  # the task's result, or the exception it raised


class _Job(QRunnable):
    def __init__(self, task: Callable, signals: _Signals, stop: threading.Event):
        super().__init__()
        self.task, self.signals, self.stop = task, signals, stop

    def run(self):
        try:
            outcome = self.task(self._progress, self.stop.is_set)
        except (TandemError, Cancelled) as err:
            outcome = err
        except Exception as err:  # a bug: reported as one, never a crash of the worker
            traceback.print_exc()
            outcome = err
        try:
            self.signals.finished.emit(outcome)
        except RuntimeError:  # the window closed meanwhile
            pass

    def _progress(self, fraction: float) -> None:
        try:
            self.signals.progress.emit(fraction)
        except RuntimeError:
            pass


class BackgroundTask(QObject):
    """Runs one task in a worker thread; ``run`` returns its result (or the exception it
    raised) once it is done or cancelled, with the event loop running meanwhile. A task is
    ``task(progress, cancelled)``: it reports a fraction done and asks whether to stop."""

    def __init__(self, parent):
        super().__init__(parent)
        self._pool = new_pool(self)
        self.dialog: QProgressDialog | None = None
        self._was_active = False
        self.label = ""
        self.title = ""
        self.show_after_ms = SHOW_AFTER_MS

    def run_task(self, task: Callable) -> object:
        stop = threading.Event()
        signals = _Signals()
        window = self.parent()
        loop = QEventLoop(self)
        outcome: list = []
        ended: list = []  # the task is over (what it gave is handed on: ``outcome`` empties)
        fraction = [0.0]

        def show_dialog() -> None:
            """Only an import that takes a moment gets a dialog (a quick one never takes
            the focus away from the window)."""
            if ended:
                return
            was_active = window.isActiveWindow()
            dialog = QProgressDialog(self.label, self.tr("Cancel"), 0, 100, window)
            dialog.setWindowTitle(self.title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setMinimumWidth(420)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(lambda: stop.set())
            dialog.setValue(int(fraction[0] * 100))
            dialog.show()
            self.dialog = dialog
            self._was_active = was_active

        def on_progress(value: float) -> None:
            fraction[0] = value
            dialog = self.dialog
            if dialog is None:
                return
            if dialog.wasCanceled():  # cancel() resets without the canceled signal
                stop.set()
                return
            dialog.setValue(int(value * 100))

        def done(result):
            outcome.append(result)
            ended.append(True)
            loop.quit()
        signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(self.show_after_ms, self, show_dialog)
        self._pool.start(_Job(task, signals, stop))
        loop.exec()
        # the closures above outlive this call (the timer's, the signal's): what they hold
        # goes now, or every import would keep its release alive for good
        return outcome.pop()

    def finish(self) -> None:
        """Close the progress dialog, if there is one, and give the focus back."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
            if self._was_active:  # give the focus back to where typing goes on
                self.parent().activateWindow()


class ImportRunner(BackgroundTask):
    """Runs one import (reading, decoding, aligning)."""

    def run(self, ru, en, more: dict | None = None) -> ImportResult | Exception:
        self.label = self.tr("Importing and aligning the versions…")
        self.title = self.tr("Import")

        def task(progress, cancelled):
            result = import_release(ru, en, progress=progress, cancelled=cancelled)
            for lang, path in (more or {}).items():  # a Kazakh version: aligned to the source
                result.warnings += add_version(result.release, path, lang, result.encodings)
            return result
        outcome = self.run_task(task)
        if self.dialog is not None and isinstance(outcome, ImportResult):
            # the rows go into the panes next (on this thread): say so until finish()
            self.dialog.setLabelText(self.tr("Showing the rows…"))
            self.dialog.setCancelButton(None)
            self.dialog.setValue(100)
        else:
            self.finish()
        return outcome
