"""Where the project's resources (schemas, samples, registries, translations) live."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
