"""The editor window: start-up (budget 1 s, and 2x a bare window started the same way, on a
real X display where Xvfb is installed) and opening a 500-row release in the window.
Keystrokes are measured at human rhythm in bench_typing."""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.harness import (
    ROWS,
    Result,
    distinct_release,
    measure,
    repeated_sample,
    window_home,
)
from tests.conftest import EN, RU

ROOT = Path(__file__).resolve().parents[2]


def _ready_after(command: list[str], env: dict) -> float:
    """From starting the process to its window painted (the release in it) and the event
    loop idle: the child prints "ready" then."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "ready":
        raise RuntimeError(f"the window did not come up: {command}")
    return elapsed


@contextlib.contextmanager
def _display():
    """A real X display (Xvfb) for the start-up figures, or None where Xvfb is missing
    (then offscreen, and the benchmark says so)."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    number = 90 + os.getpid() % 100
    xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait()


def startup_results() -> list:
    """Start-up of the editor with the sample, as a ratio to a bare PySide6 window showing
    the same text started the same way, interleaved, 5 runs each (budget 2x)."""
    with _display() as display:
        env = dict(os.environ, TANDEM_QUIT_WHEN_READY="1")
        # as on a user's machine, where Python keeps the compiled modules (this machine's
        # environment says not to): a first start of each, not timed, writes them
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # both as Qt starts them by default: the editor sets its own settings (ui.app), the
        # bare window has none (another benchmark in this process may have set the app's)
        env.pop("QT_NO_GUI_THREADPOOL", None)
        if display is None:
            env["QT_QPA_PLATFORM"], where = "offscreen", "offscreen: no Xvfb here"
        else:
            env["QT_QPA_PLATFORM"], env["DISPLAY"], where = "xcb", display, "Xvfb"
        tandem, bare = [], []
        for run in range(6):
            t = _ready_after([sys.executable, "-m", "ui.launcher", "--ru", str(RU), "--en",
                              str(EN)], env)
            b = _ready_after([sys.executable, str(ROOT / "tests" / "bench" / "bare_window.py"),
                              str(RU), str(EN)], env)
            if run:
                tandem.append(t)
                bare.append(b)
    t, b = statistics.median(tandem), statistics.median(bare)
    return [Result(f"start-up to window with the sample ({where}; bare window {b * 1000:.0f} ms)",
                   t, 5, 1.0),
            Result("start-up, ratio to the bare window (budget 2x)", t / b, 5, 2.0, unit="x")]


def run() -> list:
    folder = window_home()
    results = startup_results()


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
    results += [_first_pass(app, window_up, rows) for rows in (500, 2000)]
    window_up()  # closes the last one

    return results


# a word for each run's closing sentences, so that no run's paragraphs were seen before
_RUN_WORDS = [("Раздел", "Section"), ("Часть", "Part"), ("Глава", "Chapter")]


def _first_pass(app, window_up, rows: int) -> Result:
    """From File > Open of a release new to the checks process (every paragraph distinct
    and unlike any it checked before; its models loaded, as a while after start-up) to the
    first spelling of every paragraph done and the first checks' findings all shown. The
    two are reported apart in the name; the median is of the latter, 3 runs."""
    from editor.storage import save_release

    spelled, checked = [], []
    for words in _RUN_WORDS:
        path = window_home() / f"first-pass-{rows}-{words[1]}.tandem"
        save_release(distinct_release(rows, words), path)
        w = window_up()
        start = time.perf_counter()
        w.open_path(path)
        seen, done = set(), {}
        while len(done) < 2 and time.perf_counter() - start < 120:
            app.processEvents()
            for name, part in (("spelling", w.view.spell), ("checks", w.checks)):
                if part.busy:
                    seen.add(name)
                elif name in seen and name not in done:
                    done[name] = time.perf_counter() - start
            time.sleep(0.005)
        if len(done) < 2:
            raise RuntimeError(f"the first spelling and checks of {rows} rows did not end")
        spelled.append(done["spelling"])
        checked.append(done["checks"])
        w.setWindowModified(False)
        w.view.undo_stack.setClean()
    return Result(f"open {rows} rows, to the first spelling of every paragraph "
                  f"({statistics.median(spelled):.1f} s) and all first findings shown",
                  statistics.median(checked), len(checked))
