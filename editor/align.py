"""Paragraph alignment of two versions of a release.

Dynamic programming over beads 1–1, 1–2, 2–1, 1–0, 0–1, 2–2, 1–3 and 3–1 (Gale–Church), with
a length model whose target/source ratio is estimated from the document itself, combined
with anchors that survive translation: numbers, years, percentages, quoted titles, Latin
words, URLs and e-mail addresses, and names matched through romanization. The search is
banded around the diagonal so long documents stay fast. Each pair gets a confidence in
[0, 1]. The JSON contract of ``tandem align`` (DESIGN.md) is ``Pair.to_json``."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from editor.lexicon import Lexicon, en_words, ru_stems
from editor.lexicon import lexicon as shared_lexicon
from editor.names.romanize import cyrillic_skeletons, latin_skeleton


@dataclass
class Pair:
    """Paragraph indices of each language that form one row, and a confidence in [0, 1]."""

    indices: dict[str, list[int]]
    score: float

    def to_json(self) -> dict:
        return {**self.indices, "score": self.score}


# bead: (source count, target count, -log prior)
# priors tuned on the test set in tests/unit/test_align.py (Gale and Church had 0.0099 for
# 1-0 and 0.089 for 2-1; a release's translator adds or drops a paragraph as often as she
# splits or merges one)
BEADS = [(1, 1, -math.log(0.89)), (1, 0, -math.log(0.02)), (0, 1, -math.log(0.02)),
         (2, 1, -math.log(0.02)), (1, 2, -math.log(0.02)), (2, 2, -math.log(0.005)),
         (3, 1, -math.log(0.003)), (1, 3, -math.log(0.003)),
         # a short translation renders four or five source paragraphs as one (and back)
         (4, 1, -math.log(0.001)), (1, 4, -math.log(0.001)),
         (5, 1, -math.log(0.0008)), (1, 5, -math.log(0.0008))]
VARIANCE = 6.8  # Gale and Church's variance of target length per source character
ANCHOR_WEIGHT = 6.0
ANCHOR_MISS = 1.5  # both sides have anchors and share none
# content evidence from the lexicon (editor/lexicon.py): the share of words that have a
# translation on the other side; true pairs of the evaluation corpus score 0.64 (median),
# wrong ones 0.16, so a bead gains below that middle and pays above it
LEX_WEIGHT = 4.0
LEX_CHANCE = 0.35
LEX_BONUS = LEX_WEIGHT * (1 - LEX_CHANCE)
# the search band around the diagonal, the same at any length (a path that touches its edge
# is searched again twice as wide): linear in the document's length
BAND = 16
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_QUOTED = re.compile(r"[«\"“]([^»\"”]{2,80})[»\"”]")
# capitalised words inside a sentence (a sentence's first word is capitalised anyway)
_CYR_CAP = re.compile(r"(?<=[\w,;:»\"”)] )[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+")
_LAT_CAP = re.compile(r"(?<=[\w,;:»\"”)] )[A-Z][a-zA-Zğñüöäūış]+")
_LATIN_IN_CYR = re.compile(r"[A-Za-z][A-Za-z-]{2,}")


def features(text: str, script: str) -> tuple[frozenset[str], ...]:
    """What a paragraph shares with its translation whatever the language: one set of
    equivalent keys per anchor (a number, a URL, a Latin word in Russian, a name or title
    word under its romanizations and case forms)."""
    out = [frozenset({"n:" + n.replace(",", ".").lstrip("0")}) for n in _NUMBER.findall(text)]
    out += [frozenset({"u:" + u.lower().rstrip(".,;")}) for u in _URL.findall(text)]
    if script == "cyrillic":
        out += [frozenset({"w:" + w.lower()}) for w in _LATIN_IN_CYR.findall(text)]
        words = _CYR_CAP.findall(text) + [w for q in _QUOTED.findall(text) for w in q.split()]
        out += [frozenset("s:" + s for s in cyrillic_skeletons(w) if len(s) >= 4) for w in words]
    else:
        words = _LAT_CAP.findall(text) + [w for q in _QUOTED.findall(text) for w in q.split()]
        out += [frozenset({"s:" + latin_skeleton(w), "w:" + w.lower()}) for w in words if len(w) >= 3]
    return tuple(f for f in out if f)


_LONG_CYR = re.compile(r"[\u0400-\u04ff]{6,}")


def cognates(text: str) -> tuple[frozenset[str], ...]:
    """The stems (five letters) of a Cyrillic paragraph's longer words, as anchors another
    Cyrillic version may share (фильм-, режис-, делег-, минис-): each once."""
    return tuple(frozenset({"c:" + stem}) for stem in
                 dict.fromkeys(w.lower()[:5] for w in _LONG_CYR.findall(text)))


def _script(texts: list[str]) -> str:
    sample = "".join(texts[:50])[:5000]
    cyr = sum(1 for c in sample if "\u0400" <= c <= "\u04ff")
    lat = sum(1 for c in sample if c.isascii() and c.isalpha())
    return "cyrillic" if cyr > lat else "latin"


_SQRT2 = math.sqrt(2)


def _length_cost(ls: int, lt: int, ratio: float) -> float:
    if ls == 0 and lt == 0:
        return 0.0
    mean = (ls + lt / ratio) / 2
    delta = (lt - ls * ratio) / math.sqrt(max(mean, 1) * VARIANCE)
    # -log of the two-tailed normal probability of a deviation this large
    p = max(math.erfc(abs(delta) / _SQRT2), 1e-12)
    return -math.log(p)


class Cancelled(Exception):
    """The caller's ``cancelled()`` said stop."""


class Aligner:
    def __init__(self, source: list[str], target: list[str], cancelled=None, lexicon=None):
        self.source, self.target = source, target
        self.sl = [len(t) for t in source]
        self.tl = [len(t) for t in target]
        total_s, total_t = sum(self.sl), sum(self.tl)
        self.ratio = total_t / total_s if total_s and total_t else 1.0
        s_script, t_script = _script(source), _script(target)
        seen: dict[tuple[str, str], tuple] = {}  # boilerplate recurs: features once per text

        def feats(text: str, script: str) -> tuple:
            key = (text, script)
            if key not in seen:
                if cancelled is not None and len(seen) % 256 == 255 and cancelled():
                    raise Cancelled()
                seen[key] = features(text, script)
            return seen[key]
        s_feats = [feats(t, s_script) for t in source]
        t_feats = [feats(t, t_script) for t in target]
        if s_script == t_script == "cyrillic":
            # two Cyrillic versions (Russian and Kazakh) share loanwords and names written
            # alike: the first five letters of the longer words are anchors too
            s_feats = [f + cognates(t) for f, t in zip(s_feats, source, strict=True)]
            t_feats = [f + cognates(t) for f, t in zip(t_feats, target, strict=True)]
        # Each anchor is a set of equivalent keys (a name under several romanizations);
        # keys that ever stand for the same anchor get one class number, so an anchor is
        # an int and a bead's shared anchors are C-speed set lookups of its neighbours
        # only: memory stays linear even when an anchor recurs in thousands of paragraphs
        parent: dict[str, str] = {}

        def find(k: str) -> str:
            while parent.setdefault(k, k) != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k
        for anchors in (*s_feats, *t_feats):
            for a in anchors:
                keys = iter(a)
                first = find(next(keys, ""))
                for k in keys:
                    root = find(k)
                    if root != first:
                        parent[root] = first
        ids: dict[str, int] = {}

        def classes(anchors: tuple) -> tuple[int, ...]:
            return tuple(ids.setdefault(find(next(iter(a), "")), len(ids)) for a in anchors if a)
        self.s_anchors = [classes(a) for a in s_feats]
        self.t_anchors = [classes(a) for a in t_feats]
        self.s_keys = [frozenset(a) for a in self.s_anchors]
        self.t_keys = [frozenset(a) for a in self.t_anchors]
        # the lexicon is loaded when a real alignment needs it (align()), not for scoring
        # versions that already match one to one (align_by_position): start-up stays quick
        self.lex: Lexicon | None = None
        self._lex_args: tuple | None = (s_script, t_script, lexicon, cancelled)

    def use_lexicon(self) -> None:
        """Load the lexicon (once) so that costs and scores weigh what paragraphs say."""
        if self._lex_args is not None:
            self._lexical_setup(*self._lex_args)

    def _lexical_setup(self, s_script: str, t_script: str, lexicon, cancelled) -> None:
        """Per paragraph: the Russian stems, and the English words' translations (Russian
        source, English target; other pairs of languages go without)."""
        self._lex_args = None
        if not (s_script == "cyrillic" and t_script == "latin"):
            return
        lex = lexicon if lexicon is not None else shared_lexicon()
        if not lex:
            return
        # distinct texts get a number each, so a paragraph that recurs (boilerplate, a
        # repeated heading) is compared once with each other text
        s_ids: dict[str, int] = {}
        t_ids: dict[str, int] = {}
        self.s_text_id = [s_ids.setdefault(t, len(s_ids)) for t in self.source]
        self.t_text_id = [t_ids.setdefault(t, len(t_ids)) for t in self.target]
        self.s_stems = [ru_stems(t) for t in self.source]
        cache: dict[str, frozenset[str]] = {}
        self.t_words = []
        for n, text in enumerate(self.target):
            if cancelled is not None and n % 256 == 255 and cancelled():
                raise Cancelled()
            found = []
            for w in en_words(text):
                if w not in cache:
                    cache[w] = lex.translations(w)
                if cache[w]:
                    found.append(cache[w])
            self.t_words.append(found)
        self.t_union = [frozenset().union(*w) if w else frozenset() for w in self.t_words]
        self.t_count = [len(w) for w in self.t_words]
        self.s_count = [len(s) for s in self.s_stems]
        self._pair_lex: dict[tuple[int, int], tuple[int, int]] = {}
        self._pair_cost: dict[tuple[int, int], float] = {}
        self.lex = lex

    def _lex_counts(self, i: int, j: int) -> tuple[int, int]:
        """(English words of j with a translation in i, Russian stems of i that translate
        a word of j), memoised."""
        key = (self.s_text_id[i], self.t_text_id[j])
        got = self._pair_lex.get(key)
        if got is None:
            stems = self.s_stems[i]
            en = sum(1 for t in self.t_words[j] if not t.isdisjoint(stems))
            got = self._pair_lex[key] = (en, len(stems & self.t_union[j]))
        return got

    def _lex_cost(self, i: int, j: int, ds: int, dt: int) -> float:
        if self.lex is None:
            return 0.0
        if ds == 1 and dt == 1:  # the common case, kept short
            key = (self.s_text_id[i], self.t_text_id[j])
            cost = self._pair_cost.get(key)
            if cost is None:
                en_total, ru_total = self.t_count[j], self.s_count[i]
                if not en_total or not ru_total:
                    cost = 0.0
                else:
                    en, ru = self._lex_counts(i, j)
                    cost = -LEX_WEIGHT * ((en / en_total + ru / ru_total) / 2 - LEX_CHANCE)
                self._pair_cost[key] = cost
            return cost
        en_total = sum(self.t_count[j:j + dt])
        ru_total = sum(self.s_count[i:i + ds])
        if not en_total or not ru_total:
            return 0.0
        en = ru = 0
        for p in range(i, i + ds):
            for q in range(j, j + dt):
                a, b = self._lex_counts(p, q)
                en += a
                ru += b
        share = (min(en, en_total) / en_total + min(ru, ru_total) / ru_total) / 2
        return -LEX_WEIGHT * (share - LEX_CHANCE)

    @staticmethod
    def _found(anchors: tuple[int, ...], keys: list[frozenset], lo: int, hi: int) -> int:
        if hi - lo == 1:
            return sum(map(keys[lo].__contains__, anchors))
        near = frozenset().union(*keys[lo:hi])
        return sum(map(near.__contains__, anchors))

    def _anchor_cost(self, i: int, j: int, ds: int, dt: int) -> float:
        """Reward anchors found on both sides; a small penalty when both have some and
        none is shared."""
        if ds == 1 and dt == 1:
            sa, ta = self.s_anchors[i], self.t_anchors[j]
            if not sa or not ta:
                return 0.0
            found_s = sum(map(self.t_keys[j].__contains__, sa)) / len(sa)
            found_t = sum(map(self.s_keys[i].__contains__, ta)) / len(ta)
        else:
            ns = sum(len(self.s_anchors[p]) for p in range(i, i + ds))
            nt = sum(len(self.t_anchors[q]) for q in range(j, j + dt))
            if not ns or not nt:
                return 0.0
            found_s = sum(self._found(self.s_anchors[p], self.t_keys, j, j + dt)
                          for p in range(i, i + ds)) / ns
            found_t = sum(self._found(self.t_anchors[q], self.s_keys, i, i + ds)
                          for q in range(j, j + dt)) / nt
        if found_s == 0 and found_t == 0:
            return ANCHOR_MISS
        return -ANCHOR_WEIGHT * (found_s + found_t) / 2

    def cost(self, i: int, j: int, ds: int, dt: int, prior: float | None = None) -> float:
        """Cost of the bead taking source[i:i+ds] and target[j:j+dt]."""
        if prior is None:
            prior = _PRIOR[(ds, dt)]
        if ds == 0 or dt == 0:
            return prior  # an unpaired paragraph: its length says nothing
        ls = self.sl[i] if ds == 1 else sum(self.sl[i:i + ds])
        lt = self.tl[j] if dt == 1 else sum(self.tl[j:j + dt])
        return (prior + _length_cost(ls, lt, self.ratio) + self._anchor_cost(i, j, ds, dt)
                + self._lex_cost(i, j, ds, dt))

    def align(self, band: int | None = None, progress=None, cancelled=None) -> list[Pair]:
        """The best path of beads. ``progress(fraction)`` is called now and then and
        ``cancelled()`` asked; when it says True, Cancelled is raised."""
        self.use_lexicon()
        n, m = len(self.source), len(self.target)
        if n == 0 or m == 0:
            return ([Pair({"s": [i], "t": []}, 0.0) for i in range(n)]
                    + [Pair({"s": [], "t": [j]}, 0.0) for j in range(m)])
        # around the straight line from (0, 0) to (n, m): edits spread over a release drift
        # from it only a little; a path that touches the band's edge is searched again wider
        width = band if band is not None else BAND
        slope = m / n
        inf = float("inf")
        # row i holds the cells lo_at[i] .. lo_at[i] + len - 1 (lists: a tenth of the
        # memory of dicts at 5,000 paragraphs)
        lo_at: list[int] = []
        cost_at: list[list[float]] = []
        step_at: list[list[int]] = []  # index into beads, -1 for none
        # 2-2, 3-1 and 1-3 are rare; past 2,000 paragraphs they are not worth their time
        # 4-1 and 5-1 happen in releases (a short translation), not in long documents
        beads = BEADS if max(n, m) <= 300 else BEADS[:8] if max(n, m) <= 2000 else BEADS[:5]
        bonus = ANCHOR_WEIGHT + (LEX_BONUS if self.lex is not None else 0.0)
        # the 1-1 bead (most of the beads weighed) takes its words' cost from _lex_cost's
        # memo here, without the call
        sl, tl, ratio = self.sl, self.tl, self.ratio
        lexed = self.lex is not None
        pair_cost = self._pair_cost if lexed else None
        s_id: list[int] = self.s_text_id if lexed else []
        t_id: list[int] = self.t_text_id if lexed else []
        anchor_cost, lex_cost = self._anchor_cost, self._lex_cost
        for i in range(n + 1):
            if i % 200 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(i / (n + 1))
            centre = i * slope
            lo, hi = max(0, int(centre - width)), min(m, int(centre + width) + 1)
            row_cost = [inf] * (hi - lo + 1)
            row_step = [-1] * (hi - lo + 1)
            lo_at.append(lo)
            cost_at.append(row_cost)
            step_at.append(row_step)
            if i == 0 and lo == 0:
                row_cost[0] = 0.0
            # each bead's row to come from, looked up once a row, not once a cell (a 0-1
            # bead comes from this row, filled from the left)
            froms = [(b, ds, dt, prior, i - ds, cost_at[i - ds], lo_at[i - ds] + dt,
                      len(cost_at[i - ds])) for b, (ds, dt, prior) in enumerate(beads) if ds <= i]
            for j in range(lo, hi + 1):
                if i == 0 and j == 0:
                    continue
                top, step = inf, -1
                for b, ds, dt, prior, pi, prev_row, shift, size in froms:
                    k = j - shift  # pj - lo_at[pi], with pj = j - dt
                    if k < 0 or k >= size or j < dt:
                        continue
                    pj = j - dt
                    prev = prev_row[k]
                    if prev + prior - bonus >= top:
                        continue  # cannot beat the best so far (anchors and words take at
                                  # most this off)
                    if ds == 0 or dt == 0:
                        c = prev + prior
                    else:
                        # length and words first: the anchors (the dearest part) only for
                        # a bead that can still win with them
                        if ds == 1 and dt == 1:
                            length = _length_cost(sl[pi], tl[pj], ratio)
                            if pair_cost is None:
                                c = prev + prior + (length + 0.0)
                            else:
                                words = pair_cost.get((s_id[pi], t_id[pj]))
                                if words is None:
                                    words = lex_cost(pi, pj, 1, 1)
                                c = prev + prior + (length + words)
                        else:
                            # a bead of several paragraphs: its length alone mostly rules
                            # it out, before the words of each pair are counted
                            length = _length_cost(sum(sl[pi:pi + ds]), sum(tl[pj:pj + dt]), ratio)
                            if prev + prior + length - bonus >= top:
                                continue
                            c = prev + prior + (length + lex_cost(pi, pj, ds, dt))
                        if c - ANCHOR_WEIGHT >= top:
                            continue
                        c += anchor_cost(pi, pj, ds, dt)
                    if c < top:
                        top, step = c, b
                if step >= 0:
                    row_cost[j - lo] = top
                    row_step[j - lo] = step
        limit = max(n, m) + 1
        k_end = m - lo_at[n]
        if not 0 <= k_end < len(step_at[n]) or step_at[n][k_end] < 0:
            # the band was too narrow: widen and try again
            return self.align(band=(width * 2) if width < max(n, m) else limit,
                              progress=progress, cancelled=cancelled)
        pairs = []
        i, j = n, m
        while (i, j) != (0, 0):
            ds, dt, _ = beads[step_at[i][j - lo_at[i]]]
            if width < limit and abs(j - i * slope) >= width - 1:
                return self.align(band=min(width * 2, limit), progress=progress,
                                  cancelled=cancelled)
            i, j = i - ds, j - dt
            bead_cost = self.cost(i, j, ds, dt)
            score = 0.0 if ds == 0 or dt == 0 else round(1 / (1 + math.exp(bead_cost - 2.5)), 3)
            pairs.append(Pair({"s": list(range(i, i + ds)), "t": list(range(j, j + dt))}, score))
        if progress is not None:
            progress(1.0)
        return pairs[::-1]


_PRIOR = {(ds, dt): p for ds, dt, p in BEADS}


def align(source: list[str], target: list[str], src: str = "ru", tgt: str = "en",
          progress=None, cancelled=None, aligner: Aligner | None = None) -> list[Pair]:
    aligner = aligner or Aligner(source, target, cancelled)
    pairs = aligner.align(progress=progress, cancelled=cancelled)
    return [Pair({src: p.indices["s"], tgt: p.indices["t"]}, p.score) for p in pairs]


def align_by_position(source: list[str], target: list[str], src: str = "ru",
                      tgt: str = "en", aligner: Aligner | None = None) -> list[Pair]:
    """One-to-one by position (a surplus paragraph gets an empty partner), scored by the
    length model: for versions that already match paragraph for paragraph."""
    aligner = aligner or Aligner(source, target)
    pairs = []
    for i in range(max(len(source), len(target))):
        s = [i] if i < len(source) else []
        t = [i] if i < len(target) else []
        score = round(1 / (1 + math.exp(aligner.cost(i, i, 1, 1) - 2.5)), 3) if s and t else 0.0
        pairs.append(Pair({src: s, tgt: t}, score))
    return pairs


def needs_alignment(pairs: list[Pair]) -> bool:
    """Whether one-to-one pairing looks wrong: a surplus, or weak pairs."""
    if any(not v for p in pairs for v in p.indices.values()):
        return True
    scores = [p.score for p in pairs]
    return bool(scores) and (min(scores) < 0.2 or sum(scores) / len(scores) < 0.6)
