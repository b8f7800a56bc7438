"""The checks process's priority: background work. When the processor is short (another
program keeps a core busy), the editor's window goes first, so that typing and the window
starting do not wait behind the checks. The editor starts the process niced already, before
its imports (editor.checks.client); started by hand, the server nices itself."""

from __future__ import annotations

import os

NICENESS = 10


def lower_priority() -> None:
    """Nice this process to NICENESS (once: a second call leaves it as it is)."""
    if not hasattr(os, "nice"):
        return
    try:
        current = os.nice(0)
        if current < NICENESS:
            os.nice(NICENESS - current)
    except OSError:
        pass
