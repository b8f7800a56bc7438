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
from functools import lru_cache


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
                    from natasha import MorphVocab

                    from editor.morphology import shared_vocab
                    from editor.names.natasha_models import load

                    # one pymorphy dictionary in the process, shared with spelling (20 MB)
                    self._parts = (*load(), shared_vocab() or MorphVocab())
                except Exception as err:  # missing package or model: fall back
                    self.error = f"{type(err).__name__}: {err}"
        return self._parts is not None

    def entities_many(self, texts: list[str]) -> list[list[Entity]]:
        """The entities of many paragraphs at once: the NER and morphology models take them
        in batches (a tenth of the time of one paragraph after another), of texts of like
        length (the models pad a batch to its longest text); only sentences that hold a
        person are morphologically tagged, for the persons' dictionary forms (the checks use
        no other kind's)."""
        from natasha import Doc
        from natasha.doc import adapt_spans, inject_morph, sent_words
        from slovnet.bio import bio_spans

        segmenter, ner, morph, vocab = self._parts
        with self._lock:
            docs = [Doc(t) for t in texts]
            for d in docs:
                d.segment(segmenter)
            live = sorted((d for d in docs if d.text.strip()), key=lambda d: len(d.tokens))
            # the NER model on the segmenter's tokens (its own map would tokenize again and
            # then look every token up in the text: a third of its time)
            infer = ner.infer
            tags = infer.decoder(infer.process(infer.encoder([[t.text for t in d.tokens]
                                                               for d in live])))
            for d, doc_tags in zip(live, tags, strict=True):
                d.spans = list(adapt_spans(d, bio_spans(d.tokens, doc_tags)))
                d.envelop_span_tokens()
                d.envelop_sent_spans()
            for d in docs:
                if not d.text.strip():
                    d.spans = []
            sents = sorted((s for d in live for s in d.sents
                            if any(span.type == "PER" for span in s.spans)),
                           key=lambda s: len(s.tokens))
            for sent, markup in zip(sents, morph.map([sent_words(s) for s in sents]), strict=True):
                inject_morph(sent.tokens, markup.tokens)
            out = []
            for d in docs:
                found = []
                for span in d.spans:
                    if span.type == "PER":
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
BATCH = 64


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


_CAPITALISED_CYRILLIC = re.compile(r"(?<![\w’'-])[А-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f’'-]*")
_POSSESSIVE = re.compile(r"[’']s$")


def persons_to_find(text: str, partner_texts: list[str]) -> bool:
    """Does this Russian (or Kazakh) paragraph need the entity model? (See _persons_to_find;
    asked up to three times a paragraph per run, by the batching, the name check and the
    spelling, hence kept.)"""
    return _persons_to_find(text, tuple(partner_texts))


@lru_cache(maxsize=4096)
def _persons_to_find(text: str, partner_texts: tuple[str, ...]) -> bool:
    """Does this Russian (or Kazakh) paragraph need the entity model? Only persons matter
    to the checks (a name missing from the other version, a word taken for a name by the
    spelling), so not when every capitalised word that could name a person (one the
    dictionary does not know, or knows as a name or an animate noun) is confirmed by the
    other version in the other script (Саната Шапашова / Sanat Shapashov): in a faithful
    translation that is most paragraphs, and the model costs ~3 ms a paragraph."""
    from editor.morphology import may_name_a_person, russian_lemmas
    from editor.names.partner import PartnerNames
    from editor.names.romanize import latin_skeleton, romanizations, skeleton

    partners = None
    capitalised: set[str] = set()
    for word in _CAPITALISED_CYRILLIC.findall(text):
        word = word.strip("-’'")
        if not may_name_a_person(word):
            continue
        if partners is None:
            partners = PartnerNames(list(partner_texts))
            # as the name check compares them: capitalised Latin words, possessives bare
            capitalised = {latin_skeleton(_POSSESSIVE.sub("", w))
                           for w in _LATIN_WORD.findall("\n".join(partner_texts))
                           if w[0].isupper()}
        # confirmed as written or in a dictionary form pymorphy gives it, not in any form
        # an ending might come from (Галым is no Галия, whose Galiya may stand beside it)
        forms = {word.lower()} | russian_lemmas(word)
        if not partners.confirms(word) or not any(
                len(s) >= 3 and s in capitalised for f in forms
                for s in map(skeleton, romanizations(f).values())):
            return True
    return False


def russian_persons(text: str, partner_texts: list[str]) -> tuple[Entity, ...]:
    """The persons of a Russian paragraph the partner versions may not confirm (none when
    ``persons_to_find`` says the model is not needed)."""
    if not persons_to_find(text, partner_texts):
        return ()
    return tuple(e for e in russian_entities(text) if e.kind == "person")


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
    _persons_to_find.cache_clear()


russian_entities.cache_clear = clear_caches  # type: ignore[attr-defined]  # as lru_cache had


_FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from",
    "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "his", "her",
    "their", "our", "as", "but", "if", "when", "while", "after", "before", "during", "also",
    "mr", "mrs", "ms", "dr",
}


_NON_SPACE = re.compile(r"\S+")


def _name_runs(text: str) -> list[tuple[int, int, str, bool]]:
    """Capitalised runs split at function words (The, Of, In ...)."""
    out = []
    for start, _end, run, first in _capitalised(text):
        pos = start
        current: list[tuple[int, str]] = []
        for m in _NON_SPACE.finditer(run):
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
                   for b in (_POSSESSIVE.sub("", w) for w in words)]
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
