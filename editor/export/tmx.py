"""TMX 1.4b of the confirmed rows (translated or reviewed, and not stale), to seed or share
a translation memory: one translation unit per row, tuid = the row's id."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import etree

from editor import __version__
from editor.export.validation import validate
from editor.model import Release

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def to_tmx(release: Release, target: str = "en") -> bytes:
    src = release.source_lang
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", {
        "creationtool": "Tandem", "creationtoolversion": __version__, "segtype": "paragraph",
        "o-tmf": "Tandem", "adminlang": "en", "srclang": src, "datatype": "plaintext",
        "creationdate": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")})
    body = etree.SubElement(root, "body")
    for row in release.rows:
        if release.row_status(row, target) not in ("translated", "reviewed"):
            continue
        if not row.text(src).strip() or not row.text(target).strip():
            continue
        tu = etree.SubElement(body, "tu", tuid=row.id)
        etree.SubElement(tu, "prop", type="x-role").text = row.role.value
        for lang in (src, target):
            tuv = etree.SubElement(tu, "tuv")
            tuv.set(_LANG, lang)
            etree.SubElement(tuv, "seg").text = row.text(lang)
    validate(root, "tmx", "TMX file")
    doc = etree.ElementTree(root)
    return etree.tostring(doc, xml_declaration=True, encoding="UTF-8", pretty_print=True,
                          doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">')
