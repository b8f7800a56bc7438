"""The editor window: start-up (budget 1 s), keystroke to repaint at 500 rows with rows kept
level (budget p95 16 ms), opening a 500-row release in the window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.harness import ROWS, Result, measure, repeated_sample, scratch
from tests.conftest import EN, RU

ROOT = Path(__file__).resolve().parents[2]


def _startup() -> float:
    """From starting the process to the window shown with the sample and the event loop
    idle (the child says "ready"); spelling goes on in the background after that."""
    env = dict(os.environ, TANDEM_QUIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "ui.launcher", "--ru", str(RU), "--en", str(EN)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "ready":
        raise RuntimeError("the window did not come up")
    return elapsed


def run() -> list:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = scratch()
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    results = []
    times = [_startup() for _ in range(5)]
    results.append(Result("start-up to window with the sample (process)", statistics.median(times),
                          len(times), 1.0))

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from editor.importers.release_builder import import_release
    from editor.storage import save_release
    from ui.app import create_app
    from ui.main_window import MainWindow

    sys.setswitchinterval(0.001)  # as the app does (ui.app.run_gui)
    app = create_app()
    ru, en = repeated_sample(folder)
    path = folder / "bench.tandem"
    save_release(import_release(ru, en).release, path)

    opened: list = []

    def window_up():
        for old in opened:  # the previous run's window, closed outside the timing
            old.setWindowModified(False)
            old.close()
            old.deleteLater()
        opened.clear()
        app.processEvents()
        w = MainWindow()
        opened.append(w)
        w.resize(1280, 800)
        w.show()
        app.processEvents()
        return w

    def open_in_window(w):
        """File > Open of a 500-row release in a window that is up: from the call to the
        rows shown, levelled and the event loop idle (spelling and checks then go on in
        the background)."""
        w.open_path(path)
        app.processEvents()

    results.append(measure(f"open {ROWS}-row release in the window (window up)", open_in_window,
                           runs=5, budget_s=0.3, setup=window_up))
    window_up()  # closes the last one

    w = MainWindow()
    w.resize(1280, 800)
    w.show()
    w.open_path(path)
    app.processEvents()
    pane = w.view.panes["en"]
    pane.setFocus()
    pane.place_cursor(250, 10)
    app.processEvents()

    def typing(n: int) -> list[float]:
        latencies = []
        for i in range(n):
            key = Qt.Key.Key_Backspace if i % 7 == 6 else Qt.Key.Key_A
            start = time.perf_counter()
            QTest.keyClick(pane, key)
            app.processEvents()
            pane.viewport().repaint()
            latencies.append(time.perf_counter() - start)
        return sorted(latencies)

    # right after opening, while spelling, the entity models and the first full check run
    busy = typing(150)
    w.view.spell.wait()
    w.checks.wait()
    settled = typing(300)
    for label, lat, budget in (("while the first checks run", busy, None),
                               ("spelling and checks on", settled, 0.016)):
        results.append(Result(f"keystroke to repaint, {ROWS} rows, {label}, p50",
                              statistics.median(lat), len(lat)))
        results.append(Result(f"keystroke to repaint, {ROWS} rows, {label}, p95",
                              lat[int(len(lat) * 0.95)], len(lat), budget))
    w.setWindowModified(False)
    w.view.undo_stack.setClean()
    w.close()
    return results
