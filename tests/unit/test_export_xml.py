"""XLIFF 2.1, XLIFF 1.2 and TMX 1.4b: valid against the official schemas (loaded here
independently from resources/schemas), and an XLIFF edited in a CAT tool comes back
changing exactly what the translator changed."""

import copy

import pytest
from lxml import etree

from editor.errors import InputError
from editor.export import ExportError, export
from editor.export.tmx import to_tmx
from editor.export.xliff import NS2, NS12, to_xliff12, to_xliff21
from editor.importers.xliff import apply_xliff
from editor.model import Paragraph, Status
from editor.resources_path import resource
from editor.storage import to_bytes

X2 = f"{{{NS2}}}"


class Local(etree.Resolver):
    def resolve(self, url, pubid, context):
        if url.endswith("xml.xsd"):
            return self.resolve_filename(str(resource("schemas", "xliff-1.2", "xml.xsd")), context)
        return None


def official(path_parts):
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Local())
    return etree.XMLSchema(etree.parse(str(resource("schemas", *path_parts)), parser))


@pytest.fixture
def release(sample_release):
    rows = sample_release.rows
    rows[1].status["en"] = Status.DRAFT
    rows[1].source_fp.pop("en")
    rows[2].paragraphs["en"] = Paragraph("")
    rows[2].status["en"] = Status.UNTRANSLATED
    rows[2].source_fp.pop("en")
    rows[3].confirm("en", rows[3].text("ru"), Status.REVIEWED)
    rows[4].paragraphs["ru"] = Paragraph(rows[4].text("ru") + " Зал был полон.")  # stale
    return sample_release


def test_xliff21_is_valid_with_a_unit_per_row_and_states(release):
    doc = etree.fromstring(to_xliff21(release))
    official(("xliff-2.1", "xliff_core_2.0.xsd")).assertValid(doc)
    assert (doc.get("srcLang"), doc.get("trgLang"), doc.get("version")) == ("ru", "en", "2.1")
    units = doc.findall(f".//{X2}unit")
    assert [u.get("id") for u in units] == [r.id for r in release.rows]
    segs = [u.find(f"{X2}segment") for u in units]
    assert [(s.get("state"), s.get("subState")) for s in segs[:5]] == [
        ("translated", None), ("translated", "tandem:draft"), ("initial", None),
        ("reviewed", None), ("translated", "tandem:stale")]
    assert segs[0].findtext(f"{X2}source").startswith("Посольство Республики Казахстан")
    assert segs[0].findtext(f"{X2}target").startswith("The Embassy of the Republic")
    assert segs[2].find(f"{X2}target") is None
    notes = {n.get("category"): n.text for n in doc.find(f"{X2}file/{X2}notes")}
    assert notes["date"] == "2025-12-18"


def test_xliff12_is_valid(release):
    doc = etree.fromstring(to_xliff12(release))
    official(("xliff-1.2", "xliff-core-1.2-strict.xsd")).assertValid(doc)
    units = doc.findall(f".//{{{NS12}}}trans-unit")
    assert len(units) == 8 and units[3].get("approved") == "yes"
    assert units[2].find(f"{{{NS12}}}target").get("state") == "new"


def test_tmx_has_only_confirmed_rows_and_is_valid(release):
    data = to_tmx(release)
    assert b'<!DOCTYPE tmx SYSTEM "tmx14.dtd">' in data
    doc = etree.fromstring(data)
    etree.DTD(str(resource("schemas", "tmx", "tmx14.dtd"))).assertValid(doc)
    tuids = [tu.get("tuid") for tu in doc.iter("tu")]
    rows = release.rows
    assert tuids == [rows[i].id for i in (0, 3, 5, 6, 7)]  # not draft, empty or stale
    seg = doc.find("body/tu/tuv/seg")
    assert seg.text.startswith("Посольство")


def test_an_xliff_edited_in_a_cat_tool_comes_back_changing_only_that(release):
    data = to_xliff21(release)
    before = copy.deepcopy(release)
    doc = etree.fromstring(data)
    units = doc.findall(f".//{X2}unit")
    seg = units[2].find(f"{X2}segment")
    etree.SubElement(seg, f"{X2}target").text = "The screenings brought people together."
    seg.set("state", "reviewed")
    result = apply_xliff(release, etree.tostring(doc))
    assert result.changed_rows == [2] and result.warnings == []
    assert release.rows[2].text("en") == "The screenings brought people together."
    assert release.row_status(release.rows[2], "en") == "reviewed"
    # nothing else changed: every other row, the metadata, the id
    for i, (a, b) in enumerate(zip(before.rows, release.rows, strict=True)):
        if i != 2:
            assert a == b, i
    assert before.meta == release.meta and before.id == release.id


def test_a_translation_of_a_changed_source_comes_back_as_a_draft(sample_release):
    data = to_xliff21(sample_release)
    sample_release.rows[1].paragraphs["ru"] = Paragraph("Бельгийской публике показали фильмы.")
    doc = etree.fromstring(data)
    seg = doc.findall(f".//{X2}segment")[1]
    seg.find(f"{X2}target").text = "Belgian audiences saw films."
    result = apply_xliff(sample_release, etree.tostring(doc))
    assert result.changed_rows == [1]
    assert result.warnings == ["row 2: its source changed since the export; the translation "
                               "comes back as a draft"]
    assert sample_release.row_status(sample_release.rows[1], "en") == "draft"


def test_an_unchanged_xliff_changes_nothing(sample_release):
    before = to_bytes(sample_release)
    result = apply_xliff(sample_release, to_xliff12(sample_release))
    assert result.changed_rows == [] and to_bytes(sample_release) == before


@pytest.mark.parametrize("data, reason", [
    (b"not xml", "not XLIFF"),
    (b"<html/>", "not XLIFF 1.2 or 2.x"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
     b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ru" '
     b'trgLang="en"/>', "refused"),
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ru" '
     b'trgLang="en"><file id="f"><unit id="u1"><segment><source>x</source></segment></unit>'
     b'</file></xliff>', "no unit of this release"),
])
def test_bad_xliff_is_refused_and_changes_nothing(sample_release, data, reason):
    before = to_bytes(sample_release)
    with pytest.raises(InputError, match=reason):
        apply_xliff(sample_release, data)
    assert to_bytes(sample_release) == before


def test_text_xml_cannot_carry_is_refused_and_nothing_written(sample_release, tmp_path):
    sample_release.rows[0].paragraphs["en"] = Paragraph("bad \x01 char")
    with pytest.raises(ExportError):
        export(sample_release, "xliff", tmp_path / "x.xlf")
    assert not (tmp_path / "x.xlf").exists()
