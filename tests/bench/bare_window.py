"""The start-up benchmark's anchor: a bare PySide6 window (QMainWindow + QTextEdit) showing
the sample's two versions, started the same way as the editor; prints "ready" when the
window is up and the event loop idle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    edit = QTextEdit()
    edit.setPlainText("\n\n".join(Path(p).read_text(encoding="utf-8") for p in sys.argv[1:]))
    window.setCentralWidget(edit)
    window.resize(1280, 800)
    window.show()

    def ready():
        print("ready", flush=True)
        app.exit(0)

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
