"""Taking back an XLIFF (2.x or 1.2) that a translator edited in a CAT tool.

The file is checked against the official schema (what is wrong is reported; what can be
read is taken back) and compared with the release before anything changes; then only what the translator changed comes back: the target text with
its bold, italic and links, the state, and the details (headline, subheadline, place,
organisation). Units are matched by id, then by their source text. Segments (and the
whitespace a tool keeps as ``<ignorable>``) are joined back exactly.

States: a state the file gives is taken (2.x initial/translated/reviewed/final, Tandem's
subState tandem:draft; 1.2 new/translated/signed-off/final, needs-* as draft, approved=yes
as reviewed); a unit with no state, or ``initial`` with a translation, is a draft when its
translation differs from the release's and left alone when not. A translation whose source
changed since the export comes back as a draft. A take-back that would empty a translated
paragraph is refused unless ``force`` (the window asks first)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from editor.errors import InputError
from editor.model import Paragraph, Release, Status
from editor.safe_read import xml_parser
from editor.schemas import schema
from editor.xliff import META_FIELDS, META_PREFIX, NS2, NS12, STATE2, STATE12
from editor.xliff.inline import Read, read

_STATES2 = {"initial": Status.UNTRANSLATED, "translated": Status.TRANSLATED,
            "reviewed": Status.REVIEWED, "final": Status.REVIEWED}
_STATES12 = {"new": Status.UNTRANSLATED, "needs-translation": Status.UNTRANSLATED,
             "translated": Status.TRANSLATED, "signed-off": Status.REVIEWED,
             "final": Status.REVIEWED}


class WouldEmpty(InputError):
    """The take-back would empty translated paragraphs: nothing was changed."""

    def __init__(self, name: str, rows: list[int]):
        listed = ", ".join(str(r + 1) for r in rows[:8]) + (" …" if len(rows) > 8 else "")
        super().__init__(f"{name} would empty {len(rows)} translated paragraph(s) (row "
                         f"{listed}); nothing was changed (take it back anyway with --force)")
        self.rows = rows


@dataclass
class XliffImport:
    changed_rows: list[int] = field(default_factory=list)
    changed_details: list[str] = field(default_factory=list)  # headline, place …
    warnings: list[str] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (row, a new note)

    @property
    def changed(self) -> bool:
        return bool(self.changed_rows or self.changed_details)


@dataclass
class _Unit:
    """What one unit of the file says."""

    unit_id: str
    source: str | None  # None: the unit has no segment at all
    target: Read | None  # None: the file gives no target at all
    state: str | None  # None: no state given
    sub_state: str | None
    approved: bool
    notes: list[str]


def _parse(data: bytes, name: str):
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as err:
        raise InputError(f"{name} is not XLIFF: {err.msg}") from err
    if root.getroottree().docinfo.doctype:
        raise InputError(f"{name} has a document type declaration; refused for safety")
    ns = etree.QName(root).namespace
    if ns not in (NS2, NS12):
        raise InputError(f"{name} is not XLIFF 1.2 or 2.x")
    return root, ns


def _invalid(root, ns: str, name: str) -> str | None:
    """What the official schema finds wrong with the file, in one line (None: valid). Tools
    slip (translate-toolkit 3.20 puts a note it adds after the segments): the file is still
    taken back as far as it can be read, and the user is told."""
    checker = schema("xliff21" if ns == NS2 else "xliff12t")
    if checker.validate(root):
        return None
    err = checker.error_log[0]
    return (f"{name} is not valid XLIFF {'2' if ns == NS2 else '1.2'} ({err.message.strip()} "
            f"line {err.line}); what could be read was taken back")


def _units2(root) -> list[_Unit]:
    q = f"{{{NS2}}}"
    out = []
    for unit in root.iter(q + "unit"):
        original = {d.get("id"): d.text or "" for d in unit.iter(q + "data")}
        parts = [el for el in unit if etree.QName(el).localname in ("segment", "ignorable")]
        segments = [el for el in parts if etree.QName(el).localname == "segment"]
        source = "".join(read(el.find(q + "source"), original).text for el in parts)
        target: Read | None = None
        if any(s.find(q + "target") is not None for s in segments):
            target = Read()
            for el in parts:
                # an ignorable without a target is its source (whitespace between sentences)
                got = read(el.find(q + "target") if el.find(q + "target") is not None or
                           etree.QName(el).localname == "segment" else el.find(q + "source"),
                           original)
                offset = len(target.text)
                target.text += got.text
                target.marks += [type(m)(m.start + offset, m.end + offset, m.kind, m.href)
                                 for m in got.marks]
                target.dropped |= got.dropped
        states = [s.get("state") for s in segments]
        given = [s for s in states if s is not None]
        # several segments: the least advanced state is the unit's
        order = ["initial", "translated", "reviewed", "final"]
        state = min(given, key=lambda s: order.index(s) if s in order else 0) if given else None
        sub = next((s.get("subState") for s in segments if s.get("subState")), None)
        notes = [n.text or "" for n in unit.iter(q + "note")
                 if n.get("category") != "tandem-row" and (n.text or "").strip()]
        if not segments:
            out.append(_Unit(unit.get("id"), None, None, None, None, False, notes))
            continue
        out.append(_Unit(unit.get("id"), source, target, state, sub, False, notes))
    return out


def _units12(root) -> list[_Unit]:
    q = f"{{{NS12}}}"
    out = []
    for tu in root.iter(q + "trans-unit"):
        t = tu.find(q + "target")
        notes = [n.text or "" for n in tu.findall(q + "note")
                 if n.get("from") != "tandem" and (n.text or "").strip()]
        out.append(_Unit(tu.get("id"), read(tu.find(q + "source")).text,
                         read(t) if t is not None else None,
                         t.get("state") if t is not None else None, None,
                         tu.get("approved") == "yes", notes))
    return out


def _file_lang(root, ns: str, which: str, default: str) -> str:
    """The file's target (or source) language, as a plain code (en-GB → en)."""
    attr = {"target": ("trgLang", "target-language"), "source": ("srcLang", "source-language")}
    lang = root.get(attr[which][0]) if ns == NS2 else next(
        (f.get(attr[which][1]) for f in root.iter(f"{{{NS12}}}file")), None)
    return (lang or default).split("-")[0].split("_")[0].lower()


def _norm(text: str) -> str:
    return " ".join(text.split())


def _status_of(unit: _Unit, ns: str, unchanged: bool) -> Status | None:
    """The status the unit asks for; None: keep the row's (no state, nothing changed)."""
    if unit.approved:
        return Status.REVIEWED
    if unit.state is None or (unit.state in ("initial", "new", "needs-translation")
                              and unit.target is not None and unit.target.text.strip()):
        return None if unchanged else Status.DRAFT
    if ns == NS2:
        if unit.sub_state == "tandem:draft":
            return Status.DRAFT
        return _STATES2.get(unit.state, Status.DRAFT)
    return _STATES12.get(unit.state, Status.DRAFT)


def apply_xliff(release: Release, data: bytes, name: str = "the XLIFF file",
                force: bool = False) -> XliffImport:
    """Take back what a translator changed (see the module's text). Raises InputError,
    and WouldEmpty, with nothing changed."""
    root, ns = _parse(data, name)
    invalid = _invalid(root, ns, name)
    lang = _file_lang(root, ns, "target", "en")
    if lang not in release.target_langs:
        raise InputError(f"{name} translates into {lang!r}, which this release does not have")
    units = _units2(root) if ns == NS2 else _units12(root)
    src = release.source_lang
    # what the file translates from: the source, or another version (English into Kazakh)
    given = _file_lang(root, ns, "source", src)
    from_lang = given if given in release.languages and given != lang else src
    by_id = {row.id: i for i, row in enumerate(release.rows)}
    by_source: dict[str, list[int]] = {}
    for i, row in enumerate(release.rows):
        by_source.setdefault(_norm(row.text(from_lang)), []).append(i)
    result = XliffImport()
    if invalid:
        result.warnings.append(invalid)
    plan: list[tuple[int, Paragraph | None, Status | None]] = []
    details: list[tuple[str, str]] = []
    empties: list[int] = []
    notes: dict[int, str] = {}  # row -> its note as the file has it, where it differs
    matched = 0
    for unit in units:
        if unit.unit_id and unit.unit_id.startswith(META_PREFIX) and \
                unit.unit_id[len(META_PREFIX):] in META_FIELDS:
            matched += 1
            field_name = unit.unit_id[len(META_PREFIX):]
            values = getattr(release.meta, field_name)
            if unit.target is not None and unit.target.text != values.get(lang, ""):
                details.append((field_name, unit.target.text))
            continue
        index = by_id.get(unit.unit_id)
        if index is None and unit.source is not None:
            candidates = by_source.get(_norm(unit.source), [])
            index = candidates[0] if len(candidates) == 1 else None
        if index is None:
            result.warnings.append(f"unit {unit.unit_id} matches no row of the release; skipped")
            continue
        matched += 1
        row = release.rows[index]
        note = "\n".join(n.strip() for n in unit.notes)
        if note != row.note:
            notes[index] = note
            result.notes += [(index, n.strip()) for n in unit.notes
                             if n.strip() not in row.note.split("\n")]
        if unit.source is None:
            result.warnings.append(f"row {index + 1}: the file's unit has no segment; the row "
                                   "was left as it was")
            continue
        if unit.target is None or (unit.target.text.strip() and
                                   _norm(unit.target.text) == _norm(unit.source)):
            # nothing translated here in the file (a target still holding its source, as
            # OmegaT leaves what it did not translate): the release's text stays
            continue
        if unit.target.dropped:
            result.warnings.append(f"row {index + 1}: formatting the release cannot hold "
                                   f"({', '.join(sorted(unit.target.dropped))}) was not kept")
        text = unit.target.text
        if "\n" in text or "\r" in text:
            text = " ".join(text.splitlines())
            result.warnings.append(f"row {index + 1}: a line break in the translation became a "
                                   "space (a paragraph has none)")
        new = Paragraph(text, [m for m in unit.target.marks if m.end <= len(text)])
        old = row.paragraph(lang) if lang in row.paragraphs else Paragraph()
        same = new.text == old.text and new.marks == old.marks
        status = _status_of(unit, ns, same)
        exported = (STATE2 if ns == NS2 else STATE12)[release.row_status(row, lang)]
        asked = (unit.state, unit.sub_state) if ns == NS2 else (
            "signed-off" if unit.approved else unit.state)
        if same and (status is None or asked == exported):
            continue  # the translator left this unit alone
        if _norm(unit.source) != _norm(row.text(from_lang)):
            result.warnings.append(f"row {index + 1}: its source changed since the export; the "
                                   "translation comes back as a draft")
            if status is not Status.UNTRANSLATED:
                status = Status.DRAFT
        if not new.text.strip() and old.text.strip():
            empties.append(index)
        plan.append((index, None if same else new, status))
    if not matched:
        raise InputError(f"{name} has no unit of this release (was it exported from another one?)")
    if empties and not force:
        raise WouldEmpty(name, empties)
    for index, paragraph, status in plan:
        row = release.rows[index]
        before = (row.text(lang), row.paragraph(lang).marks[:], release.row_status(row, lang))
        if paragraph is not None:
            row.paragraphs[lang] = paragraph
        if not row.text(lang).strip():
            status = Status.UNTRANSLATED
        if status in (Status.TRANSLATED, Status.REVIEWED):
            row.confirm(lang, row.text(src), status)
        elif status is not None:
            row.unconfirm(lang, status)
        elif paragraph is not None and release.row_status(row, lang) in ("translated",
                                                                          "reviewed"):
            row.unconfirm(lang, Status.DRAFT)
        if (row.text(lang), row.paragraph(lang).marks, release.row_status(row, lang)) != before:
            result.changed_rows.append(index)
    for index, note in notes.items():
        release.rows[index].note = note
    result.changed_rows = sorted(set(result.changed_rows) | set(notes))
    for field_name, text in details:
        values = getattr(release.meta, field_name)
        if text:
            values[lang] = text
        else:
            values.pop(lang, None)
        result.changed_details.append(field_name)
    return result


__all__ = ["WouldEmpty", "XliffImport", "apply_xliff"]
