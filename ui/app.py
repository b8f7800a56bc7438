"""Creating the application and the first window."""

from __future__ import annotations

import os
import sys


def create_app(argv: list[str] | None = None):
    # background checks share the interpreter: switch threads every 1 ms (not 5) so that a
    # keystroke never waits long behind them (every Qt call into Python takes the lock)
    sys.setswitchinterval(0.001)
    # Qt's raster engine hands every fill taller than 96 lines (a scroll bar, a pane's
    # background, the current-row band) to a pool of threads and waits for them: on two
    # cores the hand-over cost more than the fill (a scroll bar's repaint 0.8 ms, without
    # the pool 0.27 ms; with the other core busy, worse). Qt's own switch keeps fills serial.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from editor.resources_path import resource

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Tandem")
    app.setOrganizationName("Tandem")
    app.setApplicationDisplayName("Tandem")
    app.setDesktopFileName("tandem")
    app.setWindowIcon(QIcon(str(resource("icons", "tandem.svg"))))
    return app


def run_gui(file: str | None = None, ru: str | None = None, en: str | None = None,
            early=None) -> int:
    app = create_app()
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.settings import Settings

    settings = Settings()  # only now: QSettings needs the application
    i18n.install(settings.ui_language)
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.restore_layout()  # the size, place and docks the user left
    window.show()
    if file:
        window.open_path(file)
    elif ru or en:
        window.import_paths(ru, en, early=early)
    else:
        window.offer_untitled_recovery()
    if os.environ.get("TANDEM_QUIT_WHEN_READY"):  # for the start-up benchmark
        _quit_when_painted(app, window)
    return app.exec()


def _quit_when_painted(app, window) -> None:
    """For the start-up benchmark: print "ready" and exit once the window has been painted
    with the release in it and the event loop is idle (not before: the window is not
    visible until then). Called once the release is in; the window is asked to paint in
    case a long import already let it paint (empty) meanwhile."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def ready():
        print("ready", flush=True)
        app.exit(0)  # exit, not quit: quit asks to save

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                app.removeEventFilter(self)
                QTimer.singleShot(0, ready)  # after this paint and the rest of the window's
            return False

    app._first_paint = FirstPaint(app)
    app.installEventFilter(app._first_paint)
    window.update()
