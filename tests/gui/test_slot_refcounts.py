"""PySide6 6.12.0's Signal.emit() releases True once too often; after a few thousand
signals emitted from Python the interpreter aborts (bool_dealloc). pyproject excludes that
version; this drives the window's signal paths many times and checks that True and False
keep their references, so a PySide6 with the same bug is caught here, not by a user."""

import gc
import sys

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import open_sample

N = 1000


def refs():
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    gc.collect()  # objects freed by other tests' leftovers are not the bug
    return sys.getrefcount(True) + sys.getrefcount(False)


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="True and False are immortal from Python 3.12 (PEP 683): their "
                    "reference counts say nothing, and the bug cannot free them there")
def test_actions_and_pane_signals_do_not_leak_bool_references(qtbot):
    w = open_sample(qtbot)
    w.view.spell.wait()  # background checks settle first: their objects are not the bug
    w.checks.wait()
    w.guard.set_interval(0)
    w.view.panes["en"].place_cursor(2, 0)
    before = refs()
    for _ in range(N):
        w.action_translated.trigger()  # a slot that returns a bool to Python callers
        w.action_lock.trigger()  # a checkable action
        w.view.statsChanged.emit()  # emitted from Python: the 6.12.0 bug
        w.guard._timer.timeout.emit()
    after_actions = refs()
    assert after_actions >= before - N // 2, "bool references are being released by PySide6 signals"
    pane = w.view.panes["ru"]
    for _ in range(20):
        pane.place_cursor(3, 10)
        qtbot.keyClick(pane, Qt.Key.Key_Return)  # split through a signal
        qtbot.keyClick(pane, Qt.Key.Key_Backspace)
    w.view.spell.wait()
    w.checks.wait()
    assert refs() >= before - N // 2, "bool references are being released by PySide6 signals"
