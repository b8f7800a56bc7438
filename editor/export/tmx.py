"""TMX 1.4b of the confirmed rows (translated or reviewed, and not stale), to seed or share
a translation memory: one translation unit per row, tuid = the row's id, with every
language the row has a confirmed translation in."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import etree

from editor import __version__
from editor.export.validation import validate
from editor.model import Release

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def to_tmx(release: Release, targets: tuple[str, ...] | None = None) -> bytes:
    """One translation unit per row with the source and every target language whose
    translation is confirmed (translated or reviewed, not stale): a multilingual memory for
    a release in three languages, the usual bilingual one for two."""
    src = release.source_lang
    targets = targets or release.target_langs
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", {
        "creationtool": "Tandem", "creationtoolversion": __version__, "segtype": "paragraph",
        "o-tmf": "Tandem", "adminlang": "en", "srclang": src, "datatype": "plaintext",
        "creationdate": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")})
    body = etree.SubElement(root, "body")
    for row in release.rows:
        if not row.text(src).strip():
            continue
        confirmed = [lang for lang in targets if row.text(lang).strip()
                     and release.row_status(row, lang) in ("translated", "reviewed")]
        if not confirmed:
            continue
        tu = etree.SubElement(body, "tu", tuid=row.id)
        etree.SubElement(tu, "prop", type="x-role").text = row.role.value
        for lang in (src, *confirmed):
            tuv = etree.SubElement(tu, "tuv")
            tuv.set(_LANG, lang)
            etree.SubElement(tuv, "seg").text = row.text(lang)
    validate(root, "tmx", "TMX file")
    doc = etree.ElementTree(root)
    return etree.tostring(doc, xml_declaration=True, encoding="UTF-8", pretty_print=True,
                          doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">')
