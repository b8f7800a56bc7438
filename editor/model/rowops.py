"""Row operations: insert, delete, split, merge, move one language's paragraph, swap.

Every operation keeps the invariant that each row has a paragraph for every language. The
status the user sees is derived from the text and each translation's confirmation record
(``Release.row_status``); the operations only decide what happens to the records:
- a record (the source and translation confirmed together) stays with its source paragraph:
  moving a translation away and back restores the confirmed status, moving the source
  takes its record along;
- a pair cut consistently in source and translation, or joined from confirmed parts, stays
  confirmed (fresh records for the new texts); a stale part keeps the result stale;
- a one-sided cut keeps the record on the upper row, so the status shows what changed
  (stale when the source lost a part, draft when the translation did) and joining the
  parts again restores it.
"""

from __future__ import annotations

from editor.errors import RowOperationError
from editor.model.inline import shift_marks, slice_marks
from editor.model.release import (
    CONFIRMED,
    Paragraph,
    Release,
    Role,
    Row,
    Status,
    fingerprint,
)

# A fingerprint that can never equal a real one, so the row keeps showing as stale.
_STALE_FP = "stale"


def _check_index(release: Release, index: int, *, allow_end: bool = False) -> None:
    top = len(release.rows) + (1 if allow_end else 0)
    if not 0 <= index < top:
        raise RowOperationError(f"there is no row {index + 1} (the release has {len(release.rows)})")


def _record(row: Row, lang: str) -> tuple:
    return (row.status.get(lang, Status.UNTRANSLATED), row.source_fp.get(lang),
            row.target_fp.get(lang))


def _set_record(row: Row, lang: str, record: tuple) -> None:
    status, sfp, tfp = record
    row.status[lang] = status
    for store, value in ((row.source_fp, sfp), (row.target_fp, tfp)):
        if value is None:
            store.pop(lang, None)
        else:
            store[lang] = value


def _open_status(row: Row, lang: str) -> Status:
    return Status.UNTRANSLATED if row.paragraph(lang).is_empty else Status.DRAFT


def _settle(release: Release, row: Row, lang: str, shown: str, status: Status) -> None:
    """Give ``row`` a fresh record for what its parts showed: confirmed parts stay
    confirmed, a stale part keeps it stale, anything else is untranslated or a draft."""
    src = row.text(release.source_lang)
    if row.paragraph(lang).is_empty or src.strip() == "":
        row.unconfirm(lang, _open_status(row, lang))
    elif shown in ("translated", "reviewed"):
        row.confirm(lang, src, status)
    elif shown == "stale":
        row.confirm(lang, src, status)
        row.source_fp[lang] = _STALE_FP
    else:
        row.unconfirm(lang, Status.DRAFT)


def insert_row(release: Release, index: int, texts: dict[str, str] | None = None,
               role: Role = Role.BODY) -> Row:
    _check_index(release, index, allow_end=True)
    row = release.new_row(texts, role)
    for lang in release.target_langs:
        row.unconfirm(lang, _open_status(row, lang))
    release.rows.insert(index, row)
    return row


def delete_row(release: Release, index: int) -> Row:
    _check_index(release, index)
    return release.rows.pop(index)


def _split_paragraph(p: Paragraph, offset: int) -> tuple[Paragraph, Paragraph]:
    if not 0 <= offset <= len(p.text):
        raise RowOperationError(f"cannot split at character {offset}: the paragraph has {len(p.text)}")
    left_end = len(p.text[:offset].rstrip())
    right_start = len(p.text) - len(p.text[offset:].lstrip())
    return (Paragraph(p.text[:left_end], slice_marks(p.marks, 0, left_end)),
            Paragraph(p.text[right_start:], slice_marks(p.marks, right_start, len(p.text))))


def split_row(release: Release, index: int, offsets: dict[str, int]) -> Row:
    """Split row ``index`` at ``offsets[lang]`` in each language given; the text after the
    offset goes to a new row below. Languages not in ``offsets`` stay whole in the upper row
    (the new row's paragraph is empty there). Returns the new row."""
    _check_index(release, index)
    if not offsets:
        raise RowOperationError("nothing to split: no language given")
    for lang in offsets:
        if lang not in release.languages:
            raise RowOperationError(f"the release has no language {lang!r}")
    row = release.rows[index]
    src = release.source_lang
    shown = {lang: release.row_status(row, lang) for lang in release.target_langs}
    new = release.new_row(role=Role.BODY if row.role is Role.HEADLINE else row.role)
    for lang, offset in offsets.items():
        row.paragraphs[lang], new.paragraphs[lang] = _split_paragraph(row.paragraph(lang), offset)
    for lang in release.target_langs:
        status = row.status.get(lang, Status.UNTRANSLATED)
        if lang in offsets and src in offsets:  # cut consistently: both parts settle
            _settle(release, row, lang, shown[lang], status)
            _settle(release, new, lang, shown[lang], status)
        else:  # one side cut (or neither): the upper row keeps its record
            new.unconfirm(lang, _open_status(new, lang))
    release.rows.insert(index + 1, new)
    return new


def merge_rows(release: Release, index: int) -> Row:
    """Join row ``index + 1`` onto row ``index`` in every language (one space between)."""
    _check_index(release, index)
    if index + 1 >= len(release.rows):
        raise RowOperationError("there is no next row to merge with")
    upper, lower = release.rows[index], release.rows[index + 1]
    src = release.source_lang

    def has_text(r: Row, lang: str) -> bool:
        return not (r.paragraph(lang).is_empty and r.paragraph(src).is_empty)

    parts = {lang: [(release.row_status(r, lang), r.status.get(lang, Status.UNTRANSLATED),
                     _record(r, lang)) for r in (upper, lower) if has_text(r, lang)]
             for lang in release.target_langs}
    del release.rows[index + 1]
    for lang in release.languages:
        a, b = upper.paragraph(lang), lower.paragraph(lang)
        if a.is_empty or b.is_empty:
            keep = b if a.is_empty else a
            upper.paragraphs[lang] = Paragraph(keep.text, list(keep.marks))
            continue
        sep = "" if a.text.endswith((" ", "\u00a0")) else " "
        offset = len(a.text) + len(sep)
        upper.paragraphs[lang] = Paragraph(a.text + sep + b.text,
                                           a.marks + shift_marks(b.marks, offset))
    for lang in release.target_langs:
        shown = [p[0] for p in parts[lang]]
        confirmed = [p[1] for p in parts[lang] if p[1] in CONFIRMED]
        rank = min(confirmed, key=lambda s: s.rank) if confirmed else Status.TRANSLATED
        # a record that fits the joined texts (a one-sided cut joined again) is kept
        fitting = False
        for _, _, record in parts[lang]:
            if record[1] is not None:
                _set_record(upper, lang, record)
                if release.row_status(upper, lang) in ("translated", "reviewed"):
                    fitting = True
                    break
        if fitting:
            continue
        if shown and all(s in ("translated", "reviewed") for s in shown):
            _settle(release, upper, lang, "translated", rank)
        elif "stale" in shown:
            _settle(release, upper, lang, "stale", rank)
        else:
            _settle(release, upper, lang, "draft", Status.DRAFT)
    return upper


def move_paragraph(release: Release, index: int, lang: str, direction: int) -> None:
    """Swap the ``lang`` paragraph of row ``index`` with the one of the row above
    (``direction`` -1) or below (+1): the re-pairing that repairs an alignment. Confirmation
    records stay with the source paragraph, so moving a paragraph back restores them."""
    _check_index(release, index)
    if direction not in (-1, 1):
        raise RowOperationError("a paragraph moves one row up or down")
    other = index + direction
    if not 0 <= other < len(release.rows):
        raise RowOperationError("there is no row to move the paragraph to")
    a, b = release.rows[index], release.rows[other]
    a.paragraphs[lang], b.paragraphs[lang] = b.paragraph(lang), a.paragraph(lang)
    if lang == release.source_lang:
        for t in release.target_langs:
            ra, rb = _record(a, t), _record(b, t)
            _set_record(a, t, rb)
            _set_record(b, t, ra)


def swap_rows(release: Release, i: int, j: int) -> None:
    """Exchange two whole rows (both languages travel together, status included)."""
    _check_index(release, i)
    _check_index(release, j)
    release.rows[i], release.rows[j] = release.rows[j], release.rows[i]


__all__ = ["insert_row", "delete_row", "split_row", "merge_rows", "move_paragraph",
           "swap_rows", "fingerprint"]
