"""kill -9 during continuous typing (a key every 25 ms, never a pause, autosave every
second): how much typing the recovery copy lacks, over 8 runs killed at moments spread evenly
over the autosave cycle (2 s after the window is up, then every 0.625 s: each falls at another
eighth of the second between two autosaves). Moments drawn at random had bunched at some
phases of the cycle, so that the median moved between 20 and 40 with how fast the window
started. The budget is one autosave interval of typing (40 characters); the expected median,
half of that."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench.harness import Result

ROOT = Path(__file__).resolve().parents[2]
RUNS = 8


def run() -> list:
    from editor.importers.release_builder import import_release
    from editor.storage import recovery, save_release
    from tests.conftest import EN, RU
    from tests.gui.typing_crash_driver import TEXT

    lost = []
    for run in range(RUNS):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "release.tandem"
            save_release(import_release(RU, EN).release, path)
            kill_at = 2.0 + 0.625 * run  # 0.625 * run modulo 1 s: the eighths, each once
            proc = subprocess.run(
                [sys.executable, str(ROOT / "tests" / "gui" / "typing_crash_driver.py"), str(path),
                 "0", "25", f"{kill_at:.2f}"], capture_output=True, text=True, timeout=90,
                cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"))
            assert proc.returncode == -signal.SIGKILL, proc.stderr
            typed = int(proc.stdout.split()[1])
            found = recovery.find_for(path)
            text = found.load().rows[0].text("en") if found else ""
            kept = len(text) - len(import_release(RU, EN).release.rows[0].text("en"))
            assert TEXT[:kept] == text[:kept]  # what was kept is the typing, in order
            lost.append(typed - kept)
    lost.sort()
    return [Result(f"kill -9 while typing: characters lost (worst of {RUNS} {lost[-1]}; "
                   f"all {lost})", lost[len(lost) // 2], RUNS, 40, unit="chars")]
