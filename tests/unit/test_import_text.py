import codecs
from datetime import date

import pytest

from editor.encoding import decode_text
from editor.importers import read_bytes, read_document
from tests.conftest import EN, RU

RUSSIAN = ("Посольство Республики Казахстан в Бельгии организовало дни казахского кино.\n\n"
           "Бельгийской публике были представлены фильмы «Бақыт құшағында» и другие.\n\n"
           "Мероприятие стало заметным вкладом в развитие сотрудничества.\n")


def test_sample_russian_has_eight_paragraphs_a_date_and_no_share_label():
    doc = read_document(RU)
    assert len(doc.paragraphs) == 8
    assert doc.date == date(2025, 12, 18)
    assert doc.paragraphs[0].text.startswith("Посольство Республики Казахстан")
    assert doc.paragraphs[1].text.startswith("Бельгийской публике")
    assert not any("Рассказать друзьям" in p.text or "date 2025" in p.text for p in doc.paragraphs)
    assert "Бақыт құшағында" in doc.paragraphs[1].text


def test_sample_english_has_eight_paragraphs_and_no_tell_a_friend():
    doc = read_document(EN)
    assert len(doc.paragraphs) == 8
    assert doc.date == date(2025, 12, 18)
    assert doc.paragraphs[0].text.startswith("The Embassy of the Republic")
    assert not any("Tell a friend" in p.text for p in doc.paragraphs)
    assert "Baqyt Qushağynda" in doc.paragraphs[1].text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "cp1251", "koi8_r"])
def test_russian_in_every_common_encoding_is_detected(encoding):
    # 8-bit code pages have no Kazakh letters (and KOI8-R no «»)
    text = RUSSIAN if encoding.startswith("utf") else RUSSIAN.replace("«Бақыт құшағында»", '"Счастье"')
    data = text.encode(encoding)
    doc = read_bytes(data, "r.txt")
    assert [p.text for p in doc.paragraphs] == [p for p in text.strip().split("\n\n")]


def test_short_koi8_and_1251_are_told_apart():
    for enc in ("cp1251", "koi8_r"):
        text, found = decode_text("Привет, мир! Как дела?".encode(enc))
        assert text == "Привет, мир! Как дела?" and found == enc


def test_english_in_windows_1252_with_accents():
    text = "The café in Brussels hosted the première of the film “Myn Bala”.\n\n" * 3
    doc = read_bytes(text.encode("cp1252"), "e.txt")
    assert doc.paragraphs[0].text == "The café in Brussels hosted the première of the film “Myn Bala”."


def test_hard_wrapped_lines_join_and_crlf_is_handled():
    data = b"First line of the\r\nfirst paragraph.\r\n\r\n\r\nSecond\r\nparagraph.\r\n"
    doc = read_bytes(data, "w.txt")
    assert [p.text for p in doc.paragraphs] == ["First line of the first paragraph.", "Second paragraph."]


def test_date_line_alone_and_debris_lines_anywhere():
    data = ("date 2024-03-05\n\nЗаголовок\n\nПоделиться\n\nТекст.\nPrint | Share\n\n"
            "Share the news with colleagues.\n").encode()
    doc = read_bytes(data, "d.txt")
    assert doc.date == date(2024, 3, 5)
    assert [p.text for p in doc.paragraphs] == ["Заголовок", "Текст.", "Share the news with colleagues."]


def test_an_impossible_date_is_left_as_text():
    doc = read_bytes(b"date 2024-13-45\n\nBody.\n", "d.txt")
    assert doc.date is None and doc.paragraphs[0].text == "date 2024-13-45"


def test_non_breaking_spaces_survive():
    doc = read_bytes("18\u00a0декабря 2025\u00a0г.\n".encode(), "n.txt")
    assert doc.paragraphs[0].text == "18\u00a0декабря 2025\u00a0г."


def test_decoded_utf16_bom_is_reported():
    _, enc = decode_text(codecs.BOM_UTF16_LE + "Привет".encode("utf-16-le"))
    assert enc == "utf-16"


def test_one_bad_byte_in_utf8_keeps_utf8_and_names_the_line():
    data = RU.read_bytes()
    cut = data.index("Бельгийской".encode())
    doc = read_bytes(data[:cut] + b"\xff" + data[cut:], "ru.txt")
    assert doc.encoding == "utf-8"
    assert doc.paragraphs[1].text.startswith("\ufffdБельгийской публике")  # not mojibake
    line = data[:cut].count(b"\n") + 1
    assert len(doc.warnings) == 1 and f"line(s) {line} " in doc.warnings[0]
    assert "ru.txt" in doc.warnings[0]


def test_a_file_mixing_utf8_and_windows_1251_is_refused_in_one_line():
    text = RU.read_text(encoding="utf-8")
    half = len(text) // 2
    data = text[:half].encode("utf-8") + text[half:].encode("cp1251", errors="replace")
    from editor.errors import InputError

    with pytest.raises(InputError, match="mixes UTF-8 with another encoding") as err:
        read_bytes(data, "mixed.txt")
    assert "\n" not in str(err.value)


def test_an_8bit_file_says_which_encoding_was_used():
    doc = read_bytes(RUSSIAN.replace("«Бақыт құшағында»", "Счастье").encode("koi8_r"), "koi.txt")
    assert doc.encoding == "koi8_r"
    assert doc.warnings == ["koi.txt is not UTF-8; it was read as KOI8-R"]
    assert read_bytes(RUSSIAN.encode("utf-8"), "u.txt").warnings == []
