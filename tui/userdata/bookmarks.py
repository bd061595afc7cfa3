"""Bookmarks with notes, per corpus.

Stored in `$XDG_DATA_HOME/kimi-ama-tui/bookmarks/<corpus identity>.json`: for each
bookmarked entry, its id, the question when it was bookmarked (kept in case the entry
leaves the corpus), an optional note and when it was added. In the order added. The
changes made since the file was last written whole are lines of `<identity>.json.journal`
beside it (`tui.userdata.journal`), replayed over the file when it is read. A file
written anew after damage says so (`rebuilt`): another window open on it since before keeps
the bookmarks it has that the new file lacks (`Bookmarks.rebuilt`).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from corpus.text import clean_text, visible
from tui.userdata.marks import new_start, now_iso, rebuilt_of
from tui.userdata.paths import NO_HOME, data_dir
from tui.userdata.journal import JournalRead, Misfit, Place, append_journal, damage_report, drop_journal, journal_path, mend_journal, read_journal
from tui.userdata.problems import Part, Problem, joined, part
from tui.userdata.store import AFRESH, WITHOUT, Loaded, StateFileError, kept_aside, locked, read_json, stamp_of, write_atomic

FORMAT = "kimi-ama-tui/bookmarks/1"


def bookmarks_path(identity: str, root: Path | None = None) -> Path | None:
    """The bookmarks file of a corpus (None: no home folder to keep it in)."""
    root = root or data_dir()
    return root / "bookmarks" / f"{identity}.json" if root is not None else None


@dataclass(frozen=True)
class Bookmark:
    """One bookmarked entry, with a note (possibly empty), each text as the file holds it:
    written by another tool or by hand it may hold any character, and the file written
    again keeps it (cleaned when read, a lone surrogate or a ZWJ in a note was lost at the
    next quit, and an id with ESC was written back as its escaped spelling). A terminal is
    shown the `shown_*` forms only (each made once: a note may be 1 MB)."""

    entry_id: str
    question: str
    note: str = ""
    added: str = ""
    """When it was bookmarked (ISO 8601, UTC)."""

    def to_json(self) -> dict[str, str]:
        """The bookmark as stored."""
        return {"entry": self.entry_id, "question": self.question, "note": self.note, "added": self.added}

    @cached_property
    def shown_id(self) -> str:
        """The entry id for a terminal: escaped (`visible`), as every id is shown (cleaned,
        `evil` + U+202E was named `evil`, an id the file does not hold)."""
        return visible(self.entry_id)

    @cached_property
    def shown_question(self) -> str:
        """The question kept in it, for a terminal: cleaned (`clean_text`)."""
        return clean_text(self.question)

    @cached_property
    def shown_note(self) -> str:
        """The note, for a terminal: cleaned."""
        return clean_text(self.note)

    @cached_property
    def shown_added(self) -> str:
        """When it was added, for a terminal: cleaned."""
        return clean_text(self.added)


COMPACT_SHARE = 4
"""The file is written whole again (and its journal removed) once the journal is over a
quarter of its size: at 200,000 bookmarks (19 MB) every ~30,000th change, ~0.5 s."""


@dataclass
class Bookmarks:
    """The bookmarks of one corpus.

    A change is saved as one line appended to the file's journal (`tui.userdata.journal`),
    not by writing the whole file: with 200,000 bookmarks each `m` wrote 19 MB (~0.5 s of
    the UI thread). The file is written whole when the journal grows past a share of it,
    and when the reader quits (`compact`)."""

    path: Path | None
    """The file; None when there is nowhere to keep it (bookmarks last this session)."""
    title: str
    by_id: dict[str, Bookmark] = field(default_factory=dict)
    """Entry id → its bookmark, in the order added."""
    problem: str | None = None
    """What was wrong with the file or its journal when last read, one line, or None."""
    pending: dict[str, Bookmark | None] = field(default_factory=dict)
    """Changes made here and not saved yet: entry id → its bookmark now, None if removed."""
    place: Place = field(default_factory=Place)
    """How far the file and its journal were read or written here (another window's
    changes are what the journal holds after that: `save`)."""
    unread: bool = False
    """The file is there and nothing could be read from it (`problem` says why): the
    bookmarks it holds are not among these (`Loaded.unread`), and it is never written whole
    over: the changes made go to its journal only."""
    aside: Path | None = None
    """Where the damaged file was last moved here (`store.Loaded.aside`), None: never."""
    journal_aside: Path | None = None
    """Where a copy of the damaged journal was last kept here (`mend_journal`), None: never."""
    behind: bool = False
    """The file and journal may lack bookmarks this window has (found damaged or gone since
    it read them, or written anew by another window: `_kept`): the file is written whole at
    the next save."""
    rebuilt: str | None = None
    """Which new start of the file this window last read or wrote: the file's `rebuilt`, a
    new one each time a window writes the file anew from what it had after finding it
    damaged (set aside) or gone (None: none since the file was first written). A file
    whose `rebuilt` is not this one was written anew by another window from what it had:
    the bookmarks this window has that it lacks are kept (before, they were dropped, on
    screen and on file, and were only in the damaged copy)."""
    removed_here: dict[str, Bookmark] = field(default_factory=dict, repr=False)
    """The bookmarks removed in this window, as they were: a file another window wrote
    anew holding one as it was (that window had not seen it removed) does not bring it back."""

    @classmethod
    def load(cls, identity: str, title: str, root: Path | None = None, read_only: bool = False) -> Bookmarks:
        """The bookmarks of a corpus; a damaged file is kept aside, a damaged journal line
        skipped (the journal copied aside as it was) and both reported in `problem`.
        `read_only` (a command that only lists): nothing is moved or written, damage is
        only reported (the reader sets it aside when it next opens the corpus)."""
        path = bookmarks_path(identity, root)
        if path is None:
            return cls(None, title, problem=f"bookmarks are not kept: {NO_HOME}")
        # parsed outside the lock: a big file does not hold up another window's `m`
        loaded = _loaded(path, read_only)
        if loaded.stamp is None and not journal_path(path).exists():
            # nothing to read (a journal made meanwhile is read by the first save): no
            # folder or lock file made just for looking
            rebuilt = new_start() if loaded.aside is not None else None  # set aside: its first file is a new start
            return cls(path, title, {}, loaded.problem, unread=loaded.unread, aside=loaded.aside, rebuilt=rebuilt)
        with locked(path):
            if stamp_of(path) != loaded.stamp:  # written whole meanwhile
                loaded = _loaded(path, read_only)
            by_id, place, problem, _, journal_aside = _replayed(path, loaded, mend=not read_only)
        rebuilt = rebuilt_of(loaded.data or {}) if loaded.aside is None else new_start()
        return cls(path, title, by_id, problem, place=place, unread=loaded.unread, aside=loaded.aside, journal_aside=journal_aside, rebuilt=rebuilt)

    def kept_aside(self) -> Path | None:
        """The latest copy of the file set aside as damaged (None: there is none): the
        bookmarks it held are not read, whatever the file holds now."""
        copies = kept_aside(self.path) if self.path is not None else []
        return copies[-1] if copies else None

    @property
    def items(self) -> list[Bookmark]:
        """The bookmarks in the order added (a new list, made each time it is asked for)."""
        return list(self.by_id.values())

    def get(self, entry_id: str) -> Bookmark | None:
        """The bookmark of an entry, if it has one."""
        return self.by_id.get(entry_id)

    def toggle(self, entry_id: str, question: str) -> bool:
        """Bookmark the entry, or remove its bookmark; whether it is bookmarked now."""
        if entry_id in self.by_id:
            self.removed_here[entry_id] = self.by_id.pop(entry_id)
            self.pending[entry_id] = None
            return False
        self.removed_here.pop(entry_id, None)
        self.by_id[entry_id] = self.pending[entry_id] = Bookmark(entry_id, question, "", now_iso())
        return True

    def set_note(self, entry_id: str, question: str, note: str) -> Bookmark:
        """Set the note of an entry's bookmark, bookmarking it first if needed."""
        old = self.by_id.get(entry_id)
        new = Bookmark(entry_id, question, note.strip(), now_iso()) if old is None else replace(old, note=note.strip())
        self.removed_here.pop(entry_id, None)
        self.by_id[entry_id] = self.pending[entry_id] = new
        return new

    def save(self) -> set[str]:
        """Append this session's changes to the file's journal, flushed to disk, under the
        lock (StateFileError when it cannot be written), after taking in what another
        window saved since; the entries whose bookmark that changed here."""
        if self.path is None or not self.pending:
            return set()
        with locked(self.path):
            elsewhere = self._catch_up(self.path)
            changes = [_change(entry_id, bookmark) for entry_id, bookmark in self.pending.items()]
            self.place = append_journal(self.path, changes, self.place)
            self.pending = {}
            size = self.place.main[2] if self.place.main else 0
            if (self.behind or self.place.end * COMPACT_SHARE > size) and not self.place.damaged and not self.unread:
                try:
                    self._write_whole(self.path)
                except StateFileError:
                    pass  # the changes are in the journal: written whole at a later save
        return elsewhere

    def compact(self) -> None:
        """Write the file whole with every change in it and remove its journal (when the
        reader quits: `bookmarks --json` or an older reader then find everything in the
        file); nothing when there is no journal, or one with damaged lines no copy could be
        kept of (`Place.damaged`: every change is in it, and it is read), or a file that
        cannot be read (`unread`: written over, the bookmarks it holds were lost). A file
        written by another window since is taken in first: one written anew after damage
        (or found damaged or gone) lacking bookmarks this window has is written whole with
        them (before, a window quitting with no change left them in the damaged copy only)."""
        self.save()
        if self.path is None or self.place.damaged or self.unread:
            return
        if self.place.still(self.path) and not self.behind and not journal_path(self.path).exists():
            return
        with locked(self.path):
            self._catch_up(self.path)
            if (self.behind or journal_path(self.path).exists()) and not self.place.damaged and not self.unread:
                self._write_whole(self.path)

    def _catch_up(self, path: Path) -> set[str]:
        """Take in what another window saved since this one last read or wrote the file (its
        journal lines after `place`, or the whole file again once it was written whole);
        this session's own changes stay on top; a damaged line makes it read the journal
        whole (and mend it: `_replayed`). A file or journal damaged (or a file gone) since it
        was read here loses nothing this window had (`_kept`); a file set aside or gone is
        written anew from it as a new start (`rebuilt`), and a file another window started
        anew since is taken with the bookmarks of this one it lacks. The entries whose
        bookmark changed here."""
        if self.place.still(path):
            read = read_journal(path, "bookmarks", _change_misfit, self.place.end)
            if read.problem is None and not read.skipped:
                if read.journal is not None:
                    self.place = replace(self.place, journal=read.journal, end=read.end)
                return _replay(self.by_id, read.changes, keep=self.pending)
            self.problem = read.problem or self.problem
        loaded = _loaded(path, then=KEPT_HERE, still=STILL_HERE)
        read_before = self.place.main
        by_id, self.place, problem, journal, journal_aside = _replayed(path, loaded)
        gone = loaded.data is None and not loaded.unread and (loaded.aside is not None or read_before is not None)  # set aside now or since
        if gone or loaded.unread or journal.problem is not None or journal.skipped:
            by_id, self.behind = self._kept(by_id, journal.changes, loaded.data is None or loaded.stamp == read_before), True
            if gone:  # written anew from what this window had: a new start
                self.rebuilt = new_start()
        elif loaded.data is not None and loaded.stamp != read_before and rebuilt_of(loaded.data) != self.rebuilt:  # started anew elsewhere
            kept = self._kept(by_id, journal.changes, False)
            by_id, self.behind, self.rebuilt = kept, self.behind or kept != by_id, rebuilt_of(loaded.data)
        self.problem, self.unread, self.aside = problem or self.problem, loaded.unread, loaded.aside or self.aside
        self.journal_aside = journal_aside or self.journal_aside
        _replay(by_id, [_change(k, v) for k, v in self.pending.items()])
        elsewhere = {k for k in by_id.keys() | self.by_id.keys() if by_id.get(k) != self.by_id.get(k)}
        self.by_id = by_id
        return elsewhere

    def _kept(self, readable: dict[str, Bookmark], changes: list[dict[str, object]], file_known: bool) -> dict[str, Bookmark]:
        """The bookmarks after the file or its journal was found damaged since this window
        read it: what this window had, with what it can still read of another window's
        (`readable`: the file, if it can be read, and the journal's whole lines, `changes`).
        Before, a file damaged meanwhile was set aside and the next save wrote a new one
        with this window's change alone: the bookmarks it had were in the copy only.

        `file_known`: the file is the one read here, or cannot be read: this window's
        bookmarks hold all it held, and the journal's lines (each sets a bookmark outright,
        in order) are replayed over them. Otherwise another window wrote it whole since
        (every change saved until then in it): it is taken as it is, with the bookmarks of
        this window it lacks that no journal line removed (made here since, their lines
        perhaps among the damaged ones, or lacking in a file another window wrote anew from
        what it had: a bookmark kept too many is better than one lost), without those removed
        here that it holds as they were (`removed_here`) and no journal line set since."""
        if file_known:
            kept = dict(self.by_id)
            _replay(kept, changes, keep=self.pending)
            return kept
        touched = {str(change["entry"]) for change in changes}
        taken = {k: v for k, v in readable.items() if k in touched or self.removed_here.get(k) != v}
        return taken | {k: v for k, v in self.by_id.items() if k not in readable and k not in touched}

    def _write_whole(self, path: Path) -> None:
        """Write the file whole and remove its journal; every change in the journal is in
        `by_id` (caught up and appended, under the lock)."""
        data: dict[str, object] = {"format": FORMAT, "corpus": self.title, "bookmarks": [b.to_json() for b in self.by_id.values()]}
        if self.rebuilt is not None:
            data["rebuilt"] = self.rebuilt
        main = write_atomic(path, data)
        self.behind = False
        self.place = drop_journal(path, main)


KEPT_HERE = part("bookmarks_kept_here")
STILL_HERE = part("bookmarks_still_here")
"""What becomes of the bookmarks when a window finds the file it read cannot be read now:
they stay in the window (`_kept`), the changes going to the journal."""
"""What becomes of the bookmarks when a window finds the file it read damaged (`_kept`)."""


def _loaded(path: Path, read_only: bool = False, then: Part = AFRESH, still: Part = WITHOUT) -> Loaded:
    """The bookmarks file read (`store.read_json`; `then`: what follows once a damaged one
    is moved aside); when it is there and cannot be read, the report says where the changes
    made now go: the journal only (it is never written over)."""
    loaded = read_json(path, "bookmarks", FORMAT, _misfit, not read_only, then, still)
    if loaded.unread and not read_only:
        kept = part("bookmarks_to_journal", journal=journal_path(path).name)
        return replace(loaded, problem=Problem(loaded.problem, kept))
    return loaded


class Replayed(NamedTuple):
    """A bookmarks file read with its journal replayed over it (`_replayed`)."""

    by_id: dict[str, Bookmark]
    place: Place
    """How far the file and journal were read."""
    problem: Problem | None
    """What was wrong with either, one line."""
    journal: JournalRead
    """The journal as read."""
    journal_aside: Path | None
    """Where a copy of the damaged journal was kept (None: none was)."""


def _replayed(path: Path, loaded: Loaded, mend: bool = True) -> Replayed:
    """The bookmarks of a file as read (`loaded`) with its journal's changes replayed over
    them (under the lock). A journal with damaged lines is mended (`mend_journal`), or,
    not `mend`, left as it is."""
    by_id = {b.entry_id: b for b in _items(loaded.data)}
    read = read_journal(path, "bookmarks", _change_misfit)
    _replay(by_id, read.changes)
    place, damage, aside = Place(loaded.stamp, read.journal, read.end), None, None
    if read.skipped and mend:
        place, damage, aside = mend_journal(path, "bookmarks", read, loaded.stamp)
    elif read.skipped:
        damage = damage_report(path, "bookmarks", read, part("journal_left_for_reader"))
    problem = joined(loaded.problem, read.problem, damage)
    return Replayed(by_id, place, problem, read, aside)


def _change(entry_id: str, bookmark: Bookmark | None) -> dict[str, object]:
    """A journal line: the entry's bookmark as the file holds it, or that it was removed."""
    if bookmark is None:
        return {"entry": entry_id, "removed": True}
    return dict(bookmark.to_json())


def _replay(by_id: dict[str, Bookmark], changes: list[dict[str, object]], keep: Collection[str] = ()) -> set[str]:
    """Apply journal lines to `by_id` (not to the entries in `keep`: changed here since);
    the entries changed."""
    changed: set[str] = set()
    for change in changes:
        entry_id = str(change["entry"])
        if entry_id in keep:
            continue
        changed.add(entry_id)
        if change.get("removed"):
            by_id.pop(entry_id, None)
        else:
            (by_id[entry_id],) = _items({"bookmarks": [change]})
    return changed


REMOVAL_FIELDS = ("entry", "removed")
"""What a journal line removing a bookmark holds (`_change`), all of it."""
BOOKMARK_FIELDS = ("entry", "question", "note", "added")
"""What a journal line setting a bookmark holds (`Bookmark.to_json`), all of it."""


def _change_misfit(change: dict[str, object]) -> Misfit | None:
    """What in a journal line is not a change of a bookmark (None when it is one). A line
    holds all a change holds and nothing else: `{"entry": "x", "op": "tag"}` (another
    tool's line, a later version's, a hand edit) was read as a bookmark with no note and
    no date, and the note was lost when the reader wrote the file whole."""
    if "removed" in change:
        if not isinstance(change.get("entry"), str):
            return Misfit("a removal has no entry id (entry is {})", _as_in_file(change.get("entry")))
        if change["removed"] is not True:
            return Misfit('its "removed" is {}, not true', _as_in_file(change["removed"]))
        return _unknown_field(change, REMOVAL_FIELDS)
    why = _item_misfit(change, "the bookmark", nullable=False) or _unknown_field(change, BOOKMARK_FIELDS)
    if why is None and (missing := [name for name in BOOKMARK_FIELDS if name not in change]):
        return Misfit("the bookmark has no {}", _as_in_file(missing[0]))
    return why


def _unknown_field(change: dict[str, object], fields: tuple[str, ...]) -> Misfit | None:
    """A field of a journal line that no change holds (None: it has none)."""
    unknown = [name for name in change if name not in fields]
    return Misfit("it has a field no change has ({})", _as_in_file(unknown[0])) if unknown else None


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
        if why := _item_misfit(item, f"bookmark {number}"):
            return str(why)
    return ""


def _item_misfit(item: dict[str, object], name: str, nullable: bool = True) -> Misfit | None:
    """What in one bookmark (a file's item or a journal line) is not one (None when it is);
    a null or missing text is none in a file (`nullable`), never in a line written here."""
    if not isinstance(item.get("entry"), str):
        return Misfit(f"{name} has no entry id (entry is {{}})", _as_in_file(item.get("entry")))
    for field_name in BOOKMARK_FIELDS[1:]:
        if field_name in item and not isinstance(item[field_name], (str, type(None)) if nullable else str):
            return Misfit(f"{name}'s {field_name} is {{}}, not text", _as_in_file(item[field_name]))
    return None


def _as_in_file(value: object) -> str:
    """A JSON value as the file spells it (`5`, `true`, `null`), cut to 40 characters (a
    list or object nested too deeply to spell out: its first bracket and `…`)."""
    try:
        text = json.dumps(value)
    except RecursionError:
        return ("[" if isinstance(value, list) else "{") + "…"
    return text if len(text) <= 40 else text[:39] + "…"


def _items(data: dict[str, object] | None) -> list[Bookmark]:
    """The bookmarks a file's data holds, each text as it is there (the file is untrusted
    too: only what is shown of it is cleaned, `Bookmark.shown_note` and the like)."""
    items: list[Bookmark] = []
    raw = (data or {}).get("bookmarks")
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and isinstance(item.get("entry"), str):
            items.append(Bookmark(item["entry"], _text(item.get("question")), _text(item.get("note")), _text(item.get("added"))))
    return items


def _text(value: object) -> str:
    """A string field of a bookmark; null or missing is no text (a null note was listed
    and cited as the note 'None'; any other kind is damage: `_misfit`)."""
    return value if isinstance(value, str) else ""
