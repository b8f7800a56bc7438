"""Checks of a release: pure functions of a Release (plus word lists and settings) that
yield findings and never change it. One module per family.

The spelling service, registry and word lists behind ``CheckContext`` load when it is first
asked for (editor/checks/context.py): the window imports this package for the list of
families and finding types only, and runs the checks in another process."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor.checks.families import FAMILIES as _FAMILIES
from editor.checks.finding import Finding, Severity

if TYPE_CHECKING:
    from editor.checks.context import CheckContext, clear_caches, is_ignored, run_checks, summary

FAMILIES = tuple(_FAMILIES)  # the codes, in the order the Checks panel offers them
_IN_CONTEXT = ("CheckContext", "clear_caches", "is_ignored", "run_checks", "summary")


def __getattr__(name: str):
    if name in _IN_CONTEXT:
        from editor.checks import context

        return getattr(context, name)
    raise AttributeError(f"module 'editor.checks' has no attribute {name!r}")


__all__ = ["FAMILIES", "CheckContext", "Finding", "Severity", "clear_caches", "is_ignored",
           "run_checks", "summary"]
