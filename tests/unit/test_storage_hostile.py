"""The release file against what the world does to it: comments and processing
instructions written by other XML tools, odd nodes in place of files (symlinks, FIFOs,
devices), temporaries left by interrupted saves, and a writer that must never write what
the loader refuses."""

import math
import os
import threading
import time

import pytest

from editor.errors import (
    DamagedFileError,
    InputError,
    NotTandemFileError,
    SaveError,
    UnstorableTextError,
)
from editor.model import Release
from editor.safe_read import read_limited
from editor.storage import load_release, save_release, to_bytes
from editor.storage.atomic import remove_stray_temporaries


def test_comments_and_processing_instructions_are_no_rows_and_the_file_saves_again(tmp_path, sample_release):
    data = to_bytes(sample_release).decode("utf-8")
    rows = len(sample_release.rows)
    data = data.replace("<rows>", "<rows><!-- edited by hand --><?editor keep?>", 1)
    data = data.replace("<meta>", "<meta><?xml-stylesheet href='x'?><!-- meta -->", 1)
    first = sample_release.rows[0].text("en")
    data = data.replace(f"<text>{first[:10]}", f"<text>{first[:5]}<!-- c -->{first[5:10]}", 1)
    path = tmp_path / "hand.tandem"
    path.write_text(data, encoding="utf-8")
    rel = load_release(path)
    assert len(rel.rows) == rows  # no phantom row
    assert rel.rows[0].text("en") == first  # the comment is not text
    save_release(rel, path)  # and it can be saved
    assert len(load_release(path).rows) == rows


@pytest.mark.parametrize("languages, reason", [
    (("ru", "en", "en"), "once"),
    (("ru", "EN"), "language code"),
    (("ru", "en gb"), "language code"),
])
def test_the_writer_refuses_what_the_loader_would_refuse(tmp_path, sample_release, languages, reason):
    path = tmp_path / "r.tandem"
    save_release(sample_release, path)
    before = path.read_bytes()
    rel = Release(languages=languages)
    rel.rows.append(rel.new_row({"ru": "Текст"}))
    with pytest.raises(UnstorableTextError, match=reason):
        save_release(rel, path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("score", [math.inf, -math.inf, math.nan, 1e300])
def test_odd_alignment_scores_are_written_so_the_file_opens(tmp_path, sample_release, score):
    sample_release.rows[1].align_score = score
    path = tmp_path / "r.tandem"
    save_release(sample_release, path)
    assert len(load_release(path).rows) == len(sample_release.rows)


@pytest.mark.parametrize("version", ["²", "١", "1.0", "-1", "99999999999999999999"])
def test_odd_format_versions_get_one_line_refusals(tmp_path, sample_release, version):
    path = tmp_path / "r.tandem"
    path.write_bytes(to_bytes(sample_release).replace(b'version="1"', f'version="{version}"'.encode(), 1))
    with pytest.raises((DamagedFileError, NotTandemFileError)) as err:
        load_release(path)
    assert "\n" not in str(err.value)


def _in_thread(fn, timeout=10.0):
    out = {}

    def run():
        try:
            out["value"] = fn()
        except Exception as err:  # noqa: BLE001 - handed to the test
            out["error"] = err
    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout)
    assert not t.is_alive(), "reading hung"
    return out


def test_a_fifo_is_refused_at_once_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.tandem"
    os.mkfifo(fifo)
    out = _in_thread(lambda: load_release(fifo))
    assert isinstance(out.get("error"), NotTandemFileError)
    assert "pipe" in str(out["error"])


def test_a_device_is_refused_without_reading_it_all():
    out = _in_thread(lambda: read_limited("/dev/zero", 1 << 20, "text file"))
    assert isinstance(out.get("error"), InputError)
    assert "device" in str(out["error"])


def test_a_file_that_grows_past_the_limit_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 10)
    real_fstat = os.fstat

    def lying_fstat(fd):  # the size said at open time is small; the file then grows
        st = real_fstat(fd)
        path.write_bytes(b"x" * 5000)
        return st
    monkeypatch.setattr(os, "fstat", lying_fstat)
    with pytest.raises(InputError, match="too large"):
        read_limited(path, 1000, "text file")


def test_saving_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path, sample_release):
    real = tmp_path / "real" / "release.tandem"
    real.parent.mkdir()
    save_release(Release(), real)
    link = tmp_path / "link.tandem"
    link.symlink_to(real)
    save_release(sample_release, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(load_release(real).rows) == len(sample_release.rows)


def test_saving_onto_a_fifo_is_refused_and_the_fifo_stays(tmp_path, sample_release):
    fifo = tmp_path / "pipe.tandem"
    os.mkfifo(fifo)
    with pytest.raises(SaveError, match="not a regular file"):
        save_release(sample_release, fifo)
    assert fifo.exists() and not fifo.is_file()


def test_temporaries_of_interrupted_saves_are_cleaned_up_by_the_next_save(tmp_path, sample_release):
    path = tmp_path / "r.tandem"
    old = tmp_path / ".r.tandem.k3j4h5.tmp"
    old.write_bytes(b"half a file")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    busy = tmp_path / ".r.tandem.zz9x8y.tmp"  # another save under way right now: kept
    busy.write_bytes(b"being written")
    other = tmp_path / ".other.tandem.k3j4h5.tmp"  # another release's: not ours to touch
    other.write_bytes(b"x")
    os.utime(other, (time.time() - 3600, time.time() - 3600))
    save_release(sample_release, path)
    assert not old.exists() and busy.exists() and other.exists()
    os.utime(busy, (time.time() - 3600, time.time() - 3600))
    assert remove_stray_temporaries(path) == 1 and not busy.exists()


def test_the_characters_refused_are_exactly_those_xml_does_not_allow():
    """XML 1.0 allows tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
    U+10000–U+10FFFF; the file writer's pattern refuses every other code point and no more."""
    from editor.storage.tandem_file import _NOT_XML

    def allowed(c: int) -> bool:
        return (c in (0x9, 0xA, 0xD) or 0x20 <= c <= 0xD7FF or 0xE000 <= c <= 0xFFFD
                or 0x10000 <= c <= 0x10FFFF)

    wrong = [c for c in range(0x110000) if bool(_NOT_XML.match(chr(c))) == allowed(c)]
    assert wrong == []
