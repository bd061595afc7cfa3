"""An append-only journal of changes beside a state file, so a change costs one line.

`NAME.journal` sits next to `NAME` (the state file, whole JSON as before): one JSON object
a line, each a change made after the file was last written whole. A change is appended
and flushed to disk (`fsync`) under the file's lock (`store.locked`); whoever loads the
file replays the journal over it. A crash while appending leaves a last line with no
newline: it is ignored when read, and cut off before the next append (it was never
acknowledged). A complete line that is not JSON or not a change is damage: that line is
skipped, every other line read, and the report says which lines were skipped and why. The
owner (the reader) then keeps a copy of the journal as it was (`NAME.journal.damaged-…`,
`store.copy_aside`) and leaves only its changes in it (`mend_journal`): nothing the user
had is lost, and the damage is reported once. A command that only lists leaves it as it is.

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
from typing import Any, Callable, Sized

from tui.userdata.json_words import not_json
from tui.userdata.problems import Part, Problem, part
from tui.userdata.store import NESTED_TOO_DEEPLY, StateFileError, Stamp, kind_named, copy_aside, kept_already, replace_file, stamp_of, utf8

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
    damaged: bool = False
    """The journal holds damaged lines no copy could be kept of: it is never removed."""

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
class Misfit:
    """Why a journal line is not a change: `reason` in words, `{}` in it where the wrong
    value goes (`value`, as the file spells it). Lines wrong the same way are one reason in
    the report, their values listed (each value its own reason: 5000 lines, 3 shown)."""

    reason: str
    value: str = ""

    def __str__(self) -> str:
        return self.reason.replace("{}", self.value)


LineShape = Callable[[dict[str, Any]], "Misfit | None"]
"""What in a journal line's object is not a change (None when it is one)."""


@dataclass(frozen=True)
class Skipped:
    """A whole journal line that is not a change: which (counted from the first line read)
    and why."""

    number: int
    why: Misfit


@dataclass(frozen=True)
class JournalRead:
    """The changes read from a journal, its id and where the last whole line ends."""

    changes: list[dict[str, Any]]
    journal: FileId | None
    end: int
    problem: Problem | None = None
    """One line: why the journal could not be read (escaped)."""
    skipped: tuple[Skipped, ...] = ()
    """The lines that are not changes (left out of `changes`)."""
    raw: bytes = b""
    """The journal's bytes as read, when it has skipped lines (a copy is kept of them)."""


def _file_id(path: Path) -> tuple[FileId, int] | None:
    """A file's id and size now (None: there is none)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino), st.st_size


def read_journal(path: Path, kind: str, fits: LineShape, start: int = 0) -> JournalRead:
    """The whole lines of `path`'s journal from byte `start` (a torn last line is left out);
    a line that is not a change (`fits` says why) is skipped and listed in `skipped`, the
    others read. Nothing is moved or written (`mend_journal`, `damage_report`)."""
    journal = journal_path(path)
    try:
        with open(journal, "rb") as handle:
            st = os.fstat(handle.fileno())
            handle.seek(start)
            raw = handle.read()
    except FileNotFoundError:
        return JournalRead([], None, 0)
    except OSError as err:
        return JournalRead([], None, 0, Problem(part("journal_cannot_read", journal=journal, kind=kind_named(kind), why=err.strerror or err)))
    whole = raw[: raw.rfind(b"\n") + 1]
    changes: list[dict[str, Any]] = []
    skipped: list[Skipped] = []
    for number, line in enumerate(whole.split(b"\n")[:-1], start=1):
        if not line.strip():
            continue
        change = _change(line, fits)
        if isinstance(change, Misfit):
            skipped.append(Skipped(number, change))
        else:
            changes.append(change)
    return JournalRead(changes, (st.st_dev, st.st_ino), start + len(whole), skipped=tuple(skipped), raw=raw if skipped else b"")


def _change(line: bytes, fits: LineShape) -> dict[str, Any] | Misfit:
    """The change one journal line holds, or why it holds none."""
    try:
        change = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return Misfit("not UTF-8")
    except json.JSONDecodeError as err:
        words, place = not_json(err.doc, err)
        return Misfit("not JSON: " + words.replace("{}", "character {}"), str(place + 1))
    except ValueError as err:
        return Misfit(f"not JSON: {err}")
    except RecursionError:
        return Misfit(NESTED_TOO_DEEPLY)
    if not isinstance(change, dict):
        return Misfit("not a JSON object")
    return fits(change) or change


SHOWN_SKIPPED = 3
"""How many reasons a report gives, and how many line numbers and values for each (the
rest are counted)."""


def damage_report(path: Path, kind: str, read: JournalRead, kept: Part | Problem) -> Problem:
    """One line (escaped): which lines of `path`'s journal (read whole) were skipped and
    why, how many changes were read, and `kept`: what became of the journal (its first
    clause said in the same sentence, the others after it). The reasons stay English (the
    JSON's words, `json_words`)."""
    by_why: dict[str, list[int]] = {}
    values: dict[str, dict[str, None]] = {}
    for skipped in read.skipped:
        by_why.setdefault(skipped.why.reason, []).append(skipped.number)
        values.setdefault(skipped.why.reason, {})[skipped.why.value] = None
    reasons = []
    for why, numbers in list(by_why.items())[:SHOWN_SKIPPED]:
        reasons.append(f"line{_s(numbers)} {_listed([str(n) for n in numbers], 'and', ('more', 'more'))}: {why.replace('{}', _listed(list(values[why]), 'or', ('other', 'others')))}")
    rest = sum(len(numbers) for numbers in list(by_why.values())[SHOWN_SKIPPED:])
    if rest:
        reasons.append(f"{rest} more line{_s(range(rest))}")
    count = len(read.skipped)
    lines = part("journal_one_skipped") if count == 1 else part("journal_some_skipped", n=count)
    n = len(read.changes)
    others = part("journal_no_other") if not n else part("journal_one_other") if n == 1 else part("journal_others", n=n)
    first, *then = kept.parts if isinstance(kept, Problem) else (kept,)
    journal, named = journal_path(path), kind_named(kind)
    damaged = part("journal_damaged", journal=journal, kind=named, reasons="; ".join(reasons), skipped=lines, others=others, kept=first)
    return Problem(damaged, *then)


def _listed(items: list[str], word: str, rest: tuple[str, str]) -> str:
    """The first `SHOWN_SKIPPED` items (`1, 2 and 3`), the others counted (`1, 2, 3 and 9
    more`; `"a", 5, null or 2 others`: `rest` is the word for one and for more)."""
    if len(items) > SHOWN_SKIPPED:
        left = len(items) - SHOWN_SKIPPED
        return f"{', '.join(items[:SHOWN_SKIPPED])} {word} {left} {rest[left > 1]}"
    return f" {word} ".join(items) if len(items) < 3 else f"{', '.join(items[:-1])} {word} {items[-1]}"


def _s(items: Sized) -> str:
    """The plural ending for a count of `items`."""
    return "" if len(items) == 1 else "s"


def mend_journal(path: Path, kind: str, read: JournalRead, main: Stamp | None) -> tuple[Place, Problem, Path | None]:
    """Keep a copy of `path`'s journal with skipped lines (read whole, under the lock) as it
    was, then leave only its changes in it: where this session has read it now, the report
    (`damage_report`) and where the copy is (the reader says how to get back the lines it
    skipped). A journal no copy could be kept of is left as it is and never removed
    (`Place.damaged`), its copy None."""
    journal = journal_path(path)
    try:
        # the same damage (a journal that could not be mended) kept already: no second copy
        aside = kept_already(journal, read.raw[: _end_of_line(read.raw, read.skipped[-1].number)]) or copy_aside(journal, read.raw)
    except OSError as err:
        kept = part("journal_no_copy", why=err.strerror or err)
        return Place(main, read.journal, read.end, damaged=True), damage_report(path, kind, read, kept), None
    try:
        now = replace_file(journal, _lines(read.changes))
    except StateFileError as err:
        return Place(main, read.journal, read.end), damage_report(path, kind, read, Problem(part("journal_copy_kept", aside=aside.name), err.problem)), aside
    return Place(main, now[:2], now[2]), damage_report(path, kind, read, part("journal_mended", aside=aside.name)), aside


def _end_of_line(raw: bytes, number: int) -> int:
    """Where line `number` (counted from 1) of `raw` ends, its newline included."""
    end = 0
    for _ in range(number):
        end = raw.index(b"\n", end) + 1
    return end


def append_journal(path: Path, changes: list[dict[str, Any]], place: Place) -> Place:
    """Append changes to `path`'s journal and flush them to disk (the caller holds the lock
    and has read the journal up to `place.end`: bytes after it are a torn line, cut off);
    where the journal ends now (StateFileError when it cannot be written)."""
    journal = journal_path(path)
    try:
        fd = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)  # (notes: private, as the file)
    except OSError as err:
        raise StateFileError(Problem(part("cannot_write", path=journal, why=err.strerror or err))) from None
    try:
        if os.fstat(fd).st_size > place.end:
            os.ftruncate(fd, place.end)
        data = _lines(changes)
        while data:
            data = data[os.write(fd, data) :]
        os.fsync(fd)
        st = os.fstat(fd)
    except OSError as err:
        raise StateFileError(Problem(part("cannot_write", path=journal, why=err.strerror or err))) from None
    finally:
        os.close(fd)
    return Place(place.main, (st.st_dev, st.st_ino), st.st_size, place.damaged)


def _lines(changes: list[dict[str, Any]]) -> bytes:
    """Changes as journal lines."""
    return utf8("".join(json.dumps(change, ensure_ascii=False, separators=(",", ":")) + "\n" for change in changes))


def drop_journal(path: Path, main: Stamp) -> Place:
    """Remove `path`'s journal once the file has been written whole (stamp `main`) with
    every change in it (StateFileError when it cannot be removed: replayed, it changes
    nothing, but it would grow)."""
    try:
        journal_path(path).unlink(missing_ok=True)
    except OSError as err:
        raise StateFileError(Problem(part("cannot_remove", path=journal_path(path), why=err.strerror or err))) from None
    return Place(main)
