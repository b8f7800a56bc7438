"""Word documents as LibreOffice writes them (tests/data/office): tracked changes come in
as the text would read with them accepted, comments and footnotes are left out, a table of
three columns becomes a paragraph per row, and the command line says all that in one line
each."""

from pathlib import Path

from editor.cli import main
from editor.importers import read_document
from editor.model import MarkKind

OFFICE = Path(__file__).resolve().parents[1] / "data" / "office"


def test_libreoffice_docx_with_tracked_changes_comments_footnotes_and_a_table():
    doc = read_document(OFFICE / "draft.ru.docx")
    texts = [p.text for p in doc.paragraphs]
    assert texts == [
        "Дни казахского кино в Брюсселе",
        # "Республики" inserted, "в Бельгии" deleted; the comment is not text
        "Посольство Республики Казахстан провело Дни казахского кино в Брюсселе.",
        "Зрителям показали фильм «Бақыт құшағында» режиссера Саната Шапашова.",
        # the inserted words and link are in; the footnote's text is not
        "Программа показов на сайте киностудии:",
        "Дата | Фильм | Зрители",
        "18 декабря | Бақыт құшағында | 120",
        "19 декабря | Жаужүрек мың бала | 95",
        "Мероприятие прошло при поддержке киностудии «Казахфильм».",
    ]
    assert doc.paragraphs[0].role_hint == "headline"
    assert {m.kind for m in doc.paragraphs[2].marks} == {MarkKind.BOLD, MarkKind.ITALIC}
    link = doc.paragraphs[3].marks[0]
    assert (link.kind, link.href, texts[3][link.start:link.end]) == (
        MarkKind.LINK, "https://kazakhfilm.kz/days", "киностудии")
    assert doc.warnings == [
        "draft.ru.docx: 4 tracked change(s) accepted; 1 comment(s) and 1 footnote(s) not "
        "imported",
        "draft.ru.docx: a table of 3 column(s) became 3 paragraph(s), one per row"]


def test_the_command_line_says_what_was_left_out(tmp_path, capsys):
    out = tmp_path / "draft.tandem"
    assert main(["import", "--ru", str(OFFICE / "draft.ru.docx"), "--en",
                 str(OFFICE / "draft.en.txt"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "4 tracked change(s) accepted; 1 comment(s) and 1 footnote(s) not imported" in err
    assert "a table of 3 column(s) became 3 paragraph(s)" in err
    assert out.exists()


def test_libreoffice_odt_reads_as_its_docx_does():
    odt, docx = read_document(OFFICE / "draft.ru.odt"), read_document(OFFICE / "draft.ru.docx")
    assert [(p.text, p.marks, p.role_hint) for p in odt.paragraphs] == [
        (p.text, p.marks, p.role_hint) for p in docx.paragraphs]
    # LibreOffice keeps one region per change in ODT (Word splits the link's insertion)
    assert odt.warnings == [
        "draft.ru.odt: 3 tracked change(s) accepted; 1 comment(s) and 1 footnote(s) not "
        "imported",
        "draft.ru.odt: a table of 3 column(s) became 3 paragraph(s), one per row"]


def test_an_odt_imports_from_the_command_line(tmp_path, capsys):
    out = tmp_path / "draft.tandem"
    assert main(["import", "--ru", str(OFFICE / "draft.ru.odt"), "--en",
                 str(OFFICE / "draft.en.txt"), "-o", str(out)]) == 0
    from editor.storage import load_release

    release = load_release(out)
    assert release.rows[0].text("ru") == "Дни казахского кино в Брюсселе"
    assert release.rows[0].text("en") == "Days of Kazakh Cinema in Brussels"


def _zip(path, parts: dict[str, bytes]) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, data in parts.items():
            zf.writestr(part, data)


def test_hostile_or_wrong_odt_files_are_refused_with_a_reason(tmp_path):
    import pytest

    from editor.errors import InputError

    cases = {
        "entities.odt": ({"mimetype": b"application/vnd.oasis.opendocument.text",
                          "content.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e '
                                         b'SYSTEM "file:///etc/passwd">]><x>&e;</x>'},
                         "entity declarations; refused"),
        "sheet.odt": ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                       "content.xml": b"<x/>"}, "not a text document"),
        "bomb.odt": ({"mimetype": b"application/vnd.oasis.opendocument.text",
                      "content.xml": b"<x>" + b" " * (300 * 2**20) + b"</x>"},
                     "possible zip bomb"),
    }
    for name, (parts, reason) in cases.items():
        path = tmp_path / name
        _zip(path, parts)
        with pytest.raises(InputError, match=reason):
            read_document(path)
