"""The release model: metadata, aligned rows, inline marks and row operations."""

from editor.model.inline import Mark, MarkKind
from editor.model.release import (
    DEFAULT_LANGUAGES,
    Contact,
    IgnoredFinding,
    Metadata,
    NameEntry,
    Paragraph,
    Publication,
    Release,
    Role,
    Row,
    Status,
    fingerprint,
)
from editor.model.rowops import (
    delete_row,
    insert_row,
    merge_rows,
    move_paragraph,
    split_row,
    swap_rows,
)

__all__ = [
    "DEFAULT_LANGUAGES", "Contact", "IgnoredFinding", "Mark", "MarkKind", "Metadata", "NameEntry",
    "Paragraph", "Publication", "Release", "Role", "Row", "Status", "fingerprint",
    "delete_row", "insert_row", "merge_rows", "move_paragraph", "split_row", "swap_rows",
]
