"""A word list of natasha's models kept as one block of bytes, not 250,000 Python strings.

slovnet keeps its 250,002-word vocabulary as a list of strings and a dictionary from word to
number: 39 MB of the checks process, to answer one question, the number of a word. Here
the words stay in their UTF-8 text, one per line, with an array of where each line starts,
and a sorted array of the words' hashes leads to a word's line, which is then compared with
the word itself: the numbers are exactly slovnet's, for every word and every unknown word,
in 9 MB. The words looked up are remembered (a release uses a few thousand)."""

from __future__ import annotations

from itertools import pairwise

import numpy as np

# str.splitlines (slovnet's way of reading the list) breaks lines at these besides "\n"; a
# list holding any of them is left to slovnet
_OTHER_BREAKS = tuple(c.encode("utf-8") for c in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_REMEMBERED = 100_000  # words looked up kept (then forgotten, all at once)


class CompactVocab:
    """What slovnet's encoders ask of a vocabulary: ``encode``, ``decode``, ``len``,
    ``pad_id`` and ``unk_id``."""

    def __init__(self, text: bytes):
        from slovnet.const import PAD, UNK

        self._text = text + b"\n" if text and not text.endswith(b"\n") else text
        lines = np.flatnonzero(np.frombuffer(self._text, np.uint8) == 10).astype(np.int32)
        lines += 1
        # where each line starts, and after the last one where a next one would
        self._starts = np.concatenate((np.zeros(1, np.int32), lines))
        del lines
        starts = self._starts.tolist()
        view = memoryview(self._text)
        hashes = np.fromiter((hash(view[a:b - 1].tobytes()) for a, b in pairwise(starts)),
                             np.int64, count=len(starts) - 1)
        del starts
        self._order = np.argsort(hashes, kind="stable").astype(np.int32)
        self._hashes = hashes[self._order]
        self._known: dict[str, int | None] = {}
        self.unk_id = self._find(UNK)
        self.pad_id = self._find(PAD)

    @classmethod
    def from_text(cls, text: bytes) -> CompactVocab | None:
        """The vocabulary of ``text`` (slovnet's list in UTF-8, one word a line), or None
        where its lines would not split as slovnet splits them."""
        if any(c in text for c in _OTHER_BREAKS):
            return None
        return cls(text)

    def __len__(self) -> int:
        return len(self._starts) - 1

    def _find(self, word: str) -> int | None:
        if word in self._known:
            return self._known[word]
        key = word.encode("utf-8", "surrogatepass")
        h = hash(key)
        i = int(np.searchsorted(self._hashes, h))
        found = None  # of lines holding the word, the last (slovnet's dictionary keeps it)
        while i < len(self._hashes) and self._hashes[i] == h:
            line = int(self._order[i])
            if self._text[self._starts[line]:self._starts[line + 1] - 1] == key:
                found = line
            i += 1
        if len(self._known) >= _REMEMBERED:
            self._known.clear()
        self._known[word] = found
        return found

    def encode(self, word: str) -> int | None:
        found = self._find(word)
        return self.unk_id if found is None else found

    def decode(self, number: int) -> str:
        return self._text[self._starts[number]:self._starts[number + 1] - 1].decode("utf-8")
