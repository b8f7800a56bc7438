"""Timing helpers and the reference document: the sample release repeated to 500 rows."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import EN, RU

ROWS = 500


@dataclass
class Result:
    name: str
    median_s: float
    runs: int
    budget_s: float | None = None
    unit: str = "s"  # seconds (shown in ms), or a count such as "chars" (shown as is)

    @property
    def verdict(self) -> str:
        if self.budget_s is None:
            return ""
        return "ok" if self.median_s <= self.budget_s else "OVER BUDGET"


def measure(name: str, fn, runs: int = 7, budget_s: float | None = None, setup=None) -> Result:
    times = []
    for _ in range(runs):
        arg = setup() if setup else None
        start = time.perf_counter()
        fn(arg) if setup else fn()
        times.append(time.perf_counter() - start)
    return Result(name, statistics.median(times), runs, budget_s)


def repeated_sample(folder: Path, rows: int = ROWS) -> tuple[Path, Path]:
    """The sample's two versions repeated until each has ``rows`` paragraphs."""
    out = []
    for src, lang in ((RU, "ru"), (EN, "en")):
        paragraphs = src.read_text(encoding="utf-8").split("\n")
        body = [p.strip() for p in paragraphs if p.strip()][1:]  # without the date line
        text = "\n\n".join((body * (rows // len(body) + 1))[:rows])
        path = folder / f"bench.{lang}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out[0], out[1]


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="tandem-bench-"))


def window_home() -> Path:
    """A scratch folder holding the settings and user data of the windows a benchmark opens
    (never the user's own), offscreen unless a display was chosen."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = scratch()
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    return folder


def print_table(results: list[Result]) -> None:
    width = max(len(r.name) for r in results)
    print(f"{'benchmark':<{width}}  {'median':>10}  {'budget':>8}  runs  verdict")
    print("-" * (width + 40))
    for r in results:
        if r.unit == "s":
            value = f"{r.median_s * 1000:>7.1f} ms"
            budget = f"{r.budget_s * 1000:.0f} ms" if r.budget_s is not None else "-"
        elif r.unit == "x":  # a ratio
            value = f"{r.median_s:>7.2f} x"
            budget = f"{r.budget_s:.1f} x" if r.budget_s is not None else "-"
        else:
            value = f"{r.median_s:>7.0f} {r.unit[:2]}"
            budget = f"{r.budget_s:.0f} {r.unit[:2]}" if r.budget_s is not None else "-"
        print(f"{r.name:<{width}}  {value:>10}  {budget:>8}  {r.runs:>4}  {r.verdict}")


def distinct_release(rows: int = ROWS, words: tuple[str, str] = ("Пункт", "Item")):
    """The reference release of ``rows`` rows with every paragraph made distinct (a numbered
    closing sentence), so per-paragraph caches help no more than in a real release."""
    from editor.importers.release_builder import import_release
    from editor.model import Paragraph

    ru, en = repeated_sample(scratch(), rows)
    release = import_release(ru, en).release
    for i, row in enumerate(release.rows):
        row.paragraphs["ru"] = Paragraph(row.text("ru") + f" {words[0]} {i}.")
        row.paragraphs["en"] = Paragraph(row.text("en") + f" {words[1]} {i}.")
    return release
