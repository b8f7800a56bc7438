"""OpenDocument text, one file per language: the same structure as the Word file (headline,
subheadline, dateline, embargo, text with its roles, end mark, notes to editors, contacts),
with paragraph styles of the same names, so LibreOffice users get the release as Word users
do, and Tandem reads it back into the same release. No letterhead: the organisation's
template is a Word file; the organisation's name and website head the page instead."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from editor.export.dateline import dateline, embargo_line
from editor.export.layout import layout
from editor.languages import profile as language_profile
from editor.model import MarkKind, Paragraph, Release, Role
from editor.profile import Profile

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
XLINK = "http://www.w3.org/1999/xlink"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
DC = "http://purl.org/dc/elements/1.1/"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
NS = {"office": OFFICE, "style": STYLE, "text": TEXT, "fo": FO, "xlink": XLINK}
MIME = "application/vnd.oasis.opendocument.text"
_ROLE_STYLE = {Role.HEADLINE: "Title", Role.QUOTE: "Quote", Role.BOILERPLATE: "Boilerplate",
               Role.CONTACT: "Contact"}
# (name, parent, text properties, paragraph properties)
_STYLES = [
    ("Standard", None, {"font-name": "Times New Roman", "fo:font-size": "12pt"},
     {"fo:margin-bottom": "0.25cm"}),
    ("Text_20_body", "Standard", {}, {"fo:text-align": "justify"}),
    ("Title", "Standard", {"fo:font-size": "18pt", "fo:font-weight": "bold"},
     {"fo:text-align": "center", "fo:margin-bottom": "0.3cm"}),
    ("Subtitle", "Standard", {"fo:font-size": "14pt", "fo:font-style": "italic"},
     {"fo:text-align": "center"}),
    ("Dateline", "Standard", {"fo:font-weight": "bold"}, {}),
    ("Quote", "Text_20_body", {"fo:font-style": "italic"}, {"fo:margin-left": "1cm"}),
    ("Boilerplate", "Standard", {"fo:font-size": "10pt"}, {}),
    ("Contact", "Standard", {"fo:font-size": "10pt"}, {}),
    ("End_20_mark", "Standard", {}, {"fo:text-align": "center"}),
]
_DISPLAY = {"Text_20_body": "Text Body", "End_20_mark": "End mark"}


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def _attr(name: str) -> str:
    prefix, local = name.split(":") if ":" in name else ("style", name)
    return _q(NS[prefix], local)


def _styles_xml(lang_tag: str) -> bytes:
    root = etree.Element(_q(OFFICE, "document-styles"), nsmap=NS)
    root.set(_q(OFFICE, "version"), "1.3")
    fonts = etree.SubElement(root, _q(OFFICE, "font-face-decls"))
    face = etree.SubElement(fonts, _q(STYLE, "font-face"))
    face.set(_q(STYLE, "name"), "Times New Roman")
    face.set("{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}font-family",
             "'Times New Roman'")
    styles = etree.SubElement(root, _q(OFFICE, "styles"))
    language, _, country = lang_tag.partition("-")
    for name, parent, text_props, para_props in _STYLES:
        st = etree.SubElement(styles, _q(STYLE, "style"))
        st.set(_q(STYLE, "name"), name)
        st.set(_q(STYLE, "family"), "paragraph")
        if name in _DISPLAY:
            st.set(_q(STYLE, "display-name"), _DISPLAY[name])
        if parent:
            st.set(_q(STYLE, "parent-style-name"), parent)
        if para_props:
            pp = etree.SubElement(st, _q(STYLE, "paragraph-properties"))
            for k, v in para_props.items():
                pp.set(_attr(k), v)
        tp = etree.SubElement(st, _q(STYLE, "text-properties"))
        for k, v in text_props.items():
            tp.set(_attr(k), v)
        if name == "Standard":
            tp.set(_q(FO, "language"), language)
            if country:
                tp.set(_q(FO, "country"), country)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


_SPANS = {(True, False): "T_b", (False, True): "T_i", (True, True): "T_bi"}


def _runs(parent, para: Paragraph) -> None:
    """The paragraph's text into ``parent`` with its emphasis as spans and links as
    text:a (pieces cut wherever a mark starts or ends)."""
    text = para.text
    cuts = sorted({0, len(text)} | {m.start for m in para.marks} | {m.end for m in para.marks})
    last = None
    for a, b in zip(cuts, cuts[1:], strict=False):
        over = [m for m in para.marks if m.start <= a and b <= m.end]
        bold = any(m.kind is MarkKind.BOLD for m in over)
        italic = any(m.kind is MarkKind.ITALIC for m in over)
        href = next((m.href for m in over if m.kind is MarkKind.LINK), None)
        holder = parent
        if href:
            holder = etree.SubElement(parent, _q(TEXT, "a"))
            holder.set(_q(XLINK, "type"), "simple")
            holder.set(_q(XLINK, "href"), href)
        if bold or italic:
            span = etree.SubElement(holder, _q(TEXT, "span"))
            span.set(_q(TEXT, "style-name"), _SPANS[(bold, italic)])
            _text(span, text[a:b])
            last = span if holder is parent else holder
        elif holder is not parent:
            _text(holder, text[a:b])
            last = holder
        elif last is None:
            _text(parent, text[a:b])
        else:
            last.tail = (last.tail or "") + text[a:b]


def _text(el, text: str) -> None:
    el.text = (el.text or "") + text


def to_odt(release: Release, lang: str, profile: Profile | None = None) -> bytes:
    profile = profile or Profile()
    tag = language_profile(lang).word_tag
    root = etree.Element(_q(OFFICE, "document-content"), nsmap=NS)
    root.set(_q(OFFICE, "version"), "1.3")
    auto = etree.SubElement(root, _q(OFFICE, "automatic-styles"))
    for name, (bold, italic) in ((v, k) for k, v in _SPANS.items()):
        st = etree.SubElement(auto, _q(STYLE, "style"))
        st.set(_q(STYLE, "name"), name)
        st.set(_q(STYLE, "family"), "text")
        tp = etree.SubElement(st, _q(STYLE, "text-properties"))
        if bold:
            tp.set(_q(FO, "font-weight"), "bold")
        if italic:
            tp.set(_q(FO, "font-style"), "italic")
    body = etree.SubElement(etree.SubElement(root, _q(OFFICE, "body")), _q(OFFICE, "text"))

    def add(style: str, para: Paragraph) -> None:
        p = etree.SubElement(body, _q(TEXT, "p"))
        p.set(_q(TEXT, "style-name"), style)
        _runs(p, para)

    m = release.meta
    parts = layout(release, lang, profile)
    head = m.headline.get(lang)
    if head:
        add("Title", Paragraph(head))
    if m.subheadline.get(lang):
        add("Subtitle", Paragraph(m.subheadline[lang]))
    line = dateline(m.place.get(lang, ""), m.date, lang)
    if line:
        add("Dateline", Paragraph(line))
    if m.embargo:
        add("Dateline", Paragraph(embargo_line(m.embargo, lang)))
    for role, para in parts.body:
        add(_ROLE_STYLE.get(role, "Text_20_body"), para)
    if parts.end_mark:
        add("End_20_mark", Paragraph(parts.end_mark))
    if parts.notes:
        add("Boilerplate", Paragraph(parts.notes_label, []))
        for para in parts.notes:
            add("Boilerplate", para)
    if parts.contacts:
        add("Contact", Paragraph(parts.contacts_label))
        for para in parts.contacts:
            add("Contact", para)
    return _package(etree.tostring(root, xml_declaration=True, encoding="UTF-8"),
                    _styles_xml(tag), _meta(release, lang, head or ""))


def _meta(release: Release, lang: str, title: str) -> bytes:
    root = etree.Element(_q(OFFICE, "document-meta"), nsmap={"office": OFFICE, "meta": META,
                                                             "dc": DC})
    root.set(_q(OFFICE, "version"), "1.3")
    meta = etree.SubElement(root, _q(OFFICE, "meta"))
    etree.SubElement(meta, _q(META, "generator")).text = "Tandem"
    if title:
        etree.SubElement(meta, _q(DC, "title")).text = title
    etree.SubElement(meta, _q(DC, "language")).text = language_profile(lang).word_tag
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _package(content: bytes, styles: bytes, meta: bytes) -> bytes:
    manifest = etree.Element(_q(MANIFEST, "manifest"), nsmap={"manifest": MANIFEST})
    manifest.set(_q(MANIFEST, "version"), "1.3")
    for path, media in (("/", MIME), ("content.xml", "text/xml"), ("styles.xml", "text/xml"),
                        ("meta.xml", "text/xml")):
        entry = etree.SubElement(manifest, _q(MANIFEST, "file-entry"))
        entry.set(_q(MANIFEST, "full-path"), path)
        entry.set(_q(MANIFEST, "media-type"), media)
        if path == "/":
            entry.set(_q(MANIFEST, "version"), "1.3")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        # the mimetype first and stored, as the format requires (it is how a file is known)
        zf.writestr(zipfile.ZipInfo("mimetype"), MIME, compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml",
                            etree.tostring(manifest, xml_declaration=True, encoding="UTF-8"))):
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()
