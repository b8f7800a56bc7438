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


def test_kazakh_in_latin_letters_has_the_same_names_dates_and_figures(context):
    """The Kazakh version in the 2021 Latin alphabet (Aijan Nūrlanova, Seiitqalidyñ, 2025
    jylğy 18 jeltoqsan) checks clean against the Russian: names through their romanizations,
    dates by the Latin month names; its words are not taken for English misspellings. A
    name changed there, or a figure, is found in its row."""
    result = import_release(DATA / "book-fair.ru.txt", DATA / "book-fair.en.txt")
    add_version(result.release, DATA / "book-fair.kk-latn.txt", "kk")
    release = result.release
    assert release.rows[2].text("kk").startswith("Järmeñkeni")
    assert run_checks(release, context) == []
    row = release.rows[3]
    row.paragraphs["kk"] = Paragraph(row.text("kk").replace("Seiitqalidyñ", "Seitenovanyñ"))
    figures = release.rows[4]
    figures.paragraphs["kk"] = Paragraph(figures.text("kk").replace("12 tilge", "14 tilge"))
    found = {(f.code, f.pair, f.lang) for f in run_checks(release, context)}
    assert found == {("name.missing", 3, "kk"), ("number.mismatch", 4, "kk")}, found


def test_a_deputy_left_out_of_the_kazakh_is_found(release, context):
    """Kazakh ranks (орынбасары, бірінші орынбасар, вице-): the vice minister made a
    minister in the Kazakh is reported; written as орынбасары it passes."""
    plant(release, 2, "вице-министрі", "министрі")
    assert [(f.code, f.pair) for f in run_checks(release, context)] == [("name.title", 2)]
    plant(release, 2, "ақпарат министрі", "ақпарат министрінің орынбасары")
    assert run_checks(release, context) == []


def test_an_english_original_translated_into_russian_and_kazakh(release, context):
    """The source is chosen per release: with English as the source, Russian and Kazakh
    are its translations (confirmed as they were), the release checks clean, and errors in
    either translation are found there — names compared through the Cyrillic versions."""
    release.set_source("en")
    assert (release.source_lang, release.target_langs) == ("en", ("ru", "kk"))
    assert {release.row_status(r, t) for r in release.rows for t in ("ru", "kk")} == {"translated"}
    assert run_checks(release, context) == []
    plant(release, 3, "Сейітқалидың", "Сейтқалидың")
    dated = release.rows[0]
    dated.paragraphs["ru"] = Paragraph(dated.text("ru").replace("18 декабря", "19 декабря"))
    found = {(f.code, f.pair, f.lang) for f in run_checks(release, context)}
    assert ("date.mismatch", 0, "ru") in found
    assert ("name.mismatch", 3, "kk") in found
    # a Russian edit after the English was confirmed: a draft; the Kazakh stays translated
    assert release.row_status(dated, "ru") == "draft"
    assert release.row_status(dated, "kk") == "translated"


def test_kazakh_number_words_are_figures():
    """Kazakh number words from the profile: екі, бес, оныншы; tens and units in two words
    (он бір = 11, жиырма бес = 25); бір alone (a, one) is no figure; Russian двадцать пять
    is 25 too."""
    from editor.checks.figures import find_figures

    found = find_figures("Екі елдің бес фильмі, оныншы жәрмеңке, он бір кітап, жиырма бес "
                         "қонақ, бір жылда", "kk")
    assert [(f.text, f.value) for f in found] == [("Екі", 2), ("бес", 5), ("оныншы", 10),
                                                  ("он бір", 11), ("жиырма бес", 25)]
    assert [f.value for f in find_figures("приехали двадцать пять делегатов", "ru")] == [25]
    assert [f.value for f in find_figures("the first of twenty-one", "en")] == [1, 20]


def test_a_figure_in_words_in_kazakh_matches_the_russian(release, context):
    plant(release, 4, "12 тілге", "он екі тілге")  # twelve, in words
    assert run_checks(release, context) == []
    plant(release, 4, "он екі тілге", "он үш тілге")  # thirteen: not what the Russian says
    assert [(f.code, f.pair, f.lang) for f in run_checks(release, context)] == [
        ("number.mismatch", 4, "kk")]
