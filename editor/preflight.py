"""What to tell a press officer before a release goes out: open errors and warnings of the
checks (ignored findings left out) and the details a distributed release needs."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.checks.finding import Finding, Severity
from editor.model import Release
from editor.profile import Profile, organisation_name


@dataclass
class Preflight:
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # "headline", "date", "organisation"

    @property
    def clean(self) -> bool:
        return not (self.errors or self.warnings or self.missing)


def preflight(release: Release, findings: list[Finding], profile: Profile | None = None) -> Preflight:
    """Open errors and warnings, and the details missing: the organisation counts as given
    when the release or the organisation profile names it."""
    out = Preflight()
    for f in findings:
        if f.severity is Severity.ERROR:
            out.errors.append(f)
        elif f.severity is Severity.WARNING:
            out.warnings.append(f)
    meta = release.meta
    headline_row = any(r.role.value == "headline" and not r.paragraph(release.source_lang).is_empty
                       for r in release.rows)
    if not any(meta.headline.values()) and not headline_row:
        out.missing.append("headline")
    if meta.date is None:
        out.missing.append("date")
    if not any(organisation_name(meta.organisation, profile or Profile(), lang)
               for lang in release.languages):
        out.missing.append("organisation")
    return out
