"""The evaluation corpus (tests/accuracy) as a test: the numbers reached cannot slip back.
Real dictionaries (Hunspell, pymorphy2 through natasha, Mueller's lexicon), real import and
alignment, every check."""

import pytest

from tests.accuracy.evaluate import run, totals


@pytest.fixture(scope="module")
def outcomes():
    return run(verbose=False)


def test_no_warning_or_error_on_any_clean_release(outcomes):
    alarms = [f"{o.name}: {a}" for o in outcomes for a in o.clean_alarms]
    assert alarms == []


def test_paragraphs_paired_right(outcomes):
    t = totals(outcomes, own_only=True)
    assert t["paired"] / t["paragraphs"] >= 0.95, t


def test_planted_errors_found_at_their_row(outcomes):
    t = totals(outcomes, own_only=True)
    assert t["found"] / t["planted"] >= 0.95, [m for o in outcomes for m in o.misses]


def test_warnings_on_planted_releases_are_real(outcomes):
    t = totals(outcomes, own_only=True)
    assert t["real"] / t["serious"] >= 0.9, [x for o in outcomes for x in o.false_on_planted]
