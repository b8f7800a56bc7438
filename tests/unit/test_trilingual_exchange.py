"""A release in Russian, English and Kazakh goes to translators as XLIFF per target
language (Russian into English, Russian into Kazakh, or English into Kazakh) and as one
multilingual TMX; a Kazakh translation comes back into the Kazakh version only."""

from lxml import etree
from translate.storage.xliff2 import Xliff2File

from editor.export import export
from editor.export.tmx import to_tmx
from editor.export.xliff import to_xliff21
from editor.importers.xliff import apply_xliff
from editor.model import Release, Status

ROWS = [("Посольство провело Дни кино.", "The Embassy held Cinema Days.",
         "Елшілік кино күндерін өткізді."),
        ("Зрителям показали три фильма.", "The audience saw three films.", ""),
        ("Показы прошли в Брюсселе.", "The screenings were in Brussels.",
         "Көрсетілімдер Брюссельде өтті.")]


def release() -> Release:
    r = Release(languages=("ru", "en", "kk"))
    for ru, en, kk in ROWS:
        row = r.new_row({"ru": ru, "en": en, "kk": kk})
        row.confirm("en", ru)
        if kk:
            row.confirm("kk", ru)
        r.rows.append(row)
    return r


def test_one_multilingual_tmx():
    doc = etree.fromstring(to_tmx(release()))
    langs = [[tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tu.iter("tuv")]
             for tu in doc.iter("tu")]
    assert langs == [["ru", "en", "kk"], ["ru", "en"], ["ru", "en", "kk"]]


def test_an_xliff_per_target_language(tmp_path):
    r = release()
    export(r, "xliff", tmp_path / "release.xlf")
    made = {p.name: etree.parse(str(p)).getroot() for p in tmp_path.glob("*.xlf")}
    assert {n: (x.get("srcLang"), x.get("trgLang")) for n, x in made.items()} == {
        "release.en.xlf": ("ru", "en"), "release.kk.xlf": ("ru", "kk")}


def test_english_into_kazakh_comes_back_into_the_kazakh_version():
    r = release()
    store = Xliff2File.parsestring(to_xliff21(r, target="kk", source="en"))
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("en", "kk")
    unit = next(u for u in store.units if u.getid().startswith(r.rows[1].id))
    assert unit.source == "The audience saw three films."
    unit.target = "Көрермендерге үш фильм көрсетілді."
    unit.xmlelement.set("state", "translated")
    before = {lang: [row.text(lang) for row in r.rows] for lang in ("ru", "en")}
    result = apply_xliff(r, bytes(store))
    assert result.changed_rows == [1]
    assert r.rows[1].text("kk") == "Көрермендерге үш фильм көрсетілді."
    assert r.row_status(r.rows[1], "kk") == "translated"
    assert r.rows[1].status["kk"] is Status.TRANSLATED
    assert {lang: [row.text(lang) for row in r.rows] for lang in ("ru", "en")} == before
