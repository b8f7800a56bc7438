"""Automatic alignment on the sample and a release of our own, edited the ways translators
edit: a paragraph split in two, two merged, one dropped, one added, several at once, at the
start, middle and end. Reports exact-match rate and pair precision/recall (printed with -s)."""


from editor.align import align, align_by_position, needs_alignment
from editor.importers import read_document
from tests.conftest import EN, ROOT, RU

DATA = ROOT / "tests" / "data"


def paragraphs(path):
    return [p.text for p in read_document(path).paragraphs]


def split(text):
    """A paragraph cut in two at a sentence boundary near its middle (or its middle word)."""
    cuts = [i + 2 for i in range(len(text) - 2) if text[i] in ".!?" and text[i + 1] == " "]
    if cuts:
        cut = min(cuts, key=lambda c: abs(c - len(text) / 2))
    else:
        cut = text.rfind(" ", 0, len(text) // 2) + 1
    return [text[:cut].strip(), text[cut:].strip()]


def edited(src, tgt, edits):
    """Apply edits to the target; return it and the true pairs as (src ids, tgt ids)."""
    rows = [([i], [t]) for i, t in enumerate(tgt)]  # (source indices, target texts)
    for kind, k in sorted(edits, key=lambda e: -e[1]):  # from the end: indices stay valid
        s_ids, texts = rows[k]
        if kind == "split":
            rows[k] = (s_ids, split(texts[0]))
        elif kind == "merge":
            s2, t2 = rows.pop(k + 1)
            rows[k] = (s_ids + s2, [" ".join(texts + t2)])
        elif kind == "drop":
            rows[k] = (s_ids, [])
        elif kind == "add":
            rows.insert(k, ([], ["An additional note, in the English only, for the editors."]))
    target, truth = [], []
    for s_ids, texts in rows:
        t_ids = list(range(len(target), len(target) + len(texts)))
        target += texts
        truth.append((tuple(s_ids), tuple(t_ids)))
    return target, set(truth)


def predicted(src, tgt):
    return {(tuple(p.indices["ru"]), tuple(p.indices["en"])) for p in align(src, tgt)}


CASES = [[("split", 0)], [("split", 3)], [("split", 7)], [("merge", 0)], [("merge", 3)],
         [("merge", 6)], [("drop", 0)], [("drop", 4)], [("drop", 7)], [("add", 0)],
         [("add", 4)], [("add", 7)],
         [("split", 1), ("drop", 5)], [("merge", 0), ("add", 6)], [("drop", 2), ("split", 6)],
         [("add", 1), ("merge", 4), ("split", 7)]]
SOURCES = {"sample": (RU, EN), "vienna": (DATA / "vienna-concert.ru.txt", DATA / "vienna-concert.en.txt")}


def run_set(name):
    ru_path, en_path = SOURCES[name]
    src, tgt = paragraphs(ru_path), paragraphs(en_path)
    exact, tp, fp, fn = 0, 0, 0, 0
    for edits in CASES:
        if any(k >= len(tgt) or (kind == "merge" and k + 1 >= len(tgt)) for kind, k in edits):
            continue
        target, truth = edited(src, tgt, edits)
        got = predicted(src, target)
        exact += got == truth
        tp += len(got & truth)
        fp += len(got - truth)
        fn += len(truth - got)
    return exact, tp, fp, fn


def test_single_edits_of_the_sample_align_exactly():
    src, tgt = paragraphs(RU), paragraphs(EN)
    for edits in CASES[:12]:
        target, truth = edited(src, tgt, edits)
        assert predicted(src, target) == truth, edits


def test_pair_f1_over_the_test_set(capsys):
    totals = [0, 0, 0]
    for name in SOURCES:
        exact, tp, fp, fn = run_set(name)
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        with capsys.disabled():
            print(f"\n{name}: exact {exact} documents, pairs P={tp / (tp + fp):.3f} "
                  f"R={tp / (tp + fn):.3f}")
    tp, fp, fn = totals
    f1 = 2 * tp / (2 * tp + fp + fn)
    with capsys.disabled():
        print(f"whole set: pair F1={f1:.3f}")
    assert f1 >= 0.98


def test_versions_that_match_are_paired_one_to_one():
    src, tgt = paragraphs(RU), paragraphs(EN)
    assert predicted(src, tgt) == {((i,), (i,)) for i in range(8)}
    assert not needs_alignment(align_by_position(src, tgt))


def test_bad_input():
    assert align([], []) == []
    one_side = align(["Один.", "Два."], [])
    assert [(p.indices["ru"], p.indices["en"]) for p in one_side] == [([0], []), ([1], [])]
    huge = align(["Очень длинный абзац. " * 20000], ["A very long paragraph. " * 20000])
    assert [(p.indices["ru"], p.indices["en"]) for p in huge] == [([0], [0])]
    same = ["Один и тот же текст номер 1.", "Один и тот же текст номер 2."]
    assert predicted(same, same) == {((0,), (0,)), ((1,), (1,))}
    tiny_ru = [f"Пункт {i}." for i in range(3000)]
    tiny_en = [f"Item {i}." for i in range(3000)]
    pairs = align(tiny_ru, tiny_en)
    assert len(pairs) == 3000 and all(p.indices["ru"] == p.indices["en"] for p in pairs)
