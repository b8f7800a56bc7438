"""Creating the application and the first window."""

from __future__ import annotations

import sys


def create_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Tandem")
    app.setOrganizationName("Tandem")
    app.setApplicationDisplayName("Tandem")
    return app


def run_gui(file: str | None = None, ru: str | None = None, en: str | None = None) -> int:
    app = create_app()
    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    if file:
        window.open_path(file)
    elif ru or en:
        window.import_paths(ru, en)
    return app.exec()
