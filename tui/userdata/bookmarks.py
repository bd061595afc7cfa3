"""Bookmarks with notes, per corpus.

Stored in `$XDG_DATA_HOME/kimi-ama-tui/bookmarks/<corpus identity>.json`: for each
bookmarked entry, its id, the question when it was bookmarked (kept in case the entry
leaves the corpus), an optional note and when it was added. In the order added.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from corpus.text import clean_text, visible
from tui.userdata.marks import now_iso
from tui.userdata.paths import NO_HOME, data_dir
from tui.userdata.store import Stamp, locked, merged, read_json, stamp_of, write_atomic

FORMAT = "kimi-ama-tui/bookmarks/1"


def bookmarks_path(identity: str, root: Path | None = None) -> Path | None:
    """The bookmarks file of a corpus (None: no home folder to keep it in)."""
    root = root or data_dir()
    return root / "bookmarks" / f"{identity}.json" if root is not None else None


@dataclass(frozen=True)
class Bookmark:
    """One bookmarked entry, with a note (possibly empty)."""

    entry_id: str
    question: str
    note: str = ""
    added: str = ""
    """When it was bookmarked (ISO 8601, UTC)."""

    def to_json(self) -> dict[str, str]:
        """The bookmark as stored and as `bookmarks --json` prints it."""
        return {"entry": self.entry_id, "question": self.question, "note": self.note, "added": self.added}


@dataclass
class Bookmarks:
    """The bookmarks of one corpus."""

    path: Path | None
    """The file; None when there is nowhere to keep it (bookmarks last this session)."""
    title: str
    items: list[Bookmark] = field(default_factory=list)
    problem: str | None = None
    """What was wrong with the file when it was loaded, one line, or None."""
    saved: dict[str, Bookmark] = field(default_factory=dict)
    """What the file held when last read or written here (see `store.merged`)."""
    stamp: Stamp | None = None
    """The file's stamp when last read or written here (`store.Stamp`)."""

    @classmethod
    def load(cls, identity: str, title: str, root: Path | None = None) -> Bookmarks:
        """The bookmarks of a corpus; a damaged file is kept aside and reported in `problem`."""
        path = bookmarks_path(identity, root)
        if path is None:
            return cls(None, title, problem=f"bookmarks are not kept: {NO_HOME}")
        loaded = read_json(path, "bookmarks", FORMAT, _misfit)
        items = _items(loaded.data)
        return cls(path, title, items, loaded.problem, {b.entry_id: b for b in items}, loaded.stamp)

    def get(self, entry_id: str) -> Bookmark | None:
        """The bookmark of an entry, if it has one."""
        return next((b for b in self.items if b.entry_id == entry_id), None)

    def toggle(self, entry_id: str, question: str) -> bool:
        """Bookmark the entry, or remove its bookmark; whether it is bookmarked now."""
        if self.get(entry_id):
            self.items = [b for b in self.items if b.entry_id != entry_id]
            return False
        self.items.append(Bookmark(entry_id, question, "", now_iso()))
        return True

    def set_note(self, entry_id: str, question: str, note: str) -> Bookmark:
        """Set the note of an entry's bookmark, bookmarking it first if needed."""
        old = self.get(entry_id)
        if old is None:
            new = Bookmark(entry_id, question, note.strip(), now_iso())
            self.items.append(new)
            return new
        new = replace(old, note=note.strip())
        self.items = [new if b.entry_id == entry_id else b for b in self.items]
        return new

    def save(self) -> None:
        """Write this session's changes onto what the file holds now, atomically
        (StateFileError when it cannot be written); the bookmarks are then the file's."""
        if self.path is None:
            return
        with locked(self.path):
            if self.stamp is not None and stamp_of(self.path) == self.stamp:
                theirs = self.saved  # no one wrote it since: it holds what was written here
            else:
                theirs = {b.entry_id: b for b in _items(read_json(self.path, "bookmarks", FORMAT, _misfit).data)}
            now = merged(self.saved, {b.entry_id: b for b in self.items}, theirs)
            self.stamp = write_atomic(
                self.path,
                {"format": FORMAT, "corpus": self.title, "bookmarks": [b.to_json() for b in now.values()]},
            )
        self.items, self.saved = list(now.values()), now


def _misfit(data: dict[str, object]) -> str:
    """What in a bookmarks file's data is not a bookmark, in words ("" when all of it is):
    such a file is damaged and kept aside (`store.read_json`), never read in part and
    saved over. A missing or null field is no text; "added" is any text (shown as is)."""
    raw = data.get("bookmarks")
    if raw is None:
        return ""
    if not isinstance(raw, list):
        return f"bookmarks is {_as_in_file(raw)}, not a list"
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            return f"bookmark {number} is {_as_in_file(item)}, not an object"
        if not isinstance(item.get("entry"), str):
            return f"bookmark {number} has no entry id (entry is {_as_in_file(item.get('entry'))})"
        for name in ("question", "note", "added"):
            if not isinstance(item.get(name), (str, type(None))):
                return f"bookmark {number}'s {name} is {_as_in_file(item[name])}, not text"
    return ""


def _as_in_file(value: object) -> str:
    """A JSON value as the file spells it (`5`, `true`, `null`), cut to 40 characters."""
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _items(data: dict[str, object] | None) -> list[Bookmark]:
    """The bookmarks a file's data holds (the file is untrusted too: no control or bidi
    character reaches a terminal). Texts are cleaned; an entry id is escaped (`visible`),
    as every id is shown: cleaned, `evil` + U+202E named the entry `evil`, and was quoted
    as an id the file does not hold."""
    items: list[Bookmark] = []
    raw = (data or {}).get("bookmarks")
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and isinstance(item.get("entry"), str):
            items.append(
                Bookmark(
                    visible(item["entry"]),
                    _text(item.get("question")),
                    _text(item.get("note")),
                    _text(item.get("added")),
                )
            )
    return items


def _text(value: object) -> str:
    """A string field of a bookmark, cleaned; null or missing is no text (a null note was
    listed and cited as the note 'None'; any other kind is damage: `_misfit`)."""
    return clean_text(value) if isinstance(value, str) else ""
