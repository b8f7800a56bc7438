import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
