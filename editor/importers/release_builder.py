"""Building a release from the two imported versions of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.align import Aligner, Pair, align, align_by_position, needs_alignment
from editor.errors import InputError
from editor.importers import ImportedDocument, read_document
from editor.importers.cleanup import ImportedParagraph
from editor.model import Paragraph, Release, Role, Row, Status
from editor.model.release import Contact

REVIEW_BELOW = 0.5  # rows paired with less confidence are marked for review
_SENTENCE_END = (".", "!", "?", "…", ":", ";", "»", '"', ")")


@dataclass
class ImportResult:
    release: Release
    pairs: list[Pair]
    warnings: list[str] = field(default_factory=list)
    # the text encoding each plain-text version was read in ("UTF-8", "Windows-1251", ...)
    encodings: dict[str, str] = field(default_factory=dict)


def _join(paras: list) -> Paragraph:
    """Paragraphs (imported or the release's own) as one, separated by a space."""
    from editor.model.inline import shift_marks

    text, marks = "", []
    for p in paras:
        if text:
            text += " "
        marks += shift_marks(p.marks, len(text))
        text += p.text
    return Paragraph(text, marks)


def _role(index: int, paras: list[ImportedParagraph], source_text: str) -> Role:
    hints = {p.role_hint for p in paras}
    if "headline" in hints:
        return Role.HEADLINE
    if "quote" in hints:
        return Role.QUOTE
    if "boilerplate" in hints:
        return Role.BOILERPLATE
    if "contact" in hints:
        return Role.CONTACT
    if index == 0:
        # a short first line without a full stop is a headline; otherwise the lead
        short = len(source_text) <= 160 and not source_text.rstrip().endswith(_SENTENCE_END)
        return Role.HEADLINE if short else Role.LEAD
    return Role.BODY


def build_release(versions: dict[str, list[ImportedParagraph]], pairs: list[Pair],
                  source: str = "ru", review: bool = False) -> Release:
    """Rows from the paired paragraphs. With ``review`` (the pairing was automatic), rows
    that are not one-to-one or were paired with little confidence are marked for review."""
    langs = tuple(versions)
    release = Release(languages=langs, source_lang=source)
    for n, pair in enumerate(pairs):
        row = release.new_row()
        for lang in langs:
            picked = [versions[lang][i] for i in pair.indices.get(lang, [])]
            row.paragraphs[lang] = _join(picked)
        src_paras = [versions[source][i] for i in pair.indices.get(source, [])]
        # a first short block in one version only (a headline the other lacks) still heads
        shown = row.text(source) or next((row.text(lang) for lang in langs if row.text(lang)), "")
        row.role = _role(n, src_paras or [versions[lang][i] for lang in langs
                                          for i in pair.indices.get(lang, [])], shown)
        if n == 1 and release.rows and release.rows[0].role is Role.HEADLINE and row.role is Role.BODY:
            row.role = Role.LEAD
        present = [lang for lang in langs if pair.indices.get(lang)]
        if len(present) == 1 and all(versions[lang] for lang in langs):
            row.only_in = present[0]  # the other version has no counterpart for it
        one_to_one = all(len(v) == 1 for v in pair.indices.values())
        if review and (pair.score < REVIEW_BELOW or not one_to_one):
            row.align_score = pair.score
        for lang in release.target_langs:
            if row.paragraph(lang).is_empty:
                row.status[lang] = Status.UNTRANSLATED
            elif row.paragraph(source).is_empty:
                row.status[lang] = Status.DRAFT
            else:
                # an existing translation comes in as translated, so a later change of the
                # source shows it as stale
                row.confirm(lang, row.text(source))
        release.rows.append(row)
    return release


# what the editor handles well (5,000 rows open in about 4 s with 460 MB); a press
# release has tens of paragraphs, a whole report a few thousand
MAX_PARAGRAPHS = 5000


def _check_size(doc: ImportedDocument) -> None:
    n = len(doc.paragraphs) + (len(doc.columns[0]) if doc.columns else 0)
    if n > MAX_PARAGRAPHS:
        raise InputError(f"{doc.name} has {n:,} paragraphs; Tandem takes releases of up to "
                         f"{MAX_PARAGRAPHS:,} paragraphs per version (split the document)")


def import_release(ru: str | Path | None, en: str | Path | None, progress=None,
                   cancelled=None) -> ImportResult:
    """Import the Russian and English versions (text or DOCX), or one bilingual DOCX given
    as either of them. ``progress(fraction)`` is called as the work goes on; when
    ``cancelled()`` says True, align.Cancelled is raised and nothing is kept."""
    from editor.align import Cancelled

    def step(fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(fraction)

    if ru is None and en is None:
        raise InputError("give the Russian and the English version (--ru and --en)")
    docs: dict[str, ImportedDocument] = {}
    for n, (lang, path) in enumerate((("ru", ru), ("en", en))):
        if path is not None:
            step(0.05 * n)
            docs[lang] = read_document(path)
            _check_size(docs[lang])
    step(0.1)
    warnings = [w for d in docs.values() for w in d.warnings]
    if len(docs) == 1 or (ru is not None and en is not None and Path(ru) == Path(en)):
        doc = next(iter(docs.values()))
        if doc.columns is None:
            missing = "--en" if "en" not in docs else "--ru"
            raise InputError(f"{doc.name} holds one language; give the other version with {missing}")
        versions = _table_versions(doc.columns)
        date = doc.date
    else:
        for doc in docs.values():
            if doc.columns is not None:
                raise InputError(f"{doc.name} is a bilingual two-column table; import it alone")
            if not doc.paragraphs:
                raise InputError(f"{doc.name} has no text to import")
        versions = {lang: docs[lang].paragraphs for lang in ("ru", "en")}
        dates = {lang: d.date for lang, d in docs.items() if d.date}
        date = dates.get("ru") or dates.get("en")
        if len(set(dates.values())) > 1:
            warnings.append(f"the versions give different dates ({dates['ru']} in Russian, "
                            f"{dates['en']} in English); kept {date}")
    ru_texts, en_texts = [p.text for p in versions["ru"]], [p.text for p in versions["en"]]
    aligner = Aligner(ru_texts, en_texts, cancelled)  # features once, for both pairings
    step(0.2)
    pairs = align_by_position(ru_texts, en_texts, aligner=aligner)
    if needs_alignment(pairs) and len(ru_texts) == len(en_texts):
        # doubtful by length and anchors: ask the lexicon before aligning for real (loading
        # it only then keeps opening a release that matches one to one quick)
        aligner.use_lexicon()
        pairs = align_by_position(ru_texts, en_texts, aligner=aligner)
    automatic = needs_alignment(pairs)
    if automatic:  # counts differ or one-to-one pairs badly: align for real
        pairs = align(ru_texts, en_texts, progress=lambda f: step(0.2 + 0.7 * f),
                      cancelled=cancelled, aligner=aligner)
    for lang in versions.keys() - {"ru", "en"}:  # a table's third column: row by row
        pairs = [Pair({**p.indices, lang: [i for i in p.indices.get("ru", [])
                                           if i < len(versions[lang])]}, p.score) for p in pairs]
    step(0.9)
    release = build_release(versions, pairs, review=automatic)
    release.meta.date = date
    _details_into(release, docs, warnings)
    counts = {lang: len(v) for lang, v in versions.items()}
    if counts["ru"] != counts["en"]:
        weak = sum(1 for r in release.rows if r.align_score is not None)
        warnings.append(f"the versions have {counts['ru']} and {counts['en']} paragraphs; they "
                        f"were aligned automatically ({weak} row(s) to review)")
    from editor.encoding import display_name

    encodings = {lang: display_name(d.encoding) for lang, d in docs.items() if d.encoding}
    return ImportResult(release, pairs, warnings, encodings)


def _details_into(release: Release, docs: dict, warnings: list[str]) -> None:
    """What Tandem's own layout said (a re-imported export): subheadline, place, embargo."""
    found = {}
    for lang, doc in docs.items():
        found[lang] = doc.details
    if len(docs) == 1:  # one table: each column's details for its language
        doc = next(iter(docs.values()))
        found = dict(zip(_table_versions(doc.columns), doc.column_details, strict=False)) \
            if doc.columns else {}
    meta = release.meta
    for lang, details in found.items():
        if details.subheadline:
            meta.subheadline[lang] = details.subheadline
        if details.place:
            meta.place[lang] = details.place
    # contact lines as Tandem writes them (name · role · phone · e-mail) back into contacts
    for row in [r for r in release.rows if r.role is Role.CONTACT]:
        contact = _contact(row.text(release.source_lang) or row.text("en"))
        if contact is not None:
            meta.contacts.append(contact)
            release.rows.remove(row)
    embargoes = {d.embargo for d in found.values() if d.embargo is not None}
    if embargoes:
        meta.embargo = min(embargoes)
        if len(embargoes) > 1:
            warnings.append("the versions give different embargoes; kept the earlier, "
                            f"{meta.embargo.isoformat()}")


def _contact(line: str) -> Contact | None:
    """A contact line of Tandem's layout: name · role · phone · e-mail (some may be missing)."""
    parts = [p.strip() for p in line.split(" · ") if p.strip()]
    email = next((p for p in parts if "@" in p and " " not in p), "")
    phone = next((p for p in parts if p != email and sum(c.isdigit() for c in p) >= 6), "")
    if len(parts) < 2 or not (email or phone):
        return None
    rest = [p for p in parts if p not in (email, phone)]
    return Contact(rest[0] if rest else "", ", ".join(rest[1:]), phone, email)


def add_version(release: Release, path: str | Path, lang: str,
                encodings: dict[str, str] | None = None) -> list[str]:
    """A third version (Kazakh, say) into an imported release: its paragraphs paired with
    the source's by the automatic aligner, row by row. Where one of its paragraphs answers
    several rows, those rows become one (their other versions joined); where several answer
    one row, they are joined in it; one the source lacks gets a row of its own. Its
    translations come in as translated (a later change of the source shows them stale),
    doubtful pairs marked for review. Returns the warnings; the encoding a text was read in
    goes into ``encodings``."""
    from editor.align import align
    from editor.encoding import display_name

    if lang in release.languages:
        raise InputError(f"the release already has a {lang!r} version")
    doc = read_document(path)
    _check_size(doc)
    if not doc.paragraphs:
        raise InputError(f"{doc.name} has no text to import")
    if encodings is not None and doc.encoding:
        encodings[lang] = display_name(doc.encoding)
    src = release.source_lang
    release.languages = (*release.languages, lang)
    sourced = [i for i, row in enumerate(release.rows) if row.text(src).strip()]
    pairs = align([release.rows[i].text(src) for i in sourced],
                  [p.text for p in doc.paragraphs], src, lang)
    new_rows: list[Row] = []
    used: set[int] = set()
    for pair in pairs:
        rows = [sourced[k] for k in pair.indices[src]]
        paras = [doc.paragraphs[k] for k in pair.indices[lang]]
        if rows:
            # rows this bead spans, with any source-less rows between them
            span = release.rows[min(rows):max(rows) + 1]
            used.update(range(min(rows), max(rows) + 1))
            row = span[0]
            for other in span[1:]:  # one paragraph here answers several rows: one row
                for code in release.languages[:-1]:
                    row.paragraphs[code] = _join([p for p in (row.paragraph(code),
                                                              other.paragraph(code)) if p.text])
                row.align_score = 0.0
        else:
            row = release.new_row()
            row.only_in = lang
        row.paragraphs[lang] = _join(paras)
        if row.paragraph(lang).is_empty:
            row.unconfirm(lang, Status.UNTRANSLATED)
        else:
            row.confirm(lang, row.text(src))
        one_to_one = all(len(v) == 1 for v in pair.indices.values())
        if pair.score < REVIEW_BELOW or not one_to_one:
            row.align_score = pair.score
        new_rows.append(row)
    # rows without a source paragraph (a version's own) stay, in their place
    for i, row in enumerate(release.rows):
        if i not in used and not row.text(src).strip():
            row.paragraphs.setdefault(lang, Paragraph())
            row.unconfirm(lang, Status.UNTRANSLATED)
            before = next((k for k, r in enumerate(new_rows) if r is release.rows[i - 1]), -1) \
                if i else -1
            new_rows.insert(before + 1, row)
    release.rows[:] = new_rows
    warnings = list(doc.warnings)
    if len(doc.paragraphs) != len(sourced):
        weak = sum(1 for r in new_rows if r.align_score is not None)
        warnings.append(f"the {lang} version has {len(doc.paragraphs)} paragraphs for "
                        f"{len(sourced)} source paragraphs; they were aligned automatically "
                        f"({weak} row(s) to review)")
    return warnings


def realign_from(release: Release, start: int, target: str | None = None) -> list[Row]:
    """New rows for ``release.rows[start:]``, their paragraphs paired again by the automatic
    aligner (the source's and the ``target`` language's, empty ones left out); pairs that
    are not one-to-one or weak are marked for review, translations come back as drafts.
    [] when there is nothing to pair. The release is not changed: the caller puts them in
    (the window as one undo step, the command line by saving)."""
    from editor.align import align

    src = release.source_lang
    tgt = target or release.target_langs[0]
    rows = release.rows[start:]
    s_par = [r.paragraph(src) for r in rows if not r.paragraph(src).is_empty]
    t_par = [r.paragraph(tgt) for r in rows if not r.paragraph(tgt).is_empty]
    if not s_par and not t_par:
        return []
    pairs = align([p.text for p in s_par], [p.text for p in t_par], src, tgt)
    new_rows = []
    for pair in pairs:
        row = release.new_row()
        row.paragraphs[src] = _join([s_par[i] for i in pair.indices[src]])
        row.paragraphs[tgt] = _join([t_par[j] for j in pair.indices[tgt]])
        row.status[tgt] = (Status.DRAFT if not row.paragraph(tgt).is_empty
                           else Status.UNTRANSLATED)
        one_to_one = all(len(v) == 1 for v in pair.indices.values())
        row.align_score = pair.score if pair.score < REVIEW_BELOW or not one_to_one else None
        new_rows.append(row)
    return new_rows


def _share(paras: list[ImportedParagraph], kind: str) -> float:
    from editor.languages import letter_shares

    return letter_shares("".join(p.text for p in paras))[kind]


def _cyrillic_share(paras: list[ImportedParagraph]) -> float:
    return _share(paras, "cyrillic")


def guess_language(path: str | Path) -> str:
    """'ru' for a version written mostly in Cyrillic, else 'en' (for dropped files)."""
    return "ru" if _cyrillic_share(read_document(path).paragraphs) > 0.3 else "en"


def _table_versions(columns) -> dict[str, list[ImportedParagraph]]:
    """The languages of a table's columns, in their order: of three, the one with Kazakh
    letters is Kazakh; the more Cyrillic of the others Russian, the other English."""
    order = list(range(len(columns)))
    langs: dict[int, str] = {}
    if len(columns) == 3:
        kk = max(order, key=lambda k: _share(columns[k], "kk"))
        langs[kk] = "kk"
        order.remove(kk)
    ru = max(order, key=lambda k: _cyrillic_share(columns[k]))
    langs[ru] = "ru"
    langs[next(k for k in order if k != ru)] = "en"
    # ru and en first (the aligner and the release's languages expect them so), then kk
    return {lang: list(columns[k]) for lang in ("ru", "en", "kk")
            for k in langs if langs[k] == lang}
