import pytest

from editor.find import PatternError, Query, find_all, replace_all, splice
from editor.model import Mark, MarkKind, Paragraph


def test_whole_words_and_case_per_language(sample_release):
    found = find_all(sample_release, Query("kazakh", ("en",), whole_word=True))
    assert found and all(m.lang == "en" and m.text.lower() == "kazakh" for m in found)
    assert not any(m.text == "Kazakhstan" for m in found)
    assert find_all(sample_release, Query("kazakh", ("en",), match_case=True)) == []
    both = find_all(sample_release, Query("Шапашов"))
    assert {m.lang for m in both} == {"ru"}


def test_regular_expressions_with_groups(sample_release):
    query = Query(r"(\d+)-летие", ("ru",), regex=True)
    (m,) = find_all(sample_release, query)
    new = replace_all(sample_release, query, r"\1-летний юбилей")
    assert new[(m.row, "ru")].text.count("95-летний юбилей") == 1
    with pytest.raises(PatternError, match="not a valid regular expression"):
        find_all(sample_release, Query("(", regex=True))
    with pytest.raises(PatternError, match="empty"):
        find_all(sample_release, Query(""))


def test_replacing_keeps_the_marks_around_and_after():
    p = Paragraph("Visit the Embassy site today", [Mark(10, 22, MarkKind.LINK, "https://x"),
                                                   Mark(23, 28, MarkKind.BOLD)])
    q = splice(p, 10, 17, "Kazakh Embassy")
    assert q.text == "Visit the Kazakh Embassy site today"
    assert q.marks == [Mark(10, 29, MarkKind.LINK, "https://x"), Mark(30, 35, MarkKind.BOLD)]


def test_replace_all_changes_nothing_in_the_release_itself(sample_release):
    before = [r.text("en") for r in sample_release.rows]
    changes = replace_all(sample_release, Query("Brussels", ("en",)), "Bruxelles")
    assert changes and [r.text("en") for r in sample_release.rows] == before
    assert all("Brussels" not in p.text for p in changes.values())
