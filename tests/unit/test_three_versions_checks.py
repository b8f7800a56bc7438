"""Checks across three versions, on a release written for this test in Russian, English
and Kazakh (8 paragraphs: Kazakh names, a date, figures, two countries): imported with its
Kazakh version, it checks clean; each error planted in the Kazakh version is found in the
Kazakh row it was planted in, and nowhere else. Real dictionaries, real name recognition."""

from pathlib import Path

import pytest

from editor.checks import CheckContext, run_checks
from editor.importers.release_builder import add_version, import_release
from editor.model import Paragraph

DATA = Path(__file__).resolve().parents[1] / "data" / "kazakh"


@pytest.fixture(scope="module")
def context():
    c = CheckContext()
    c.service.load()
    assert c.service.has("kk"), "hunspell-kk is not installed (make installs it)"
    return c


@pytest.fixture
def release():
    result = import_release(DATA / "book-fair.ru.txt", DATA / "book-fair.en.txt")
    add_version(result.release, DATA / "book-fair.kk.txt", "kk")
    return result.release


def test_the_trilingual_release_checks_clean(release, context):
    assert release.languages == ("ru", "en", "kk")
    assert len(release.rows) == 8
    assert release.rows[3].text("kk").startswith("Қонақтардың")
    assert run_checks(release, context) == []


def plant(release, row: int, old: str, new: str) -> None:
    text = release.rows[row].text("kk")
    assert old in text, old
    release.rows[row].paragraphs["kk"] = Paragraph(text.replace(old, new))


@pytest.mark.parametrize("row,old,new,code", [
    (1, "3 000-нан", "3 500-ден", "number.mismatch"),      # a figure
    (0, "18 желтоқсан", "19 желтоқсан", "date.mismatch"),  # the date
    (6, "2026 жылғы", "2027 жылғы", "date.mismatch"),      # a month of a year
    (3, "Сейітқалидың", "Сейтқалидың", "name.mismatch"),   # a name spelt differently
    (2, "Нұрланова", "Нұрлановна", "name.mismatch"),        # a surname made a patronymic
    (5, "Түркия", "Туркия", "name.mismatch"),               # a registry country's form
    (4, "аударылады", "аударлады", "spelling"),             # a typo
])
def test_an_error_planted_in_kazakh_is_found_in_its_row(release, context, row, old, new, code):
    plant(release, row, old, new)
    found = run_checks(release, context)
    assert [(f.pair, f.lang, f.code) for f in found if f.code == code] == [(row, "kk", code)], found
    assert all(f.pair == row and f.lang == "kk" for f in found), found


def test_an_untranslated_kazakh_paragraph_is_found(release, context):
    release.rows[5].paragraphs["kk"] = release.rows[5].paragraph("ru")
    found = run_checks(release, context)
    assert ("untranslated", 5, "kk") in {(f.code, f.pair, f.lang) for f in found}
    assert all(f.pair == 5 and f.lang == "kk" for f in found), found


def test_a_person_left_out_of_the_kazakh_is_missing_there(release, context):
    plant(release, 3, "жазушы Айгерім Сейітқалидың", "жазушының")
    found = run_checks(release, context)
    assert [(f.code, f.pair, f.lang) for f in found] == [("name.missing", 3, "kk")], found
