"""Tandem's PySide6 user interface: a view on the Qt-free core in ``editor``."""
