import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, the organisation profile and recovery files of the tests (the window's and the
# command line's) never touch the user's own. A child process that imports this module (a
# crash driver) keeps its parent's folders.
if "TANDEM_TEST_HOME" not in os.environ:
    os.environ["TANDEM_TEST_HOME"] = tempfile.mkdtemp(prefix="tandem-test-home-")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(os.environ["TANDEM_TEST_HOME"], "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(os.environ["TANDEM_TEST_HOME"], "data")
    os.environ["XDG_CACHE_HOME"] = os.path.join(os.environ["TANDEM_TEST_HOME"], "cache")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
RU = SAMPLES / "kazakh-cinema-days.ru.txt"
EN = SAMPLES / "kazakh-cinema-days.en.txt"


@pytest.fixture
def sample_paths():
    return RU, EN


@pytest.fixture
def sample_release():
    from editor.importers.release_builder import import_release

    return import_release(RU, EN).release


class _Inbox:
    """What a local SMTP server received: (sender, recipients, raw message) per message."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_inbox():
    """A real SMTP server (aiosmtpd) on 127.0.0.1 for the duration of a test: (port, inbox)."""
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


def pytest_configure(config):
    """Under pytest only (the benchmarks import this module too): every copy of a row kept
    by the autosave and the checks link is compared with its row, so a change the rows'
    stamps missed fails the test that made it (editor.model.row_copies)."""
    os.environ["TANDEM_VERIFY_ROW_COPIES"] = "1"
    import editor.model.row_copies as row_copies

    row_copies.VERIFY = True
