"""JSON state files written atomically, and a damaged one kept aside, never overwritten.

A write goes to a temporary file in the same folder, is flushed to disk, then renamed over
the old file with `os.replace`: a crash at any point leaves either the old file or the new
one, whole. A file that cannot be read back (bad JSON, wrong shape) is renamed to
`NAME.damaged-YYYYMMDD-HHMMSS[-N]` and reported; the caller starts afresh. A report
holds the file's path escaped (`corpus.text.visible`): a folder's name may hold any
character but `/`, and one ESC in it cleared the screen and set the terminal's title.

Two readers may keep the same file (two windows on one corpus): each writes what it
changed since it last read or wrote the file onto what the file holds now (`merged`),
under a lock (`locked`), never its whole copy over the other's work (a bookmark, a note
or a read mark made in one window was lost when the other saved). A file no one else has
written since (its `Stamp` unchanged) is not read again: it holds what was written here.

A big file is written as compact JSON (Python's C encoder), a small one indented for the
eye: at 100k entries a save of the read marks, each time an entry had stayed shown a
moment, took ~150 ms of the UI thread, most of it the indenting encoder and reading back
the file just written.
"""

from __future__ import annotations

import glob
import json
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TypeVar

from tui.userdata.json_words import not_json
from tui.userdata.problems import Part, Problem, part

V = TypeVar("V")

Stamp = tuple[int, int, int, int]
"""A file's device, inode, size and modification time (ns): a file replaced or written
since has another (`write_atomic` renames a new file over the old one)."""

READABLE_MOST = 64 * 1024
"""A state file up to this many characters is written indented, one item a line."""


class StateFileError(Exception):
    """A state file could not be written; `str()` is one line saying which and why (the
    path escaped: `corpus.text.visible`), `problem` the same as a `Problem` (the reader
    says it in the reading language)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem if isinstance(problem, Problem) else Problem(problem)


@dataclass(frozen=True)
class Loaded:
    """What reading a state file gave: its data (None when absent or damaged) and a problem."""

    data: dict[str, Any] | None
    problem: Problem | None = None
    """One line saying what was wrong and where the damaged file was moved (escaped)."""
    stamp: Stamp | None = None
    """The stamp of the file read (None: none was read)."""
    unread: bool = False
    """The file is there and nothing could be read from it: it cannot be read, or it is
    damaged and was left in place (not `set_aside`, or it could not be moved). It is never
    written over: what it holds would be lost."""
    aside: Path | None = None
    """Where the damaged file was moved (`keep_aside`): the reader says how to get back what
    it held (None: none was moved)."""


def stamp_of(path: Path) -> Stamp | None:
    """The file's stamp now (None: there is none)."""
    try:
        return _stamp(os.stat(path))
    except OSError:
        return None


def _stamp(st: os.stat_result) -> Stamp:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def write_atomic(path: Path, data: object) -> Stamp:
    """Write `data` as JSON to `path` atomically (StateFileError when it cannot be
    written); the stamp of the file written."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    if len(text) <= READABLE_MOST:
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    return replace_file(path, utf8(text + "\n"))


def utf8(json_text: str) -> bytes:
    """JSON text as UTF-8. A lone surrogate (`\\ud800`: a JSON string may hold one, and a
    file or journal read back holds it) has no UTF-8: it is written as JSON spells it,
    `\\ud800`, and read back as it was (`.encode("utf-8")` raised UnicodeEncodeError: the
    reader crashed at each start, mending a journal that held one)."""
    return json_text.encode("utf-8", "backslashreplace")


def replace_file(path: Path, data: bytes) -> Stamp:
    """Write `data` to `path` atomically, private to its owner (StateFileError when it
    cannot be written); the stamp of the file written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise StateFileError(Problem(part("cannot_write", path=path, why=err.strerror or err))) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            written = _stamp(os.fstat(handle.fileno()))
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise StateFileError(Problem(part("cannot_write", path=path, why=err.strerror or err))) from None
    return written


NESTED_TOO_DEEPLY = "not JSON: nested too deeply"
"""Why JSON nested deeper than Python's recursion limit (`[` * 1000) is damage: `json.loads`
raised RecursionError, a traceback at every start of the reader."""


Shape = Callable[[dict[str, Any]], str]
"""What in a state file's data does not fit its format, in words ("" when all of it fits)."""


AFRESH = part("state_then_afresh")
"""What the reader does once a damaged file is moved aside at start-up: it starts afresh."""

WITHOUT = part("state_starting_without")
"""What the reader does at start-up with a file it cannot read (or set aside): it starts without it."""

KINDS = {"read marks": "kind_read_marks", "bookmarks": "kind_bookmarks"}
"""The `tui.ui_text` key naming each kind of state file (another kind is named as it is)."""


def kind_named(kind: str) -> Part | str:
    """The name of a kind of state file (`read_json`'s `kind`), to be said in the reading language."""
    return part(KINDS[kind]) if kind in KINDS else kind


def read_json(path: Path, kind: str, format_id: str, shape: Shape | None = None, set_aside: bool = True, then: Part = AFRESH, still: Part = WITHOUT) -> Loaded:
    """Read a state file of `format_id`; a damaged one is moved aside (or, not
    `set_aside`, left as it is: a command that only lists) and reported.

    `kind` names the file for the report ("read marks", "bookmarks"), `then` what the
    reader does once a damaged one is moved aside (at start-up it starts afresh; a window
    that had read it keeps what it had), `still` when it cannot be read or set aside (at
    start-up it starts without it; a window that had read it keeps what it had). A file whose data does not fit `shape` is damaged
    too: read as far as it fits, the next save would write over what did not (a note of 5
    was read as no note, then lost).
    """
    try:
        with open(path, "rb") as handle:
            stamp = _stamp(os.fstat(handle.fileno()))
            raw = handle.read()
    except FileNotFoundError:
        return Loaded(None)
    except OSError as err:
        fix = part("state_fix_directory" if isinstance(err, IsADirectoryError) else "state_fix_access")
        cannot = part("state_cannot_read", path=path, kind=kind_named(kind), why=err.strerror or err, fix=fix, then=still)
        return Loaded(None, Problem(cannot), unread=True)
    data, why = _parsed(raw, format_id)
    if data is not None and shape is not None and (why := shape(data)):
        data = None
    if data is not None:
        return Loaded(data, stamp=stamp)
    named = kind_named(kind)
    if not set_aside:
        return Loaded(None, Problem(part("state_damaged_left", path=path, kind=named, why=why)), unread=True)
    aside = keep_aside(path)
    if aside is None:
        stuck = part("state_damaged_stuck", path=path, kind=named, why=why, then=still)
        return Loaded(None, Problem(stuck), unread=True)
    return Loaded(None, Problem(part("state_damaged_aside", path=path, kind=named, why=why, aside=aside.name, then=then)), aside=aside)


def _parsed(raw: bytes, format_id: str) -> tuple[dict[str, Any] | None, str]:
    """The state file these bytes hold, or None and why they are not one (parsed once:
    a 20 MB bookmarks file took 0.5 s a parse)."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "not UTF-8"
    except json.JSONDecodeError as err:
        words, place = not_json(err.doc, err)
        line, column = err.doc.count("\n", 0, place) + 1, place - err.doc.rfind("\n", 0, place)
        return None, "not JSON: " + words.replace("{}", f"line {line}, column {column}")
    except ValueError as err:
        return None, f"not JSON: {err}"
    except RecursionError:
        return None, NESTED_TOO_DEEPLY
    if not isinstance(data, dict):
        return None, "not a JSON object"
    if data.get("format") != format_id:
        return None, f"format is {data.get('format')!r}, expected {format_id!r}"
    return data, ""


def keep_aside(path: Path) -> Path | None:
    """Rename a damaged file to a name not taken yet; None if it could not be renamed."""
    for aside in _aside_names(path):
        if aside.exists():
            continue
        try:
            # link + unlink, not rename: rename would overwrite a file created meanwhile.
            os.link(path, aside)
        except FileExistsError:
            continue
        except OSError:
            try:
                if aside.exists():
                    continue
                os.rename(path, aside)
                return aside
            except OSError:
                return None
        path.unlink(missing_ok=True)
        return aside
    return None


def copy_aside(path: Path, data: bytes) -> Path:
    """Keep `data` (a damaged file's bytes, as read) in a new file beside `path` named as
    `keep_aside` names it, private and flushed to disk; its path (OSError when it cannot be
    written)."""
    for aside in _aside_names(path):
        try:
            fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            aside.unlink(missing_ok=True)
            raise
        return aside
    raise FileExistsError(f"{path.name}.damaged-*: every name is taken")


def kept_already(path: Path, start: bytes) -> Path | None:
    """A copy kept aside of `path` that starts with `start` (None: there is none): a file
    that stays damaged (it could not be mended) needs one copy, not one more at each start."""
    for aside in kept_aside(path):
        try:
            with open(aside, "rb") as handle:
                if handle.read(len(start)) == start:
                    return aside
        except OSError:
            continue
    return None


def kept_aside(path: Path) -> list[Path]:
    """The copies of `path` kept aside as damaged (`NAME.damaged-…`), oldest first."""
    return sorted(path.parent.glob(f"{glob.escape(path.name)}.damaged-*"))


def _aside_names(path: Path) -> Iterator[Path]:
    """The names a damaged file may be kept under, `NAME.damaged-YYYYMMDD-HHMMSS[-N]`."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        yield path.with_name(f"{path.name}.damaged-{stamp}" + (f"-{n}" if n else ""))


def merged(base: dict[str, V], ours: dict[str, V], theirs: dict[str, V]) -> dict[str, V]:
    """What the file holds now (`theirs`) with this session's changes since `base` (what
    it held when last read or written here): items added or changed here put in (in
    place, or at the end), items removed here taken out; the rest as the file has it."""
    out = {key: value for key, value in theirs.items() if not (key in base and key not in ours)}
    for key, value in ours.items():
        if base.get(key, _MISSING) != value:
            out[key] = value
    return out


_MISSING = object()


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path`'s lock file (`.NAME.lock`) while reading and
    writing it; without one (no fcntl, a folder that cannot be written) go on unlocked:
    the write itself says what is wrong."""
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path.with_name(f".{path.name}.lock"), "a")  # noqa: SIM115
    except OSError:
        yield
        return
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError:
            pass
        yield
