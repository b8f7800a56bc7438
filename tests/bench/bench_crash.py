"""kill -9 during continuous typing (a key every 25 ms, never a pause, autosave every
second): how much typing the recovery copy lacks, over runs killed at seeded random
moments. The budget is one autosave interval of typing (40 characters)."""

from __future__ import annotations

import os
import random
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

    rng = random.Random(20261130)
    lost = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "release.tandem"
            save_release(import_release(RU, EN).release, path)
            kill_at = rng.uniform(2.0, 6.0)
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
