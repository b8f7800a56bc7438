"""The native ``.tandem`` file: XML in the ``urn:x-tandem:release`` namespace, validated
against ``resources/schema/tandem-1.xsd`` when loaded, written atomically with a backup."""

from __future__ import annotations

import math
import re
import threading
from datetime import date, datetime
from pathlib import Path

from lxml import etree

from editor.errors import (
    DamagedFileError,
    FileMissingError,
    NewerFormatError,
    NotTandemFileError,
    UnstorableTextError,
)
from editor.languages import display_name
from editor.model import (
    Contact,
    IgnoredFinding,
    Mark,
    MarkKind,
    Metadata,
    NameEntry,
    Paragraph,
    Publication,
    Release,
    Role,
    Row,
    Status,
)
from editor.resources_path import resource
from editor.safe_read import read_limited, xml_parser
from editor.storage.atomic import atomic_write
from editor.zones import zone, zone_key

NS = "urn:x-tandem:release"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 200 * 1024 * 1024
_Q = f"{{{NS}}}"
_LANG_FIELDS = ("place", "organisation", "headline", "subheadline")
_LANG_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
# the characters XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE/FFFF),
# listed: the complement of what it allows compiles in 10 ms, at every start of the editor
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


_SCHEMAS = threading.local()


def _schema() -> etree.XMLSchema:
    """The file format's schema, compiled once per thread (8 ms a time; an lxml schema is
    not to be shared between threads, and the autosave writes on a thread of its own)."""
    schema = getattr(_SCHEMAS, "schema", None)
    if schema is None:
        schema = _SCHEMAS.schema = etree.XMLSchema(
            etree.parse(str(resource("schema", "tandem-1.xsd"))))
    return schema


def _parser() -> etree.XMLParser:
    return xml_parser(huge_tree=True)


# --- writing -------------------------------------------------------------------------

def _sub(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    el = etree.SubElement(parent, _Q + tag, {k.replace("_", "-"): v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def _check_text(text: str, where: str) -> str:
    bad = _NOT_XML.search(text)
    if bad:
        raise UnstorableTextError(
            f"{where} contains a character that cannot be saved (U+{ord(bad.group()):04X} at "
            f"position {bad.start() + 1}); remove it and save again")
    return text


def _lang_name(lang: str) -> str:
    return display_name(lang)


def _check_languages(release: Release) -> None:
    langs = release.languages
    bad = [code for code in langs if not _LANG_CODE.fullmatch(code)]
    if bad:
        raise UnstorableTextError(f"The language code {bad[0]!r} cannot be saved (expected "
                                  "a code such as ru, en or kk)")
    if len(set(langs)) != len(langs) or not langs:
        raise UnstorableTextError(f"The languages {' '.join(langs)!r} cannot be saved: each "
                                  "language may appear once")


def to_xml(release: Release) -> etree._Element:
    _check_languages(release)
    root = etree.Element(_Q + "tandem", nsmap={None: NS})
    root.set("version", str(FORMAT_VERSION))
    root.set("id", release.id)
    root.set("languages", " ".join(release.languages))
    root.set("source", release.source_lang)

    meta = _sub(root, "meta")
    m = release.meta
    if m.date:
        _sub(meta, "date", m.date.isoformat())
    if m.embargo:
        el = _sub(meta, "embargo", m.embargo.isoformat())
        if zone_key(m.embargo):
            el.set("zone", zone_key(m.embargo))
    for name in _LANG_FIELDS:
        for lang, value in getattr(m, name).items():
            if value:
                _sub(meta, name, _check_text(value, f"The {name} ({_lang_name(lang)})"), lang=lang)
    for lang, words in m.keywords.items():
        for word in words:
            _sub(meta, "keyword", _check_text(word, "A keyword"), lang=lang)
    for c in m.contacts:
        el = _sub(meta, "contact")
        for name in ("name", "role", "phone", "email"):
            value = getattr(c, name)
            if value:
                _sub(el, name, _check_text(value, f"A contact's {name}"))

    rows = _sub(root, "rows")
    for n, row in enumerate(release.rows, 1):
        r = _sub(rows, "row", id=row.id, role=row.role.value)
        if row.align_score is not None and math.isfinite(row.align_score):
            r.set("align-score", f"{min(max(row.align_score, -1e6), 1e6):.3f}")
        if row.only_in in release.languages:
            r.set("only-in", row.only_in)
        for lang in release.languages:
            p = row.paragraph(lang)
            attrs = {}
            if lang in row.status:
                attrs["status"] = row.status[lang].value
            if lang in row.source_fp:
                attrs["source_fp"] = row.source_fp[lang]
            if lang in row.target_fp:
                attrs["target_fp"] = row.target_fp[lang]
            para = _sub(r, "para", lang=lang, **attrs)
            _sub(para, "text", _check_text(p.text, f"Row {n} ({_lang_name(lang)})"))
            for mk in p.marks:
                extra = {"href": _check_text(mk.href, f"A link in row {n}")} if mk.href else {}
                _sub(para, "mark", kind=mk.kind.value, start=str(mk.start), end=str(mk.end), **extra)
        if row.note:
            _sub(r, "note", _check_text(row.note, f"The note of row {n}"))

    if release.ignored:
        ign = _sub(root, "ignored")
        for f in release.ignored:
            _sub(ign, "finding", _check_text(f.text, "An ignored finding"), code=f.code,
                 row=f.row_id, lang=f.lang)
    for lang, words in release.words.items():
        if words:
            el = _sub(root, "words", lang=lang)
            for w in words:
                _sub(el, "w", _check_text(w, "A word list entry"))
    if release.names:
        names = _sub(root, "names")
        for e in release.names:
            entry = _sub(names, "entry", kind=e.kind)
            _sub(entry, "ru", _check_text(e.ru, "A registry entry"))
            _sub(entry, "en", _check_text(e.en, "A registry entry"))
            for lang, form in sorted(e.forms.items()):
                if form:
                    _sub(entry, "form", _check_text(form, "A registry entry"), lang=lang)
            for v in e.accepted:
                _sub(entry, "accepted", _check_text(v, "A registry variant"))
            for v in e.forbidden:
                _sub(entry, "forbidden", _check_text(v, "A registry variant"))
            if e.note:
                _sub(entry, "note", _check_text(e.note, "A registry note"))
    for fmt, pub in sorted(release.published.items()):
        _sub(root, "published", format=fmt, version=str(pub.version),
             first=pub.first.isoformat(), last=pub.last.isoformat(), digest=pub.digest)
    return root


def to_bytes(release: Release) -> bytes:
    """The file's bytes, checked by the same schema the loader uses: Tandem never writes a
    file it would refuse to open."""
    root = to_xml(release)
    schema = _schema()
    if not schema.validate(root):
        err = schema.error_log.last_error
        raise UnstorableTextError(f"The release cannot be saved: it would not be a valid "
                                  f"Tandem file ({err.message})")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def save_release(release: Release, path: str | Path, *, backup: bool = True) -> None:
    """Save atomically; the previous file is kept as ``NAME.bak``. Raises SaveError."""
    atomic_write(path, to_bytes(release), backup=backup)


# --- reading -------------------------------------------------------------------------

def _text(el) -> str:
    """An element's text, comments and processing instructions inside it left out."""
    if len(el) == 0:
        return el.text or ""
    return "".join(el.xpath("text()"))


def _elements(parent):
    """Child elements only: a comment or processing instruction is not a row."""
    return parent.iterchildren(tag=etree.Element)


_ROW, _PARA, _TEXT, _MARK, _NOTE = (_Q + tag for tag in ("row", "para", "text", "mark", "note"))
_ROLES = {role.value: role for role in Role}
_STATUSES = {status.value: status for status in Status}


def _row(n: int, r, languages: tuple[str, ...]) -> Row:
    """Row ``n`` of the file from its element (which the schema has checked). One pass over
    its children and each paragraph's: opening 500 rows took 36 ms by finding each part."""
    paragraphs, status, source_fp, target_fp = {}, {}, {}, {}
    note = ""
    for p in r.iterchildren(_PARA, _NOTE):
        if p.tag == _NOTE:
            note = _text(p)
            continue
        attrib = p.attrib
        lang = attrib.get("lang")
        if lang not in languages or lang in paragraphs:
            raise DamagedFileError(f"row {n} has an unexpected or repeated language {lang!r}")
        text, marked = "", []
        for part in p.iterchildren(_TEXT, _MARK):
            if part.tag == _TEXT:
                text = _text(part)
            else:
                marked.append(part)
        marks = []
        for part in marked:
            start, end = int(part.get("start")), int(part.get("end"))
            if end > len(text) or start >= end:
                raise DamagedFileError(f"row {n} has emphasis outside its text")
            marks.append(Mark(start, end, MarkKind(part.get("kind")), part.get("href")))
        paragraphs[lang] = Paragraph(text, marks)
        if "status" in attrib:
            status[lang] = _STATUSES.get(attrib["status"]) or Status(attrib["status"])
        if "source-fp" in attrib:
            source_fp[lang] = attrib["source-fp"]
        if "target-fp" in attrib:
            target_fp[lang] = attrib["target-fp"]
    for lang in languages:
        if lang not in paragraphs:
            paragraphs[lang] = Paragraph()
    attrib = r.attrib
    score = attrib.get("align-score")
    only_in = attrib.get("only-in")
    role = attrib.get("role", "body")
    return Row(paragraphs, _ROLES.get(role) or Role(role), attrib.get("id"), status, source_fp,
               float(score) if score else None, target_fp,
               only_in if only_in in languages else "", note)


def from_xml(root: etree._Element) -> Release:
    languages = tuple(root.get("languages").split())
    source = root.get("source")
    if source not in languages:
        raise DamagedFileError(f"the source language {source!r} is not among {languages}")
    meta = Metadata()
    meta_el = root.find(_Q + "meta")
    for el in _elements(meta_el):
        tag = etree.QName(el).localname
        if tag == "date":
            meta.date = date.fromisoformat(_text(el).strip())
        elif tag == "embargo":
            meta.embargo = datetime.fromisoformat(_text(el).strip())
            tz = zone(el.get("zone", "")) if el.get("zone") else None
            if tz is not None and meta.embargo.tzinfo is not None:
                meta.embargo = meta.embargo.astimezone(tz)
        elif tag in _LANG_FIELDS:
            getattr(meta, tag)[el.get("lang")] = _text(el)
        elif tag == "keyword":
            meta.keywords.setdefault(el.get("lang"), []).append(_text(el))
        elif tag == "contact":
            meta.contacts.append(Contact(**{etree.QName(c).localname: _text(c)
                                             for c in _elements(el)}))

    rows = [_row(n, r, languages)
            for n, r in enumerate(root.find(_Q + "rows").iterchildren(_ROW), 1)]

    ignored = [IgnoredFinding(f.get("code"), f.get("row"), f.get("lang"), _text(f))
               for f in root.iterfind(f"{_Q}ignored/{_Q}finding")]
    words: dict[str, list[str]] = {}
    for el in root.iterfind(_Q + "words"):
        words.setdefault(el.get("lang"), []).extend(_text(w) for w in _elements(el))
    names = [NameEntry(_text(e.find(_Q + "ru")), _text(e.find(_Q + "en")), e.get("kind", "person"),
                       [_text(v) for v in e.iterfind(_Q + "accepted")],
                       [_text(v) for v in e.iterfind(_Q + "forbidden")],
                       _text(e.find(_Q + "note")) if e.find(_Q + "note") is not None else "",
                       {f.get("lang"): _text(f) for f in e.iterfind(_Q + "form") if f.get("lang")})
             for e in root.iterfind(f"{_Q}names/{_Q}entry")
             if e.find(_Q + "ru") is not None and e.find(_Q + "en") is not None]
    published = {}
    for el in root.iterfind(_Q + "published"):
        published[el.get("format")] = Publication(
            el.get("format"), int(el.get("version")), datetime.fromisoformat(el.get("first")),
            datetime.fromisoformat(el.get("last")), el.get("digest", ""))
    return Release(rows=rows, meta=meta, languages=languages, source_lang=source,
                   id=root.get("id"), ignored=ignored, words=words, names=names,
                   published=published)


def from_bytes(data: bytes, name: str = "the file") -> Release:
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as err:
        if not data.lstrip()[:1] == b"<":
            raise NotTandemFileError(f"{name} is not a Tandem release (not XML)") from err
        raise DamagedFileError(f"{name} is damaged: {err.msg} (line {err.lineno})") from err
    if root.getroottree().docinfo.doctype:
        raise DamagedFileError(f"{name} contains a document type declaration, which Tandem files never have")
    if etree.QName(root).namespace != NS or etree.QName(root).localname != "tandem":
        raise NotTandemFileError(f"{name} is not a Tandem release (its root is <{etree.QName(root).localname}>)")
    version = root.get("version", "")
    if not re.fullmatch(r"[0-9]{1,9}", version):
        raise DamagedFileError(f"{name} is damaged: it has no format version")
    if int(version) > FORMAT_VERSION:
        raise NewerFormatError(
            f"{name} was saved by a newer Tandem (format {version}; this one reads up to "
            f"{FORMAT_VERSION}); update Tandem to open it")
    schema = _schema()
    if not schema.validate(root):
        last = schema.error_log.last_error
        raise DamagedFileError(f"{name} is damaged: {last.message} (line {last.line})")
    try:
        return from_xml(root)
    except (ValueError, KeyError) as err:
        raise DamagedFileError(f"{name} is damaged: {err}") from err


def load_release(path: str | Path) -> Release:
    path = Path(path)
    data = read_limited(path, MAX_FILE_BYTES, "Tandem release", NotTandemFileError, FileMissingError)
    return from_bytes(data, path.name)
