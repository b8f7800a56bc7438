"""Every export format, once: its code (the CLI's ``--to``), file suffix, the label the
Export dialog shows in each interface language, whether it makes a file per language and
takes a Word template, and the function that makes it. The exporter, the command line and
the Export dialog all read this list: a new format is one entry here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module


@dataclass(frozen=True)
class Format:
    code: str
    suffix: str
    labels: dict[str, str]  # interface language -> label
    maker: str = ""  # "module:function" that makes the bytes ("" : written per language)
    per_language: bool = False  # NAME.ru.docx, NAME.en.docx (or one, with --lang)
    template: bool = False  # a Word template (letterhead) applies
    profile: bool = False  # the organisation profile fills it
    preview: bool = False  # the Export dialog can show it as HTML
    options: dict[str, object] = field(default_factory=dict)  # given to the maker

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]

    @property
    def make(self) -> Callable[..., bytes] | None:
        """The function, imported when first needed (``tandem --help`` loads no exporter)."""
        if not self.maker:
            return None
        module, _, name = self.maker.partition(":")
        fn = getattr(import_module(module), name)
        return (lambda *a, **k: fn(*a, **self.options, **k)) if self.options else fn


FORMATS: dict[str, Format] = {f.code: f for f in [
    Format("docx", ".docx", {"en": "Word, one file per language",
                             "ru": "Word, по файлу на язык"},
           per_language=True, template=True, profile=True),
    Format("docx-bilingual", ".docx", {"en": "Word, both languages side by side",
                                       "ru": "Word, оба языка рядом"},
           "editor.export.docx_writer:to_docx_bilingual", template=True, profile=True),
    Format("odt", ".odt", {"en": "OpenDocument text (LibreOffice), one file per language",
                           "ru": "Текст OpenDocument (LibreOffice), по файлу на язык"},
           per_language=True, profile=True),
    Format("pdf", ".pdf", {"en": "PDF, one file per language", "ru": "PDF, по файлу на язык"},
           per_language=True, template=True, profile=True),
    Format("newsml", ".xml", {"en": "NewsML-G2 for news agencies",
                              "ru": "NewsML-G2 для информагентств"},
           "editor.export.newsml:to_newsml", profile=True),
    Format("html", ".html", {"en": "Web page (HTML)", "ru": "Веб-страница (HTML)"},
           "editor.export.html_mail:html_bytes", profile=True, preview=True),
    Format("eml", ".eml", {"en": "E-mail message (.eml)", "ru": "Письмо (.eml)"},
           "editor.export.html_mail:eml_file", profile=True, preview=True),
    Format("xliff", ".xlf", {"en": "XLIFF 2.1 for translators (one unit per paragraph)",
                             "ru": "XLIFF 2.1 для переводчиков (по абзацам)"},
           "editor.export.xliff:to_xliff21"),
    Format("xliff-sentences", ".xlf", {"en": "XLIFF 2.1, one segment per sentence",
                                       "ru": "XLIFF 2.1, по предложениям"},
           "editor.export.xliff:to_xliff21", options={"by_sentence": True}),
    Format("xliff12", ".xlf", {"en": "XLIFF 1.2 for older CAT tools",
                               "ru": "XLIFF 1.2 для старых CAT-программ"},
           "editor.export.xliff:to_xliff12"),
    Format("xliff12-omegat", ".xlf", {"en": "XLIFF 1.2 for OmegaT 3 (put the TMX in tm/auto)",
                                      "ru": "XLIFF 1.2 для OmegaT 3 (TMX положить в tm/auto)"},
           "editor.export.xliff:to_xliff12", options={"prefill": True}),
    Format("tmx", ".tmx", {"en": "TMX translation memory", "ru": "Память переводов TMX"},
           "editor.export.tmx:to_tmx"),
]}
