"""Word lists that extend the dictionaries: the release's own (kept in the .tandem file),
the user's personal list and the organisation's shared list (plain UTF-8 text files, one
word per line, '#' for comments, saved atomically), and the lists shipped in
resources/wordlists (correct words the Hunspell dictionaries lack)."""

from __future__ import annotations

from pathlib import Path

from editor.errors import InputError
from editor.resources_path import resource
from editor.safe_read import read_limited
from editor.storage.atomic import atomic_write

MAX_LIST_BYTES = 8 * 1024 * 1024


def normalise(word: str) -> str:
    return word.strip().replace("’", "'")


class WordList:
    """A set of words backed by a text file (or by nothing, for a release's list)."""

    def __init__(self, path: Path | None = None, words=()):
        self.path = path
        self.words: set[str] = {normalise(w) for w in words if normalise(w)}
        if path is not None and path.exists():
            self.words |= set(read_words(path))

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def add(self, word: str) -> None:
        self.words.add(normalise(word))
        self.save()

    def remove(self, word: str) -> None:
        self.words.discard(normalise(word))
        self.save()

    def replace_all(self, words) -> None:
        self.words = {normalise(w) for w in words if normalise(w)}
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = "".join(f"{w}\n" for w in sorted(self.words, key=str.casefold))
        atomic_write(self.path, body.encode("utf-8"), backup=False)


def read_words(path: Path) -> list[str]:
    """Words from a list file; raises InputError for something that is not one."""
    try:
        text = read_limited(path, MAX_LIST_BYTES, "word list").decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path.name} is not a UTF-8 text word list") from err
    if "\x00" in text:
        raise InputError(f"{path.name} is not a text word list")
    out = []
    for line in text.splitlines():
        word = normalise(line.split("#", 1)[0])
        if word:
            out.append(word)
    return out


def shipped_words() -> set[str]:
    folder = resource("wordlists")
    found: set[str] = set()
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        found |= set(read_words(path))
    return found


def export_words(words, path: Path) -> None:
    body = "".join(f"{w}\n" for w in sorted(set(words), key=str.casefold))
    atomic_write(path, body.encode("utf-8"), backup=True)
