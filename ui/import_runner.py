"""Importing off the UI thread: reading, decoding and aligning run in a worker thread while
a progress dialog (shown only when the work takes a moment) offers Cancel. The window keeps
painting and answering; a cancelled import changes nothing."""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from editor.align import Cancelled
from editor.errors import TandemError
from editor.importers.release_builder import ImportResult, import_release
from ui.workers import new_pool

SHOW_AFTER_MS = 400


class _Signals(QObject):
    progress = Signal(float)
    finished = Signal(object)  # ImportResult, TandemError, Cancelled or another exception


class _ImportJob(QRunnable):
    def __init__(self, ru, en, signals: _Signals, stop: threading.Event):
        super().__init__()
        self.ru, self.en, self.signals, self.stop = ru, en, signals, stop

    def run(self):
        try:
            outcome = import_release(self.ru, self.en, progress=self._progress,
                                     cancelled=self.stop.is_set)
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


class ImportRunner(QObject):
    """Runs one import; ``run`` returns its outcome once it is done or cancelled, with the
    event loop running meanwhile."""

    def __init__(self, parent):
        super().__init__(parent)
        self._pool = new_pool(self)
        self.dialog: QProgressDialog | None = None
        self._was_active = False

    def run(self, ru, en) -> ImportResult | Exception:
        stop = threading.Event()
        signals = _Signals()
        window = self.parent()
        loop = QEventLoop(self)
        outcome: list = []
        fraction = [0.0]

        def show_dialog() -> None:
            """Only an import that takes a moment gets a dialog (a quick one never takes
            the focus away from the window)."""
            if outcome:
                return
            was_active = window.isActiveWindow()
            dialog = QProgressDialog(self.tr("Importing and aligning the two versions…"),
                                     self.tr("Cancel"), 0, 100, window)
            dialog.setWindowTitle(self.tr("Import"))
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
            loop.quit()
        signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(SHOW_AFTER_MS, self, show_dialog)
        self._pool.start(_ImportJob(ru, en, signals, stop))
        loop.exec()
        if self.dialog is not None and isinstance(outcome[0], ImportResult):
            # the rows go into the panes next (on this thread): say so until finish()
            self.dialog.setLabelText(self.tr("Showing the rows…"))
            self.dialog.setCancelButton(None)
            self.dialog.setValue(100)
        else:
            self.finish()
        return outcome[0]

    def finish(self) -> None:
        """Close the progress dialog, if there is one, and give the focus back."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
            if self._was_active:  # give the focus back to where typing goes on
                self.parent().activateWindow()
