"""Named entities of a paragraph.

Russian: persons, organisations and places from natasha (its NER model ships in the wheel,
so it works offline; loading takes ~1.5 s, so it loads lazily and, in the editor, off the
UI thread), with their dictionary forms (Саната Шапашова → Санат Шапашов). Without natasha,
capitalised words inside a sentence stand in for names. English: sequences of capitalised
words; a word the English dictionary does not know in lower case marks a name (Depayfv,
Shapashov), one it knows (Frank, Days) may be a name or a sentence start."""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    kind: str  # person, organisation, place, name
    normal: str  # dictionary form (Russian) or the text itself
    opens_sentence: bool = False

    @property
    def tokens(self) -> list[str]:
        return re.findall(r"[^\W\d_][\w’'-]*", self.normal)


_KINDS = {"PER": "person", "ORG": "organisation", "LOC": "place"}


class _Natasha:
    """natasha's segmenter, NER and morphology, loaded once, on first use."""

    def __init__(self):
        self._lock = threading.Lock()
        self._parts = None
        self.error: str | None = None

    def load(self) -> bool:
        if self._parts is not None:
            return True
        with self._lock:
            if self._parts is None and self.error is None:
                # natasha computes with numpy, whose OpenBLAS starts a thread per core: on
                # a machine where another program keeps a core busy those threads wait on
                # each other (checks 1.5x slower here, 50x measured elsewhere). One thread,
                # unless the user set otherwise; it must be said before numpy loads.
                for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
                    os.environ.setdefault(var, "1")
                try:
                    from natasha import (
                        MorphVocab,
                        NewsEmbedding,
                        NewsMorphTagger,
                        NewsNERTagger,
                        Segmenter,
                    )

                    from editor.morphology import shared_vocab

                    emb = NewsEmbedding()
                    # one pymorphy dictionary in the process, shared with spelling (20 MB)
                    self._parts = (Segmenter(), NewsNERTagger(emb), NewsMorphTagger(emb),
                                   shared_vocab() or MorphVocab())
                except Exception as err:  # missing package or model: fall back
                    self.error = f"{type(err).__name__}: {err}"
        return self._parts is not None

    def entities_many(self, texts: list[str]) -> list[list[Entity]]:
        """The entities of many paragraphs at once: the NER and morphology models take them
        in batches (a tenth of the time of one paragraph after another), and only sentences
        that hold an entity are morphologically tagged (for the dictionary forms)."""
        from natasha import Doc
        from natasha.doc import adapt_spans, inject_morph, sent_words

        segmenter, ner, morph, vocab = self._parts
        with self._lock:
            docs = [Doc(t) for t in texts]
            for d in docs:
                d.segment(segmenter)
            live = [d for d in docs if d.text.strip()]
            for d, markup in zip(live, ner.map([d.text for d in live]), strict=True):
                d.spans = list(adapt_spans(d, markup.spans))
                d.envelop_span_tokens()
                d.envelop_sent_spans()
            for d in docs:
                if not d.text.strip():
                    d.spans = []
            sents = [s for d in live for s in d.sents if s.spans]
            for sent, markup in zip(sents, morph.map([sent_words(s) for s in sents]), strict=True):
                inject_morph(sent.tokens, markup.tokens)
            out = []
            for d in docs:
                found = []
                for span in d.spans:
                    span.normalize(vocab)
                    found.append(Entity(span.start, span.stop, span.text,
                                        _KINDS.get(span.type, "name"), span.normal or span.text))
                out.append(found)
        return out

    def entities(self, text: str) -> list[Entity]:
        return self.entities_many([text])[0]


NATASHA = _Natasha()
_CAP_SEQ = re.compile(r"(?<![\w’'-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*(?:[ \u00a0]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|[«\"“(]\s*)$")


def _capitalised(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, at sentence start) of each run of capitalised words."""
    return [(m.start(), m.end(), m.group(), bool(_SENTENCE_START.search(text[:m.start()])))
            for m in _CAP_SEQ.finditer(text)]


_CACHE_SIZE = 4096
_cache: OrderedDict[str, tuple[Entity, ...]] = OrderedDict()  # paragraph text -> entities
_cache_lock = threading.Lock()
BATCH = 32


def _remember(text: str, found: tuple[Entity, ...]) -> None:
    with _cache_lock:
        _cache[text] = found
        _cache.move_to_end(text)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


def russian_entities(text: str) -> tuple[Entity, ...]:
    with _cache_lock:
        found = _cache.get(text)
        if found is not None:
            _cache.move_to_end(text)
            return found
    if NATASHA.load():
        found = tuple(NATASHA.entities(text))
    else:
        found = tuple(Entity(s, e, t, "name", t) for s, e, t, first in _capitalised(text)
                      if not first)
    _remember(text, found)
    return found


def prefetch_russian_entities(texts, cancelled=None) -> None:
    """Find the entities of the paragraphs not seen yet in batches of BATCH, ahead of the
    checks that ask for them one by one (a cold check of a release): the models take a
    batch in about the time of two or three single paragraphs."""
    if not NATASHA.load():
        return
    with _cache_lock:
        todo = list(dict.fromkeys(t for t in texts if t.strip() and t not in _cache))
    for k in range(0, len(todo), BATCH):
        if cancelled is not None and cancelled():
            return
        chunk = todo[k:k + BATCH]
        for text, found in zip(chunk, NATASHA.entities_many(chunk), strict=True):
            _remember(text, tuple(found))


def clear_caches() -> None:
    with _cache_lock:
        _cache.clear()


russian_entities.cache_clear = clear_caches  # type: ignore[attr-defined]  # as lru_cache had


_FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from",
    "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "his", "her",
    "their", "our", "as", "but", "if", "when", "while", "after", "before", "during", "also",
    "mr", "mrs", "ms", "dr",
}


def _name_runs(text: str) -> list[tuple[int, int, str, bool]]:
    """Capitalised runs split at function words (The, Of, In ...)."""
    out = []
    for start, _end, run, first in _capitalised(text):
        pos = start
        current: list[tuple[int, str]] = []
        for m in re.finditer(r"\S+", run):
            word, at = m.group(), start + m.start()
            if word.lower() in _FUNCTION_WORDS:
                if current:
                    out.append(_run_of(text, current, first and current[0][0] == pos))
                current = []
                continue
            current.append((at, word))
        if current:
            out.append(_run_of(text, current, first and current[0][0] == pos))
    return out


def _run_of(text, words, first):
    start = words[0][0]
    end = words[-1][0] + len(words[-1][1])
    return start, end, text[start:end], first


def english_names(text: str, knows) -> list[Entity]:
    """Runs of capitalised words holding a word the dictionary does not know, as written or
    in lower case (``knows(word) -> bool``): Depayfv, Shapashov, Qushağynda, but not
    Kazakhstan or Belgium, which it knows. 'person' when two or more words, else 'name'."""
    out = []
    for start, end, run, first in _name_runs(text):
        words = run.split()
        unknown = [not knows(b) and not knows(b.lower())
                   for b in (re.sub(r"[’']s$", "", w) for w in words)]
        if first and not unknown[0]:
            # a known word opening a sentence is no part of a name ("Misstake Belgian")
            if len(words) == 1:
                continue
            shift = run.index(words[1], len(words[0]))
            start, run, words, unknown = start + shift, run[shift:], words[1:], unknown[1:]
        if first and len(words) >= 2 and not all(unknown):
            # at a sentence start a typo followed by a capitalised word is not a name
            words_known = [w for w, u in zip(words, unknown, strict=True) if not u]
            if words_known:
                continue
        if any(unknown):
            out.append(Entity(start, end, run, "person" if len(words) >= 2 else "name", run,
                              first and len(words) == 1))
    return out
