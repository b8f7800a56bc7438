"""Automatic alignment: 500 x 500 paragraphs (budget 0.5 s) and 5,000 x 5,000 (budget 10 s,
and 3x the anchor), the reference release with paragraphs split, merged and dropped in the
English; each with the pairs it gets wrong. The anchor, on the same input in the same run:
Gale-Church (the classic length-based aligner) in compiled code (the galechurch package),
which searches the whole table where Tandem searches a band around the diagonal."""

from __future__ import annotations

from editor.align import align
from editor.importers import read_document
from tests.bench.harness import Result, measure, repeated_sample, scratch


def _versions(rows: int):
    """The reference text, and the English edited: every 50th paragraph merged with the
    next, every 70th dropped, every 60th split in two at a sentence. Returns the source,
    the edited target and the true pairs."""
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
        halves = tgt[i].split(". ", 1)
        if i % 60 == 20 and len(halves) == 2:
            truth.add(((i,), (len(edited), len(edited) + 1)))
            edited += [halves[0] + ".", halves[1]]
        elif i % 70 != 35:
            truth.add(((i,), (len(edited),)))
            edited.append(tgt[i])
        else:
            truth.add(((i,), ()))
        i += 1
    return src, edited, truth


def _wrong(src, tgt, truth) -> int:
    got = {(tuple(p.indices["ru"]), tuple(p.indices["en"])) for p in align(src, tgt)}
    return len(truth - got)


def _gale_church(src, tgt):
    import galechurch

    mean = sum(map(len, tgt)) / max(1, sum(map(len, src)))  # English per Russian character
    return galechurch.align(src, tgt, mean_xy=mean)


def _gale_church_wrong(src, tgt, truth) -> int:
    got = {(tuple(range(b.source_start, b.source_end)), tuple(range(b.target_start, b.target_end)))
           for b in _gale_church(src, tgt).beads}
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
                           lambda: align(s500, t500), runs=5, budget_s=0.5))
    wrong = _wrong(s5k, t5k, truth5k)
    big = measure(f"align 5,000 x 5,000 paragraphs ({wrong} of {len(truth5k)} pairs wrong)",
                  lambda: align(s5k, t5k), runs=5, budget_s=10.0)
    results.append(big)
    try:
        import galechurch  # noqa: F401
    except ImportError:
        print("note: no galechurch here (pip install galechurch): no anchor for align")
        return results
    for src, tgt, truth, label in ((s500, t500, truth500, "500 x 500"),
                                   (s5k, t5k, truth5k, "5,000 x 5,000")):
        wrong = _gale_church_wrong(src, tgt, truth)
        anchor = measure(f"anchor: Gale-Church (compiled), {label} ({wrong} of {len(truth)} "
                         "pairs wrong)", lambda src=src, tgt=tgt: _gale_church(src, tgt), runs=5)
        results.append(anchor)
    results.append(Result("align 5,000 x 5,000, ratio to the anchor (budget 3x)",
                          big.median_s / anchor.median_s, 5, 3.0, unit="x"))
    return results
