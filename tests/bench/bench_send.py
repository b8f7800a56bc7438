"""Sending the sample from the window's Send dialog: Check (the dry run) from the click to
the plan shown (budget 1 s; it took 5–8 s when the dry run made the Word files and PDFs),
and a real send to a local SMTP server (aiosmtpd) of three language groups with each
language's Word file and PDF attached, from the click to the dialog closed. Fresh text each
run (a run number in the headline), so no cache of an earlier run answers."""

from __future__ import annotations

import socket
import time

from tests.bench.harness import Result, window_home


def run() -> list:
    folder = window_home()
    import copy
    import statistics

    from aiosmtpd.controller import Controller
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from editor.export.pdf import office_binary
    from tests.conftest import EN, RU, _Inbox
    from ui.app import create_app
    from ui.main_window import MainWindow
    from ui.send_dialog import SendDialog

    app = create_app()
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    lst = folder / "list.csv"
    lst.write_text("anna@example.kz,ru\nbob@example.be,en\ndesk@agency.example,ru+en\n",
                   encoding="utf-8")
    w = MainWindow()
    w.show()
    w.import_paths(str(RU), str(EN))
    checks, sends = [], []
    try:
        for n in range(7):
            meta = copy.deepcopy(w.release.meta)
            meta.headline = {"ru": f"Дни казахского кино, выпуск {n}",
                             "en": f"Days of Kazakh Cinema, issue {n}"}
            w.view.change_metadata(meta)
            dialog = SendDialog(w.release, w.settings, w, {})
            dialog.list_path.setText(str(lst))
            dialog.sender.setText("press@kazembassy.example")
            dialog.host.setText("127.0.0.1")
            dialog.port.setValue(port)
            dialog.security.setCurrentIndex(dialog.security.findData("none"))
            dialog.show()
            start = time.perf_counter()
            QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
            while not dialog.plan.toPlainText():
                app.processEvents()
            checks.append(time.perf_counter() - start)
            if n < 3:  # a real send makes Word files and PDFs: fewer runs
                before = len(inbox.messages)
                start = time.perf_counter()
                QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
                while dialog.isVisible() or len(inbox.messages) < before + 3:
                    app.processEvents()
                sends.append(time.perf_counter() - start)
            dialog.close()
            dialog.deleteLater()
    finally:
        controller.stop()
        w.setWindowModified(False)
        w.close()
        QApplication.processEvents()
    maker = "LibreOffice" if office_binary() else "Qt"
    return [Result("Send dialog: Check (dry run) of the sample, click to plan shown",
                   statistics.median(checks), len(checks), 1.0),
                   Result(f"Send dialog: send the sample to 3 groups, Word + PDF ({maker}) "
                          "attached, local SMTP", statistics.median(sends), len(sends))]
