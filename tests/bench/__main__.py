"""``make bench``: every benchmark module's results as one table of medians.
``make bench-loaded`` (``--busy``): the same with another program keeping a core busy the
whole time (a busy loop), as on a user's laptop."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys

# name recognition (numpy's OpenBLAS, in the checks benchmarks) with one thread, as the
# checks process runs it (editor.checks.server); nothing else here uses numpy
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from tests.bench.harness import print_table  # noqa: E402

MODULES = ["tests.bench.bench_storage", "tests.bench.bench_spelling", "tests.bench.bench_checks",
           "tests.bench.bench_export", "tests.bench.bench_align",
           "tests.bench.bench_editor", "tests.bench.bench_typing", "tests.bench.bench_send",
           "tests.bench.bench_memory",
           "tests.bench.bench_crash"]


def main() -> int:
    """All benchmarks, or those named (``python -m tests.bench send export``)."""
    args = [a for a in sys.argv[1:] if a != "--busy"]
    chosen = [m for m in MODULES if not args or any(m.endswith("bench_" + arg) for arg in args)]
    busy = (subprocess.Popen([sys.executable, "-c", "while True: pass"])
            if "--busy" in sys.argv[1:] else None)
    try:
        results = []
        for name in chosen:
            results += importlib.import_module(name).run()
    finally:
        if busy is not None:
            busy.kill()
            busy.wait()
    if busy is not None:
        print("(another program kept a core busy throughout)")
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
