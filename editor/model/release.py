"""The release: metadata and an ordered list of aligned rows, one paragraph per language.

Languages are data: a row holds a paragraph per language code, so a third language is a
longer ``languages`` tuple, not new fields.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from typing import ClassVar

from editor.model.inline import Mark, normalize_marks
from editor.model.row_changes import CLOCK, DICT_FIELDS, UNTRACKED, RowDict, new_stamp

DEFAULT_LANGUAGES = ("ru", "en")
DEFAULT_SOURCE = "ru"


class Role(StrEnum):
    HEADLINE = "headline"
    LEAD = "lead"
    BODY = "body"
    QUOTE = "quote"
    BOILERPLATE = "boilerplate"
    CONTACT = "contact"


class Status(StrEnum):
    """Workflow state of a target-language paragraph. Ordered: each is further along."""

    UNTRANSLATED = "untranslated"
    DRAFT = "draft"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"

    @property
    def rank(self) -> int:
        return list(Status).index(self)


@lru_cache(maxsize=65536)
def fingerprint(text: str) -> str:
    """A short hash of a source paragraph, insensitive to Unicode form and white space runs,
    so that only a real change of the source makes its translation stale."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def new_row_id() -> str:
    return "r" + os.urandom(6).hex()  # as uuid4().hex[:12] was: 48 random bits


def new_release_id() -> str:
    """A random (version 4) UUID as a URN, made here: the uuid module loads the platform
    module, 8 ms of the editor's start-up."""
    b = bytearray(os.urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40  # version 4
    b[8] = (b[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = b.hex()
    return f"urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass
class Paragraph:
    text: str = ""
    marks: list[Mark] = field(default_factory=list)

    def __post_init__(self):
        self.marks = normalize_marks(self.marks, len(self.text))

    @property
    def is_empty(self) -> bool:
        return not self.text or self.text.isspace()


CONFIRMED = (Status.TRANSLATED, Status.REVIEWED)


@dataclass(init=False)  # its __init__ below fills the fields in one go, stamped once
class Row:
    """One aligned row. ``status``, ``source_fp`` and ``target_fp`` are kept per target
    language. When the ``lang`` translation is confirmed (translated or reviewed),
    ``source_fp[lang]`` and ``target_fp[lang]`` record the fingerprints of the source and of
    the translation that were confirmed together; the status the user sees is derived from
    that record and the current text (``Release.row_status``), so it cannot drift from it."""

    paragraphs: dict[str, Paragraph]
    role: Role = Role.BODY
    id: str = field(default_factory=new_row_id)
    status: dict[str, Status] = field(default_factory=dict)
    source_fp: dict[str, str] = field(default_factory=dict)
    # confidence of an automatic pairing the user has not confirmed yet (None: nothing to
    # review); shown in the status gutter
    align_score: float | None = None
    target_fp: dict[str, str] = field(default_factory=dict)
    # the one language this row's paragraph came from when the versions were imported and
    # the other had no counterpart for it (an agency lead, a background paragraph): "" for
    # a row that pairs paragraphs, or that the user made
    only_in: str = ""
    # a note on the row: a translator's question or remark (from a CAT tool's XLIFF), shown
    # on the row and sent with the next XLIFF
    note: str = ""

    # when the row last changed (editor.model.row_changes), shared with its dicts: set by
    # every change made through the row; the class's stamp says "not followed", i.e.
    # always changed (a tuple: nothing changes it)
    _stamp: ClassVar = (UNTRACKED,)

    def __init__(self, paragraphs: dict[str, Paragraph], role: Role = Role.BODY,
                 id: str | None = None, status: dict[str, Status] | None = None,
                 source_fp: dict[str, str] | None = None, align_score: float | None = None,
                 target_fp: dict[str, str] | None = None, only_in: str = "",
                 note: str = "") -> None:
        """As the fields above say (a new id when none is given). Not by ``__setattr__``,
        which would stamp the row once per field: opening 2,000 rows took 4x as long."""
        stamp = new_stamp()
        p, s, f, t = (RowDict(paragraphs), RowDict(status or ()), RowDict(source_fp or ()),
                      RowDict(target_fp or ()))
        p._stamp = s._stamp = f._stamp = t._stamp = stamp
        self.__dict__.update(
            paragraphs=p, role=role, id=new_row_id() if id is None else id, status=s,
            source_fp=f, align_score=align_score, target_fp=t, only_in=only_in, note=note,
            _stamp=stamp)

    def __setattr__(self, name: str, value) -> None:
        d = self.__dict__
        stamp = d.get("_stamp")
        if stamp is None:  # a row made by hand (copy_row): not followed, nothing to stamp
            d[name] = value
            return
        d[name] = RowDict.of(stamp, value) if name in DICT_FIELDS else value
        stamp[0] = next(CLOCK)

    def __getstate__(self) -> dict:
        """Pickled or deep-copied: the fields, with plain dicts, without the stamp."""
        return {k: dict(v) if k in DICT_FIELDS else v for k, v in self.__dict__.items()
                if k != "_stamp"}

    def __setstate__(self, state: dict) -> None:
        stamp = new_stamp()
        self.__dict__.update({k: RowDict.of(stamp, v) if k in DICT_FIELDS else v
                              for k, v in state.items()}, _stamp=stamp)

    def text(self, lang: str) -> str:
        p = self.paragraphs.get(lang)
        return p.text if p else ""

    def paragraph(self, lang: str) -> Paragraph:
        p = self.paragraphs.get(lang)
        if p is None:  # not setdefault: that would make an empty Paragraph at every call
            p = self.paragraphs[lang] = Paragraph()
        return p

    def confirm(self, lang: str, source_text: str, status: Status = Status.TRANSLATED) -> None:
        """Mark the ``lang`` paragraph, as it is now, as a translation of ``source_text``."""
        self.status[lang] = status
        self.source_fp[lang] = fingerprint(source_text)
        self.target_fp[lang] = fingerprint(self.text(lang))

    def unconfirm(self, lang: str, status: Status) -> None:
        """Set a status that is not a confirmation (untranslated or draft)."""
        self.status[lang] = status
        self.source_fp.pop(lang, None)
        self.target_fp.pop(lang, None)

    def is_stale(self, lang: str, source_text: str) -> bool:
        """The source changed after this translation was confirmed (and the translation is
        not empty: an empty paragraph is untranslated, whatever was confirmed before)."""
        fp = self.source_fp.get(lang)
        return (fp is not None and self.status.get(lang) in CONFIRMED
                and not self.paragraph(lang).is_empty and fp != fingerprint(source_text))


@dataclass
class Contact:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Publication:
    """A release's export history for one format that agencies version (NewsML-G2): the
    version last sent, when the first and the last went out, and a digest of what it said,
    so an unchanged re-export keeps its version and a changed one gets the next."""

    format: str
    version: int
    first: datetime
    last: datetime
    digest: str


@dataclass
class Metadata:
    """Per-language fields are dicts keyed by language code."""

    date: date | None = None
    embargo: datetime | None = None
    place: dict[str, str] = field(default_factory=dict)
    organisation: dict[str, str] = field(default_factory=dict)
    headline: dict[str, str] = field(default_factory=dict)
    subheadline: dict[str, str] = field(default_factory=dict)
    keywords: dict[str, list[str]] = field(default_factory=dict)
    contacts: list[Contact] = field(default_factory=list)


@dataclass
class NameEntry:
    """A names registry entry: the canonical Russian form (nominative), the approved English
    form, other accepted and forbidden English variants, its kind and a note, and the
    approved form in any other language (Kazakh: ``forms["kk"]``). A registry spelling
    beats any romanization rule."""

    ru: str
    en: str
    kind: str = "person"  # person, organisation, place, title, term
    accepted: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    note: str = ""
    forms: dict[str, str] = field(default_factory=dict)  # language -> approved form

    def form(self, lang: str) -> str:
        """The approved form in ``lang`` ("" when the entry has none)."""
        if lang == "ru":
            return self.ru
        if lang == "en":
            return self.en
        return self.forms.get(lang, "")

    def languages(self) -> tuple[str, ...]:
        return ("ru", "en", *(lang for lang, f in self.forms.items() if f))


@dataclass
class IgnoredFinding:
    """A check finding the user marked as a false alarm, kept with the release."""

    code: str
    row_id: str
    lang: str
    text: str


@dataclass
class Release:
    rows: list[Row] = field(default_factory=list)
    meta: Metadata = field(default_factory=Metadata)
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    source_lang: str = DEFAULT_SOURCE
    id: str = field(default_factory=new_release_id)
    ignored: list[IgnoredFinding] = field(default_factory=list)
    words: dict[str, list[str]] = field(default_factory=dict)  # release word list per language
    names: list[NameEntry] = field(default_factory=list)  # release-specific registry entries
    published: dict[str, Publication] = field(default_factory=dict)  # by format

    def __post_init__(self):
        if self.source_lang not in self.languages:
            raise ValueError(f"source language {self.source_lang!r} not in {self.languages}")

    def snapshot(self, share_paragraphs: bool = False, copies=None) -> Release:
        """A copy that later edits of this release do not touch (for writing it on another
        thread): rows, paragraphs and their records copied, metadata deep-copied; texts and
        marks are immutable and shared. ``share_paragraphs``: the editor replaces a
        Paragraph on every edit, never changes one, so a reader may share them (faster).
        ``copies``: an ``editor.model.row_copies.RowCopies`` kept from one snapshot to the
        next, which copies only the rows changed since (one edit, one row copied), sharing
        paragraphs or not as it was made to (``share_paragraphs`` is then its own)."""
        import copy

        out = object.__new__(Release)
        out.__dict__.update(self.__dict__)
        if copies is None:
            rows = [copy_row(row, share_paragraphs) for row in self.rows]
        else:
            rows = copies.take(self.rows)[0]
        out.__dict__.update(rows=rows, meta=copy.deepcopy(self.meta),
                            ignored=list(self.ignored),
                            words={k: list(v) for k, v in self.words.items()},
                            names=copy.deepcopy(self.names), published=dict(self.published))
        return out

    @property
    def target_langs(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages if lang != self.source_lang)

    def add_language(self, lang: str) -> None:
        """A version in another language, empty in every row (to be translated)."""
        if lang in self.languages:
            raise ValueError(f"the release has a {lang!r} version already")
        self.languages = (*self.languages, lang)
        for row in self.rows:
            row.paragraphs[lang] = Paragraph("")
            row.status[lang] = Status.UNTRANSLATED

    def set_source(self, lang: str) -> None:
        """Make ``lang`` the version the others are translated from (an English original
        translated into Russian and Kazakh). A translation confirmed and up to date stays
        confirmed, now against the new source; the old source becomes a translation,
        confirmed where both have text; a stale one is a draft; drafts and untranslated
        paragraphs stay as they are."""
        if lang not in self.languages:
            raise ValueError(f"the release has no {lang!r} version")
        if lang == self.source_lang:
            return
        old = self.source_lang
        shown = [{t: self.row_status(row, t) for t in self.target_langs} for row in self.rows]
        self.source_lang = lang
        for row, before in zip(self.rows, shown, strict=True):
            source_text = row.text(lang)
            for t in self.target_langs:
                status = Status.TRANSLATED.value if t == old else before[t]
                if row.paragraph(t).is_empty or not source_text.strip():
                    row.unconfirm(t, Status.UNTRANSLATED if row.paragraph(t).is_empty
                                  else Status.DRAFT)
                elif status in (Status.TRANSLATED.value, Status.REVIEWED.value):
                    row.confirm(t, source_text, Status(status))
                else:
                    row.unconfirm(t, Status.DRAFT)
            row.unconfirm(lang, Status.UNTRANSLATED)
            row.status.pop(lang, None)

    def new_row(self, texts: dict[str, str] | None = None, role: Role = Role.BODY) -> Row:
        """A row with a paragraph for every language; targets untranslated unless filled."""
        texts = texts or {}
        row = Row({lang: Paragraph(texts.get(lang, "")) for lang in self.languages}, role=role)
        for lang in self.target_langs:
            row.status[lang] = Status.UNTRANSLATED
        return row

    def row_status(self, row: Row, lang: str) -> str:
        """The status shown to the user, derived from the text and the confirmation record
        (the rules are in the README, "Row status"):
        1. an empty translation is untranslated;
        2. a confirmed translation whose source changed since is stale;
        3. a confirmed translation that changed since (edited, or another paragraph paired
           with the source) is a draft again;
        4. a confirmed translation otherwise keeps its status (translated, reviewed);
        5. any other non-empty translation is a draft."""
        if row.paragraph(lang).is_empty:
            return Status.UNTRANSLATED.value
        stored = row.status.get(lang, Status.UNTRANSLATED)
        if stored in CONFIRMED:
            if row.is_stale(lang, row.text(self.source_lang)):
                return "stale"
            tfp = row.target_fp.get(lang)
            if tfp is not None and tfp != fingerprint(row.text(lang)):
                return Status.DRAFT.value
            return stored.value
        return Status.DRAFT.value

    def status_counts(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for lang in self.target_langs:
            c = {s.value: 0 for s in Status} | {"stale": 0}
            for row in self.rows:
                c[self.row_status(row, lang)] += 1
            counts[lang] = c
        return counts

    def index_of(self, row_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.id == row_id:
                return i
        raise KeyError(row_id)


def copy_row(row: Row, share_paragraphs: bool = True) -> Row:
    """A copy of ``row`` whose dicts later edits do not touch; its paragraphs shared (the
    editor replaces a Paragraph, never changes one) or copied. The copy is not followed
    (editor.model.row_changes): it is for reading, or for putting back through a deep copy."""
    new = object.__new__
    c = new(Row)
    c.__dict__.update(row.__dict__)
    c.__dict__.pop("_stamp", None)  # plain dicts, changes to it unseen: always "changed"
    if share_paragraphs:
        paragraphs = dict(row.paragraphs)
    else:
        paragraphs = {}
        for lang, p in row.paragraphs.items():
            q = new(Paragraph)
            q.__dict__.update(text=p.text, marks=p.marks[:])
            paragraphs[lang] = q
    c.__dict__.update(paragraphs=paragraphs, status=dict(row.status),
                      source_fp=dict(row.source_fp), target_fp=dict(row.target_fp))
    return c
