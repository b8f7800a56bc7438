"""The rows' change stamps and the copies kept from them (the autosave snapshot, the checks
process's copy of the release): every change made to a row is seen, whatever way it is
made, or the recovery copy would silently lack an edit."""

from __future__ import annotations

import copy
import pickle

import pytest

from editor.model import Paragraph, Status, split_row
from editor.model.release import copy_row
from editor.model.row_copies import RowCopies


def _recopied(release, change) -> list[int]:
    """The rows a take copies again after ``change(release)``."""
    copies = RowCopies()
    before = copies.take(release.rows)[0]
    change(release)
    after = copies.take(release.rows)[0]
    return [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a is not b]


CHANGES = {
    "a paragraph replaced": lambda r: r.rows[3].paragraphs.__setitem__("en", Paragraph("x")),
    "a status set": lambda r: r.rows[3].status.__setitem__("en", Status.REVIEWED),
    "a confirmation": lambda r: r.rows[3].confirm("en", r.rows[3].text("ru")),
    "an unconfirmation": lambda r: r.rows[3].unconfirm("en", Status.DRAFT),
    "a fingerprint removed": lambda r: r.rows[3].source_fp.pop("en", None),
    "an entry deleted": lambda r: r.rows[3].paragraphs.__delitem__("en"),
    "a dict updated": lambda r: r.rows[3].status.update(en=Status.DRAFT),
    "a dict merged": lambda r: r.rows[3].target_fp.__ior__({"en": "0"}),
    "a dict cleared": lambda r: r.rows[3].target_fp.clear(),
    "an entry set by default": lambda r: r.rows[3].status.setdefault("kk", Status.DRAFT),
    "an item popped": lambda r: r.rows[3].paragraphs.popitem(),
    "a note": lambda r: setattr(r.rows[3], "note", "Check the title"),
    "a role": lambda r: setattr(r.rows[3], "role", "quote"),
    "a whole dict replaced": lambda r: setattr(r.rows[3], "status", {"en": Status.DRAFT}),
}


@pytest.mark.parametrize("name", CHANGES)
def test_every_kind_of_change_to_a_row_is_seen(sample_release, name):
    assert _recopied(sample_release, CHANGES[name]) == [3]


def test_nothing_changed_nothing_copied_and_a_copy_is_apart_from_its_row(sample_release):
    copies = RowCopies()
    first = copies.take(sample_release.rows)
    assert len(first[1]) == len(sample_release.rows)  # the first take copies every row
    again, changed = copies.take(sample_release.rows)
    assert changed == [] and all(a is b for a, b in zip(first[0], again, strict=True))
    sample_release.rows[1].status["en"] = Status.REVIEWED
    assert again[1].status.get("en") != Status.REVIEWED


def test_rows_put_in_taken_out_or_replaced_are_copied(sample_release):
    copies = RowCopies()
    copies.take(sample_release.rows)
    gone = sample_release.rows.pop(6)
    split_row(sample_release, 2, {"en": 10})
    new_rows = sample_release.rows
    out, changed = copies.take(new_rows)
    assert [r.id for r in out] == [r.id for r in new_rows]
    assert {r.id for r in changed} == {new_rows[2].id, new_rows[3].id}
    assert copies.gone == [gone.id] and copies.moved
    assert [r.text("en") for r in out] == [r.text("en") for r in new_rows]


def test_an_older_row_put_back_with_the_same_id_is_copied_again(sample_release):
    """Undo puts back a copy of a row as it was: same id, older content, no new stamp of
    its own. It must not be taken for the row the last copy was made of."""
    copies = RowCopies()
    old = copy.deepcopy(sample_release.rows[4])
    sample_release.rows[4].paragraphs["en"] = Paragraph("Edited.")
    copies.take(sample_release.rows)
    sample_release.rows[4] = old
    out, changed = copies.take(sample_release.rows)
    assert changed == [old] and out[4].text("en") == old.text("en") != "Edited."


def test_deep_copied_and_unpickled_rows_are_followed_a_plain_copy_is_not(sample_release):
    row = sample_release.rows[2]
    for twin in (copy.deepcopy(row), pickle.loads(pickle.dumps(row)), copy.copy(row)):
        assert twin == row and twin.status is not row.status
        copies = RowCopies()
        copies.take([twin])
        assert copies.take([twin])[1] == []
        twin.status["en"] = Status.REVIEWED
        assert copies.take([twin])[1] == [twin]
        assert row.status.get("en") != Status.REVIEWED
    plain = copy_row(row)
    copies = RowCopies()
    copies.take([plain])
    assert copies.take([plain])[1] == [plain]  # its changes are not seen: always copied


def test_a_pickled_row_carries_plain_dicts_and_no_stamp(sample_release):
    state = pickle.loads(pickle.dumps(sample_release.rows[0])).__getstate__()
    assert "_stamp" not in state
    assert all(type(state[k]) is dict for k in ("paragraphs", "status", "source_fp",
                                                  "target_fp"))


def test_a_change_that_goes_round_the_stamps_fails_the_test_that_made_it(
        sample_release):
    """The suite runs with the copies verified: a change made without a stamp (here the
    dict's own method, which nothing in the editor calls) is caught, not written stale."""
    import editor.model.row_copies as row_copies

    assert row_copies.VERIFY  # as tests/conftest.py sets it for the whole suite
    copies = RowCopies()
    copies.take(sample_release.rows)
    dict.__setitem__(sample_release.rows[1].status, "en", Status.REVIEWED)
    with pytest.raises(AssertionError, match="changed without a stamp"):
        copies.take(sample_release.rows)


def test_a_row_dict_copied_outside_its_row_is_an_ordinary_dict(sample_release):
    import dataclasses

    fields = dataclasses.asdict(sample_release.rows[0])  # copies the dicts, not the row
    fields["status"]["en"] = Status.REVIEWED
    assert sample_release.rows[0].status.get("en") != Status.REVIEWED


def test_a_row_is_freed_as_soon_as_nothing_uses_it(sample_release):
    """A row and its dicts share a stamp but do not point at each other: no reference
    cycle, so a row goes without the collector (the window freezes what it loads out of
    the collector's sight, where a cycle would stay for good)."""
    import copy
    import gc
    import weakref

    gc.disable()
    try:
        for row in (sample_release.rows[0], copy.deepcopy(sample_release.rows[1])):
            twin = copy.deepcopy(row)
            twin.status["en"] = Status.DRAFT
            gone = weakref.ref(twin)
            del twin
            assert gone() is None
    finally:
        gc.enable()


def test_rows_copied_ahead_in_slices_are_what_the_take_gives_and_an_edit_between_is_seen(
        sample_release):
    """The checks link copies a release just opened ahead of its first request, a few
    milliseconds a turn: the take then gives those copies, except for a row changed after it
    was copied ahead, which it copies again as it is now."""
    rows = [copy.deepcopy(r) for r in sample_release.rows * 30]
    for i, row in enumerate(rows):
        row.id = f"r{i}"
    copies = RowCopies()
    slices = 1
    while not copies.prepare(rows, 0):  # the least a slice does: 64 rows
        slices += 1
    assert slices == -(-len(rows) // 64) and len(rows) > 128
    ahead = dict(copies._ahead)
    rows[5].paragraphs["en"] = Paragraph("Edited after its copy ahead.")
    taken = copies.take_changed(rows)
    assert [c.text("en") for c in taken] == [r.text("en") for r in rows]
    assert taken[5] is not ahead["r5"][1] and taken[5].text("en") == "Edited after its copy ahead."
    assert all(taken[i] is ahead[f"r{i}"][1] for i in range(len(rows)) if i != 5)
    assert copies.take_changed(rows) == [] and not copies._ahead
