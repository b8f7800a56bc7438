"""Run as a separate process by the recovery tests: types into the English pane without
ever pausing (so the typing stays one undo step), with autosave every second, and kills
itself the hard way (SIGKILL) right after the N-th autosave, while still typing. It prints
how many characters had been typed when that autosave was written."""

import os
import signal
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = "Continuous typing that never pauses long enough to close an undo step. " * 20


def main(target: str, autosaves: int, interval_ms: int, kill_after: float = 0.0) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from ui.app import create_app

    app = create_app()
    from ui.main_window import MainWindow
    from ui.settings import Settings

    settings = Settings()
    settings.autosave_seconds = 1
    window = MainWindow(settings)
    window.show()
    window.open_path(target)
    pane = window.view.panes["en"]
    pane.setFocus()
    pane.place_cursor(0, 0)
    typed = 0
    saves = []

    def type_one():
        nonlocal typed
        ch = TEXT[typed % len(TEXT)]
        QTest.keyClick(pane, Qt.Key.Key_Space if ch == " " else ch)
        typed += 1

    snapped = [0]

    def on_snapshot():
        snapped[0] = typed  # what the copy being written holds

    def on_autosave(_path):
        saves.append(snapped[0])
        if autosaves and len(saves) >= autosaves:
            # the characters the written copy holds (typing went on while it was written)
            print(f"typed {snapped[0]} undo-steps {window.view.undo_stack.count()}", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    window.guard.autosaveStarted.connect(on_snapshot)
    window.guard.autosaved.connect(on_autosave)
    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(interval_ms)
    if kill_after > 0:  # a crash at any moment, not just after an autosave

        def crash():
            print(f"typed {typed} autosaves {len(saves)}", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        # precise: a coarse timer fires up to 5 % late, which moves the kill's moment
        killer = QTimer()
        killer.setSingleShot(True)
        killer.setTimerType(Qt.TimerType.PreciseTimer)
        killer.timeout.connect(crash)
        killer.start(int(kill_after * 1000))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    print(f"no autosave after typing {typed} characters (autosaves: {saves})", flush=True)
    sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]),
         float(sys.argv[4]) if len(sys.argv) > 4 else 0.0)
