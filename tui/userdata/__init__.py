"""The reader's own files: read marks, bookmarks with notes, and the config file.

Plain Python, no Textual import, so the command line (`bookmarks`, `cite --bookmarks`,
`config`) uses them without starting an app. Read marks live under
`$XDG_STATE_HOME/kimi-ama-tui/`, bookmarks under `$XDG_DATA_HOME/kimi-ama-tui/`, the
config under `$XDG_CONFIG_HOME/kimi-ama-tui/`. Every file is written atomically (a
temporary file, then `os.replace`); a bookmark's change is a line appended to the file's
journal (`journal`) until the file is written whole again. A damaged file is renamed
aside, never overwritten, and reported, and the reader starts without it; a damaged
journal line is skipped and reported, the journal copied aside as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.model import Corpus
    from tui.userdata.bookmarks import Bookmark, Bookmarks
    from tui.userdata.marks import ReadMarks
    from tui.userdata.store import StateFileError

__all__ = [
    "Bookmark",
    "Bookmarks",
    "ReadMarks",
    "ReadingState",
    "StateFileError",
    "corpus_bookmarks",
    "corpus_marks",
    "reading_state",
]


def __getattr__(name: str) -> object:
    """The classes, imported when first asked for: the config file is read at start-up
    through this package, and needs none of them."""
    if name in ("Bookmark", "Bookmarks"):
        from tui.userdata import bookmarks

        return getattr(bookmarks, name)
    if name == "ReadMarks":
        from tui.userdata.marks import ReadMarks

        return ReadMarks
    if name == "StateFileError":
        from tui.userdata.store import StateFileError

        return StateFileError
    raise AttributeError(name)


def corpus_bookmarks(corpus: Corpus, read_only: bool = False) -> Bookmarks:
    """The bookmarks of this corpus (found by its identity, wherever its file is);
    `read_only` for a command that only lists them (damage reported, nothing moved)."""
    from tui.userdata.bookmarks import Bookmarks
    from tui.userdata.identity import corpus_identity

    return Bookmarks.load(corpus_identity(corpus), corpus.title.get("en"), read_only=read_only)


def corpus_marks(corpus: Corpus) -> ReadMarks:
    """The read marks of this corpus, with what is new since it was last opened."""
    from tui.userdata.identity import corpus_identity
    from tui.userdata.marks import ReadMarks

    ids = [entry.id for entry in corpus.entries()]
    return ReadMarks.load(corpus_identity(corpus), corpus.title.get("en"), ids)


@dataclass(frozen=True)
class ReadingState:
    """A corpus's read marks and bookmarks as read from their files, with the sets the
    reader shows made already: read in the loading thread and handed to the reader
    screen, which owns them from then on (reading them on the UI thread took ~50 ms of
    its time at 100k entries)."""

    marks: ReadMarks
    bookmarks: Bookmarks
    read_ids: frozenset[str]
    """The entries marked read."""
    new_ids: frozenset[str]
    """The entries new since the corpus was last opened (and not read since)."""
    bookmarked_ids: set[str]
    """The entries with a bookmark (the screen's own from then on: changed in place, as a
    new set of 200,000 ids took ~10-50 ms for each `m`)."""


def reading_state(corpus: Corpus) -> ReadingState:
    """The read marks and bookmarks of this corpus, read now (off the UI thread)."""
    marks, bookmarks = corpus_marks(corpus), corpus_bookmarks(corpus)
    return ReadingState(
        marks,
        bookmarks,
        frozenset(marks.read),
        frozenset(marks.new),
        set(bookmarks.by_id),
    )
