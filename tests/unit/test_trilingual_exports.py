"""Every export of a release in Russian, English and Kazakh, in every language: Word, ODT
and PDF per language (Kazakh runs tagged kk-KZ, the Kazakh dateline in Kazakh), the Word
table with three columns, NewsML-G2 with one item per language (valid against the schema),
an XLIFF per target (ru→en, ru→kk) and en→kk, one multilingual TMX, a web page and an
e-mail holding the three, and an e-mail per recipient language from a distribution list."""

import email
from email import policy
from pathlib import Path

import docx
import pytest
from lxml import etree

from editor.export import FORMATS, export
from editor.export.mailer import read_recipients
from editor.importers.release_builder import add_version, import_release
from editor.schemas import schema

DATA = Path(__file__).resolve().parents[1] / "data" / "kazakh"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def release():
    result = import_release(DATA / "book-fair.ru.txt", DATA / "book-fair.en.txt")
    add_version(result.release, DATA / "book-fair.kk.txt", "kk")
    return result.release


def test_every_format_writes_every_language(release, tmp_path):
    made = {}
    for fmt in FORMATS:
        out = export(release, fmt, tmp_path / f"fair-{fmt}{FORMATS[fmt].suffix}")
        made[fmt] = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(f"fair-{fmt}"))
        assert made[fmt], fmt
        assert out.exists() or any(tmp_path.glob(f"fair-{fmt}*")), fmt
    for fmt in ("docx", "odt", "pdf"):  # a file per language
        assert [n.split(".")[-2] for n in made[fmt]] == ["en", "kk", "ru"], made[fmt]
    assert [n.split(".")[-2] for n in made["xliff"]] == ["en", "kk"]

    kk = docx.Document(str(tmp_path / "fair-docx.kk.docx"))
    text = "\n".join(p.text for p in kk.paragraphs)
    assert "2025 жылғы 18 желтоқсан" in text and "Сейітқалидың" in text
    langs = {el.get(docx.oxml.ns.qn("w:val")) for el in kk.element.body.iter(docx.oxml.ns.qn("w:lang"))}
    assert "kk-KZ" in langs and "ru-RU" not in langs

    table = docx.Document(str(tmp_path / "fair-docx-bilingual.docx")).tables[0]
    assert len(table.columns) == 3
    assert any("Нұрланова" in c.text for r in table.rows for c in r.cells)

    newsml = etree.parse(str(tmp_path / "fair-newsml.xml"))
    schema("newsml").assertValid(newsml)
    items = newsml.getroot().iterfind(".//{*}newsItem")
    assert [i.get(XML_LANG) for i in items] == ["ru", "en", "kk"]

    tmx = etree.parse(str(tmp_path / "fair-tmx.tmx"))
    assert {tuv.get(XML_LANG) for tuv in tmx.iter("tuv")} == {"ru", "en", "kk"}

    page = (tmp_path / "fair-html.html").read_text(encoding="utf-8")
    assert 'lang="kk"' in page and "Айжан Нұрланова" in page


def test_english_into_kazakh_xliff(release, tmp_path):
    out = export(release, "xliff", tmp_path / "fair.xlf", lang="kk", source="en")
    root = etree.parse(str(out)).getroot()
    assert (root.get("srcLang"), root.get("trgLang")) == ("en", "kk")
    schema("xliff21").assertValid(etree.parse(str(out)))


def test_an_email_per_recipient_language_kazakh_included(release, tmp_path):
    groups = read_recipients(b"press@agency.kz,kk\ndesk@news.example,en\nall@example.org,ru+en+kk\n",
                             "list.csv", release.languages)
    assert groups == {"kk": ["press@agency.kz"], "en": ["desk@news.example"],
                      "ru+en+kk": ["all@example.org"]}
    from editor.export.html_mail import to_eml

    made = to_eml(release, ["kk"], sender="press@example.kz", attach=False)
    message = email.message_from_bytes(made.as_bytes(policy=policy.SMTP), policy=policy.default)
    body = message.get_body(("plain",)).get_content()
    assert "Айжан Нұрланова" in body and "Сейиткали" not in body
    assert "жылғы 18 желтоқсан" in message["Subject"] or "АСТАНА" in message["Subject"]


def test_a_trilingual_table_comes_back_as_three_versions(release, tmp_path):
    """Tandem's own three-column Word table, and one made by hand with a header row in any
    column order, import alone as a release in Russian, English and Kazakh, row by row."""
    from editor.importers.release_builder import import_release

    export(release, "docx-bilingual", tmp_path / "table.docx")
    back = import_release(tmp_path / "table.docx", None).release
    assert back.languages == ("ru", "en", "kk")
    assert [[r.text(lang) for lang in back.languages] for r in back.rows] == [
        [r.text(lang) for lang in back.languages] for r in release.rows]
    assert {back.row_status(r, t) for r in back.rows for t in ("en", "kk")} == {"translated"}

    made = docx.Document()
    table = made.add_table(rows=0, cols=3)
    for cells in [("English", "Қазақша", "Русский"),
                  ("The fair opened.", "Жәрмеңке ашылды.", "Ярмарка открылась."),
                  ("120 publishers took part.", "120 баспа қатысты.", "Участвовали 120 издательств.")]:
        row = table.add_row().cells
        for cell, text in zip(row, cells, strict=True):
            cell.text = text
    made.save(str(tmp_path / "by-hand.docx"))
    hand = import_release(tmp_path / "by-hand.docx", None).release
    assert hand.languages == ("ru", "en", "kk")
    assert [(r.text("ru"), r.text("en"), r.text("kk")) for r in hand.rows] == [
        ("Ярмарка открылась.", "The fair opened.", "Жәрмеңке ашылды."),
        ("Участвовали 120 издательств.", "120 publishers took part.", "120 баспа қатысты.")]
