"""Validating exports against the official schemas in resources/schemas, offline. Tandem
never writes an invalid file: exporters validate before writing and raise ExportError
with what is wrong."""

from __future__ import annotations

from lxml import etree

from editor.errors import TandemError
from editor.schemas import schema


class ExportError(TandemError):
    """An export could not be made (or would not be valid); nothing was written."""


def validate(root: etree._Element, name: str, what: str) -> None:
    """Raise ExportError naming the first problem if ``root`` is not valid."""
    checker = schema(name)
    if not checker.validate(root):
        err = checker.error_log.last_error
        raise ExportError(f"the {what} would not be valid ({err.message}, line {err.line}); "
                          "nothing was written")
