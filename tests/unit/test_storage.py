import os
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.errors import (
    DamagedFileError,
    FileMissingError,
    NewerFormatError,
    NotTandemFileError,
    SaveError,
    UnstorableTextError,
)
from editor.model import (
    Contact,
    IgnoredFinding,
    Mark,
    MarkKind,
    Metadata,
    Paragraph,
    Release,
    Role,
    Row,
    Status,
)
from editor.storage import backup_path, from_bytes, load_release, save_release, to_bytes

# Text XML can hold, weighted towards what releases contain: Kazakh and Russian letters,
# non-breaking spaces, combining marks, markup characters, CR and tabs.
SPECIAL = "әғқңөұүһіӘҒҚҢӨҰҮҺІёЁ\u00a0\u202f\u0301\u0306<>&\"'\r\n\t«»“”—"
xml_chars = st.characters(codec="utf-8", exclude_categories=("Cs",),
                          exclude_characters="".join(chr(c) for c in range(32) if c not in (9, 10, 13))
                          + "\ufffe\uffff")
texts = st.text(st.one_of(st.sampled_from(SPECIAL), xml_chars), max_size=60)


@st.composite
def paragraphs(draw):
    text = draw(texts)
    marks = []
    if len(text) >= 2:
        for _ in range(draw(st.integers(0, 3))):
            a = draw(st.integers(0, len(text) - 1))
            b = draw(st.integers(a + 1, len(text)))
            kind = draw(st.sampled_from(list(MarkKind)))
            marks.append(Mark(a, b, kind, draw(texts.filter(bool)) if kind is MarkKind.LINK else None))
    return Paragraph(text, marks)


@st.composite
def releases(draw):
    langs = draw(st.sampled_from([("ru", "en"), ("ru", "en", "kk")]))
    rel = Release(languages=langs)
    for _ in range(draw(st.integers(0, 5))):
        row = Row({lang: draw(paragraphs()) for lang in langs}, draw(st.sampled_from(list(Role))))
        for lang in rel.target_langs:
            row.status[lang] = draw(st.sampled_from(list(Status)))
            if draw(st.booleans()):
                row.source_fp[lang] = draw(st.text("0123456789abcdef", min_size=16, max_size=16))
        rel.rows.append(row)
    tz = timezone(timedelta(hours=draw(st.integers(-12, 12))))
    rel.meta = Metadata(
        date=draw(st.none() | st.dates(date(1990, 1, 1), date(2100, 1, 1))),
        embargo=draw(st.none() | st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1)).map(
            lambda d: d.replace(microsecond=0, tzinfo=tz))),
        place={lang: draw(texts.filter(bool)) for lang in langs},
        headline={lang: draw(texts.filter(bool)) for lang in langs},
        subheadline={"ru": draw(texts.filter(bool))},
        organisation={"en": draw(texts.filter(bool))},
        keywords={"ru": draw(st.lists(texts, min_size=1, max_size=3))},
        contacts=draw(st.lists(st.builds(Contact, texts.filter(bool), texts.filter(bool),
                                         texts.filter(bool), texts.filter(bool)), max_size=2)),
    )
    if rel.rows:
        rel.ignored = [IgnoredFinding("spelling", rel.rows[0].id, "ru", draw(texts))]
    rel.words = {"ru": draw(st.lists(texts, max_size=3))}
    return rel


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_save_then_load_is_the_identity(rel):
    # empty strings are not stored for optional per-language fields, so compare filled ones
    loaded = from_bytes(to_bytes(rel))
    assert loaded.rows == rel.rows
    assert loaded.meta == rel.meta
    assert (loaded.id, loaded.languages, loaded.source_lang) == (rel.id, rel.languages, rel.source_lang)
    assert loaded.ignored == rel.ignored
    assert {k: v for k, v in loaded.words.items() if v} == {k: v for k, v in rel.words.items() if v}


def test_round_trip_on_disk_with_a_very_long_paragraph(tmp_path, sample_release):
    long = "Казахстан и Бельгия — " * 50_000  # about 1.1 million characters
    sample_release.rows[3].paragraphs["ru"] = Paragraph(long)
    path = tmp_path / "r.tandem"
    save_release(sample_release, path)
    loaded = load_release(path)
    assert loaded.rows == sample_release.rows
    assert loaded.meta.date == date(2025, 12, 18)


@pytest.mark.parametrize("bad", ["\x00", "\x01", "\x1b", "\ud800", "\ufffe"])
def test_characters_xml_cannot_hold_are_refused_and_the_file_is_untouched(tmp_path, sample_release, bad):
    path = tmp_path / "r.tandem"
    save_release(sample_release, path)
    before = path.read_bytes()
    sample_release.rows[2].paragraphs["en"] = Paragraph("Belgian" + bad + " audiences")
    with pytest.raises(UnstorableTextError, match=r"Row 3 \(English\).*position 8"):
        save_release(sample_release, path)
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_save_keeps_the_previous_version_as_backup(tmp_path, sample_release):
    path = tmp_path / "r.tandem"
    save_release(sample_release, path)
    first = path.read_bytes()
    assert not backup_path(path).exists()
    sample_release.rows[0].paragraphs["en"] = Paragraph("Changed")
    save_release(sample_release, path)
    assert backup_path(path).read_bytes() == first
    assert load_release(path).rows[0].text("en") == "Changed"


def test_a_failed_save_leaves_the_file_and_no_temporary(tmp_path, sample_release, monkeypatch):
    path = tmp_path / "r.tandem"
    save_release(sample_release, path)
    before = path.read_bytes()

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    sample_release.rows[0].paragraphs["en"] = Paragraph("Lost?")
    with pytest.raises(SaveError, match="No space left on device"):
        save_release(sample_release, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.tandem"]


def test_save_into_a_missing_folder_says_so(tmp_path, sample_release):
    with pytest.raises(SaveError, match="does not exist"):
        save_release(sample_release, tmp_path / "nope" / "r.tandem")


def test_file_is_namespaced_versioned_xml(sample_release):
    data = to_bytes(sample_release)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert b'xmlns="urn:x-tandem:release"' in data and b'version="1"' in data


def test_load_errors_are_typed_with_one_line_messages(tmp_path, sample_release):
    with pytest.raises(FileMissingError, match="does not exist"):
        load_release(tmp_path / "missing.tandem")
    junk = tmp_path / "junk.tandem"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n garbage")
    with pytest.raises(NotTandemFileError, match="not a Tandem release"):
        load_release(junk)
    other = tmp_path / "other.tandem"
    other.write_text("<html><body/></html>")
    with pytest.raises(NotTandemFileError, match="root is <html>"):
        load_release(other)
    good = to_bytes(sample_release)
    newer = tmp_path / "newer.tandem"
    newer.write_bytes(good.replace(b'version="1"', b'version="7"', 1))
    with pytest.raises(NewerFormatError, match="newer Tandem"):
        load_release(newer)
    cut = tmp_path / "cut.tandem"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(DamagedFileError, match="damaged"):
        load_release(cut)
    invalid = tmp_path / "invalid.tandem"
    invalid.write_bytes(good.replace(b'role="body"', b'role="chorus"', 1))
    with pytest.raises(DamagedFileError, match="chorus"):
        load_release(invalid)
    for err_type, path in ((NotTandemFileError, junk), (DamagedFileError, cut)):
        with pytest.raises(err_type) as info:
            load_release(path)
        assert "\n" not in str(info.value)


def test_external_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    evil = tmp_path / "evil.tandem"
    evil.write_text(f'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file://{secret}">]>'
                    '<tandem xmlns="urn:x-tandem:release" version="1" id="x" languages="ru en" '
                    'source="ru"><meta/><rows><row id="r1"><para lang="ru"><text>&x;</text>'
                    '</para></row></rows></tandem>')
    with pytest.raises(DamagedFileError, match="document type declaration"):
        load_release(evil)


def test_billion_laughs_is_refused(tmp_path):
    lol = tmp_path / "lol.tandem"
    entities = '<!ENTITY a "lololololol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    lol.write_text(f'<?xml version="1.0"?><!DOCTYPE t [{entities}]><tandem>&j;</tandem>')
    with pytest.raises((DamagedFileError, NotTandemFileError)):
        load_release(lol)


def test_a_folder_is_not_a_release(tmp_path):
    with pytest.raises(NotTandemFileError, match="folder"):
        load_release(tmp_path)


def test_a_rows_note_is_saved_and_read_back(sample_release, tmp_path):
    from editor.storage import load_release, save_release

    sample_release.rows[3].note = "Is «95th» right? Check with the studio & the embassy."
    save_release(sample_release, tmp_path / "noted.tandem")
    back = load_release(tmp_path / "noted.tandem")
    assert back.rows[3].note == sample_release.rows[3].note
    assert [r.note for i, r in enumerate(back.rows) if i != 3] == [""] * 7
