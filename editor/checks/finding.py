"""A finding of a check, as DESIGN.md defines it: code, severity, pair (row index), lang,
start/end (character offsets in that row's paragraph in lang), text, message, suggestions."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from editor.languages import display_name


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    pair: int
    lang: str
    start: int
    end: int
    text: str
    message: str
    suggestions: list[str] = field(default_factory=list, hash=False, compare=False)
    row_id: str = ""  # the row's stable id, for ignoring a finding for good
    counterpart: str = field(default="", compare=False)  # e.g. the Russian form of a name

    def to_json(self) -> dict:
        return {"code": self.code, "severity": self.severity.value, "pair": self.pair,
                "lang": self.lang, "start": self.start, "end": self.end, "text": self.text,
                "message": self.message, "suggestions": list(self.suggestions)}




class Message(str):
    """A finding's message in English that remembers its template and arguments, so the
    UI can show it in the interface language. Arguments named ``*_lang`` hold language codes
    (written as language names)."""

    template: str
    args: dict

    def __new__(cls, template: str, **args):
        shown = {k: display_name(v) if k.endswith("_lang") else v for k, v in args.items()}
        self = super().__new__(cls, template.format(**shown))
        self.template, self.args = template, args
        return self

    def __reduce__(self):
        # the text as it is, not formatted again: the window reads thousands of findings
        # at each run of the checks (formatting them again took 22 ms for 1,500)
        return (_rebuild, (str(self), self.template, self.args))


def _rebuild(text: str, template: str, args: dict) -> Message:
    self = str.__new__(Message, text)
    self.template, self.args = template, args
    return self


msg = Message


def _same(a: Finding, b: Finding, shift: int = 0) -> bool:
    """The same finding in every field (a finding's equality leaves out its suggestions),
    ``b`` in a row ``shift`` rows further down."""
    if not shift:
        return a is b or a.__dict__ == b.__dict__
    return a.pair + shift == b.pair and {**a.__dict__, "pair": b.pair} == b.__dict__


def changed_findings(old: list, new: list, shift: int = 0) -> tuple[int, int, int, list]:
    """``new`` as a change to ``old``: (findings kept at the start, findings kept at the end
    in rows ``shift`` further down (a row put in or taken out above them), ``shift``, the
    findings between); ``apply_findings`` puts ``new`` together again from ``old``."""
    most = min(len(old), len(new))
    head = 0
    while head < most and _same(old[head], new[head]):
        head += 1
    tail = 0
    while tail < most - head and _same(old[-1 - tail], new[-1 - tail], shift):
        tail += 1
    return head, tail, shift, new[head:len(new) - tail]


def apply_findings(old: list, change: tuple[int, int, int, list]) -> list:
    head, tail, shift, middle = change
    kept = old[len(old) - tail:]
    if shift:
        kept = [_moved(f, shift) for f in kept]
    return old[:head] + middle + kept


def _moved(f: Finding, shift: int) -> Finding:
    """``f`` in the row ``shift`` rows further down (a copy made without ``__init__``: the
    window moves a thousand findings after a split)."""
    moved = object.__new__(Finding)
    moved.__dict__.update(f.__dict__, pair=f.pair + shift)
    return moved
