"""A child process for the memory benchmark: opens a .tandem release in the window (or, as
the anchor, shows its text in a bare QMainWindow with a QTextEdit), waits until spelling and
checks have finished, and prints its peak and settled resident memory (MB), then those of
the checks process."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def rss_mb(field: str = "VmRSS", pid: int | str = "self") -> float:
    """Resident memory now (VmRSS) or at its highest (VmHWM). Not getrusage's ru_maxrss:
    that keeps the parent's size from before exec, so a large benchmark process would
    inflate its child's peak."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    source, mode = Path(sys.argv[1]), sys.argv[2]
    folder = Path(tempfile.mkdtemp(prefix="tandem-mem-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    from PySide6.QtWidgets import QApplication

    if mode == "bare":
        from editor.storage import load_release

        release = load_release(source)
        text = "\n\n".join(row.text(lang) for lang in release.languages for row in release.rows)
        del release
        from PySide6.QtWidgets import QMainWindow, QTextEdit

        app = QApplication([])
        w = QMainWindow()
        edit = QTextEdit()
        edit.setPlainText(text)
        w.setCentralWidget(edit)
        w.resize(1280, 800)
        w.show()
        app.processEvents()
    else:
        from ui.app import create_app
        from ui.main_window import MainWindow

        path = folder / "mem.tandem"
        path.write_bytes(source.read_bytes())  # a copy: the lock file goes beside it
        app = create_app()
        w = MainWindow()
        w.resize(1280, 800)
        w.show()
        w.open_path(path)
        app.processEvents()
        w.view.spell.wait()
        w.checks.wait()
        app.processEvents()
    peak = rss_mb("VmHWM")
    server = [0.0, 0.0]
    if mode != "bare":  # the checks process: name recognition and dictionaries live there
        from editor.checks.client import SERVER

        pid = SERVER._proc.pid
        server = [rss_mb("VmHWM", pid), rss_mb("VmRSS", pid)]
    print(f"{peak:.1f} {rss_mb():.1f} {server[0]:.1f} {server[1]:.1f}")
    sys.stdout.flush()
    os._exit(0)  # no teardown: the figures are taken


if __name__ == "__main__":
    sys.exit(main())
