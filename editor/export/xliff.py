"""XLIFF for translators' CAT tools: 2.1 (one unit per row, source Russian, target English,
the row's role and status) and 1.2 for older tools; and taking an edited XLIFF back.

States: untranslated → initial; draft → translated with subState tandem:draft; translated
→ translated; reviewed → reviewed (final is not used: Tandem has no sign-off). In 1.2:
new, needs-review-translation, translated, signed-off."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from editor.errors import InputError
from editor.export.validation import ExportError, validate
from editor.model import Paragraph, Release, Status

NS2 = "urn:oasis:names:tc:xliff:document:2.0"
NS12 = "urn:oasis:names:tc:xliff:document:1.2"
_STATE2 = {"untranslated": ("initial", None), "draft": ("translated", "tandem:draft"),
           "stale": ("translated", "tandem:stale"), "translated": ("translated", None),
           "reviewed": ("reviewed", None)}
_STATE12 = {"untranslated": "new", "draft": "needs-review-translation",
            "stale": "needs-review-translation", "translated": "translated",
            "reviewed": "signed-off"}


def _file_id(release: Release) -> str:
    return "f" + release.id.rsplit(":", 1)[-1].replace("-", "")[:16]


def _meta_notes(release: Release, lang: str) -> list[tuple[str, str]]:
    m = release.meta
    notes = []
    if m.date:
        notes.append(("date", m.date.isoformat()))
    if m.embargo:
        notes.append(("embargo", m.embargo.isoformat()))
    for name in ("headline", "place", "organisation"):
        value = getattr(m, name).get(lang)
        if value:
            notes.append((name, value))
    return notes


def to_xliff21(release: Release, target: str = "en") -> bytes:
    src = release.source_lang
    q = f"{{{NS2}}}"
    root = etree.Element(q + "xliff", nsmap={None: NS2})
    root.set("version", "2.1")
    root.set("srcLang", src)
    root.set("trgLang", target)
    f = etree.SubElement(root, q + "file", id=_file_id(release), original=release.id)
    notes = _meta_notes(release, src)
    if notes:
        el = etree.SubElement(f, q + "notes")
        for category, text in notes:
            etree.SubElement(el, q + "note", category=category).text = text
    for n, row in enumerate(release.rows, 1):
        unit = etree.SubElement(f, q + "unit", id=row.id, name=row.role.value)
        status = release.row_status(row, target)
        note = etree.SubElement(etree.SubElement(unit, q + "notes"), q + "note",
                                category="tandem-row")
        note.text = f"row {n}, {row.role.value}, {status}"
        state, sub = _STATE2[status]
        seg = etree.SubElement(unit, q + "segment", id="s1", state=state)
        if sub:
            seg.set("subState", sub)
        etree.SubElement(seg, q + "source").text = row.text(src)
        if row.text(target) or state != "initial":
            etree.SubElement(seg, q + "target").text = row.text(target)
    validate(root, "xliff21", "XLIFF 2.1 file")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_xliff12(release: Release, target: str = "en") -> bytes:
    src = release.source_lang
    q = f"{{{NS12}}}"
    root = etree.Element(q + "xliff", nsmap={None: NS12})
    root.set("version", "1.2")
    f = etree.SubElement(root, q + "file", original=release.id, datatype="plaintext")
    f.set("source-language", src)
    f.set("target-language", target)
    body = etree.SubElement(f, q + "body")
    for row in release.rows:
        status = release.row_status(row, target)
        tu = etree.SubElement(body, q + "trans-unit", id=row.id, resname=row.role.value)
        tu.set("approved", "yes" if status == "reviewed" else "no")
        tu.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        etree.SubElement(tu, q + "source").text = row.text(src)
        t = etree.SubElement(tu, q + "target", state=_STATE12[status])
        t.text = row.text(target)
    validate(root, "xliff12", "XLIFF 1.2 file")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@dataclass
class XliffImport:
    changed_rows: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _text(el) -> str:
    """Text of a source/target, inline codes reduced to their text."""
    return "".join(el.itertext()) if el is not None else ""


def apply_xliff(release: Release, data: bytes, name: str = "the XLIFF file") -> XliffImport:
    """Take back the targets and states a translator changed; nothing else changes.
    A unit whose source no longer matches the release is taken as a draft, with a warning."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise InputError(f"{name} is not XLIFF: {err.msg}") from err
    if root.getroottree().docinfo.doctype:
        raise InputError(f"{name} has a document type declaration; refused for safety")
    ns = etree.QName(root).namespace
    if ns not in (NS2, NS12):
        raise InputError(f"{name} is not XLIFF 1.2 or 2.x")
    by_id = {row.id: i for i, row in enumerate(release.rows)}
    result = XliffImport()
    units = (root.iter(f"{{{NS2}}}unit") if ns == NS2 else root.iter(f"{{{NS12}}}trans-unit"))
    target_lang = root.get("trgLang") if ns == NS2 else next(
        (f.get("target-language") for f in root.iter(f"{{{NS12}}}file")), None)
    target_lang = (target_lang or "en").split("-")[0]
    if target_lang not in release.target_langs:
        raise InputError(f"{name} translates into {target_lang!r}, which this release does not have")
    seen = 0
    for unit in units:
        index = by_id.get(unit.get("id"))
        if index is None:
            result.warnings.append(f"unit {unit.get('id')} matches no row of the release; skipped")
            continue
        seen += 1
        row = release.rows[index]
        if ns == NS2:
            segs = list(unit.iter(f"{{{NS2}}}segment"))
            source = "".join(_text(s.find(f"{{{NS2}}}source")) for s in segs)
            target_el = [s.find(f"{{{NS2}}}target") for s in segs]
            target = "".join(_text(t) for t in target_el)
            state = segs[-1].get("state", "initial") if segs else "initial"
            as_exported = (state, segs[-1].get("subState") if segs else None) == \
                _STATE2[release.row_status(row, target_lang)]
            status = {"initial": Status.UNTRANSLATED, "translated": Status.TRANSLATED,
                      "reviewed": Status.REVIEWED, "final": Status.REVIEWED}.get(state, Status.DRAFT)
            if segs and segs[-1].get("subState") == "tandem:draft":
                status = Status.DRAFT
        else:
            source = _text(unit.find(f"{{{NS12}}}source"))
            t = unit.find(f"{{{NS12}}}target")
            target = _text(t)
            state = t.get("state", "new") if t is not None else "new"
            as_exported = state == _STATE12[release.row_status(row, target_lang)]
            status = {"new": Status.UNTRANSLATED, "translated": Status.TRANSLATED,
                      "signed-off": Status.REVIEWED, "final": Status.REVIEWED}.get(state, Status.DRAFT)
            if unit.get("approved") == "yes":
                status = Status.REVIEWED
        current = row.text(release.source_lang)
        if target == row.text(target_lang) and as_exported:
            continue  # the translator left this unit alone
        if " ".join(source.split()) != " ".join(current.split()):
            result.warnings.append(f"row {index + 1}: its source changed since the export; the "
                                   "translation comes back as a draft")
            if status is not Status.UNTRANSLATED:
                status = Status.DRAFT
        old_text, old_status = row.text(target_lang), release.row_status(row, target_lang)
        if target != old_text:
            row.paragraphs[target_lang] = Paragraph(target)
        if not target.strip():
            status = Status.UNTRANSLATED
        if status in (Status.TRANSLATED, Status.REVIEWED):
            row.confirm(target_lang, current, status)
        else:
            row.unconfirm(target_lang, status)
        if target != old_text or release.row_status(row, target_lang) != old_status:
            result.changed_rows.append(index)
    if not seen:
        raise InputError(f"{name} has no unit of this release (was it exported from another one?)")
    return result


__all__ = ["ExportError", "XliffImport", "apply_xliff", "to_xliff12", "to_xliff21"]
