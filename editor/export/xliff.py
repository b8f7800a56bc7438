"""XLIFF for translators' CAT tools: 2.1 (one unit per row, or one segment per sentence;
source Russian, target English, the row's role and status; bold, italic and links as inline
codes) and 1.2 for older tools. Taking an edited XLIFF back: editor.importers.xliff.

States: untranslated → initial; draft → translated with subState tandem:draft; translated
→ translated; reviewed → reviewed (final is not used: Tandem has no sign-off). In 1.2:
new, needs-review-translation, translated, signed-off."""

from __future__ import annotations

from lxml import etree

from editor.export.validation import ExportError, validate
from editor.model import Paragraph, Release
from editor.model.inline import slice_marks
from editor.xliff import (
    META_FIELDS,
    META_PREFIX,
    NS2,
    NS12,
    STATE2,
    STATE12,
    XML_SPACE,
)
from editor.xliff import inline as xliff_inline


def _file_id(release: Release) -> str:
    return "f" + release.id.rsplit(":", 1)[-1].replace("-", "")[:16]


def _meta_notes(release: Release) -> list[tuple[str, str]]:
    m = release.meta
    notes = []
    if m.date:
        notes.append(("date", m.date.isoformat()))
    if m.embargo:
        notes.append(("embargo", m.embargo.isoformat()))
    return notes


def _meta_units(release: Release, target: str, src: str):
    """(unit id, field, source text, target text) of each detail the source version has."""
    for name in META_FIELDS:
        values = getattr(release.meta, name)
        if values.get(src):
            yield META_PREFIX + name, name, values[src], values.get(target, "")


def _sentences(p: Paragraph) -> list[tuple[int, int]]:
    """Where the sentences of ``p`` are (razdel), the whitespace between them left out."""
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(p.text)]


def _pieces(p: Paragraph, spans: list[tuple[int, int]]) -> list[tuple[bool, Paragraph]]:
    """``p`` cut into (is a sentence, piece) covering it exactly: sentences and the
    whitespace between them."""
    out: list[tuple[bool, Paragraph]] = []
    pos = 0
    for a, b in spans:
        if a > pos:
            out.append((False, Paragraph(p.text[pos:a])))
        out.append((True, Paragraph(p.text[a:b], slice_marks(p.marks, a, b))))
        pos = b
    if pos < len(p.text):
        out.append((False, Paragraph(p.text[pos:])))
    return out


def _unit21(f, q: str, unit_id: str, name: str, note: str, source: Paragraph,
            target: Paragraph | None, state: str, sub: str | None, by_sentence: bool,
            row_note: str = "") -> None:
    unit = etree.SubElement(f, q + "unit", id=unit_id, name=name)
    notes = etree.SubElement(unit, q + "notes")
    etree.SubElement(notes, q + "note", category="tandem-row").text = note
    if row_note:  # the row's own note (a translator's question) goes back out with it
        etree.SubElement(notes, q + "note").text = row_note
    holder: list = []
    ids: dict = {}

    def original_data():
        if not holder:
            holder.append(etree.Element(q + "originalData"))
            unit.insert(1, holder[0])
        return holder[0]

    pieces = [(True, source, target)]
    if by_sentence and source.text:
        src_pieces = _pieces(source, _sentences(source))
        tgt_pieces = _pieces(target, _sentences(target)) if target is not None else None
        if tgt_pieces is None:
            pieces = [(kind, piece, None) for kind, piece in src_pieces]
        elif [k for k, _ in tgt_pieces] == [k for k, _ in src_pieces]:
            pieces = [(k, a, b) for (k, a), (_, b) in zip(src_pieces, tgt_pieces, strict=True)]
        # else: the versions have different sentences: the unit stays one segment
    n = 0
    for is_sentence, src, tgt in pieces:
        if is_sentence:
            n += 1
            el = etree.SubElement(unit, q + "segment", id=f"s{n}", state=state)
            if sub:
                el.set("subState", sub)
        else:
            el = etree.SubElement(unit, q + "ignorable", id=f"g{n}")
        xliff_inline.write21(etree.SubElement(el, q + "source"), src, original_data, ids)
        if tgt is not None and (tgt.text or state != "initial" or not is_sentence):
            xliff_inline.write21(etree.SubElement(el, q + "target"), tgt, original_data, ids)


def to_xliff21(release: Release, target: str | None = None, by_sentence: bool = False,
               source: str | None = None) -> bytes:
    """One unit per row (and per detail: headline, subheadline, place, organisation), or,
    ``by_sentence``, one segment per sentence with the whitespace between as ignorables.
    ``target``: the release's first target language unless given; ``source``: the
    release's source unless another version is the one to translate from (English into
    Kazakh); the states are the target's."""
    target = target or release.target_langs[0]
    src = source or release.source_lang
    q = f"{{{NS2}}}"
    root = etree.Element(q + "xliff", nsmap={None: NS2})
    root.set("version", "2.1")
    root.set("srcLang", src)
    root.set("trgLang", target)
    f = etree.SubElement(root, q + "file", id=_file_id(release), original=release.id)
    f.set(XML_SPACE, "preserve")  # spaces and line breaks are the text's own
    notes = _meta_notes(release)
    if notes:
        el = etree.SubElement(f, q + "notes")
        for category, text in notes:
            etree.SubElement(el, q + "note", category=category).text = text
    for unit_id, name, source, translation in _meta_units(release, target, src):
        state = "translated" if translation else "initial"
        _unit21(f, q, unit_id, name, name, Paragraph(source),
                Paragraph(translation) if translation else None, state, None, False)
    for n, row in enumerate(release.rows, 1):
        status = release.row_status(row, target)
        state, sub = STATE2[status]
        translation = row.paragraph(target) if target in row.paragraphs else Paragraph()
        _unit21(f, q, row.id, row.role.value, f"row {n}, {row.role.value}, {status}",
                row.paragraph(src), translation if (translation.text or state != "initial")
                else None, state, sub, by_sentence, row.note)
    validate(root, "xliff21", "XLIFF 2.1 file")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def to_xliff12(release: Release, target: str | None = None, prefill: bool = False,
               source: str | None = None) -> bytes:
    """One trans-unit per row (and per detail). ``prefill``: every target holds the source
    text, as OmegaT 3.x's XLIFF filter needs (it translates what is in the target and
    ignores units without one); the translations Tandem has go to OmegaT as a TMX in the
    project's tm/auto. A target that comes back still equal to its source is taken for
    untranslated. ``target`` and ``source`` as for to_xliff21."""
    target = target or release.target_langs[0]
    src = source or release.source_lang
    q = f"{{{NS12}}}"
    root = etree.Element(q + "xliff", nsmap={None: NS12})
    root.set("version", "1.2")
    f = etree.SubElement(root, q + "file", original=release.id, datatype="plaintext")
    f.set("source-language", src)
    f.set("target-language", target)
    body = etree.SubElement(f, q + "body")

    def unit(unit_id: str, resname: str, source: Paragraph, translation: Paragraph,
             state: str, approved: bool, note: str, row_note: str = "") -> None:
        tu = etree.SubElement(body, q + "trans-unit", id=unit_id, resname=resname)
        tu.set("approved", "yes" if approved else "no")
        tu.set(XML_SPACE, "preserve")
        xliff_inline.write12(etree.SubElement(tu, q + "source"), source)
        xliff_inline.write12(etree.SubElement(tu, q + "target", state=state), translation)
        etree.SubElement(tu, q + "note", {"from": "tandem"}).text = note
        if row_note:
            etree.SubElement(tu, q + "note").text = row_note

    for unit_id, name, source, translation in _meta_units(release, target, src):
        if prefill:
            unit(unit_id, name, Paragraph(source), Paragraph(source), "needs-translation",
                 False, name)
        else:
            unit(unit_id, name, Paragraph(source), Paragraph(translation),
                 "translated" if translation else "new", False, name)
    for n, row in enumerate(release.rows, 1):
        status = release.row_status(row, target)
        note = f"row {n}, {row.role.value}, {status}"
        if prefill:
            unit(row.id, row.role.value, row.paragraph(src), row.paragraph(src),
                 "needs-translation", False, note, row.note)
            continue
        unit(row.id, row.role.value, row.paragraph(src), row.paragraph(target) if target in
             row.paragraphs else Paragraph(), STATE12[status], status == "reviewed", note,
             row.note)
    validate(root, "xliff12", "XLIFF 1.2 file")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


__all__ = ["ExportError", "to_xliff12", "to_xliff21"]
