"""Word files: reopened with python-docx, every paragraph is there with its style and every
run with its language tag (Kazakh words kk-KZ); emphasis, links and non-breaking spaces
survive; the bilingual file pairs the rows in a two-column table."""

import io

import docx
import pytest
from docx.oxml.ns import qn

from editor.export import docx_paths, export
from editor.export.docx_writer import to_docx, to_docx_bilingual
from editor.model import Mark, MarkKind, Paragraph, Role


def langs_of(paragraph):
    out = []
    for r in paragraph._p.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        el = rpr.find(qn("w:lang")) if rpr is not None else None
        text = "".join(t.text or "" for t in r.iter(qn("w:t")))
        if text:
            out.append((text, el.get(qn("w:val")) if el is not None else None))
    return out


@pytest.fixture
def release(sample_release):
    m = sample_release.meta
    m.place = {"ru": "Брюссель", "en": "Brussels"}
    m.organisation = {"ru": "Посольство Республики Казахстан", "en": "Embassy of the Republic of Kazakhstan"}
    m.headline = {"ru": "Дни казахского кино в Брюсселе", "en": "Days of Kazakh Cinema in Brussels"}
    row = sample_release.rows[2]
    text = ("The screenings\u00a0brought together representatives of Belgian society; "
            "see the programme.")
    see, prog = text.index("see the programme"), text.index("programme")
    row.paragraphs["en"] = Paragraph(text, [
        Mark(4, 14, MarkKind.BOLD), Mark(see, see + 17, MarkKind.ITALIC),
        Mark(prog, prog + 9, MarkKind.LINK, "https://kazembassy.example/p")])
    sample_release.rows[7].role = Role.BOILERPLATE
    return sample_release


def test_russian_release_on_the_letterhead(release):
    d = docx.Document(io.BytesIO(to_docx(release, "ru")))
    paras = [p for p in d.paragraphs if p.text.strip()]
    assert [p.style.name for p in paras[:3]] == ["Title", "Dateline", "Body Text"]
    assert paras[0].text == "Дни казахского кино в Брюсселе"
    assert paras[1].text == "БРЮССЕЛЬ, 18\u00a0декабря 2025\u00a0г."
    body = [p for p in paras if p.style.name in ("Body Text", "Boilerplate")]
    # seven rows of text, the end mark, then the boilerplate row under its heading
    assert len(body) == 10 and body[0].text.startswith("Посольство Республики Казахстан")
    assert [p.text for p in body[7:9]] == ["###", "Справка для редакций"]
    assert body[-1].style.name == "Boilerplate"
    assert body[-1].text == release.rows[7].text("ru")
    tags = langs_of(body[1])
    assert ("Бақыт", "kk-KZ") in tags and ("құшағында", "kk-KZ") in tags
    assert all(tag in ("ru-RU", "kk-KZ") for _, tag in tags)
    header = d.sections[0].header.paragraphs[0].text
    assert header == "Посольство Республики Казахстан"  # the letterhead placeholder filled


def test_english_release_keeps_emphasis_links_and_nbsp(release):
    d = docx.Document(io.BytesIO(to_docx(release, "en")))
    paras = [p for p in d.paragraphs if p.text.strip()]
    assert paras[1].text == "BRUSSELS, 18 December 2025"
    screening = next(p for p in paras if p.text.startswith("The screenings"))
    assert "\u00a0" in screening.text
    bold = [r.text for r in screening.runs if r.bold]
    assert bold == ["screenings"]
    italic = "".join("".join(t.text for t in r.iter(qn("w:t"))) for r in screening._p.iter(qn("w:r"))
                     if r.find(qn("w:rPr")) is not None and r.find(qn("w:rPr")).find(qn("w:i")) is not None)
    assert italic == "see the programme"
    links = screening._p.findall(qn("w:hyperlink"))
    assert len(links) == 1
    rid = links[0].get(qn("r:id"))
    assert screening.part.rels[rid].target_ref == "https://kazembassy.example/p"
    assert {tag for _, tag in langs_of(screening)} == {"en-GB"}
    kazakh = next(p for p in paras if "Qushağynda" in p.text)
    run = next(r for r in kazakh._p.iter(qn("w:r"))
               if "".join(t.text or "" for t in r.iter(qn("w:t"))) == "Qushağynda")
    assert run.find(qn("w:rPr")).find(qn("w:noProof")) is not None  # no Latin Kazakh speller


def test_bilingual_table_pairs_the_rows(release):
    d = docx.Document(io.BytesIO(to_docx_bilingual(release)))
    (table,) = d.tables
    # headlines, datelines, 7 rows of text, end mark, notes heading, notes
    assert len(table.rows) == 2 + 7 + 3 and len(table.columns) == 2
    heads, lines = table.rows[0].cells, table.rows[1].cells
    assert [c.text for c in heads] == ["Дни казахского кино в Брюсселе",
                                       "Days of Kazakh Cinema in Brussels"]
    assert heads[0].paragraphs[0].style.name == "Title"
    assert [c.text for c in lines] == ["БРЮССЕЛЬ, 18\u00a0декабря 2025\u00a0г.",
                                       "BRUSSELS, 18 December 2025"]
    first = table.rows[2].cells
    assert first[0].text.startswith("Посольство") and first[1].text.startswith("The Embassy")
    assert {t for _, t in langs_of(first[1].paragraphs[0])} == {"en-GB"}
    assert [c.text for c in table.rows[-3].cells] == ["###", "###"]
    assert [c.text for c in table.rows[-2].cells] == ["Справка для редакций", "Notes to editors"]


def test_one_file_per_language(release, tmp_path):
    export(release, "docx", tmp_path / "kino.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kino.en.docx", "kino.ru.docx"]
    assert docx_paths(release, tmp_path / "x.docx", "en") == {"en": tmp_path / "x.docx"}
