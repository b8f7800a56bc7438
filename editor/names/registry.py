"""The names registry: canonical Russian form → approved English form, with accepted and
forbidden variants, kind and note. The organisation's registry is a CSV or TBX file (path in
Settings); a release adds its own entries (kept in the .tandem file); Tandem ships a starter
registry (resources/names/registry.csv). Later entries override earlier ones with the same
Russian form: shipped < organisation < release.

Finding an entry in text: every word of its Russian form must appear in some case form
(Алии Ануарбек is Алия Ануарбек), in order; in English the approved form, an accepted or a
forbidden variant is looked for as written."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from editor.errors import InputError
from editor.model import NameEntry
from editor.names.romanize import lemma_candidates
from editor.resources_path import resource
from editor.safe_read import read_limited, xml_parser
from editor.storage.atomic import atomic_write

CSV_FIELDS = ["ru", "en", "kind", "accepted", "forbidden", "note"]
KINDS = ("person", "organisation", "place", "title", "term")
# the one translation an entry holds (NameEntry.en): registry findings are for this target
# language only until entries hold a form per language (#15)
REGISTRY_LANG = "en"
TBX_NS = "urn:iso:std:iso:30042:ed-2"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_LANG_COLUMN = re.compile(r"[a-z]{2,3}")
MAX_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Occurrence:
    entry: NameEntry
    start: int
    end: int


class Registry:
    def __init__(self, entries: list[NameEntry] | None = None):
        self._by_ru: dict[str, NameEntry] = {}
        self._index: dict[str, list[tuple[list[str], NameEntry]]] | None = None
        for e in entries or []:
            self.add(e)

    @property
    def entries(self) -> list[NameEntry]:
        return list(self._by_ru.values())

    def add(self, entry: NameEntry) -> None:
        key = entry.ru.casefold()
        self._by_ru.pop(key, None)  # a later entry replaces (and moves to the end)
        self._by_ru[key] = entry
        self._index = None

    def _first_words(self) -> dict[str, list[tuple[list[str], NameEntry]]]:
        """Entries by the first word of their Russian form, for finding them fast."""
        if self._index is None:
            index: dict[str, list[tuple[list[str], NameEntry]]] = {}
            for e in self._by_ru.values():
                wanted = [w.lower() for w in _WORD.findall(e.ru)]
                if wanted:
                    index.setdefault(wanted[0], []).append((wanted, e))
            self._index = index
        return self._index

    def merged(self, *others) -> Registry:
        out = Registry(self.entries)
        for other in others:
            for e in (other.entries if isinstance(other, Registry) else other):
                out.add(e)
        return out

    def find_russian(self, text: str) -> list[Occurrence]:
        """Entries whose Russian form occurs in ``text``, in any grammatical case."""
        words = [(m.start(), m.end(), _forms(m.group())) for m in _WORD.finditer(text)]
        index = self._first_words()
        found = []
        for i, (_start, _end, forms) in enumerate(words):
            if index.keys().isdisjoint(forms):  # most words begin no entry
                continue
            for form in forms:
                for wanted, entry in index.get(form, ()):
                    if i + len(wanted) <= len(words) and all(
                            wanted[k] in words[i + k][2] for k in range(1, len(wanted))):
                        found.append(Occurrence(entry, words[i][0], words[i + len(wanted) - 1][1]))
        return sorted(found, key=lambda o: (o.start, o.entry.ru))


_ADJ_ENDINGS = ("ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ом", "ем", "ой", "ей",
                "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их")


@lru_cache(maxsize=65536)
def _forms(word: str) -> frozenset[str]:
    """Every dictionary form a word of a name may come from (a noun's in any case, an
    adjective's: Заилийского Алатау → Заилийский)."""
    return lemma_candidates(word) | _adjective_forms(word)


def _adjective_forms(word: str) -> frozenset[str]:
    """Dictionary forms of an adjective in a name (Заилийского Алатау → Заилийский)."""
    low = word.lower()
    for ending in _ADJ_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: -len(ending)]
            return frozenset(stem + n for n in ("ий", "ый", "ой", "ая", "ое"))
    return frozenset()


def find_form(text: str, form: str) -> tuple[int, int] | None:
    """Where an English form occurs in ``text`` as whole words (a possessive allowed)."""
    m = re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", text)
    return (m.start(), m.end()) if m else None


# --- files ----------------------------------------------------------------------------

def _split(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[|;]", value or "") if v.strip()]


def _dialect(sample: str):
    """The delimiter Excel or LibreOffice used: a comma, a semicolon (Excel with a
    Russian or German locale), a tab; from the header line."""
    header = sample.splitlines()[0] if sample else ""
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","

    class Dialect(csv.excel):
        pass
    Dialect.delimiter = delimiter
    return Dialect


def read_csv(data: bytes, name: str = "the registry") -> list[NameEntry]:
    """A registry saved by Excel or LibreOffice: UTF-8 (BOM or not), UTF-16 or Windows-1251
    (detected as for texts), delimited by commas, semicolons or tabs. Needs the columns ru
    and en; kind is a term when not given. Errors name the line and the column."""
    from editor.encoding import decode_text

    text, _encoding = decode_text(data, name)
    reader = csv.DictReader(io.StringIO(text), dialect=_dialect(text[:4096]))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as err:
        raise InputError(f"{name}, line 1: not a readable CSV line ({err})") from err
    columns = {f.strip().lower() for f in fieldnames or []}
    # a column named by a language code holds that language's approved form (kk, de ...)
    other_langs = sorted(c for c in columns if _LANG_COLUMN.fullmatch(c) and c not in ("ru", "en"))
    if not {"ru", "en"} <= columns:
        found = ", ".join(f.strip() for f in fieldnames or []) or "none"
        raise InputError(f"{name}, line 1: needs the columns ru and en (and may have kind, "
                         f"accepted, forbidden, note); found: {found}")
    out = []
    n = 1
    try:
        for n, rec in enumerate(reader, 2):
            rec = {k.strip().lower(): (v or "").strip() for k, v in rec.items()
                   if isinstance(k, str)}
            if not rec.get("ru") or not rec.get("en"):
                continue
            kind = rec.get("kind") or "term"
            if kind not in KINDS:
                raise InputError(f"{name}, line {n}, column kind: unknown kind {kind!r} (use "
                                 f"{', '.join(KINDS)})")
            out.append(NameEntry(rec["ru"], rec["en"], kind, _split(rec.get("accepted", "")),
                                 _split(rec.get("forbidden", "")), rec.get("note", ""),
                                 {lang: rec[lang] for lang in other_langs if rec.get(lang)}))
    except csv.Error as err:
        raise InputError(f"{name}, line {n + 1}: not a readable CSV line ({err})") from err
    return out


def write_csv(entries: list[NameEntry]) -> bytes:
    """ru, en, a column per other language any entry has a form in, then kind, accepted,
    forbidden, note."""
    others = sorted({lang for e in entries for lang, f in e.forms.items() if f})
    buf = io.StringIO()
    writer = csv.DictWriter(buf, CSV_FIELDS[:2] + others + CSV_FIELDS[2:], lineterminator="\n")
    writer.writeheader()
    for e in entries:
        writer.writerow({"ru": e.ru, "en": e.en, "kind": e.kind, "accepted": "|".join(e.accepted),
                         "forbidden": "|".join(e.forbidden), "note": e.note,
                         **{lang: e.forms.get(lang, "") for lang in others}})
    return buf.getvalue().encode("utf-8")


def write_tbx(entries: list[NameEntry]) -> bytes:
    """TBX-Basic (TBX v3, DCA style): one conceptEntry per entry; the approved English term
    is preferred, accepted ones admitted, forbidden ones deprecated."""
    q = f"{{{TBX_NS}}}"
    root = etree.Element(q + "tbx", nsmap={None: TBX_NS})
    root.set("type", "TBX-Basic")
    root.set("style", "dca")
    root.set(_XML_LANG, "en")
    header = etree.SubElement(etree.SubElement(etree.SubElement(root, q + "tbxHeader"),
                                               q + "fileDesc"), q + "sourceDesc")
    etree.SubElement(header, q + "p").text = "Tandem names registry"
    body = etree.SubElement(etree.SubElement(root, q + "text"), q + "body")
    for n, e in enumerate(entries, 1):
        concept = etree.SubElement(body, q + "conceptEntry", id=f"c{n}")
        etree.SubElement(concept, q + "descrip", type="subjectField").text = e.kind
        if e.note:
            etree.SubElement(concept, q + "note").text = e.note
        ru = etree.SubElement(concept, q + "langSec")
        ru.set(_XML_LANG, "ru")
        etree.SubElement(etree.SubElement(ru, q + "termSec"), q + "term").text = e.ru
        for lang, form in sorted(e.forms.items()):
            if form:
                sec = etree.SubElement(concept, q + "langSec")
                sec.set(_XML_LANG, lang)
                etree.SubElement(etree.SubElement(sec, q + "termSec"), q + "term").text = form
        en = etree.SubElement(concept, q + "langSec")
        en.set(_XML_LANG, "en")
        for term, status in ([(e.en, "preferredTerm-admn-sts")]
                             + [(v, "admittedTerm-admn-sts") for v in e.accepted]
                             + [(v, "deprecatedTerm-admn-sts") for v in e.forbidden]):
            sec = etree.SubElement(en, q + "termSec")
            etree.SubElement(sec, q + "term").text = term
            etree.SubElement(sec, q + "termNote", type="administrativeStatus").text = status
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def read_tbx(data: bytes, name: str = "the registry") -> list[NameEntry]:
    # TBX v2 files often name their DTD (<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">):
    # the declaration is ignored, never loaded; one that declares entities is refused
    if re.search(rb"<!ENTITY", data[:65536]):
        raise InputError(f"{name} declares XML entities; refused for safety")
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as err:
        raise InputError(f"{name}, line {err.lineno}: not TBX ({err.msg})") from err
    out = []
    for concept in root.iter("{*}conceptEntry", "{*}termEntry"):
        kind = next((d.text for d in concept.iter("{*}descrip") if d.get("type") == "subjectField"),
                    "term") or "term"
        note = next((n.text or "" for n in concept.iter("{*}note")), "")
        terms: dict[str, list[tuple[str, str]]] = {}
        for sec in concept.iter("{*}langSec", "{*}langSet"):
            lang = (sec.get(_XML_LANG) or "").split("-")[0].lower()
            for ts in sec.iter("{*}termSec", "{*}tig", "{*}ntig"):
                term = next((t.text for t in ts.iter("{*}term")), None)
                status = next((n.text or "" for n in ts.iter("{*}termNote")
                               if n.get("type") == "administrativeStatus"), "")
                if term:
                    terms.setdefault(lang, []).append((term.strip(), status))
        if not terms.get("ru") or not terms.get("en"):
            continue
        en = terms["en"]
        preferred = next((t for t, s in en if s.startswith("preferred")), en[0][0])
        forms = {lang: next((t for t, s in found if s.startswith("preferred")), found[0][0])
                 for lang, found in terms.items() if lang not in ("ru", "en") and found}
        out.append(NameEntry(
            terms["ru"][0][0], preferred, kind if kind in KINDS else "term",
            [t for t, s in en if t != preferred and not s.startswith(("deprecated", "superseded"))],
            [t for t, s in en if s.startswith(("deprecated", "superseded"))], note, forms))
    return out


def load_file(path: Path) -> list[NameEntry]:
    data = read_limited(path, MAX_BYTES, "names registry")
    if path.suffix.lower() in (".tbx", ".xml") or data.lstrip().startswith(b"<"):
        return read_tbx(data, path.name)
    return read_csv(data, path.name)


def save_file(entries: list[NameEntry], path: Path) -> None:
    data = write_tbx(entries) if path.suffix.lower() in (".tbx", ".xml") else write_csv(entries)
    atomic_write(path, data, backup=True)


def shipped() -> Registry:
    """The starter registry: countries (ISO 3166-1 names in Russian, English and Kazakh, taken
    from pycountry's translations into resources/names/countries.csv), international organisations and their
    abbreviations (organisations.csv: ЕАЭС / EAEU), places whose names no romanization reaches
    (places.csv: Заилийский Алатау / Trans-Ili Alatau) and the entries of registry.csv. Its
    files are read when it is first used (the editor's window, whose checks run in another
    process, starts without reading them: 18 ms)."""
    return _Shipped()


class _Shipped(Registry):
    def __init__(self) -> None:  # no entries yet: see __getattr__
        self._index = None

    def __getattr__(self, name: str):
        if name != "_by_ru":
            raise AttributeError(name)
        self._by_ru = {}
        for file in ("countries.csv", "organisations.csv", "places.csv", "registry.csv"):
            path = resource("names", file)
            if path.exists():
                for e in read_csv(path.read_bytes(), path.name):
                    self.add(e)
        return self._by_ru
