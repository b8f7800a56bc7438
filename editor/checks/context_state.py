"""What the checks need from the editor's settings (word lists, spelling options, the
organisation's names), as plain data sent to the checks process. Light to import: the
window's process needs it without the checks themselves."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContextState:
    """What the checks need from the editor's settings, as plain data."""

    english: str
    check_all_caps: bool
    personal: frozenset[str]
    organisation: frozenset[str]
    ignored: frozenset[str]
    organisation_names: tuple = ()

    @classmethod
    def of(cls, context) -> ContextState:
        return cls(context.service.english, context.service.check_all_caps,
                   frozenset(context.personal.words), frozenset(context.organisation.words),
                   frozenset(context.session_ignored), tuple(context.organisation_names))

    def build(self, service):
        """The CheckContext in the checks process, around its spelling ``service``."""
        from editor.checks import CheckContext
        from editor.spelling.wordlists import WordList

        context = CheckContext(service=service,
                               personal=WordList(None, self.personal),
                               organisation=WordList(None, self.organisation),
                               session_ignored=set(self.ignored))
        if self.organisation_names:
            context.organisation_names = list(self.organisation_names)
            context.registry = context.registry.merged(context.organisation_names)
        return context
