"""The start-up benchmark's anchor: a bare PySide6 window (QMainWindow + QTextEdit) showing
the sample's two versions, started the same way as the editor; prints "ready" when the
window has been painted and the event loop is idle (as the editor does: ui.app)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    edit = QTextEdit()
    edit.setPlainText("\n\n".join(Path(p).read_text(encoding="utf-8") for p in sys.argv[1:]))
    window.setCentralWidget(edit)
    window.resize(1280, 800)

    def ready():
        print("ready", flush=True)
        app.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                app.removeEventFilter(self)
                QTimer.singleShot(0, ready)
            return False

    first_paint = FirstPaint(app)
    app.installEventFilter(first_paint)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
