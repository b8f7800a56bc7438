"""HTML, .eml and sending to a distribution list through a real SMTP server (aiosmtpd) on
127.0.0.1, read back with the standard library."""

import email
from email import policy

import pytest

from editor.errors import InputError
from editor.export.html_mail import eml_bytes, to_eml, to_html
from editor.export.mailer import SendError, Server, read_recipients, send


def test_html_is_self_contained_with_both_languages(sample_release):
    sample_release.meta.headline = {"ru": "Дни кино", "en": "Film days"}
    page = to_html(sample_release)
    assert "<style" not in page and 'style="' in page
    assert page.index('lang="ru"') < page.index('lang="en"')
    assert "Бақыт құшағында" in page and "Baqyt Qushağynda" in page
    assert "&quot;Казахфильм&quot;" in page  # escaped
    assert "Film days" in page
    only_en = to_html(sample_release, ["en"])
    assert "Посольство" not in only_en and "The Embassy" in only_en


def test_eml_opens_with_the_standard_library(sample_release):
    sample_release.meta.headline = {"ru": "Дни казахского кино", "en": "Days of Kazakh Cinema"}
    data = eml_bytes(to_eml(sample_release, sender="press@kazembassy.example", pdf=False))
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["Subject"] == "Дни казахского кино / Days of Kazakh Cinema"
    assert b"=?utf-8?" in data  # the Cyrillic subject is encoded in the header
    body = msg.get_body(("plain",))
    assert body.get_content().startswith("Дни казахского кино")
    assert "Baqyt Qushağynda" in msg.get_body(("html",)).get_content()
    assert msg.get_content_type() == "multipart/mixed"
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert names == ["2025-12-18 Дни казахского кино.ru.docx",
                     "2025-12-18 Days of Kazakh Cinema.en.docx"]


def test_recipient_list_by_language():
    groups = read_recipients(b"email,language\nanna@example.kz,ru\nbob@example.be,en\n"
                             b"desk@agency.example,ru+en\ncarl@example.be\n")
    assert groups == {"ru": ["anna@example.kz"], "en": ["bob@example.be"],
                      "ru+en": ["desk@agency.example", "carl@example.be"]}
    with pytest.raises(InputError, match="line 2"):
        read_recipients(b"ok@example.kz,ru\nnot an address,en\n")
    with pytest.raises(InputError, match="unknown language"):
        read_recipients(b"ok@example.kz,fr\n")


def test_send_to_a_list_through_a_local_smtp_inbox(sample_release, smtp_inbox):
    port, inbox = smtp_inbox
    groups = {"ru": ["anna@example.kz", "ivan@example.kz"], "en": ["bob@example.be"]}
    report = send(sample_release, groups, Server("127.0.0.1", port, security="none"),
                  sender="press@kazembassy.example", attach=False)
    assert report.sent == 2 and len(inbox.messages) == 2
    by_rcpt = {tuple(rcpts): content for _frm, rcpts, content in inbox.messages}
    ru = email.message_from_bytes(by_rcpt[("anna@example.kz", "ivan@example.kz")], policy=policy.default)
    assert ru["Bcc"] is None and "anna" not in ru["To"]  # recipients hidden
    assert ru.get_body(("plain",)).get_content().startswith("Посольство")
    en = email.message_from_bytes(by_rcpt[("bob@example.be",)], policy=policy.default)
    assert "The Embassy" in en.get_body(("plain",)).get_content()
    assert "Посольство" not in en.get_body(("plain",)).get_content()


def test_dry_run_sends_nothing(sample_release, smtp_inbox):
    port, inbox = smtp_inbox
    report = send(sample_release, {"en": ["bob@example.be"]}, Server("127.0.0.1", port, security="none"),
                  sender="press@kazembassy.example", dry_run=True, attach=False)
    assert report.sent == 0 and inbox.messages == []
    assert report.planned[0].recipients == ["bob@example.be"]


def test_a_server_that_is_not_there_is_one_clear_error(sample_release):
    with pytest.raises(SendError, match="127.0.0.1:9"):
        send(sample_release, {"en": ["bob@example.be"]},
             Server("127.0.0.1", 9, security="none", timeout=3), sender="p@example.kz", attach=False)


def test_a_cyrillic_sender_name_and_attachments_named_from_date_and_headline(sample_release, smtp_inbox):
    import email
    from email import policy

    from editor.export.mailer import Server, send

    port, inbox = smtp_inbox
    sample_release.meta.headline = {"ru": "Дни казахского кино в Брюсселе",
                                    "en": "Days of Kazakh Cinema: Brussels"}
    report = send(sample_release, {"ru": ["anna@example.kz"]}, Server("127.0.0.1", port, "none"),
                  "Пресс-служба посольства <press@kazembassy.example>")
    assert report.sent == 1
    raw = inbox.messages[0][2]
    assert raw.isascii() or b"=?utf-8?" in raw  # headers encoded, no SMTPUTF8 needed
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["From"].addresses[0].display_name == "Пресс-служба посольства"
    names = [part.get_filename() for part in msg.iter_attachments()]
    assert "2025-12-18 Дни казахского кино в Брюсселе.ru.docx" in names


def test_a_dry_run_makes_no_attachments(sample_release, monkeypatch):
    import editor.export.html_mail as hm
    from editor.export.mailer import Server, send

    made = []
    monkeypatch.setattr(hm, "to_docx", lambda *a, **k: made.append(a) or b"")
    report = send(sample_release, {"en": ["a@example.org"]}, Server("127.0.0.1", 25, "none"),
                  "press@example.org", dry_run=True)
    assert made == [] and report.planned[0].recipients == ["a@example.org"]


def test_the_embargo_is_in_every_part_in_the_readers_language(sample_release, tmp_path):
    import io
    from datetime import datetime
    from zoneinfo import ZoneInfo

    import docx as python_docx

    from editor.export import to_docx, to_docx_bilingual

    sample_release.meta.embargo = datetime(2025, 12, 18, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    en_line = "EMBARGOED UNTIL 18 December 2025, 10:00 CET"
    ru_line = "ЭМБАРГО: не публиковать до 18\u00a0декабря 2025\u00a0г., 10:00 (CET)"
    msg = email.message_from_bytes(eml_bytes(to_eml(sample_release, ["ru", "en"], pdf=False)),
                                   policy=policy.default)
    assert msg["Subject"].startswith("ЭМБАРГО: ")
    text = msg.get_body(("plain",)).get_content()
    assert text.startswith(ru_line) and en_line in text
    body = msg.get_body(("html",)).get_content()
    assert "EMBARGOED UNTIL 18 December 2025, 10:00 CET" in body and "ЭМБАРГО" in body

    def docx_text(data):
        document = python_docx.Document(io.BytesIO(data))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    assert ru_line in docx_text(to_docx(sample_release, "ru"))
    assert en_line in docx_text(to_docx(sample_release, "en"))
    both = docx_text(to_docx_bilingual(sample_release))
    assert ru_line in both and en_line in both
