"""Spelling with the real Hunspell dictionaries (installed by make setup)."""

import pytest

from editor.checks import CheckContext
from editor.checks import run_checks as run_all_checks
from editor.model import Paragraph
from editor.names import same_name
from editor.spelling import SpellChecker, SpellService, script_of, words
from editor.spelling.dictionaries import Missing
from editor.spelling.wordlists import WordList


def run_checks(release, context):
    return [f for f in run_all_checks(release, context) if f.code == "spelling"]


@pytest.fixture(scope="module")
def service():
    s = SpellService()
    assert s.missing == [], f"make setup installs the dictionaries: {s.missing}"
    return s


@pytest.fixture
def checker(service):
    return SpellChecker(service)


def flagged(checker, text, confirm=None):
    return [m.word for m in checker.check(text, confirm)]


@pytest.mark.parametrize("text, typo, first", [
    ("Посольство организовало показ для предствителей диаспоры.", "предствителей", "представителей"),
    ("Правительсво Казахстана одобрило программу.", "Правительсво", "Правительство"),
    ("The goverment of Kazakhstan approved the plan.", "goverment", "government"),
    ("The screenings brought together representitives of society.", "representitives", "representatives"),
    ("Мемлекеттік хатшы келді, бақытт туралы айтты.", "бақытт", "бақыт"),
])
def test_planted_typos_are_found_with_a_sensible_first_suggestion(checker, service, text, typo, first):
    found = checker.check(text)
    assert [m.word for m in found] == [typo]
    m = found[0]
    assert text[m.start:m.end] == typo
    assert service.suggest(typo, m.script)[0] == first


def test_words_are_routed_by_script():
    assert script_of("Казахстан") == "ru"
    assert script_of("құшағында") == "kk" and script_of("Бақыт") == "kk"
    assert script_of("Qushağynda") == "en" and script_of("Brussels") == "en"
    assert script_of("2025") == ""


def test_kazakh_suggestions_come_from_the_kazakh_dictionary(checker, service):
    found = checker.check("Фильм «Бақытт құшағында».")
    assert found[0].word == "Бақытт" and found[0].script == "kk"
    assert "Бақыт" in service.suggest("Бақытт", "kk")[:3]


def test_kazakh_words_without_kazakh_letters_pass_among_kazakh_words(checker):
    assert flagged(checker, "фильм «Жаужүрек мың бала» показали") == ["Жаужүрек"]  # not in kk_KZ
    assert flagged(checker, "«Үлкен жол» и «Ақ алма»") == []  # жол, алма: Kazakh, not Russian
    assert flagged(checker, "длинный жол по городу") == ["жол"]  # no Kazakh around: Russian rules


def test_hyphenated_words_pass_when_whole_or_every_part_is_right(checker):
    assert flagged(checker, "кто-то из-за культурно-гуманитарного сотрудничества, e-mail, "
                            "well-known") == []
    assert flagged(checker, "культурно-гуманитарнаго сотрудничества") == ["культурно-гуманитарнаго"]


def test_apostrophes_and_possessives(checker):
    assert flagged(checker, "The embassy’s and the embassy's programme; don’t and don't.") == []
    assert flagged(checker, "The embasy’s programme.") == ["embasy’s"]


def test_yo_written_as_ye(checker):
    assert flagged(checker, "Ещё ёлка, еще елка, ЕЩЕ.") == []


def test_numbers_numbered_forms_urls_emails_and_abbreviations_are_skipped(checker, service):
    text = ("95-летие, 95th, 1990-х, 2-й этап; see https://www.gov.kz/memleket/entities/mfa?lang=ru "
            "or write to press@mfa.kz; МИД, UNESCO, ЮНЕСКО.")
    assert flagged(checker, text) == []
    strict = SpellChecker(SpellService(check_all_caps=True))
    assert "ЮНЕСКОО" in flagged(strict, "ЮНЕСКОО")
    assert flagged(checker, "ЮНЕСКОО") == []


def test_english_spelling_choice(service):
    text = "The programme was organized."
    assert flagged(SpellChecker(SpellService("en_GB-ize")), text) == []
    assert flagged(SpellChecker(SpellService("en_GB")), text) == ["organized"]
    assert flagged(SpellChecker(SpellService("en_US")), text) == ["programme"]


def test_names_are_accepted_when_the_partner_version_confirms_them():
    pairs = [("Шапашова", "Shapashov"), ("Алии", "Alia"), ("Депайфв", "Depayfv"),
             ("Калдаякова", "Kaldayakov"), ("Саната", "Sanat"), ("құшағында", "Qushağynda"),
             ("мың", "Myn"), ("Казахфильм", "Kazakhfilm"), ("Шапашовой", "Shapashova")]
    for ru, en in pairs:
        assert same_name(ru, en), (ru, en)
    for ru, en in [("Шапашева", "Shapashov"), ("Шапашова", "Shapashiv"),
                   ("Казахстанна", "Kazakhstan"), ("программе", "Programmes")]:
        assert not same_name(ru, en), (ru, en)


def test_the_unmodified_sample_has_no_spelling_finding(sample_release, service):
    assert run_checks(sample_release, CheckContext(service=service)) == []


def test_planted_typos_in_the_sample_are_found_at_the_right_row_and_language(sample_release, service):
    rows = sample_release.rows
    rows[2].paragraphs["ru"] = Paragraph(rows[2].text("ru").replace("представителей", "предствителей"))
    rows[6].paragraphs["en"] = Paragraph(rows[6].text("en").replace("diplomacy", "diplomcy"))
    findings = run_checks(sample_release, CheckContext(service=service))
    got = [(f.pair, f.lang, f.text, f.suggestions[0]) for f in findings]
    assert got == [(2, "ru", "предствителей", "представителей"), (6, "en", "diplomcy", "diplomacy")]
    f = findings[0]
    assert rows[2].text("ru")[f.start:f.end] == "предствителей"


def test_a_misspelt_name_is_not_confirmed_by_its_partner(sample_release, service):
    rows = sample_release.rows
    rows[3].paragraphs["en"] = Paragraph(rows[3].text("en").replace("Sanat Shapashov", "Sanat Shapashiv"))
    assert not same_name("Шапашова", "Shapashiv")
    # a misspelt person's name is the name checks' business, not the spell checker's
    found = [(f.code, f.text) for f in run_all_checks(sample_release, CheckContext(service=service))
             if f.severity.value != "info"]
    assert found == [("name.mismatch", "Sanat Shapashiv")]  # the registry has Sanat Shapashov


def test_word_lists_accept_words(sample_release, service, tmp_path):
    rows = sample_release.rows
    rows[0].paragraphs["en"] = Paragraph(rows[0].text("en") + " Tandemio")
    assert [f.text for f in run_checks(sample_release, CheckContext(service=service))] == ["Tandemio"]
    personal = WordList(tmp_path / "personal.txt")
    personal.add("Tandemio")
    assert (tmp_path / "personal.txt").read_text(encoding="utf-8") == "Tandemio\n"
    assert run_checks(sample_release, CheckContext(service=service, personal=personal)) == []
    assert run_checks(sample_release, CheckContext(service=service,
                                                   organisation=WordList(None, ["tandemio"]))) == []
    sample_release.words["en"] = ["Tandemio"]
    assert run_checks(sample_release, CheckContext(service=service)) == []


def test_missing_dictionaries_are_named_with_their_package(monkeypatch):
    import enchant

    class NoKazakh(enchant.Dict):
        def __init__(self, tag=None, *args):
            if tag == "kk_KZ":
                raise enchant.errors.DictNotFoundError("no kk")
            super().__init__(tag, *args)

    monkeypatch.setattr(enchant, "Dict", NoKazakh)
    s = SpellService()
    assert s.load() == [Missing("the Kazakh dictionary (kk_KZ)", "hunspell-kk")]
    assert str(s.missing[0]) == "the Kazakh dictionary (kk_KZ) is missing (install hunspell-kk)"
    # the window's process asks without loading a dictionary: enchant's list of them
    listed = enchant.Broker.list_dicts
    monkeypatch.setattr(enchant.Broker, "list_dicts",
                        lambda self: [(t, p) for t, p in listed(self) if t != "kk_KZ"])
    probe = SpellService()
    assert probe.missing == s.missing and probe._dicts is None
    assert SpellChecker(s).check("Бақытт и правительсво")[0].word == "правительсво"


def test_tokens_keep_offsets():
    text = "Фильм «Бақыт құшағында» (2023), https://kino.kz."
    got = [(t.text, text[t.start:t.end]) for t in words(text)]
    assert got == [("Фильм", "Фильм"), ("Бақыт", "Бақыт"), ("құшағында", "құшағында")]


def test_without_libenchant_nothing_is_checked_and_the_package_is_named(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "enchant", None)  # import enchant -> ImportError
    s = SpellService()
    assert [m.package for m in s.missing] == ["libenchant-2-2"]
    assert SpellChecker(s).check("правительсво goverment") == []


def test_cli_warns_in_one_line_when_a_dictionary_is_missing(monkeypatch, capsys, sample_paths):
    import enchant

    from editor.cli import main

    class NoRussian(enchant.Dict):
        def __init__(self, tag=None, *args):
            if tag == "ru_RU":
                raise enchant.errors.DictNotFoundError("no ru")
            super().__init__(tag, *args)

    monkeypatch.setattr(enchant, "Dict", NoRussian)
    ru, en = sample_paths
    assert main(["check", "--ru", str(ru), "--en", str(en)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["tandem: warning: spelling is not fully checked: the Russian dictionary "
                   "(ru_RU) is missing (install hunspell-ru)"]
