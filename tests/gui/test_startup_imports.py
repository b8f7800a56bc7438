"""What the window leaves out of its start: the link to the checks process (socket,
subprocess, multiprocessing: 11 ms) is imported once the window is first painted, the
.tandem file format (lxml: 9 ms) when first needed (not to import two text files); then
both work."""

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import EN, RU

ROOT = Path(__file__).resolve().parents[2]

_CHILD = r"""
import sys, time
sys.path.insert(0, {root!r})
LATER = ("editor.checks.client", "multiprocessing.connection", "lxml.etree",
         "editor.storage.tandem_file")
from ui.app import create_app
app = create_app()
from ui.main_window import MainWindow
w = MainWindow()
w.show()
print("window built:", sorted(m for m in LATER if m in sys.modules))
w.import_paths({ru!r}, {en!r})
print("text imported:", sorted(m for m in LATER if m in sys.modules and ("lxml" in m or "storage" in m)))
assert w.checks.wait() and w.view.spell.wait()
from pathlib import Path
assert w._save_to(Path({saved!r}))
print("after checks and a save:", sorted(m for m in LATER if m in sys.modules))
print("findings:", len(w.checks.findings) > 0)
w.setWindowModified(False)
"""


def test_the_checks_link_and_the_file_format_load_after_the_window_is_up(tmp_path):
    saved = tmp_path / "sample.tandem"
    code = _CHILD.format(root=str(ROOT), ru=str(RU), en=str(EN), saved=str(saved))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert lines[-4] == "window built: []", out.stdout
    assert lines[-3] == "text imported: []", out.stdout
    assert lines[-2] == ("after checks and a save: ['editor.checks.client', "
                         "'editor.storage.tandem_file', 'lxml.etree', "
                         "'multiprocessing.connection']"), out.stdout
    assert lines[-1] == "findings: True"
    assert saved.read_bytes().startswith(b"<?xml")
