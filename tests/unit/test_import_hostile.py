import random

import pytest

from editor.errors import InputError
from editor.importers import MAX_TEXT_BYTES, read_document
from editor.importers.release_builder import import_release
from tests.conftest import EN


def test_binary_garbage_named_txt(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(random.Random(11).randbytes(4096))
    with pytest.raises(InputError, match="not a text file"):
        read_document(path)


def test_png_named_txt(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="not a text file"):
        read_document(path)


def test_file_over_the_size_limit_is_refused_without_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(MAX_TEXT_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(InputError, match="too large"):
        read_document(path)


@pytest.mark.parametrize("head, reason", [
    (b"%PDF-1.7\n", "is a PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Word 97-2003"),
    (b"{\\rtf1\\ansi Hello}", "RTF"),
])
def test_other_formats_get_a_clear_reason(tmp_path, head, reason):
    path = tmp_path / "file.txt"
    path.write_bytes(head)
    with pytest.raises(InputError, match=reason):
        read_document(path)


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n\n ")
    with pytest.raises(InputError, match="is empty"):
        read_document(empty)
    with pytest.raises(InputError, match="does not exist"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        read_document(tmp_path)


def test_debris_only_version_has_no_text(tmp_path):
    path = tmp_path / "debris.txt"
    path.write_text("date 2025-12-18 Tell a friend\n\nShare\n\nPrint\n")
    with pytest.raises(InputError, match="no text to import"):
        import_release(path, EN)


def test_messages_are_one_line(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(b"\x00\x01\x02" * 1000)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert "\n" not in str(info.value)
