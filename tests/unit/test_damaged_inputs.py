"""Damaged files from the world get the usual one-line refusal, never an internal error:
DOCX packages with bad deflate data or offsets (seeded mutations of a real file), CSV with
fields beyond the csv module's limit, distribution lists with control characters, and an
unencrypted SMTP server that is not on this computer."""

import random
import struct
import zipfile

import pytest

from editor.errors import InputError
from editor.export.mailer import SendError, Server, is_address, read_recipients, send
from editor.importers import read_bytes
from editor.names.registry import read_csv
from tests.conftest import EN
from tests.docx_factory import write_docx


@pytest.fixture(scope="module")
def good_docx(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "good.docx"
    paragraphs = [p for p in EN.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    write_docx(path, paragraphs)
    return path.read_bytes()


def _member_data_range(data: bytes, member: str) -> tuple[int, int]:
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
        info = zf.getinfo(member)
    # local header: 30 bytes + name + extra, then the compressed data
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    return start, start + info.compress_size


def test_corrupt_deflate_data_in_the_document_part(good_docx):
    start, end = _member_data_range(good_docx, "word/document.xml")
    data = bytearray(good_docx)
    for i in range(start + 10, min(end, start + 60)):
        data[i] ^= 0xA5
    with pytest.raises(InputError) as err:
        read_bytes(bytes(data), "damaged.docx")
    assert "damaged" in str(err.value) and "\n" not in str(err.value)


def test_bad_offsets_in_the_central_directory(good_docx):
    data = bytearray(good_docx)
    cd = data.rfind(b"PK\x01\x02")  # the last central directory entry
    data[cd + 42:cd + 46] = struct.pack("<I", 0x7FFFFFF0)  # its local header offset
    with pytest.raises(InputError):
        read_bytes(bytes(data), "offsets.docx")


def test_seeded_random_damage_is_always_a_one_line_refusal_or_a_good_read(good_docx):
    rng = random.Random(20261130)
    outcomes = {"read": 0, "refused": 0}
    for _ in range(150):
        data = bytearray(good_docx)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            read_bytes(bytes(data), "fuzzed.docx")
            outcomes["read"] += 1
        except InputError as err:
            assert "\n" not in str(err)
            outcomes["refused"] += 1
    assert outcomes["refused"] > 10  # the damage really reached the package


def test_a_csv_field_beyond_the_csv_limit_is_refused_in_one_line():
    huge = "ru,en\n" + "Астана," + "A" * 200_000 + "\n"
    with pytest.raises(InputError, match="not a readable CSV"):
        read_csv(huge.encode(), "names.csv")
    quoted = 'email,language\n"' + "x" * 200_000 + '@example.org",en\n'
    with pytest.raises(InputError, match="not a readable CSV"):
        read_recipients(quoted.encode(), "list.csv")


@pytest.mark.parametrize("address", ["a\x00b@example.org", "press@exa mple.org", "<>@x.org",
                                     "press@", "@example.org", "press@localhost\r\nBcc: x@y.z"])
def test_addresses_with_control_characters_or_no_domain_are_refused(address):
    assert not is_address(address)
    with pytest.raises(InputError, match="is not an e-mail address"):
        read_recipients(f"{address},en\n".encode(), "list.csv")


def test_real_addresses_pass():
    for address in ("press@mfa.kz", "first.last+news@embassy.example.org", "пресса@мид.рф"):
        assert is_address(address), address


@pytest.mark.parametrize("host, allowed", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                           ("127.5.0.9", True), ("smtp.example.org", False),
                                           ("10.0.0.5", False), ("localhost.evil.org", False)])
def test_no_encryption_only_for_a_server_on_this_computer(sample_release, host, allowed):
    server = Server(host, 25, "none", user="press")
    if allowed:
        send(sample_release, {"en": ["a@example.org"]}, server, "press@example.org", dry_run=True)
    else:
        with pytest.raises(SendError, match="only for a server on this computer"):
            send(sample_release, {"en": ["a@example.org"]}, server, "press@example.org",
                 dry_run=True)
