from datetime import date

from editor.checks import CheckContext, run_checks
from editor.preflight import preflight


def test_the_sample_lacks_a_headline_and_an_organisation_but_has_no_open_finding(sample_release):
    result = preflight(sample_release, run_checks(sample_release, CheckContext()))
    assert result.errors == [] and result.warnings == []
    assert result.missing == ["headline", "organisation"]
    sample_release.meta.headline["en"] = "Days of Kazakh Cinema"
    sample_release.meta.organisation["ru"] = "Посольство"
    sample_release.meta.date = date(2025, 12, 18)
    assert preflight(sample_release, []).clean


def test_an_error_is_listed(sample_release):
    row = sample_release.rows[3]
    row.paragraphs["en"].text = row.text("en").replace("95th", "85th")
    result = preflight(sample_release, run_checks(sample_release, CheckContext()))
    assert [f.text for f in result.errors] == ["85th"]
