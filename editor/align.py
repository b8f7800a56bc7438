"""Paragraph alignment of two versions.

For now pairs paragraphs by position (a surplus paragraph gets an empty partner); the
JSON contract of ``tandem align`` is fixed by DESIGN.md and stays when a real aligner
(length model + anchors) replaces the pairing here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Pair:
    """Paragraph indices of each language that form one row, and a confidence in [0, 1]."""

    indices: dict[str, list[int]]
    score: float

    def to_json(self) -> dict:
        return {**self.indices, "score": self.score}


def _length_score(a: int, b: int, ratio: float) -> float:
    """How well two lengths fit the document's overall length ratio (1.0 = exactly)."""
    expected = a * ratio
    if expected == 0 and b == 0:
        return 1.0
    return round(min(expected, b) / max(expected, b), 3)


def align_by_position(source: list[str], target: list[str], src: str = "ru",
                      tgt: str = "en") -> list[Pair]:
    total_s, total_t = sum(map(len, source)), sum(map(len, target))
    ratio = total_t / total_s if total_s and total_t else 1.0
    pairs = []
    for i in range(max(len(source), len(target))):
        s = [i] if i < len(source) else []
        t = [i] if i < len(target) else []
        score = _length_score(len(source[i]), len(target[i]), ratio) if s and t else 0.0
        pairs.append(Pair({src: s, tgt: t}, score))
    return pairs
