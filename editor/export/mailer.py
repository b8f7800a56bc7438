"""Sending a release to a distribution list over SMTP (STARTTLS or SSL, with login).

The list is a CSV of addresses with each recipient's language (``email,language``; ru, en,
or both); each language group gets one message in its language, all recipients in Bcc.
A dry run says what would be sent and sends nothing. The password is never stored here:
the caller passes a function that gets it (from the system keyring, or by asking)."""

from __future__ import annotations

import csv
import io
import ipaddress
import re
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path

from editor.errors import InputError, TandemError
from editor.export.html_mail import Attachment, attachments_for, to_eml
from editor.model import Release
from editor.profile import Profile
from editor.safe_read import read_limited

MAX_LIST_BYTES = 8 * 1024 * 1024


class SendError(TandemError):
    pass


# an address as people type them: no white space, control characters or brackets, one @,
# a domain of dot-separated labels (international letters allowed)
_ADDRESS = re.compile(r"^[^\s@<>()\[\],;:\"\\\x00-\x1f\x7f]+@"
                      r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+$")


def is_address(text: str) -> bool:
    return bool(_ADDRESS.match(text)) and len(text) <= 254


def is_loopback(host: str) -> bool:
    """A server on this computer: localhost or a loopback address (127.0.0.0/8, ::1)."""
    host = host.strip().strip("[]").lower()
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class Server:
    host: str
    port: int = 587
    security: str = "starttls"  # starttls, ssl or none (none: only for a server on this machine)
    user: str = ""
    timeout: float = 30.0

    def check(self) -> None:
        """Refuse what would send a password or a release in clear over a network."""
        if self.security not in ("starttls", "ssl", "none"):
            raise SendError(f"unknown security {self.security!r} (use starttls, ssl or none)")
        if self.security == "none" and not is_loopback(self.host):
            raise SendError(f"no encryption is allowed only for a server on this computer "
                            f"(localhost, 127.0.0.1); {self.host} needs STARTTLS or SSL")


@dataclass
class Planned:
    langs: list[str]
    recipients: list[str]
    subject: str


@dataclass
class SendReport:
    planned: list[Planned] = field(default_factory=list)
    sent: int = 0
    problems: list[str] = field(default_factory=list)  # parts that could not be made


class SendCancelled(SendError):
    """The user stopped sending; ``report`` says what had gone out by then."""

    def __init__(self, report: SendReport):
        super().__init__(f"sending cancelled after {report.sent} of {len(report.planned)} "
                         "message(s)")
        self.report = report


def read_recipients(data: bytes, name: str = "the list", languages=("ru", "en")) -> dict[str, list[str]]:
    """Addresses by language group: 'ru', 'en' or 'ru+en' (both versions in one message)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{name} is not UTF-8 CSV") from err
    groups: dict[str, list[str]] = {}
    try:
        records = list(csv.reader(io.StringIO(text)))
    except csv.Error as err:
        raise InputError(f"{name} is not a readable CSV file ({err})") from err
    for n, rec in enumerate(records, 1):
        if not rec or not rec[0].strip() or rec[0].strip().lower() in ("email", "e-mail", "address"):
            continue
        raw = rec[0].strip()
        # "Name <address>" as Outlook exports it, else the cell is the address itself
        address = parseaddr(raw)[1] if "<" in raw else raw
        if not is_address(address) or any(ord(c) < 32 for c in rec[0]):
            raise InputError(f"{name}, line {n}: {rec[0].strip()!r} is not an e-mail address")
        lang = (rec[1].strip().lower() if len(rec) > 1 and rec[1].strip() else "+".join(languages))
        lang = lang.replace(",", "+").replace(" ", "")
        if any(code not in languages for code in lang.split("+")):
            raise InputError(f"{name}, line {n}: unknown language {lang!r} (use "
                             f"{', '.join(languages)} or {'+'.join(languages)})")
        groups.setdefault(lang, []).append(address)
    if not groups:
        raise InputError(f"{name} has no addresses")
    return groups


def send(release: Release, groups: dict[str, list[str]], server: Server, sender: str,
         password: Callable[[], str] | None = None, dry_run: bool = False,
         attach: bool = True, profile: Profile | None = None,
         progress: Callable[[float], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> SendReport:
    """One message per language group, all recipients in Bcc. ``progress`` gets the
    fraction done; ``cancelled`` is asked before each step (making a file, sending a
    message): once true, nothing more is made or sent, and SendCancelled says how many
    went. Each language's Word file and PDF are made once, whatever the groups."""
    profile = profile or Profile()
    report = SendReport()
    server.check()
    plans = [(group.split("+"), recipients) for group, recipients in sorted(groups.items())]
    envelope_from = parseaddr(sender)[1] or profile.sender_address
    if not is_address(envelope_from):
        raise SendError(f"the sender {sender or envelope_from!r} is not an e-mail address "
                        "(Settings, Organisation: sender address)")
    for langs, recipients in plans:
        # a dry run needs the subjects only: no Word or PDF files are made for it
        msg = to_eml(release, langs, sender=sender, profile=profile, attach=False)
        report.planned.append(Planned(langs, recipients, str(msg["Subject"])))
    if dry_run:
        return report
    needed = list(dict.fromkeys(lang for langs, _ in plans for lang in langs)) if attach else []
    steps = len(needed) + len(plans) or 1
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise SendCancelled(report)
        if progress is not None:
            progress(done / steps)
        done += 1

    files: dict[str, list[Attachment]] = {}
    for lang in needed:
        step()
        files[lang], problems = attachments_for(release, lang, profile)
        report.problems += problems
    messages = []
    for langs, recipients in plans:
        msg = to_eml(release, langs, sender=sender, profile=profile, attach=False,
                     attachments=[a for lang in langs for a in files.get(lang, [])])
        messages.append((msg, recipients))
    try:
        smtp: smtplib.SMTP
        if server.security == "ssl":
            smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=server.timeout,
                                    context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
        with smtp:
            if server.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if server.user:
                smtp.login(server.user, password() if password else "")
            for msg, recipients in messages:
                step()
                # recipients go in the envelope only: nobody sees the list (Bcc)
                # the envelope takes the bare address; a display name in Cyrillic stays in
                # the From header, encoded (RFC 2047), so no SMTPUTF8 is needed
                smtp.send_message(msg, from_addr=envelope_from, to_addrs=recipients)
                report.sent += 1
    except (smtplib.SMTPException, OSError, ssl.SSLError) as err:
        raise SendError(f"sending through {server.host}:{server.port} failed after "
                        f"{report.sent} of {len(messages)} message(s): {err}") from err
    if progress is not None:
        progress(1.0)
    return report


def read_list(path: Path, languages) -> dict[str, list[str]]:
    data = read_limited(path, MAX_LIST_BYTES, "distribution list")
    return read_recipients(data, path.name, tuple(languages))
