"""A child process for the memory benchmark: opens a release of N rows in the window (or,
as the anchor, a bare QMainWindow with a QTextEdit holding the same text), waits until
spelling and checks have finished, and prints its peak and settled resident memory (MB)."""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    rows, mode = int(sys.argv[1]), sys.argv[2]
    folder = Path(tempfile.mkdtemp(prefix="tandem-mem-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    from tests.bench.harness import repeated_sample

    ru, en = repeated_sample(folder, rows)
    from PySide6.QtWidgets import QApplication

    if mode == "bare":
        from PySide6.QtWidgets import QMainWindow, QTextEdit

        app = QApplication([])
        w = QMainWindow()
        edit = QTextEdit()
        edit.setPlainText(ru.read_text(encoding="utf-8") + "\n\n" + en.read_text(encoding="utf-8"))
        w.setCentralWidget(edit)
        w.resize(1280, 800)
        w.show()
        app.processEvents()
    else:
        from editor.importers.release_builder import import_release
        from editor.storage import save_release
        from ui.app import create_app
        from ui.main_window import MainWindow

        # distinct paragraphs, so the caches hold what a real release of that size needs
        release = import_release(ru, en).release
        from editor.model import Paragraph

        for i, row in enumerate(release.rows):
            row.paragraphs["ru"] = Paragraph(row.text("ru") + f" Пункт {i}.")
            row.paragraphs["en"] = Paragraph(row.text("en") + f" Item {i}.")
        path = folder / "mem.tandem"
        save_release(release, path)
        app = create_app()
        w = MainWindow()
        w.resize(1280, 800)
        w.show()
        w.open_path(path)
        app.processEvents()
        w.view.spell.wait()
        w.checks.wait()
        app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{peak:.1f} {rss_mb():.1f}")
    sys.stdout.flush()
    os._exit(0)  # no teardown: the figures are taken


if __name__ == "__main__":
    sys.exit(main())
