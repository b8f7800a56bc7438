"""Names: romanization, and telling that a Russian and an English word are one name."""

from editor.names.partner import PartnerNames
from editor.names.romanize import romanize, same_name, skeleton

__all__ = ["PartnerNames", "romanize", "same_name", "skeleton"]
