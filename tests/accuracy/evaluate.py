"""How Tandem does on releases it was not tuned on: paragraph pairing, false alarms on clean
releases, planted errors found at the right row, and how many warnings and errors on the
planted variants are real.

The corpus (``corpus/``) is written for this project, modelled on what real bilingual
releases do (see each truth file's "patterns"); no published text is in it. Each release has
``NAME.ru.txt``, ``NAME.en.txt`` and ``NAME.truth.json``: the right pairing (paragraph
indices per row, after the date line) and planted errors (a string replaced in one paragraph
of one version, with the check families that should report it). The sample and the Vienna
release join as clean releases paired one to one."""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from editor.checks import CheckContext, Severity, run_checks
from editor.importers import read_document
from editor.importers.release_builder import import_release

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
# written after the tuning on CORPUS, and measured before anything was changed for them
HELDOUT = HERE / "heldout"
ROOT = HERE.parents[1]
EXTRA = {"sample": (ROOT / "resources/samples/kazakh-cinema-days.ru.txt",
                    ROOT / "resources/samples/kazakh-cinema-days.en.txt"),
         "vienna": (ROOT / "tests/data/vienna-concert.ru.txt",
                    ROOT / "tests/data/vienna-concert.en.txt")}
SERIOUS = (Severity.ERROR, Severity.WARNING)


@dataclass
class Case:
    name: str
    ru: Path
    en: Path
    pairs: list[tuple[tuple[int, ...], tuple[int, ...]]]
    plants: list[dict] = field(default_factory=list)
    own: bool = True  # written for the corpus (False: the sample and Vienna)
    heldout: bool = False


def cases() -> list[Case]:
    out = []
    for folder in (CORPUS, HELDOUT):
        for truth_path in sorted(folder.glob("*.truth.json")):
            name = truth_path.name.removesuffix(".truth.json")
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            out.append(Case(name, folder / f"{name}.ru.txt", folder / f"{name}.en.txt",
                            [(tuple(r), tuple(e)) for r, e in truth["pairs"]], truth["plants"],
                            heldout=folder == HELDOUT))
    for name, (ru, en) in EXTRA.items():
        n = len(read_document(ru).paragraphs)
        out.append(Case(name, ru, en, [((i,), (i,)) for i in range(n)], own=False))
    return out


@dataclass
class Outcome:
    name: str
    paired: int = 0
    paragraphs: int = 0
    clean_alarms: list[str] = field(default_factory=list)
    planted: int = 0
    found: int = 0
    misses: list[str] = field(default_factory=list)
    serious: int = 0  # warnings and errors on the planted variant
    real: int = 0
    false_on_planted: list[str] = field(default_factory=list)
    by_family: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))


def _beads(pairs) -> dict[tuple[str, int], tuple]:
    out = {}
    for ru, en in pairs:
        bead = (tuple(ru), tuple(en))
        for i in ru:
            out[("ru", i)] = bead
        for j in en:
            out[("en", j)] = bead
    return out


def _describe(release, f) -> str:
    return f"row {f.pair + 1} {f.lang} {f.code}: {f.text!r} – {f.message}"


def evaluate(case: Case, context: CheckContext) -> Outcome:
    out = Outcome(case.name)
    result = import_release(case.ru, case.en)
    got = _beads((tuple(p.indices["ru"]), tuple(p.indices["en"])) for p in result.pairs)
    want = _beads(case.pairs)
    out.paragraphs = len(want)
    out.paired = sum(1 for key, bead in want.items() if got.get(key) == bead)
    for f in run_checks(result.release, context):
        if f.severity in SERIOUS:
            out.clean_alarms.append(_describe(result.release, f))
    if not case.plants:
        return out
    texts = {lang: path.read_text(encoding="utf-8") for lang, path in (("ru", case.ru), ("en", case.en))}
    for plant in case.plants:
        assert texts[plant["lang"]].count(plant["find"]) == 1, (case.name, plant["find"])
        texts[plant["lang"]] = texts[plant["lang"]].replace(plant["find"], plant["replace"])
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for lang, text in texts.items():
            paths[lang] = Path(folder) / f"{case.name}.{lang}.txt"
            paths[lang].write_text(text, encoding="utf-8")
        planted = import_release(paths["ru"], paths["en"])
    rows = {}
    for n, p in enumerate(planted.pairs):
        for lang in ("ru", "en"):
            for i in p.indices[lang]:
                rows[(lang, i)] = n
    findings = [f for f in run_checks(planted.release, context) if f.severity in SERIOUS]
    matched = set()
    for plant in case.plants:
        row = rows[(plant["lang"], plant["para"])]
        # each finding reports one planted error: two errors in a row need two findings
        hits = [k for k, f in enumerate(findings) if k not in matched
                and f.pair == row and f.code.split(".")[0] in plant["families"]][:1]
        out.planted += 1
        family = plant["families"][0]
        out.by_family[family][1] += 1
        if hits:
            out.found += 1
            out.by_family[family][0] += 1
            matched.update(hits)
        else:
            out.misses.append(f"row {row + 1} {plant['lang']}: {plant['find']} → {plant['replace']}")
    # a finding is real when it reports a planted error (same row and family)
    for k, f in enumerate(findings):
        out.serious += 1
        real = k in matched or any(
            rows[(p["lang"], p["para"])] == f.pair and f.code.split(".")[0] in p["families"]
            for p in case.plants)
        if real:
            out.real += 1
        else:
            out.false_on_planted.append(_describe(planted.release, f))
    return out


def run(verbose: bool = True) -> list[Outcome]:
    from editor.spelling import SpellService

    context = CheckContext(service=SpellService())
    outcomes = [evaluate(case, context) for case in cases()]
    if verbose:
        report(outcomes)
    return outcomes


def totals(outcomes: list[Outcome], own_only: bool = False, heldout: bool | None = None) -> dict:
    names = {c.name for c in cases() if (c.own or not own_only)
             and (heldout is None or c.heldout == heldout)}
    chosen = [o for o in outcomes if o.name in names]
    return {
        "paired": sum(o.paired for o in chosen), "paragraphs": sum(o.paragraphs for o in chosen),
        "clean_alarms": sum(len(o.clean_alarms) for o in chosen),
        "found": sum(o.found for o in chosen), "planted": sum(o.planted for o in chosen),
        "real": sum(o.real for o in chosen), "serious": sum(o.serious for o in chosen),
    }


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    –  "


def report(outcomes: list[Outcome]) -> None:
    print(f"{'release':30} {'paired right':>16} {'false on clean':>15} {'planted found':>15} "
          f"{'real of serious':>16}")
    for o in outcomes:
        print(f"{o.name:30} {o.paired:3}/{o.paragraphs:<3} {_pct(o.paired, o.paragraphs)} "
              f"{len(o.clean_alarms):15} {o.found:5}/{o.planted:<3} {_pct(o.found, o.planted)} "
              f"{o.real:5}/{o.serious:<3} {_pct(o.real, o.serious)}")
    for label, t in (("corpus + sample + vienna", totals(outcomes, heldout=False)),
                     ("held out", totals(outcomes, heldout=True)), ("all", totals(outcomes))):
        print(f"{label:30} {t['paired']:3}/{t['paragraphs']:<3} {_pct(t['paired'], t['paragraphs'])} "
              f"{t['clean_alarms']:15} {t['found']:5}/{t['planted']:<3} {_pct(t['found'], t['planted'])} "
              f"{t['real']:5}/{t['serious']:<3} {_pct(t['real'], t['serious'])}")
    families: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        for fam, (found, planted) in o.by_family.items():
            families[fam][0] += found
            families[fam][1] += planted
    print("\nplanted errors found, by family: " + ", ".join(
        f"{fam} {found}/{planted}" for fam, (found, planted) in sorted(families.items())))
    for o in outcomes:
        for line in o.clean_alarms:
            print(f"  false on clean  {o.name}: {line}")
        for line in o.misses:
            print(f"  missed          {o.name}: {line}")
        for line in o.false_on_planted:
            print(f"  false (planted) {o.name}: {line}")
