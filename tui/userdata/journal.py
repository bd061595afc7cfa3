"""An append-only journal of changes beside a state file, so a change costs one line.

`NAME.journal` sits next to `NAME` (the state file, whole JSON as before): one JSON object
a line, each a change made after the file was last written whole. A change is appended
and flushed to disk (`fsync`) under the file's lock (`store.locked`); whoever loads the
file replays the journal over it. A crash while appending leaves a last line with no
newline: it is ignored when read, and cut off before the next append (it was never
acknowledged). A complete line that is not JSON or not a change is damage: the journal
is moved aside (`store.keep_aside`) and reported, never read in part.

When the journal has grown past a fraction of the file (or when the reader quits), the
owner writes the file whole again (`store.write_atomic`) and removes the journal. A crash
between the two leaves the new file and the old journal: each line sets a value outright
(a bookmark, or its removal), so replaying it over a file that holds it already changes
nothing. Rewriting a 20 MB bookmarks file took ~0.4-0.7 s of the UI thread on every `m`;
a line takes a few milliseconds, most of it the `fsync`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.text import visible
from tui.userdata.store import Shape, StateFileError, Stamp, keep_aside, stamp_of

FileId = tuple[int, int]
"""A journal's device and inode: one moved aside or removed and made again has another."""


def journal_path(path: Path) -> Path:
    """The journal of a state file: `NAME.journal` beside it."""
    return path.with_name(f"{path.name}.journal")


@dataclass(frozen=True)
class Place:
    """How far this session has read or written a state file and its journal: the file
    (its `Stamp`), the journal (its `FileId`) and how many of the journal's bytes."""

    main: Stamp | None = None
    journal: FileId | None = None
    end: int = 0

    def still(self, path: Path) -> bool:
        """Whether the journal's bytes after `end` are all that is new: the file is the
        one read here, and the journal the same (or new, when none was read)."""
        if stamp_of(path) != self.main:
            return False
        now = _file_id(journal_path(path))
        if now is None:
            return self.journal is None
        return (self.journal is None and self.end == 0) or (now[0] == self.journal and now[1] >= self.end)


@dataclass(frozen=True)
class JournalRead:
    """The changes read from a journal, its id and where the last whole line ends."""

    changes: list[dict[str, Any]]
    journal: FileId | None
    end: int
    problem: str | None = None
    """One line: what was wrong with the journal and where it was moved (escaped)."""


def _file_id(path: Path) -> tuple[FileId, int] | None:
    """A file's id and size now (None: there is none)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino), st.st_size


def read_journal(path: Path, kind: str, fits: Shape, start: int = 0) -> JournalRead:
    """The whole lines of `path`'s journal from byte `start` (a torn last line is left out);
    a journal with a line that is not a change (`fits` says why) is moved aside whole and
    reported, and none of it is read."""
    journal = journal_path(path)
    try:
        with open(journal, "rb") as handle:
            st = os.fstat(handle.fileno())
            handle.seek(start)
            raw = handle.read()
    except FileNotFoundError:
        return JournalRead([], None, 0)
    except OSError as err:
        return JournalRead([], None, 0, visible(f"{journal}: cannot read the {kind} journal ({err.strerror or err}): give yourself read access to it; starting without it"))
    whole = raw[: raw.rfind(b"\n") + 1]
    changes: list[dict[str, Any]] = []
    offset = start
    for number, line in enumerate(whole.split(b"\n")[:-1], start=1):
        why = _misfit(line, fits) if line.strip() else ""
        if why:
            where = f"line {number}" if start == 0 else f"the line at byte {offset}"
            aside = keep_aside(journal)
            moved = f"moved to {aside.name}" if aside else "left in place (it could not be renamed)"
            problem = f"{journal}: damaged {kind} journal ({where}: {why}); {moved}, its changes are not read"
            return JournalRead([], None, 0, visible(problem))
        if line.strip():
            changes.append(json.loads(line))
        offset += len(line) + 1
    return JournalRead(changes, (st.st_dev, st.st_ino), start + len(whole))


def _misfit(line: bytes, fits: Shape) -> str:
    """Why one journal line is not a change ("" when it is one)."""
    try:
        change = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return "not UTF-8"
    except ValueError as err:
        return f"not JSON: {err}"
    if not isinstance(change, dict):
        return "not a JSON object"
    return fits(change)


def append_journal(path: Path, changes: list[dict[str, Any]], place: Place) -> Place:
    """Append changes to `path`'s journal and flush them to disk (the caller holds the lock
    and has read the journal up to `place.end`: bytes after it are a torn line, cut off);
    where the journal ends now (StateFileError when it cannot be written)."""
    journal = journal_path(path)
    text = "".join(json.dumps(change, ensure_ascii=False, separators=(",", ":")) + "\n" for change in changes)
    try:
        fd = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)  # (notes: private, as the file)
    except OSError as err:
        raise StateFileError(visible(f"cannot write {journal}: {err.strerror or err}")) from None
    try:
        if os.fstat(fd).st_size > place.end:
            os.ftruncate(fd, place.end)
        data = text.encode("utf-8")
        while data:
            data = data[os.write(fd, data) :]
        os.fsync(fd)
        st = os.fstat(fd)
    except OSError as err:
        raise StateFileError(visible(f"cannot write {journal}: {err.strerror or err}")) from None
    finally:
        os.close(fd)
    return Place(place.main, (st.st_dev, st.st_ino), st.st_size)


def drop_journal(path: Path, main: Stamp) -> Place:
    """Remove `path`'s journal once the file has been written whole (stamp `main`) with
    every change in it (StateFileError when it cannot be removed: replayed, it changes
    nothing, but it would grow)."""
    try:
        journal_path(path).unlink(missing_ok=True)
    except OSError as err:
        raise StateFileError(visible(f"cannot remove {journal_path(path)}: {err.strerror or err}")) from None
    return Place(main)
