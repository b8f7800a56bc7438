"""Run as a separate process by the recovery tests: opens a release (or imports the
sample), types into the English pane, waits for the autosave and then kills itself the
hard way (SIGKILL), as a crash or a power cut would."""

import os
import signal
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(target: str, text: str) -> None:
    from ui.app import create_app

    app = create_app()
    from ui.main_window import MainWindow
    from ui.settings import Settings

    settings = Settings()
    settings.autosave_seconds = 1
    window = MainWindow(settings)
    window.show()
    if target == "--sample":
        from tests.conftest import EN, RU

        window.import_paths(str(RU), str(EN))
    else:
        window.open_path(target)
    pane = window.view.panes["en"]
    pane.setFocus()
    pane.place_cursor(0, 0)
    pane.textCursor().insertText(text)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        rec = window.guard.last_recovery
        if rec is not None and rec.exists():
            print(f"autosaved {rec}", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(0.05)
    print("no autosave happened", flush=True)
    sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
