"""``make bench``: every benchmark module's results as one table of medians."""

from __future__ import annotations

import importlib
import sys

from tests.bench.harness import print_table

MODULES = ["tests.bench.bench_storage", "tests.bench.bench_spelling", "tests.bench.bench_checks",
           "tests.bench.bench_export", "tests.bench.bench_align",
           "tests.bench.bench_editor", "tests.bench.bench_crash"]


def main() -> int:
    results = []
    for name in MODULES:
        results += importlib.import_module(name).run()
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
