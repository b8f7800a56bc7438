"""Row operations: insert, delete, split, merge, move one language's paragraph, swap.

Every operation keeps the invariant that each row has a paragraph for every language, and
re-derives the per-language status where the pairing changed:
- an empty target is untranslated; a target without source is a draft;
- a pair that was confirmed and is cut or joined consistently in source and target stays
  confirmed (its fingerprint follows the new source); one that was stale stays stale;
- any other re-pairing leaves a draft for the translator to confirm.
"""

from __future__ import annotations

from editor.errors import RowOperationError
from editor.model.inline import shift_marks, slice_marks
from editor.model.release import Paragraph, Release, Role, Row, Status, fingerprint

# A fingerprint that can never equal a real one, so the row keeps showing as stale.
_STALE_FP = "stale"


def _check_index(release: Release, index: int, *, allow_end: bool = False) -> None:
    top = len(release.rows) + (1 if allow_end else 0)
    if not 0 <= index < top:
        raise RowOperationError(f"there is no row {index + 1} (the release has {len(release.rows)})")


def _pair_state(release: Release, row: Row, lang: str) -> str:
    """'confirmed', 'stale', 'empty' (no text on either side) or 'open'."""
    src, tgt = row.paragraph(release.source_lang), row.paragraph(lang)
    if src.is_empty and tgt.is_empty:
        return "empty"
    if lang in row.source_fp:
        return "stale" if row.is_stale(lang, src.text) else "confirmed"
    return "open"


def _restatus(release: Release, row: Row, lang: str, state: str, status: Status) -> None:
    src, tgt = row.paragraph(release.source_lang), row.paragraph(lang)
    row.source_fp.pop(lang, None)
    if tgt.is_empty:
        row.status[lang] = Status.UNTRANSLATED
    elif src.is_empty:
        row.status[lang] = Status.DRAFT
    elif state == "confirmed":
        row.confirm(lang, src.text, status)
    elif state == "stale":
        row.status[lang] = status
        row.source_fp[lang] = _STALE_FP
    else:
        row.status[lang] = Status.DRAFT


def insert_row(release: Release, index: int, texts: dict[str, str] | None = None,
               role: Role = Role.BODY) -> Row:
    _check_index(release, index, allow_end=True)
    row = release.new_row(texts, role)
    for lang in release.target_langs:
        _restatus(release, row, lang, "open", Status.DRAFT)
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
    row = release.rows[index]
    src = release.source_lang
    states = {lang: _pair_state(release, row, lang) for lang in release.target_langs}
    new = release.new_row(role=Role.BODY if row.role is Role.HEADLINE else row.role)
    for lang, offset in offsets.items():
        if lang not in release.languages:
            raise RowOperationError(f"the release has no language {lang!r}")
        row.paragraphs[lang], new.paragraphs[lang] = _split_paragraph(row.paragraph(lang), offset)
    for lang in release.target_langs:
        status = row.status.get(lang, Status.UNTRANSLATED)
        consistent = (lang in offsets) == (src in offsets)
        if not consistent:
            state = "open"
        elif src not in offsets:
            continue  # neither side of this pair was touched
        else:
            state = states[lang]
        _restatus(release, row, lang, state, status)
        _restatus(release, new, lang, state, status)
    release.rows.insert(index + 1, new)
    return new


def merge_rows(release: Release, index: int) -> Row:
    """Join row ``index + 1`` onto row ``index`` in every language (one space between)."""
    _check_index(release, index)
    if index + 1 >= len(release.rows):
        raise RowOperationError("there is no next row to merge with")
    upper, lower = release.rows[index], release.rows.pop(index + 1)
    before = {lang: (_pair_state(release, upper, lang), _pair_state(release, lower, lang))
              for lang in release.target_langs}
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
        states = [s for s in before[lang] if s != "empty"]
        statuses = [r.status.get(lang, Status.UNTRANSLATED)
                    for r, s in zip((upper, lower), before[lang], strict=True) if s != "empty"]
        if "stale" in states and all(s in ("stale", "confirmed") for s in states):
            state = "stale"
        elif states and all(s == "confirmed" for s in states):
            state = "confirmed"
        else:
            state = "open"
        status = min(statuses, key=lambda s: s.rank) if statuses else Status.UNTRANSLATED
        _restatus(release, upper, lang, state, status)
    return upper


def move_paragraph(release: Release, index: int, lang: str, direction: int) -> None:
    """Swap the ``lang`` paragraph of row ``index`` with the one of the row above
    (``direction`` -1) or below (+1): the re-pairing that repairs an alignment."""
    _check_index(release, index)
    if direction not in (-1, 1):
        raise RowOperationError("a paragraph moves one row up or down")
    other = index + direction
    if not 0 <= other < len(release.rows):
        raise RowOperationError("there is no row to move the paragraph to")
    a, b = release.rows[index], release.rows[other]
    a.paragraphs[lang], b.paragraphs[lang] = b.paragraph(lang), a.paragraph(lang)
    touched = release.target_langs if lang == release.source_lang else (lang,)
    for row in (a, b):
        for t in touched:
            _restatus(release, row, t, "open", row.status.get(t, Status.DRAFT))


def swap_rows(release: Release, i: int, j: int) -> None:
    """Exchange two whole rows (both languages travel together, status included)."""
    _check_index(release, i)
    _check_index(release, j)
    release.rows[i], release.rows[j] = release.rows[j], release.rows[i]


__all__ = ["insert_row", "delete_row", "split_row", "merge_rows", "move_paragraph",
           "swap_rows", "fingerprint"]
