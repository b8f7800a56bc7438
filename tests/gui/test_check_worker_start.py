"""The checks process starts only once the window has been painted: its start-up (loading
dictionaries and models) must not compete with the window's first paint for the processor.
A window not shown does not wait, and a window whose paint does not come waits a limited
time."""

import time

from PySide6.QtWidgets import QApplication, QWidget

from editor.checks import CheckContext
from ui import check_worker
from ui.check_worker import CheckWorker


def _worker(parent, monkeypatch):
    worker = CheckWorker(parent)
    sent: list = []
    monkeypatch.setattr(worker.client, "ask", lambda state, release, message: sent.append(
        message))
    worker.ask(CheckContext(), None, ("preload",))  # made while the window is being built
    return worker, sent


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def test_requests_wait_for_the_first_paint_of_a_shown_window(qtbot, monkeypatch):
    monkeypatch.setattr(check_worker, "FIRST_PAINT_WAIT_MS", 60_000)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.setUpdatesEnabled(False)  # shown, not painted yet (a slow X server)
    window.show()
    worker, sent = _worker(window, monkeypatch)
    _spin(0.3)
    assert sent == []  # the event loop ran, the window was not painted: still held
    window.setUpdatesEnabled(True)
    window.repaint()
    _spin(0.05)
    assert sent == [("preload",)]
    worker.ask(CheckContext(), None, ("invalidate",))
    assert sent == [("preload",), ("invalidate",)]  # later requests go at once


def test_a_paint_that_does_not_come_is_waited_for_a_limited_time(qtbot, monkeypatch):
    monkeypatch.setattr(check_worker, "FIRST_PAINT_WAIT_MS", 200)
    window = QWidget()
    qtbot.addWidget(window)
    window.setUpdatesEnabled(False)
    window.show()
    worker, sent = _worker(window, monkeypatch)
    _spin(0.1)
    assert sent == []
    _spin(0.4)
    assert sent == [("preload",)]


def test_a_window_not_shown_does_not_wait(qtbot, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    worker, sent = _worker(window, monkeypatch)
    _spin(0.05)
    assert sent == [("preload",)]


def test_held_requests_go_a_slice_a_turn_in_order_and_later_ones_wait_behind(qtbot,
                                                                            monkeypatch):
    """At 2,000 rows the held requests (the whole release, 100 batches of spelling) took
    44 ms in one go: sent a few milliseconds' worth a turn of the event loop, a key is
    handled between them."""
    monkeypatch.setattr(check_worker, "HELD_SLICE_S", 0)  # each request is a turn's slice
    window = QWidget()
    qtbot.addWidget(window)
    worker, sent = _worker(window, monkeypatch)  # not shown: released when the loop runs
    for n in range(4):
        worker.ask(CheckContext(), None, ("spell", n, []))
    QApplication.processEvents()
    assert 1 <= len(sent) < 5  # not all in one turn
    worker.ask(CheckContext(), None, ("checks", 9))  # asked meanwhile: behind the others
    _spin(0.1)
    assert sent == [("preload",)] + [("spell", n, []) for n in range(4)] + [("checks", 9)]


def test_a_window_closed_while_requests_are_held_sends_nothing_more(qtbot, monkeypatch):
    """Closing the window before its held requests have all gone drops the rest: a batch of
    spelling sent after the close reached the checks process without its release and
    failed there ("a check failed" on the terminal)."""
    monkeypatch.setattr(check_worker, "HELD_SLICE_S", 0)
    window = QWidget()
    qtbot.addWidget(window)
    worker, sent = _worker(window, monkeypatch)
    monkeypatch.setattr(worker.client, "close", lambda: sent.append(("close",)))
    for n in range(4):
        worker.ask(CheckContext(), None, ("spell", n, []))
    QApplication.processEvents()
    assert 1 <= len(sent) < 5  # being released
    worker.close()
    worker.ask(CheckContext(), None, ("spell", 9, []))  # asked after the close
    _spin(0.1)
    assert sent[-1] == ("close",) and ("spell", 3, []) not in sent and ("spell", 9, []) not in sent
