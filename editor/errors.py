"""Typed errors of the core. The UI and the CLI turn them into words; the core never prints."""


class TandemError(Exception):
    """Base of every error the core raises on purpose. ``str(err)`` is one line for a user."""

    def __init__(self, message: str):
        super().__init__(" ".join(message.split()))  # always one line


class InputError(TandemError):
    """An input file cannot be used (missing, too big, not text, damaged DOCX, ...)."""


class RowOperationError(TandemError):
    """A row operation was asked for something impossible (no such row, nothing to merge)."""


class LoadError(TandemError):
    """A release file cannot be opened. Subclasses say why."""


class FileMissingError(LoadError):
    pass


class NotTandemFileError(LoadError):
    pass


class NewerFormatError(LoadError):
    pass


class DamagedFileError(LoadError):
    pass


class SaveError(TandemError):
    """Saving failed; the file on disk is as it was before."""


class UnstorableTextError(SaveError):
    """The release holds a character that XML 1.0 cannot represent."""
