"""When a row last changed: every change to a row (a field set, or an entry of one of its
dicts set or removed) stamps it with the next tick of one clock, so "which rows changed
since then" is a look at one number per row instead of a comparison of every row with a
copy (editor.model.row_copies). A row made otherwise than by its class (``copy_row``, a
``__dict__`` filled by hand) carries no stamp of its own: ``UNTRACKED``, always changed."""

from __future__ import annotations

import itertools
import math
from typing import Any

CLOCK = itertools.count(1)
UNTRACKED = math.inf  # newer than any tick: a row whose changes are not seen has changed
DICT_FIELDS = frozenset({"paragraphs", "status", "source_fp", "target_fp"})


class RowDict(dict):
    """A dict of a row (its paragraphs, statuses, fingerprints) that stamps the row when an
    entry is set or removed. Copied or pickled, it is a plain dict again (the row it
    belongs to puts it back in a RowDict of its own)."""

    __slots__ = ("_row",)
    _row: Any  # the Row

    @classmethod
    def of(cls, row, value) -> RowDict:
        """``value`` as ``row``'s: itself when it is already, else a RowDict copy (a dict
        given to two rows would let a change to one go unseen in the other)."""
        if type(value) is cls and value._row is row:
            return value
        d = cls(value)
        d._row = row
        return d

    def _stamp(self) -> None:
        try:
            self._row.__dict__["_rev"] = next(CLOCK)
        except AttributeError:  # made as a copy outside a row (dataclasses.asdict): no row
            pass

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)
        self._stamp()

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._stamp()

    def pop(self, *args):
        try:
            return dict.pop(self, *args)
        finally:
            self._stamp()

    def popitem(self):
        try:
            return dict.popitem(self)
        finally:
            self._stamp()

    def setdefault(self, key, default=None):
        try:
            return dict.setdefault(self, key, default)
        finally:
            self._stamp()

    def update(self, *args, **kwargs):
        dict.update(self, *args, **kwargs)
        self._stamp()

    def clear(self):
        dict.clear(self)
        self._stamp()

    def __ior__(self, other):  # type: ignore[misc]
        dict.update(self, other)
        self._stamp()
        return self

    def __reduce_ex__(self, protocol):
        return dict, (dict(self),)

    def copy(self) -> dict:
        return dict(self)
