"""When a row last changed: every change to a row (a field set, or an entry of one of its
dicts set or removed) stamps it with the next tick of one clock, so "which rows changed
since then" is a look at one number per row instead of a comparison of every row with a
copy (editor.model.row_copies).

A row and its dicts share its stamp, a one-item list; the dicts do not point back at the
row, so a row is no reference cycle and goes as soon as nothing uses it (the window freezes
what is loaded out of the collector's sight: a cycle there would never be freed). A row
made otherwise than by its class (``copy_row``, a ``__dict__`` filled by hand) has no
stamp of its own: the class's ``UNTRACKED`` one, newer than any tick, so always changed."""

from __future__ import annotations

import itertools
import math
from typing import Any

CLOCK = itertools.count(1)
UNTRACKED = math.inf  # newer than any tick: a row whose changes are not seen has changed
DICT_FIELDS = frozenset({"paragraphs", "status", "source_fp", "target_fp"})


def new_stamp() -> list:
    """A row's stamp: [the tick of its last change]."""
    return [next(CLOCK)]


class RowDict(dict):
    """A dict of a row (its paragraphs, statuses, fingerprints) that stamps the row when an
    entry is set or removed. Copied or pickled, it is a plain dict again (the row it
    belongs to puts it back in a RowDict of its own)."""

    __slots__ = ("_stamp",)
    _stamp: Any  # the row's stamp

    @classmethod
    def of(cls, stamp: list, value) -> RowDict:
        """``value`` as a dict of the row stamped by ``stamp``: itself when it is already,
        else a RowDict copy (a dict given to two rows would let a change to one go unseen
        in the other)."""
        if type(value) is cls and value._stamp is stamp:
            return value
        d = cls(value)
        d._stamp = stamp
        return d

    def _touch(self) -> None:
        try:
            self._stamp[0] = next(CLOCK)
        except AttributeError:  # made as a copy outside a row (dataclasses.asdict): no row
            pass

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)
        self._touch()

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._touch()

    def pop(self, *args):
        try:
            return dict.pop(self, *args)
        finally:
            self._touch()

    def popitem(self):
        try:
            return dict.popitem(self)
        finally:
            self._touch()

    def setdefault(self, key, default=None):
        try:
            return dict.setdefault(self, key, default)
        finally:
            self._touch()

    def update(self, *args, **kwargs):
        dict.update(self, *args, **kwargs)
        self._touch()

    def clear(self):
        dict.clear(self)
        self._touch()

    def __ior__(self, other):  # type: ignore[misc]
        dict.update(self, other)
        self._touch()
        return self

    def __reduce_ex__(self, protocol):
        return dict, (dict(self),)

    def copy(self) -> dict:
        return dict(self)
