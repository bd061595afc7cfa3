"""Read marks per corpus, and which entries are new since the corpus was last opened.

Stored in `$XDG_STATE_HOME/kimi-ama-tui/read/<corpus identity>.json`: the ids read (with
when) and every id the corpus had when last opened. An id missing from that list is new;
the first time a corpus is opened nothing is new (everything is simply unread). A file
written anew after a damaged one was set aside says so (`rebuilt`): another window open on
it since before keeps the marks the new file lacks (`ReadMarks.save`).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tui.userdata.paths import NO_HOME, state_dir
from tui.userdata.problems import Problem, part
from tui.userdata.store import Stamp, StateFileError, locked, merged, read_json, stamp_of, write_atomic

FORMAT = "kimi-ama-tui/read-marks/1"

NOT_SAVED = part("marks_not_saved")
"""What becomes of the marks made while the file cannot be read (`ReadMarks.held`)."""

KEPT_HERE = part("marks_kept_here")
"""What becomes of the read marks when a window finds the file it read damaged (`ReadMarks.save`:
every mark it had, and the entries it saw, written in a new file)."""
STILL_HERE = part("marks_still_here")
"""What becomes of the read marks when a window finds the file it read cannot be read now:
they stay in the window (`held`: saved once it can be read)."""


def marks_path(identity: str, root: Path | None = None) -> Path | None:
    """The read-marks file of a corpus (None: no home folder to keep it in)."""
    root = root or state_dir()
    return root / "read" / f"{identity}.json" if root is not None else None


def now_iso() -> str:
    """The current UTC time, to the second, as ISO 8601."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@dataclass
class ReadMarks:
    """Which entries of one corpus are read, and which are new since last time."""

    path: Path | None
    """The file; None when there is nowhere to keep it (the marks last this session)."""
    title: str
    read: dict[str, str] = field(default_factory=dict)
    """Entry id → when it was marked read (ISO 8601, UTC)."""
    new: set[str] = field(default_factory=set)
    """Ids not in the corpus when it was last opened (unless read since)."""
    entry_ids: tuple[str, ...] = ()
    """Every entry id the corpus has now, in reading order."""
    problem: str | None = None
    """What was wrong with the file when it was loaded, or when a save found it damaged
    since, one line, or None."""
    saved: dict[str, str] = field(default_factory=dict)
    """The read marks the file held when last read or written here (see `store.merged`)."""
    stamp: Stamp | None = None
    """The file's stamp when last read or written here (`store.Stamp`)."""
    seen: list[str] | None = None
    """The ids the file's `seen` lists, sorted, as last written here (None: not yet)."""
    seen_behind: bool = False
    """The file's `seen` (or the file: none yet) lacks ids the corpus has now: it is
    written when the reader quits (`save_seen`)."""
    held: bool = False
    """The file is there and could not be read (`store.Loaded.unread`), and the user was
    told: a save writes nothing (a fresh file over it lost every mark it held), the marks
    made last this session, and are saved with the rest once it can be read."""
    aside: Path | None = None
    """Where the damaged file was last moved (`store.Loaded.aside`), None: never."""
    rebuilt: str | None = None
    """Which new start of the file this window last read or wrote: the file's `rebuilt`, a
    new one each time a window sets a damaged file aside and writes a new one (None: none
    since the file was first written). A file whose `rebuilt` is not this one was written
    anew from what another window had, lacking marks this window has: they are kept."""
    _seen_set: frozenset[str] = field(default=frozenset(), repr=False)
    """The ids the file's `seen` lists as last read or written here: a file written anew
    (`rebuilt`) keeps them, those of entries no longer in the corpus too."""

    @classmethod
    def load(cls, identity: str, title: str, entry_ids: Iterable[str], root: Path | None = None) -> ReadMarks:
        """The marks of a corpus; a damaged file is kept aside and reported in `problem`, one
        that cannot be read (or set aside) is left as it is (`held`)."""
        path = marks_path(identity, root)
        ids = tuple(entry_ids)
        if path is None:
            return cls(None, title, entry_ids=ids, problem=f"read marks are not kept: {NO_HOME}")
        loaded = read_json(path, "read marks", FORMAT)
        problem = Problem(loaded.problem, NOT_SAVED) if loaded.unread else loaded.problem
        data = loaded.data or {}
        read = _str_map(data.get("read"))
        seen = data.get("seen")
        known = {str(i) for i in seen} if isinstance(seen, list) else None
        unseen = [i for i in ids if i not in known] if known is not None else list(ids)
        new = {i for i in unseen if i not in read} if known is not None else set()
        rebuilt = rebuilt_of(data) if loaded.aside is None else new_start()
        return cls(
            path,
            title,
            read,
            new,
            ids,
            problem,
            dict(read),
            loaded.stamp,
            seen_behind=bool(unseen),
            held=loaded.unread,
            aside=loaded.aside,
            rebuilt=rebuilt,
            _seen_set=frozenset(_strings(seen)),
        )

    def is_read(self, entry_id: str) -> bool:
        """Whether the entry is marked read."""
        return entry_id in self.read

    def set_read(self, entry_ids: Iterable[str], read: bool = True) -> bool:
        """Mark entries read (or unread); whether anything changed."""
        changed = False
        for entry_id in entry_ids:
            if read and entry_id not in self.read:
                self.read[entry_id] = now_iso()
                self.new.discard(entry_id)
                changed = True
            elif not read and entry_id in self.read:
                del self.read[entry_id]
                changed = True
        return changed

    def unread(self, entry_ids: Iterable[str]) -> list[str]:
        """The ids among these not marked read, in the order given."""
        return [i for i in entry_ids if i not in self.read]

    def save(self) -> None:
        """Write the marks atomically (StateFileError when the folder is not writable, or,
        once, when the file is there and cannot be read: it is never written over). A file
        damaged since it was read here is set aside (`problem`) and written afresh with
        every mark known here, as a new start (`rebuilt`), as is one gone since (set aside
        by a window started since). A file started anew since this window read it is taken
        with every mark of this window it lacks (a mark kept too many is better than one
        lost: before, a mark made here was dropped when another window had set the file
        aside, and was only in the damaged copy); marks taken off here since stay off."""
        if self.path is None:
            return
        with locked(self.path):
            if self.seen is not None and stamp_of(self.path) == self.stamp:
                # no one wrote it since: it holds what was written here
                now = merged(self.saved, self.read, self.saved)
                seen = self.seen
                if any(entry_id not in self._seen_set for entry_id in now):
                    seen = sorted(self._seen_set.union(now))
            else:
                loaded = read_json(self.path, "read marks", FORMAT, None, True, KEPT_HERE, STILL_HERE)
                if loaded.unread:
                    told, self.held = self.held, True
                    if told:
                        return
                    raise StateFileError(Problem(loaded.problem, NOT_SAVED))
                data = loaded.data or {}
                rebuilt = rebuilt_of(data) if loaded.data is not None else self.rebuilt
                if loaded.problem:  # damaged since it was read here (set aside): it held what was read
                    self.problem, self.aside = loaded.problem, loaded.aside
                if loaded.data is None and (loaded.problem or self.stamp is not None):
                    # set aside now, or by a window started since: written anew from what this one had
                    data, rebuilt = {"read": self.saved, "seen": sorted(self._seen_set)}, new_start()
                now = merged(self.saved, self.read, _str_map(data.get("read")))
                known = _strings(data.get("seen"))
                if rebuilt != self.rebuilt:  # started anew from another window's marks
                    now.update((k, v) for k, v in self.read.items() if k not in now)
                    known |= self._seen_set
                seen = sorted(set(self.entry_ids) | set(now) | known)
                self.rebuilt = rebuilt
            written: dict[str, object] = {"format": FORMAT, "corpus": self.title, "read": now, "seen": seen}
            if self.rebuilt is not None:
                written["rebuilt"] = self.rebuilt
            self.stamp = write_atomic(self.path, written)
        self.read, self.saved, self.seen, self._seen_set = now, dict(now), seen, frozenset(seen)
        self.new -= set(now)
        self.held = False

    def save_seen(self) -> None:
        """When the reader quits: write that every entry the corpus has now was seen, if
        the file does not say so yet (written only with a read mark, an entry opened and
        closed without reading anything stayed new, `+`, at every later start). Not over
        a file that could not be read (`problem`): its marks would be lost."""
        if self.seen_behind and self.seen is None and self.problem is None:
            self.save()
        self.seen_behind = False


def _str_map(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


def rebuilt_of(data: dict[str, object]) -> str | None:
    """The new start a read-marks file's data names (`ReadMarks.rebuilt`), None: none."""
    value = data.get("rebuilt")
    return value if isinstance(value, str) else None


def new_start() -> str:
    """A name for a new start of the file (`ReadMarks.rebuilt`): when, and a random part
    (two windows may set files aside in one second)."""
    return f"{now_iso()} {secrets.token_hex(4)}"


def _strings(value: object) -> set[str]:
    return {item for item in value if isinstance(item, str)} if isinstance(value, list) else set()
