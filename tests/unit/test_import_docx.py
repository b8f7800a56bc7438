import zipfile

import pytest

from editor.errors import InputError
from editor.importers import read_document
from editor.importers.release_builder import import_release
from editor.model import Mark, MarkKind, Role
from tests.conftest import EN, RU
from tests.docx_factory import write_bilingual_docx, write_docx


def sample_paragraphs(path):
    text = path.read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return lines  # first line is the date/debris line, the rest are the 8 paragraphs


def test_sample_as_docx_imports_like_the_text(tmp_path):
    ru = write_docx(tmp_path / "ru.docx", sample_paragraphs(RU))
    en = write_docx(tmp_path / "en.docx", sample_paragraphs(EN))
    from_docx = import_release(ru, en).release
    from_text = import_release(RU, EN).release
    assert len(from_docx.rows) == 8
    assert from_docx.meta.date == from_text.meta.date
    for a, b in zip(from_docx.rows, from_text.rows, strict=True):
        assert a.text("ru") == b.text("ru") and a.text("en") == b.text("en")


def test_bold_italic_links_kept_and_empty_paragraphs_skipped(tmp_path):
    path = write_docx(tmp_path / "f.docx", [
        ("Title", "Дни казахского кино"),
        "",
        [("Фильм ", {}), ("Бақыт құшағында", {"bold": True}), (" режиссёра ", {}),
         ("Саната Шапашова", {"italic": True}), (".", {})],
        "   ",
        [("Подробнее на ", {}), ("сайте посольства", {"link": "https://example.kz/news"}),
         (".", {})],
    ])
    doc = read_document(path)
    assert [p.text for p in doc.paragraphs] == [
        "Дни казахского кино",
        "Фильм Бақыт құшағында режиссёра Саната Шапашова.",
        "Подробнее на сайте посольства.",
    ]
    assert doc.paragraphs[0].role_hint == "headline"
    assert doc.paragraphs[1].marks == [Mark(6, 21, MarkKind.BOLD), Mark(32, 47, MarkKind.ITALIC)]
    assert doc.paragraphs[2].marks == [Mark(13, 29, MarkKind.LINK, "https://example.kz/news")]


def test_title_style_becomes_a_headline_row_and_the_next_the_lead(tmp_path):
    ru = write_docx(tmp_path / "ru.docx", [("Title", "Заголовок"), "Первый абзац.", "Второй."])
    en = write_docx(tmp_path / "en.docx", [("Title", "Headline"), "First paragraph.", "Second."])
    rows = import_release(ru, en).release.rows
    assert [r.role for r in rows] == [Role.HEADLINE, Role.LEAD, Role.BODY]


def test_two_column_table_is_a_bilingual_release(tmp_path):
    path = write_bilingual_docx(tmp_path / "bi.docx", [
        ("Посольство организовало дни кино.", "The Embassy organised film days."),
        ("Показ прошёл в Брюсселе.", "The screening took place in Brussels."),
        ("", "An extra English note."),
    ], title="Пресс-релиз / Press release")
    result = import_release(path, None)
    rows = result.release.rows
    assert [r.text("ru") for r in rows] == ["Посольство организовало дни кино.",
                                            "Показ прошёл в Брюсселе.", ""]
    assert rows[2].text("en") == "An extra English note."
    assert any("outside the two-column table" in w for w in result.warnings)


def test_bilingual_table_with_english_on_the_left_is_recognised(tmp_path):
    path = write_bilingual_docx(tmp_path / "bi.docx", [("Good news.", "Хорошие новости.")],
                                header=("English", "Русский"))
    rows = import_release(None, path).release.rows
    assert rows[0].text("ru") == "Хорошие новости." and rows[0].text("en") == "Good news."


def test_a_one_language_docx_alone_asks_for_the_other(tmp_path):
    path = write_docx(tmp_path / "ru.docx", ["Только русский."])
    with pytest.raises(InputError, match="give the other version with --en"):
        import_release(path, None)


def test_truncated_docx(tmp_path):
    good = write_docx(tmp_path / "g.docx", ["Текст."]).read_bytes()
    bad = tmp_path / "cut.docx"
    bad.write_bytes(good[: len(good) // 2])
    with pytest.raises(InputError, match="damaged or truncated"):
        read_document(bad)


def test_zip_that_is_not_word(tmp_path):
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="not a Word document"):
        read_document(path)
    odt = tmp_path / "x.odt"
    with zipfile.ZipFile(odt, "w") as zf:
        zf.writestr("content.xml", "<office/>")
    with pytest.raises(InputError, match="OpenDocument"):
        read_document(odt)


def test_zip_bomb_is_refused_quickly(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<" + b" " * (64 * 2**20) + b"/>")
    assert path.stat().st_size < 200_000
    with pytest.raises(InputError, match="zip bomb"):
        read_document(path)


def test_docx_with_entity_declarations_is_refused(tmp_path):
    good = write_docx(tmp_path / "g.docx", ["Текст."])
    evil = tmp_path / "evil.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)
            dst.writestr(item, data)
    with pytest.raises(InputError, match="entity declarations"):
        read_document(evil)


def test_text_named_docx_is_not_word(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("just text")
    with pytest.raises(InputError, match="not a ZIP"):
        read_document(path)
