"""Tandem's Qt-free core: model, storage, importers, alignment, checks, export, CLI."""

__version__ = "0.1.0"
