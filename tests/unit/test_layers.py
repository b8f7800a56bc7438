"""The architecture as a test: each layer imports only the layers below it, and the core
(editor/) never imports Qt or the UI, also not inside a function. Read from the source
(every import statement), so a lazy import cannot slip past."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASE = {"errors", "resources_path", "safe_read", "zones", "morphology", "lexicon", "languages",
        "schemas", "encoding", "wording", "user_dirs"}
# layer -> the layers it may import (besides itself and BASE)
ALLOWED = {
    "model": set(),
    "storage": {"model"},
    "names": {"model", "storage"},
    "spelling": {"storage"},
    "align": {"model", "names"},
    "xliff": {"model"},
    "importers": {"model", "align", "xliff"},
    "checks": {"model", "names", "spelling"},
    "profile": {"storage"},
    "export": {"model", "names", "storage", "profile", "xliff"},
    "find": {"model"},
    "preflight": {"model", "checks", "profile"},
    "cli": {"model", "storage", "names", "spelling", "align", "importers", "checks", "export",
            "find", "preflight", "profile", "xliff"},
}
QT = ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2")


def imports_of(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


def layer_of(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("").parts
    return rel[1] if rel[0] == "editor" and len(rel) > 1 else rel[0]


def violations(paths) -> list[str]:
    out = []
    for path in paths:
        layer = layer_of(path)
        for mod in imports_of(path):
            top = mod.split(".")[0]
            where = f"{path.relative_to(ROOT)} imports {mod}"
            if path.parts[len(ROOT.parts)] == "editor":
                if top in QT or top == "ui":
                    out.append(f"{where}: the core never imports Qt or the UI")
                elif top == "editor" and "." in mod:
                    target = mod.split(".")[1]
                    if layer in BASE and target not in BASE:
                        out.append(f"{where}: a base module depends on nothing above it")
                    elif (layer not in BASE and target != layer and target not in BASE
                          and target not in ALLOWED.get(layer, set())):
                        out.append(f"{where}: {layer} may not depend on {target}")
            elif top == "editor" and mod != "editor" and mod.split(".")[1] not in (
                    set(ALLOWED) | BASE):
                out.append(f"{where}: no such layer")
    return out


def test_every_layer_imports_only_what_it_may():
    paths = sorted((ROOT / "editor").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py"))
    assert len(paths) > 40
    assert violations(paths) == []


def test_every_core_package_has_a_place_in_the_layers():
    packages = {p.stem if p.is_file() else p.name for p in (ROOT / "editor").iterdir()
                if (p.is_dir() and (p / "__init__.py").exists()) or (p.suffix == ".py" and p.stem != "__init__")}
    assert packages <= set(ALLOWED) | BASE, packages - set(ALLOWED) - BASE


def test_the_rule_catches_a_lazy_qt_import_and_a_wrong_arrow(tmp_path, monkeypatch):
    """The guard itself can fail: a function-level PySide6 import in the core and a model
    that imports the checks are both reported."""
    fake = ROOT / "editor" / "model" / "_layer_probe.py"
    code = "def f():\n    from PySide6.QtCore import QObject\n    import editor.checks.figures\n"
    monkeypatch.setattr(Path, "read_text", lambda self, **k: code if self == fake else
                        Path.read_bytes(self).decode("utf-8"))
    found = violations([fake])
    assert any("never imports Qt" in v for v in found)
    assert any("model may not depend on checks" in v for v in found)
