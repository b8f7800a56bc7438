"""``make bench``: every benchmark module's results as one table of medians."""

from __future__ import annotations

import importlib
import sys

from tests.bench.harness import print_table

MODULES = ["tests.bench.bench_storage", "tests.bench.bench_spelling", "tests.bench.bench_checks",
           "tests.bench.bench_export", "tests.bench.bench_align",
           "tests.bench.bench_editor", "tests.bench.bench_typing", "tests.bench.bench_send",
           "tests.bench.bench_memory",
           "tests.bench.bench_crash"]


def main() -> int:
    """All benchmarks, or those named (``python -m tests.bench send export``)."""
    chosen = [m for m in MODULES if not sys.argv[1:]
              or any(m.endswith("bench_" + arg) for arg in sys.argv[1:])]
    results = []
    for name in chosen:
        results += importlib.import_module(name).run()
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
