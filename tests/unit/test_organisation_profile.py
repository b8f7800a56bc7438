"""The organisation profile fills what a reader sees around the release: the letterhead's
header and footer in the document's own language, the document properties, the e-mail From,
the contacts, NewsML rights and contact information; NewsML versions grow with each changed
export; the PDF is made without LibreOffice too; sending reports progress and stops on
Cancel. Outputs are read back with python-docx, pypdf, the email package and lxml."""

import email
import io
import re
import struct
import zlib
from datetime import UTC, datetime
from email import policy

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from pypdf import PdfReader

from editor.export import export
from editor.export.docx_writer import to_docx, to_docx_bilingual
from editor.export.html_mail import eml_bytes, to_eml, to_html
from editor.export.mailer import SendCancelled, Server, send
from editor.export.pdf import html_to_pdf
from editor.export.validation import ExportError
from editor.model import Contact
from editor.profile import (
    OrgDetails,
    Profile,
    ProfileError,
    default_path,
    load_profile,
    save_profile,
)
from editor.storage import load_release, save_release

NAR = "{http://iptc.org/std/nar/2006-10-01/}"
LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def png(width=40, height=20) -> bytes:
    """A real (tiny, blue) PNG image."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\x1f\x38\x64" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def profile():
    return Profile(details={
        "ru": OrgDetails(name="Посольство Республики Казахстан в Королевстве Бельгия",
                         unit="Пресс-служба", address="Брюссель, авеню Ван Беселар, 30",
                         phone="+32 2 374 95 62", email="press@kazembassy.example",
                         website="kazembassy.example", sender_name="Пресс-служба Посольства",
                         rights="Перепечатка разрешена со ссылкой на Посольство.",
                         about="Посольство представляет Казахстан в Бельгии и Люксембурге."),
        "en": OrgDetails(name="Embassy of the Republic of Kazakhstan to the Kingdom of Belgium",
                         unit="Press Office", address="30 Avenue Van Bever, Brussels",
                         phone="+32 2 374 95 62", email="press@kazembassy.example",
                         website="kazembassy.example", sender_name="Embassy Press Office",
                         rights="Free to reproduce with attribution.",
                         about="The Embassy represents Kazakhstan in Belgium and Luxembourg.")},
        sender_address="press@kazembassy.example", end_mark="* * *")


@pytest.fixture
def release(sample_release):
    sample_release.meta.headline = {"ru": "Дни казахского кино в Брюсселе",
                                    "en": "Days of Kazakh Cinema in Brussels"}
    sample_release.meta.place = {"ru": "Брюссель", "en": "Brussels"}
    return sample_release


def header_text(d):
    return [p.text for p in d.sections[0].header.paragraphs if p.text.strip()]


def test_the_profile_file_round_trips_and_bad_files_are_one_line(profile, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert default_path() == tmp_path / "cfg" / "Tandem" / "organisation.json"
    assert load_profile().is_empty  # nobody has filled one in yet
    save_profile(profile)
    assert load_profile() == profile
    bad = tmp_path / "bad.json"
    bad.write_text('{"details": {"ru": {"name": "МИД"', encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid JSON") as err:
        load_profile(bad)
    assert "\n" not in str(err.value)
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ProfileError, match="not a profile"):
        load_profile(bad)


def test_the_russian_letterhead_says_everything_in_russian(release, profile):
    d = docx.Document(io.BytesIO(to_docx(release, "ru", profile=profile)))
    head = header_text(d)
    assert head == ["Посольство Республики Казахстан в Королевстве Бельгия", "Пресс-служба",
                    "Брюссель, авеню Ван Беселар, 30 · +32 2 374 95 62 · "
                    "press@kazembassy.example · kazembassy.example"]
    # no English in the Russian file but the addresses the user typed
    everything = " ".join(head + [p.text for p in d.paragraphs])
    leftovers = set(LATIN_WORD.findall(everything.replace("kazembassy.example", "")
                                       .replace("press@", "")))
    assert leftovers <= {"Baqyt", "Qushağynda", "Kaldayakov"}, leftovers
    assert "{" not in " ".join(head)
    footer = [p.text for p in d.sections[0].footer.paragraphs]
    assert "kazembassy.example" in footer
    texts = [p.text for p in d.paragraphs if p.text.strip()]
    tail = texts[texts.index("* * *"):]
    assert tail == ["* * *", "Справка для редакций",
                    "Посольство представляет Казахстан в Бельгии и Люксембурге.",
                    "Контакты для СМИ", "Пресс-служба · +32 2 374 95 62 · press@kazembassy.example"]


def test_document_properties_and_one_font_family(release, profile):
    before = datetime.now(UTC).replace(microsecond=0)
    d = docx.Document(io.BytesIO(to_docx(release, "en", profile=profile)))
    props = d.core_properties
    assert props.author == "Embassy of the Republic of Kazakhstan to the Kingdom of Belgium"
    assert props.title == "Days of Kazakh Cinema in Brussels"
    assert props.language == "en-GB"
    assert props.created >= before and props.modified >= before
    assert props.last_printed is None
    styles = d.styles.element
    assert not [k for f in styles.iter(qn("w:rFonts")) for k in f.attrib if k.lower().endswith("theme")]
    families = {v for f in styles.iter(qn("w:rFonts")) for k, v in f.attrib.items()}
    assert families == {"Times New Roman"}


def test_a_profile_without_phone_or_website_leaves_no_empty_lines(release):
    thin = Profile(details={"en": OrgDetails(name="Ministry of Culture")})
    d = docx.Document(io.BytesIO(to_docx(release, "en", profile=thin)))
    assert header_text(d) == ["Ministry of Culture"]
    assert all(p.text.strip() or "fldChar" in p._p.xml or "pBdr" in p._p.xml
               for part in (d.sections[0].header, d.sections[0].footer) for p in part.paragraphs)
    none = docx.Document(io.BytesIO(to_docx(release, "ru")))  # no profile at all
    assert header_text(none) == []
    assert "###" in [p.text for p in none.paragraphs]  # the default end mark


def test_the_logo_goes_into_the_header_and_a_bad_one_is_one_line(release, profile, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    profile.logo = str(logo)
    d = docx.Document(io.BytesIO(to_docx(release, "ru", profile=profile)))
    assert "<w:drawing" in d.sections[0].header._element.xml
    assert any(p.partname.endswith(".png") for p in d.part.package.iter_parts())
    logo.write_text("not an image")
    with pytest.raises(ExportError, match="is not a PNG, JPEG") as err:
        to_docx(release, "ru", profile=profile)
    assert "\n" not in str(err.value)
    profile.logo = str(tmp_path / "gone.png")
    with pytest.raises(ExportError, match="does not exist"):
        to_docx(release, "ru", profile=profile)


def test_the_bilingual_header_names_the_organisation_in_both_languages(release, profile):
    d = docx.Document(io.BytesIO(to_docx_bilingual(release, profile=profile)))
    head = header_text(d)
    assert head[0] == ("Посольство Республики Казахстан в Королевстве Бельгия / "
                       "Embassy of the Republic of Kazakhstan to the Kingdom of Belgium")
    table = d.tables[0]
    assert [c.text for c in table.rows[-1].cells] == [
        "Пресс-служба · +32 2 374 95 62 · press@kazembassy.example",
        "Press Office · +32 2 374 95 62 · press@kazembassy.example"]


def test_release_contacts_come_before_the_profile(release, profile):
    release.meta.contacts = [Contact("Айгерим Садыкова", "пресс-атташе", "+32 2 111 22 33",
                                     "a.sadykova@kazembassy.example")]
    d = docx.Document(io.BytesIO(to_docx(release, "ru", profile=profile)))
    texts = [p.text for p in d.paragraphs if p.text.strip()]
    assert texts[-1] == ("Айгерим Садыкова · пресс-атташе · +32 2 111 22 33 · "
                         "a.sadykova@kazembassy.example")


def test_the_email_comes_from_the_organisation_in_each_language(release, profile):
    for lang, name in (("ru", "Пресс-служба Посольства"), ("en", "Embassy Press Office")):
        data = eml_bytes(to_eml(release, [lang], profile=profile, pdf=False))
        msg = email.message_from_bytes(data, policy=policy.default)
        assert msg["From"].addresses[0].display_name == name
        assert msg["From"].addresses[0].addr_spec == "press@kazembassy.example"
        assert msg.get_body(("html",)).get_content().count(profile.get(lang).name) >= 1
        assert profile.get(lang).rights in msg.get_body(("plain",)).get_content() or \
            profile.get(lang).rights in msg.get_body(("html",)).get_content()
    # a From typed without a name gets the profile's name; one with a name is kept
    msg = to_eml(release, ["en"], sender="desk@kazembassy.example", profile=profile, attach=False)
    assert str(msg["From"]) == "Embassy Press Office <desk@kazembassy.example>"
    msg = to_eml(release, ["en"], sender="Anna <desk@kazembassy.example>", profile=profile,
                 attach=False)
    assert str(msg["From"]) == "Anna <desk@kazembassy.example>"


def test_html_has_the_organisation_end_mark_notes_and_contacts(release, profile):
    page = to_html(release, ["ru"], profile)
    assert "Посольство Республики Казахстан в Королевстве Бельгия" in page
    for text in ("* * *", "Справка для редакций", "Контакты для СМИ", "Перепечатка разрешена"):
        assert text in page
    assert "Embassy" not in page and "Press Office" not in page


def test_a_pdf_without_libreoffice_has_the_text(release, profile):
    """Qt's writer, as used when LibreOffice is missing: the PDF carries the text (read back
    with pypdf) and the headline as its title."""
    data = html_to_pdf(to_html(release, ["ru"], profile), "Дни казахского кино в Брюсселе", "ru")
    assert data is not None and data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages).replace("\t", " ")
    assert "Посольство Республики Казахстан в Королевстве Бельгия" in " ".join(text.split())
    assert "Справка для редакций" in " ".join(text.split())
    assert reader.metadata.title == "Дни казахского кино в Брюсселе"


def test_newsml_versions_grow_with_each_changed_export(release, profile, tmp_path):
    path = tmp_path / "kino.tandem"
    out = tmp_path / "kino.xml"

    def items():
        root = etree.parse(str(out)).getroot()
        return root.findall(f"{NAR}itemSet/*")

    export(release, "newsml", out, profile=profile)
    save_release(release, path)
    first = items()
    guids = [i.get("guid") for i in first]
    assert {i.get("version") for i in first} == {"1"}
    created = first[0].findtext(f"{NAR}itemMeta/{NAR}firstCreated")

    again = load_release(path)
    export(again, "newsml", out, profile=profile)  # nothing changed: still version 1
    assert {i.get("version") for i in items()} == {"1"}

    again.rows[1].paragraphs["en"].text += " More films follow in spring."
    export(again, "newsml", out, profile=profile)
    save_release(again, path)
    second = items()
    assert [i.get("guid") for i in second] == guids
    assert {i.get("version") for i in second} == {"2"}
    assert second[0].findtext(f"{NAR}itemMeta/{NAR}firstCreated") == created
    assert load_release(path).published["newsml"].version == 2
    refs = second[0].findall(f".//{NAR}itemRef")
    assert {r.get("version") for r in refs} == {"2"}


def test_newsml_rights_source_contacts_and_genre(release, profile, tmp_path):
    release.meta.contacts = [Contact("Aigerim Sadykova", "Press attaché", "+32 2 111 22 33",
                                     "a.sadykova@kazembassy.example")]
    out = tmp_path / "kino.xml"
    export(release, "newsml", out, profile=profile)  # validated against the schema on the way
    root = etree.parse(str(out)).getroot()
    ru = next(i for i in root.iter(f"{NAR}newsItem") if i.get("guid").endswith("-ru"))
    rights = ru.find(f"{NAR}rightsInfo")
    assert rights.find(f"{NAR}usageTerms").text == "Перепечатка разрешена со ссылкой на Посольство."
    holder = rights.find(f"{NAR}copyrightHolder")
    assert holder.findtext(f"{NAR}name") == "Посольство Республики Казахстан в Королевстве Бельгия"
    cm = ru.find(f"{NAR}contentMeta")
    info = cm.find(f"{NAR}infoSource/{NAR}organisationDetails/{NAR}contactInfo")
    assert info.findtext(f"{NAR}email") == "press@kazembassy.example"
    assert info.findtext(f"{NAR}web") == "kazembassy.example"
    person = cm.find(f"{NAR}contributor")
    assert person.get("literal") == "Aigerim Sadykova"
    assert person.findtext(f".//{NAR}email") == "a.sadykova@kazembassy.example"
    assert cm.find(f"{NAR}genre").get("qcode") == "genre:PressRelease"
    provider = ru.find(f"{NAR}itemMeta/{NAR}provider").get("literal")
    assert provider == "Embassy of the Republic of Kazakhstan to the Kingdom of Belgium"


def test_sending_reports_progress_and_stops_on_cancel(release, profile, smtp_inbox, monkeypatch):
    port, inbox = smtp_inbox
    made = []
    import editor.export.html_mail as html_mail

    real = html_mail.to_docx
    monkeypatch.setattr(html_mail, "to_docx", lambda r, lang, **k: made.append(lang) or real(r, lang, **k))
    monkeypatch.setattr("editor.export.pdf.to_pdf", lambda *a, **k: (b"%PDF-1.4 test", "Qt"))
    groups = {"ru": ["anna@example.kz"], "en": ["bob@example.be"], "ru+en": ["desk@agency.example"]}
    seen = []
    report = send(release, groups, Server("127.0.0.1", port, security="none"), "",
                  profile=profile, progress=seen.append)
    assert report.sent == 3 and len(inbox.messages) == 3
    assert sorted(made) == ["en", "ru"]  # each language's files made once for three messages
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == 2 + 3 + 1
    # the envelope has the profile's address; the header its name in the message's language
    assert {frm for frm, _r, _c in inbox.messages} == {"press@kazembassy.example"}

    inbox.messages.clear()
    asked = []

    def cancel_after_first_message():
        asked.append(1)
        return len(inbox.messages) >= 1
    with pytest.raises(SendCancelled, match="after 1 of 3") as err:
        send(release, groups, Server("127.0.0.1", port, security="none"), "", profile=profile,
             cancelled=cancel_after_first_message)
    assert err.value.report.sent == 1 and len(inbox.messages) == 1
