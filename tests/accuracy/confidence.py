"""Does the aligner's confidence mean something? Every release of the evaluation set that
pairs one to one, each also edited the ways translators edit (the cases of
tests/unit/test_align.py: splits, merges, drops, additions), is aligned; for every pair with
text on both sides we note its score, whether the import marks it for review (a score below
REVIEW_BELOW, or a pair that is not one to one, as the status gutter shows it) and whether
it is right. Reported: how many wrong pairs are marked, how many marked pairs are wrong, and
the chance that a wrong pair scores lower than a right one (AUC)."""

from __future__ import annotations

from editor.align import align
from editor.importers import read_document
from editor.importers.release_builder import REVIEW_BELOW
from tests.accuracy.evaluate import cases
from tests.unit.test_align import CASES, edited


def scored_pairs() -> list[tuple[float, bool]]:
    out = []
    for case in cases():
        if any(len(r) != 1 or len(e) != 1 for r, e in case.pairs):
            continue
        src = [p.text for p in read_document(case.ru).paragraphs]
        tgt = [p.text for p in read_document(case.en).paragraphs]
        if len(src) != len(tgt):
            continue
        for edits in [[]] + CASES:
            if any(k >= len(tgt) or (kind == "merge" and k + 1 >= len(tgt)) for kind, k in edits):
                continue
            target, truth = edited(src, tgt, edits)
            for p in align(src, target):
                s, t = tuple(p.indices["ru"]), tuple(p.indices["en"])
                if s and t:
                    marked = p.score < REVIEW_BELOW or len(s) != 1 or len(t) != 1
                    out.append((p.score, marked, (s, t) in truth))
    return out


def report() -> dict:
    pairs = scored_pairs()
    right = [s for s, _m, ok in pairs if ok]
    wrong = [s for s, _m, ok in pairs if not ok]
    marked = [ok for _s, m, ok in pairs if m]
    wins = sum((w < r) + 0.5 * (w == r) for w in wrong for r in right)
    out = {"pairs": len(pairs), "wrong": len(wrong),
           "wrong_marked": sum(1 for _s, m, ok in pairs if m and not ok),
           "marked": len(marked), "marked_wrong": sum(1 for ok in marked if not ok),
           "auc": wins / (len(wrong) * len(right)) if wrong and right else float("nan")}
    print(f"\nconfidence: {out['pairs']} pairs, {out['wrong']} wrong; {out['wrong_marked']} "
          f"of the wrong ones marked for review; {out['marked_wrong']} of the {out['marked']} "
          f"marked are wrong; a wrong pair scores lower than a right one with chance "
          f"{out['auc']:.3f}")
    return out
