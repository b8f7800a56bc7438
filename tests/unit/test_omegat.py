"""A round trip through OmegaT itself, in console mode: a project with Tandem's XLIFF 1.2
for OmegaT as its source file and Tandem's TMX of an earlier release in tm/auto; OmegaT
translates, and its target file is taken back. Runs where OmegaT is installed (Debian's
omegat: `make interop` installs it and runs this)."""

import copy
import shutil
import subprocess

import pytest

from editor.export.tmx import to_tmx
from editor.export.xliff import to_xliff12
from editor.importers.xliff import apply_xliff
from editor.model import Paragraph, Status

pytestmark = pytest.mark.skipif(shutil.which("omegat") is None,
                                reason="OmegaT is not installed here (make interop installs it)")

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
  <source_dir>__DEFAULT__</source_dir><source_dir_excludes/><target_dir>__DEFAULT__</target_dir>
  <tm_dir>__DEFAULT__</tm_dir><glossary_dir>__DEFAULT__</glossary_dir>
  <glossary_file>__DEFAULT__</glossary_file><dictionary_dir>__DEFAULT__</dictionary_dir>
  <source_lang>ru</source_lang><target_lang>en</target_lang>
  <source_tok>org.omegat.tokenizer.LuceneRussianTokenizer</source_tok>
  <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
  <sentence_seg>false</sentence_seg><support_default_translations>true</support_default_translations>
  <remove_tags>false</remove_tags>
</project></omegat>
"""


def test_omegat_translates_from_the_memory_and_the_target_comes_back(sample_release, tmp_path):
    earlier = sample_release
    for row in earlier.rows:
        row.confirm("en", row.text("ru"))
    release = copy.deepcopy(earlier)
    for i in (2, 5):  # two paragraphs this release still has to translate
        release.rows[i].paragraphs["en"] = Paragraph("")
        release.rows[i].unconfirm("en", Status.UNTRANSLATED)
    release.rows[6].paragraphs["ru"] = Paragraph(release.rows[6].text("ru") + " Новое.")
    project = tmp_path / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(PROJECT, encoding="utf-8")
    (project / "source" / "release.xlf").write_bytes(to_xliff12(release, prefill=True))
    (project / "tm" / "auto" / "earlier.tmx").write_bytes(to_tmx(earlier))
    subprocess.run(["omegat", "--mode=console-translate", "--no-team",
                    "--disable-project-locking", f"--config-dir={tmp_path / 'config'}",
                    str(project)], check=True, capture_output=True, timeout=300,
                   env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    before = copy.deepcopy(release)
    result = apply_xliff(release, (project / "target" / "release.xlf").read_bytes())
    # the two paragraphs come back from the memory; the changed source has no exact match
    # there and stays as it was; nothing else changes
    assert result.changed_rows == [2, 5]
    for i in (2, 5):
        assert release.rows[i].text("en") == earlier.rows[i].text("en")
        assert release.row_status(release.rows[i], "en") == "draft"  # OmegaT gives no state
    for i in (0, 1, 3, 4, 6, 7):
        assert release.rows[i] == before.rows[i], i
