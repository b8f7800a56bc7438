"""Automatic alignment: 500 x 500 paragraphs (budget 0.5 s) and 5,000 x 5,000 (budget 10 s),
the reference release with a few paragraphs split, merged and dropped in the English."""

from __future__ import annotations

from editor.align import align
from editor.importers import read_document
from tests.bench.harness import Result, measure, repeated_sample, scratch


def _versions(rows: int):
    ru, en = repeated_sample(scratch(), rows)
    src = [p.text for p in read_document(ru).paragraphs]
    tgt = [p.text for p in read_document(en).paragraphs]
    # every 50th English paragraph merged with the next, every 70th dropped
    edited = []
    i = 0
    while i < len(tgt):
        if i % 50 == 10 and i + 1 < len(tgt):
            edited.append(tgt[i] + " " + tgt[i + 1])
            i += 2
            continue
        if i % 70 != 35:
            edited.append(tgt[i])
        i += 1
    return src, edited


def run() -> list:
    s500, t500 = _versions(500)
    s5k, t5k = _versions(5000)
    results = [measure("align 500 x 500 paragraphs", lambda: align(s500, t500), runs=3, budget_s=0.5)]
    big = measure("align 5,000 x 5,000 paragraphs", lambda: align(s5k, t5k), runs=1, budget_s=10.0)
    results.append(Result(big.name, big.median_s, big.runs, big.budget_s))
    return results
