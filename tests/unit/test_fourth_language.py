"""A fourth language is a profile and a dictionary: a stub German profile (its months, its
quotes, its Word tag, and the English dictionary standing in for a German one) is added to
the profiles, and nothing else changes. A release in Russian, English and that German
imports it (--version de=FILE), the checks find a planted typo, a figure and a date in the
German row, and Word, NewsML, XLIFF and TMX are written in German too."""

from pathlib import Path

import docx
import pytest
from lxml import etree

from editor import languages
from editor.checks import CheckContext, run_checks
from editor.cli import main as cli
from editor.export import export
from editor.languages import ENGLISH, LanguageProfile
from editor.model import NameEntry, Paragraph
from editor.schemas import schema
from editor.storage import load_release

DATA = Path(__file__).resolve().parents[1] / "data" / "kazakh"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
GERMAN = LanguageProfile(
    code="de", script="latin", dictionary=ENGLISH.dictionary, word_tag="de-DE",
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"),
    month_stems=("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                 "september", "oktober", "november", "dezember"),
    date_format="{day}. {month} {year}", quotes=("„", "“"),
    names={"en": "German", "ru": "немецкий"}, package="hunspell-de-de")


@pytest.fixture
def german(monkeypatch, tmp_path):
    monkeypatch.setitem(languages.PROFILES, "de", GERMAN)
    # the stub's text: the English version with the German date (its dictionary is English)
    english = (DATA / "book-fair.en.txt").read_text(encoding="utf-8")
    path = tmp_path / "book-fair.de.txt"
    path.write_text(english.replace("18 December 2025", "18. Dezember 2025")
                    .replace("Türkiye", "Türkei"), encoding="utf-8")
    return path


def test_a_fourth_language_is_a_profile_and_a_dictionary(german, tmp_path, capsys):
    out = tmp_path / "fair.tandem"
    assert cli(["import", "--ru", str(DATA / "book-fair.ru.txt"), "--en",
                str(DATA / "book-fair.en.txt"), "--version", f"de={german}", "-o", str(out)]) == 0
    release = load_release(out)
    assert release.languages == ("ru", "en", "de")
    assert release.rows[2].text("de").startswith("Opening the fair")
    context = CheckContext()
    assert context.service.has("de")  # the profile's dictionary
    release.words["de"] = ["Dezember", "Türkei"]  # the stand-in dictionary is English
    # the registry's German form of a country (the shipped one has Russian, English, Kazakh)
    release.names.append(NameEntry("Турция", "Türkiye", "place", forms={"de": "Türkei"}))
    assert run_checks(release, context) == []

    row = release.rows[1]
    row.paragraphs["de"] = Paragraph(row.text("de").replace("3,000", "3,500")
                                     .replace("readers", "raeders"))
    dated = release.rows[0]
    dated.paragraphs["de"] = Paragraph(dated.text("de").replace("18. Dezember", "19. Dezember"))
    found = {(f.code, f.pair, f.lang) for f in run_checks(release, context)}
    assert found == {("number.mismatch", 1, "de"), ("spelling", 1, "de"),
                     ("date.mismatch", 0, "de")}, found

    export(release, "docx", tmp_path / "fair.docx", lang="de")
    word = docx.Document(str(tmp_path / "fair.docx"))
    tags = {el.get(docx.oxml.ns.qn("w:val")) for el in word.element.body.iter(docx.oxml.ns.qn("w:lang"))}
    assert tags == {"de-DE"}
    export(release, "newsml", tmp_path / "fair.xml")
    newsml = etree.parse(str(tmp_path / "fair.xml"))
    schema("newsml").assertValid(newsml)
    assert [i.get(XML_LANG) for i in newsml.getroot().iterfind(".//{*}newsItem")] == ["ru", "en", "de"]
    export(release, "xliff", tmp_path / "fair.xlf", lang="de")
    xliff = etree.parse(str(tmp_path / "fair.xlf"))
    schema("xliff21").assertValid(xliff)
    assert xliff.getroot().get("trgLang") == "de"
    export(release, "tmx", tmp_path / "fair.tmx")
    assert {t.get(XML_LANG) for t in etree.parse(str(tmp_path / "fair.tmx")).iter("tuv")} == {
        "ru", "en", "de"}
