"""Tandem's own Word files, imported again, give the release's structure back: the
headline, the roles (boilerplate), the subheadline, place and date from the dateline, the
embargo and the contacts, without the end mark and labels the export added."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from editor.export import export
from editor.importers.release_builder import import_release
from editor.model import Role
from editor.model.release import Contact


@pytest.fixture
def release(sample_release):
    r = sample_release
    m = r.meta
    m.headline = {"ru": "Дни казахского кино в Брюсселе", "en": "Days of Kazakh Cinema in Brussels"}
    m.subheadline = {"ru": "Фильмы «Казахфильма» в Бельгии", "en": "Kazakhfilm films in Belgium"}
    m.place = {"ru": "Брюссель", "en": "Brussels"}
    m.date = date(2025, 12, 18)
    m.embargo = datetime(2025, 12, 18, 10, 0, tzinfo=ZoneInfo("CET"))
    m.contacts = [Contact("Айгерим Сапарова", "пресс-секретарь", "+32 2 000 00 00",
                          "press@kazembassy.be")]
    r.rows[-1].role = Role.BOILERPLATE
    return r


def _same_structure(original, back):
    assert back.rows[0].role is Role.HEADLINE
    assert [back.rows[0].text(lang) for lang in ("ru", "en")] == [
        original.meta.headline["ru"], original.meta.headline["en"]]
    assert [(r.role, r.text("ru"), r.text("en")) for r in back.rows[1:]] == [
        (r.role, r.text("ru"), r.text("en")) for r in original.rows]
    for name in ("subheadline", "place", "date", "embargo", "contacts"):
        assert getattr(back.meta, name) == getattr(original.meta, name), name


def test_the_word_pair_comes_back_as_the_release(release, tmp_path):
    export(release, "docx", tmp_path / "release.docx")
    result = import_release(tmp_path / "release.ru.docx", tmp_path / "release.en.docx")
    assert result.warnings == []
    _same_structure(release, result.release)


def test_the_bilingual_table_comes_back_as_the_release(release, tmp_path):
    export(release, "docx-bilingual", tmp_path / "both.docx")
    result = import_release(tmp_path / "both.docx", None)
    assert result.warnings == []
    _same_structure(release, result.release)


def test_the_odt_pair_comes_back_as_the_release(release, tmp_path):
    export(release, "odt", tmp_path / "release.odt")
    result = import_release(tmp_path / "release.ru.odt", tmp_path / "release.en.odt")
    assert result.warnings == []
    _same_structure(release, result.release)


def test_emphasis_and_links_survive_the_odt(release, tmp_path):
    from editor.model import Mark, MarkKind, Paragraph

    text = release.rows[1].text("en")
    release.rows[1].paragraphs["en"] = Paragraph(text, [
        Mark(0, 8, MarkKind.BOLD), Mark(4, 20, MarkKind.ITALIC),
        Mark(30, 40, MarkKind.LINK, "https://kazakhfilm.kz/?a=1&b=2")])
    export(release, "odt", tmp_path / "release.odt")
    back = import_release(tmp_path / "release.ru.odt", tmp_path / "release.en.odt").release
    assert back.rows[2].paragraph("en") == release.rows[1].paragraph("en")


@pytest.mark.skipif(__import__("shutil").which("soffice") is None,
                    reason="LibreOffice is not installed here")
def test_libreoffice_opens_the_odt(release, tmp_path):
    """LibreOffice itself reads the file (converted to text by it: every paragraph there)."""
    import subprocess

    export(release, "odt", tmp_path / "release.odt", lang="en")
    subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                    "--outdir", str(tmp_path), str(tmp_path / "release.odt")], check=True,
                   capture_output=True, timeout=180, env={"HOME": str(tmp_path),
                                                          "PATH": "/usr/bin:/bin"})
    text = (tmp_path / "release.txt").read_text(encoding="utf-8-sig")
    assert "Days of Kazakh Cinema in Brussels" in text
    assert "BRUSSELS, 18 December 2025" in text
    assert all(row.text("en") in text for row in release.rows)
