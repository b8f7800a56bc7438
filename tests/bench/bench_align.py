"""Automatic alignment: 500 x 500 paragraphs (budget 0.5 s) and 5,000 x 5,000 (budget 10 s),
the reference release with a few paragraphs split, merged and dropped in the English."""

from __future__ import annotations

from editor.align import align
from editor.importers import read_document
from tests.bench.harness import Result, measure, repeated_sample, scratch


def _versions(rows: int):
    """The reference text, and the English edited: every 50th paragraph merged with the
    next, every 70th dropped. Returns the source, the edited target and the true pairs."""
    ru, en = repeated_sample(scratch(), rows)
    src = [p.text for p in read_document(ru).paragraphs]
    tgt = [p.text for p in read_document(en).paragraphs]
    edited, truth = [], set()
    i = 0
    while i < len(tgt):
        if i % 50 == 10 and i + 1 < len(tgt):
            truth.add(((i, i + 1), (len(edited),)))
            edited.append(tgt[i] + " " + tgt[i + 1])
            i += 2
            continue
        if i % 70 != 35:
            truth.add(((i,), (len(edited),)))
            edited.append(tgt[i])
        else:
            truth.add(((i,), ()))
        i += 1
    return src, edited, truth


def _wrong(src, tgt, truth) -> int:
    got = {(tuple(p.indices["ru"]), tuple(p.indices["en"])) for p in align(src, tgt)}
    return len(truth - got)


def _load_lexicon(parse: bool) -> None:
    """The lexicon as a fresh process meets it: from the cached pickle, or (``parse``) from
    the dictionary itself (the first use on a machine)."""
    import editor.lexicon as lexicon

    lexicon._shared = None
    if parse:
        lexicon._cache_path().unlink(missing_ok=True)
    lexicon.lexicon()


def run() -> list:
    import editor.lexicon as lexicon

    results = [measure("lexicon: first use on a machine (parse the Mueller dictionary)",
                       lambda: _load_lexicon(True), runs=1),
               measure("lexicon: each later start (cached)", lambda: _load_lexicon(False), runs=3)]
    if not lexicon.lexicon():
        print("note: no Mueller dictionary here (apt-get install mueller7-dict): aligning "
              "without the lexicon")
    s500, t500, truth500 = _versions(500)
    s5k, t5k, truth5k = _versions(5000)
    wrong = _wrong(s500, t500, truth500)
    results.append(measure(f"align 500 x 500 paragraphs ({wrong} of {len(truth500)} pairs wrong)",
                           lambda: align(s500, t500), runs=3, budget_s=0.5))
    wrong = _wrong(s5k, t5k, truth5k)
    big = measure(f"align 5,000 x 5,000 paragraphs ({wrong} of {len(truth5k)} pairs wrong)",
                  lambda: align(s5k, t5k), runs=3, budget_s=10.0)
    results.append(Result(big.name, big.median_s, big.runs, big.budget_s))
    return results
