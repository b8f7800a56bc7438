"""Memory of the editor with a release open, after spelling and every check have run: peak
and settled resident memory at 500 and 2,000 distinct rows (budget 400 MB for the window's
process and the checks process together, each at its own peak), each in a fresh process, with the anchor of a bare QMainWindow + QTextEdit holding the same text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.bench.harness import Result, distinct_release, scratch

ROOT = Path(__file__).resolve().parents[2]


def _release(rows: int) -> Path:
    """A .tandem of ``rows`` distinct rows (made here, so the child only opens it)."""
    from editor.storage import save_release

    path = scratch() / f"mem-{rows}.tandem"
    save_release(distinct_release(rows), path)
    return path


def _measure(path: Path, mode: str) -> list[float]:
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "bench" / "memory_driver.py"),
                          str(path), mode], capture_output=True, text=True, timeout=600,
                         cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return [float(x) for x in out.stdout.split()[-4:]]


def run() -> list:
    results = []
    for rows in (500, 2000):
        path = _release(rows)
        bare_peak = _measure(path, "bare")[0]
        peak, settled, server_peak, server_settled = _measure(path, "tandem")
        results.append(Result(f"memory, {rows} distinct rows, peak, window + checks process "
                              f"({peak:.0f} + {server_peak:.0f}; bare window with the text: "
                              f"{bare_peak:.0f} MB)", peak + server_peak, 1, 400, unit="MB"))
        results.append(Result(f"memory, {rows} distinct rows, settled after all checks "
                              f"({settled:.0f} + {server_settled:.0f})",
                              settled + server_settled, 1, 400, unit="MB"))
    return results
