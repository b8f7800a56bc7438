"""What real releases do, one pattern at a time: a paragraph in one version only, number
words, seasons and months, Roman numerals and identifiers, words no dictionary has, a fact
moved to the neighbouring paragraph, a person named once and then by title."""

import pytest

from editor.checks import CheckContext, Severity, run_checks
from editor.checks.dates import find_dates
from editor.checks.figures import find_figures
from editor.lexicon import en_forms, parse_mueller
from editor.model import Paragraph, Release, Row
from editor.spelling import SpellService
from editor.storage import from_bytes, to_bytes


@pytest.fixture(scope="module")
def context():
    return CheckContext(service=SpellService())


def release_of(pairs, only_in=None):
    r = Release()
    for n, (ru, en) in enumerate(pairs):
        row = Row({"ru": Paragraph(ru), "en": Paragraph(en)})
        if only_in and n in only_in:
            row.only_in = only_in[n]
        r.rows.append(row)
    return r


def serious(findings):
    return [(f.pair, f.code, f.text) for f in findings if f.severity is not Severity.INFO]


def test_a_paragraph_in_one_version_only_is_one_note_and_survives_saving(context):
    r = release_of([("АСТАНА. КАЗИНФОРМ – Более 1 200 делегатов из 42 стран приехали в Астану.", ""),
                    ("Форум открыл министр.", "The minister opened the forum.")], {0: "ru"})
    findings = run_checks(r, context)
    assert serious(findings) == []
    notes = [f for f in findings if f.pair == 0]
    assert [(f.code, f.lang, str(f.message)) for f in notes] == [
        ("untranslated.one-sided", "en", "This paragraph is only in the Russian version")]
    again = from_bytes(to_bytes(r))
    assert again.rows[0].only_in == "ru" and again.rows[1].only_in == ""
    r.rows[1].paragraphs["en"] = Paragraph("")  # emptied by the user: that is an error
    assert (1, "untranslated", "") in serious(run_checks(r, context))


def test_number_words_count_only_against_another_figure():
    ru = "Министры образования подписали меморандум. Германия входит в число пяти инвесторов."
    assert [f.value for f in find_figures("The two ministers signed it.", "en")] == [2.0]
    r = release_of([(ru, "The two ministers signed a memorandum. Germany is among the five "
                         "investors.")])
    assert serious(run_checks(r, CheckContext(service=SpellService()))) == []
    r.rows[0].paragraphs["en"] = Paragraph("The ministers signed a memorandum. Germany is "
                                           "among the three investors.")
    assert [(c, t) for _, c, t in serious(run_checks(r, CheckContext(service=SpellService())))
            ] == [("number.mismatch", "three")]


def test_ordinals_in_words_roman_numerals_and_identifiers():
    assert [f.value for f in find_figures("третье заседание", "ru")] == [3.0]
    assert [f.value for f in find_figures("The third meeting", "en")] == [3.0]
    assert [f.value for f in find_figures("XV Международная ярмарка", "ru")] == [15.0]
    assert [f.value for f in find_figures("the G20 summit and COP29", "en")] == []


def test_months_alone_and_seasons():
    assert [d.label() for d in find_dates("пройдёт в мае в Астане", "ru")] == ["May"]
    assert [d.label() for d in find_dates("in Astana in May", "en")] == ["May"]
    assert find_dates("the parties may agree", "en") == []
    assert [d.label() for d in find_dates("Осенью министерство", "ru")] == ["autumn"]
    assert [d.label() for d in find_dates("In the autumn of 2026", "en")] == ["autumn 2026"]


def test_words_no_dictionary_has_are_not_typos_but_typos_are(context):
    r = release_of([("Гостей угощали бешбармаком и баурсаками, звучали кюи на домбре и кобызе; "
                     "алматинцы и казахстанцы смотрели постковидные казахстанско-германские "
                     "проекты по кибербезопасности на сайте gov.kz.",
                     "Guests had beshbarmak and baursaks; kuis on the dombra and kobyz; "
                     "Almatians and Kazakhstanis; fintech at akorda.kz.")])
    assert [f.text for f in run_checks(r, context) if f.code == "spelling"] == []
    r.rows[0].paragraphs["ru"] = Paragraph("Гостей угащали бешбармоком.")
    r.rows[0].paragraphs["en"] = Paragraph("Guests were tretaed to beshbarmak.")
    # the Kazakh-origin word misspelt is flagged too (бешбармоком for бешбармаком)
    assert sorted(f.text for f in run_checks(r, context) if f.code == "spelling") == [
        "tretaed", "бешбармоком", "угащали"]


def test_a_figure_moved_to_the_next_paragraph_is_a_note(context):
    r = release_of([("Заседание прошло 22 октября. В нём участвовали 150 предпринимателей.",
                     "The meeting was held on 22 October."),
                    ("Товарооборот вырос на 23 процента.",
                     "More than 150 business people took part. Trade grew by 23 percent.")])
    findings = run_checks(r, context)
    assert serious(findings) == []
    moved = [f for f in findings if f.code == "number.mismatch"]
    assert {str(f.message) for f in moved} == {"150 is in the next paragraph of the translation",
                                               "150 is in the previous paragraph of the source"}


def test_a_person_named_in_full_then_by_title(context):
    r = release_of([("Министр иностранных дел Мурат Нуртлеу провёл встречи.",
                     "Minister of Foreign Affairs Murat Nurtleu held meetings."),
                    ("«Мы открыты», – подчеркнул Нуртлеу.", '"We are open," the Minister stressed.')])
    assert serious(run_checks(r, context)) == []
    r.rows[1].paragraphs["en"] = Paragraph('"We are open," Murat Nurtleyev stressed.')
    assert any(c.startswith("name") for _, c, _ in serious(run_checks(r, context)))


def test_the_lexicon_reads_dictionary_articles():
    article = ("exchange\n   1. _n.\n      1) обмен; мена; in exchange for в обмен на\n"
               "      2) биржа\nco-operation\n   сотрудничество\n")
    entries = parse_mueller(article)
    assert entries["exchange"] == {"обмен", "мена", "биржа"}
    assert entries["cooperation"] == {"сотру"}
    assert "exchange" in en_forms("exchanges") and "sign" in en_forms("signed")


def test_a_title_of_another_rank_is_found(context):
    ru = "Форум открыл первый заместитель Премьер-министра Роман Скляр."
    r = release_of([(ru, "The forum was opened by First Deputy Prime Minister Roman Sklyar.")])
    assert serious(run_checks(r, context)) == []
    r.rows[0].paragraphs["en"] = Paragraph("The forum was opened by Deputy Prime Minister "
                                           "Roman Sklyar.")
    found = [f for f in run_checks(r, context) if f.severity is not Severity.INFO]
    assert [(f.code, f.text, str(f.message)) for f in found] == [
        ("name.title", "Deputy", "The translation says Deputy where the source has первый заместитель")]
    r = release_of([("Соглашение подписал министр Жаслан Мадиев.",
                     "The agreement was signed by Deputy Minister Zhaslan Madiyev.")])
    assert [(c, t) for _, c, t in serious(run_checks(r, context))] == [("name.title", "Deputy")]


def test_language_knowledge_comes_from_one_profile_per_code():
    from datetime import date

    from editor.export.dateline import dateline
    from editor.export.docx_writer import word_lang
    from editor.languages import profile
    from editor.spelling.tokens import script_of

    day = date(2025, 12, 18)
    assert dateline("Брюссель", day, "ru") == "БРЮССЕЛЬ, 18\u00a0декабря 2025\u00a0г."
    assert dateline("Брюссель", day, "kk") == "БРЮССЕЛЬ, 2025 жылғы 18 желтоқсан"  # not Russian
    assert [d.label() for d in find_dates("2025 жылғы 18 желтоқсанда", "kk")] == ["18 December 2025"]
    assert (word_lang("kk"), word_lang("en", "en-US")) == ("kk-KZ", "en-US")
    assert (script_of("құшағында"), script_of("объятиях"), script_of("embrace")) == ("kk", "ru", "en")
    assert profile("de").script == "latin" and profile("de").word_tag == "de"  # no crash
