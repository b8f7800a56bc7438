import pytest

from editor.errors import RowOperationError
from editor.model import (
    Mark,
    MarkKind,
    Paragraph,
    Release,
    Role,
    Status,
    delete_row,
    insert_row,
    merge_rows,
    move_paragraph,
    split_row,
    swap_rows,
)


def make(*pairs, confirmed=True):
    rel = Release()
    for ru, en in pairs:
        row = rel.new_row({"ru": ru, "en": en})
        if confirmed and ru and en:
            row.confirm("en", ru)
        rel.rows.append(row)
    return rel


def texts(rel, lang):
    return [r.text(lang) for r in rel.rows]


def test_languages_are_data_and_a_third_language_needs_no_new_fields():
    rel = Release(languages=("ru", "en", "kk"))
    row = rel.new_row({"ru": "Привет", "kk": "Сәлем"})
    assert row.text("kk") == "Сәлем" and row.text("en") == ""
    assert set(row.status) == {"en", "kk"}
    assert rel.target_langs == ("en", "kk")


def test_source_language_must_be_one_of_the_languages():
    with pytest.raises(ValueError):
        Release(languages=("ru", "en"), source_lang="kk")


def test_row_ids_are_stable_and_unique():
    rel = make(("а", "a"), ("б", "b"))
    ids = [r.id for r in rel.rows]
    assert len(set(ids)) == 2
    split_row(rel, 0, {"ru": 0})
    assert rel.rows[0].id == ids[0] and rel.rows[2].id == ids[1]


def test_editing_the_source_after_confirmation_makes_the_translation_stale():
    rel = make(("Один год.", "One year."))
    row = rel.rows[0]
    assert rel.row_status(row, "en") == "translated"
    row.paragraphs["ru"] = Paragraph("Два  года.")
    assert rel.row_status(row, "en") == "stale"
    row.paragraphs["ru"] = Paragraph("Один   год.")  # white space only: not a real change
    assert rel.row_status(row, "en") == "translated"


def test_split_in_one_language_leaves_an_untranslated_partner():
    rel = make(("Первое. Второе.", "First. Second."))
    new = split_row(rel, 0, {"ru": 8})
    assert texts(rel, "ru") == ["Первое.", "Второе."]
    assert texts(rel, "en") == ["First. Second.", ""]
    assert rel.row_status(new, "en") == "untranslated"
    # the English now covers more than its source: the source changed since confirmation
    assert rel.row_status(rel.rows[0], "en") == "stale"


def test_split_in_both_languages_keeps_the_confirmation():
    rel = make(("Первое. Второе.", "First. Second."))
    split_row(rel, 0, {"ru": 8, "en": 7})
    assert texts(rel, "en") == ["First.", "Second."]
    assert [rel.row_status(r, "en") for r in rel.rows] == ["translated", "translated"]


def test_split_and_merge_are_inverse_and_keep_marks():
    rel = Release()
    row = rel.new_row()
    row.paragraphs["ru"] = Paragraph("Жирный и курсив", [Mark(0, 6, MarkKind.BOLD),
                                                         Mark(9, 15, MarkKind.ITALIC)])
    row.paragraphs["en"] = Paragraph("Bold and italic", [Mark(9, 15, MarkKind.LINK, "http://x")])
    rel.rows.append(row)
    split_row(rel, 0, {"ru": 7, "en": 5})
    assert rel.rows[0].paragraph("ru").marks == [Mark(0, 6, MarkKind.BOLD)]
    assert rel.rows[1].paragraph("ru").text == "и курсив"
    assert rel.rows[1].paragraph("ru").marks == [Mark(2, 8, MarkKind.ITALIC)]
    merge_rows(rel, 0)
    assert len(rel.rows) == 1
    assert rel.rows[0].paragraph("ru").text == "Жирный и курсив"
    assert rel.rows[0].paragraph("ru").marks == [Mark(0, 6, MarkKind.BOLD), Mark(9, 15, MarkKind.ITALIC)]
    assert rel.rows[0].paragraph("en").marks == [Mark(9, 15, MarkKind.LINK, "http://x")]


def test_merge_of_confirmed_rows_stays_confirmed_and_stale_stays_stale():
    rel = make(("А.", "A."), ("Б.", "B."), ("В.", "C."))
    merge_rows(rel, 0)
    assert texts(rel, "ru") == ["А. Б.", "В."]
    assert rel.row_status(rel.rows[0], "en") == "translated"
    rel.rows[1].paragraphs["ru"] = Paragraph("Г.")  # makes row 2 stale
    merge_rows(rel, 0)
    assert rel.row_status(rel.rows[0], "en") == "stale"


def test_merge_with_an_empty_partner_row_repairs_a_split():
    rel = make(("Первое. Второе.", "First. Second."))
    split_row(rel, 0, {"ru": 8})
    merge_rows(rel, 0)
    assert texts(rel, "ru") == ["Первое. Второе."] and texts(rel, "en") == ["First. Second."]
    # the pair confirmed before is back as it was: confirmed again
    assert rel.row_status(rel.rows[0], "en") == "translated"


def test_a_stale_row_split_and_joined_again_is_still_stale():
    rel = make(("Первое. Второе.", "First. Second."))
    rel.rows[0].paragraphs["ru"] = Paragraph("Первое. Третье.")
    assert rel.row_status(rel.rows[0], "en") == "stale"
    split_row(rel, 0, {"ru": 8})
    assert rel.row_status(rel.rows[0], "en") == "stale"
    merge_rows(rel, 0)
    assert rel.row_status(rel.rows[0], "en") == "stale"


def test_emptying_a_confirmed_translation_makes_it_untranslated_and_new_text_a_draft():
    rel = make(("Один год.", "One year."))
    row = rel.rows[0]
    row.paragraphs["en"] = Paragraph("")
    assert rel.row_status(row, "en") == "untranslated"
    assert rel.status_counts()["en"]["translated"] == 0
    row.paragraphs["en"] = Paragraph("A year.")
    assert rel.row_status(row, "en") == "draft"  # never confirmed in this form


def test_merge_keeps_the_lowest_status():
    rel = make(("А.", "A."), ("Б.", "B."))
    rel.rows[0].confirm("en", "А.", Status.REVIEWED)
    merge_rows(rel, 0)
    assert rel.rows[0].status["en"] is Status.TRANSLATED


def test_move_paragraph_re_pairs_and_asks_for_confirmation():
    rel = make(("А.", "A."), ("Б.", ""), ("В.", "B."))
    move_paragraph(rel, 2, "en", -1)
    assert texts(rel, "en") == ["A.", "B.", ""]
    assert rel.row_status(rel.rows[1], "en") == "draft"
    assert rel.row_status(rel.rows[2], "en") == "untranslated"
    with pytest.raises(RowOperationError):
        move_paragraph(rel, 0, "ru", -1)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_moving_a_paragraph_down_and_back_up_restores_every_status(lang):
    rel = make(("А.", "A."), ("Б.", "B."), ("В.", "C."))
    rel.rows[2].confirm("en", "В.", Status.REVIEWED)
    before = [rel.row_status(r, "en") for r in rel.rows]
    move_paragraph(rel, 1, lang, 1)
    assert [rel.row_status(r, "en") for r in rel.rows] == ["translated", "draft", "draft"]
    move_paragraph(rel, 2, lang, -1)
    assert [rel.row_status(r, "en") for r in rel.rows] == before == [
        "translated", "translated", "reviewed"]


def test_insert_delete_swap():
    rel = make(("А.", "A."), ("Б.", "B."))
    row = insert_row(rel, 1, {"ru": "Вставка"}, Role.QUOTE)
    assert texts(rel, "ru") == ["А.", "Вставка", "Б."] and row.role is Role.QUOTE
    assert row.status["en"] is Status.UNTRANSLATED
    swap_rows(rel, 0, 2)
    assert texts(rel, "ru") == ["Б.", "Вставка", "А."]
    assert delete_row(rel, 1) is row
    assert texts(rel, "en") == ["B.", "A."]
    with pytest.raises(RowOperationError, match="no row 5"):
        delete_row(rel, 4)
    with pytest.raises(RowOperationError):
        merge_rows(rel, 1)


def test_split_outside_the_text_is_refused_and_changes_nothing():
    rel = make(("Коротко", "Short"))
    with pytest.raises(RowOperationError):
        split_row(rel, 0, {"ru": 99})
    assert texts(rel, "ru") == ["Коротко"] and len(rel.rows) == 1


def test_status_counts():
    rel = make(("А.", "A."), ("Б.", ""), ("В.", "C."))
    rel.rows[2].paragraphs["ru"] = Paragraph("Изменено.")
    counts = rel.status_counts()["en"]
    assert counts["translated"] == 1 and counts["untranslated"] == 1 and counts["stale"] == 1


def test_marks_must_be_valid():
    with pytest.raises(ValueError):
        Mark(3, 3, MarkKind.BOLD)
    with pytest.raises(ValueError):
        Mark(0, 3, MarkKind.LINK)
    p = Paragraph("abc", [Mark(0, 2, MarkKind.BOLD), Mark(1, 9, MarkKind.BOLD)])
    assert p.marks == [Mark(0, 3, MarkKind.BOLD)]  # clipped and joined


def test_a_snapshot_is_not_touched_by_later_edits(sample_release):
    """What autosave writes on its worker thread: a copy that edits made meanwhile on the
    UI thread do not change, and that serializes exactly as the release did."""
    from editor.model import Mark, MarkKind, Paragraph, Status
    from editor.storage.tandem_file import to_bytes

    before = to_bytes(sample_release)
    snap = sample_release.snapshot()
    row = sample_release.rows[1]
    row.paragraphs["en"].marks.append(Mark(0, 3, MarkKind.BOLD))
    row.paragraphs["ru"] = Paragraph("Изменено.")
    row.status["en"] = Status.REVIEWED
    sample_release.rows.pop()
    sample_release.meta.headline["en"] = "Changed"
    sample_release.words.setdefault("en", []).append("Tandem")
    assert to_bytes(snap) == before
    assert to_bytes(sample_release) != before


def test_a_snapshot_reuses_only_the_rows_unchanged_since_the_last(sample_release):
    from editor.model import Paragraph, Status
    from editor.model.row_copies import RowCopies

    copies = RowCopies()
    first = sample_release.snapshot(share_paragraphs=True, copies=copies)
    sample_release.rows[2].paragraphs["en"] = Paragraph("Edited.")
    sample_release.rows[5].status["en"] = Status.REVIEWED
    second = sample_release.snapshot(share_paragraphs=True, copies=copies)
    reused = [a is b for a, b in zip(first.rows, second.rows, strict=True)]
    assert reused == [True, True, False, True, True, False, True, True]
    assert second.rows[2].text("en") == "Edited." and first.rows[2].text("en") != "Edited."
    assert second.rows[5].status["en"] is Status.REVIEWED
    sample_release.rows[5].status["en"] = Status.DRAFT  # later edits never reach a snapshot
    assert second.rows[5].status["en"] is Status.REVIEWED
    third = sample_release.snapshot(share_paragraphs=True, copies=copies)
    assert [a is b for a, b in zip(second.rows, third.rows, strict=True)] == \
        [True, True, True, True, True, False, True, True]
