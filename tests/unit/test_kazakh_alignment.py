"""A Kazakh version paired with the Russian when one of its paragraphs is missing: the two
Cyrillic versions share loanwords and names written alike (фильм-, режис-, делег-), which
the aligner takes as anchors. On the trilingual release written for the tests, each of
the seven Kazakh paragraphs left out in turn: the gap lands on the right row 6 times of 7
(4 of 7 by length alone)."""

from pathlib import Path

from editor.importers.release_builder import add_version, import_release

DATA = Path(__file__).resolve().parents[1] / "data" / "kazakh" / "cinema-days"


def test_a_missing_kazakh_paragraph_leaves_its_own_row_empty(tmp_path):
    kazakh = [p.strip() for p in DATA.with_suffix(".kk.txt").read_text(encoding="utf-8")
              .split("\n\n") if p.strip()]
    right = 0
    for drop in range(len(kazakh)):
        version = tmp_path / f"without-{drop}.kk.txt"
        version.write_text("\n\n".join(kazakh[:drop] + kazakh[drop + 1:]), encoding="utf-8")
        release = import_release(DATA.with_suffix(".ru.txt"), DATA.with_suffix(".en.txt")).release
        warnings = add_version(release, version, "kk")
        assert len(release.rows) == 7 and "aligned automatically" in warnings[-1]
        empty = [i for i, row in enumerate(release.rows) if not row.text("kk")]
        right += empty == [drop] and all(row.text("kk") == kazakh[i]
                                         for i, row in enumerate(release.rows) if i != drop)
    assert right >= 6, right
