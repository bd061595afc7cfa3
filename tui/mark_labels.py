"""How read marks and bookmarks look in the topic tree: signs, not only colour.

An unread entry starts with `•`, a new one (not in the corpus when it was last opened)
with `+`, a read one with a blank and is dimmed; a bookmarked one has `*`. A topic says
how many of its entries are unread. The signs are plain characters every terminal font
has, so the marks read the same with `NO_COLOR`, on 16 colours and on a Linux console.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text

from tui.ui_text import words

UNREAD = "•"
NEW = "+"
READ = " "
BOOKMARK = "*"


@dataclass(frozen=True)
class Marks:
    """The read, new and bookmarked entries, as the tree shows them; `known` False until loaded."""

    read: frozenset[str] = field(default_factory=frozenset)
    new: frozenset[str] = field(default_factory=frozenset)
    bookmarked: AbstractSet[str] = field(default_factory=frozenset)
    """The screen's own set, changed in place (a copy of 200,000 ids cost each `m` ~10-50 ms)."""
    known: bool = False
    """Whether the marks are loaded (before, the tree shows no signs at all)."""

    def sign(self, entry_id: str) -> str:
        """Two cells in front of an entry: read state, then bookmark."""
        if not self.known:
            return ""
        state = READ if entry_id in self.read else NEW if entry_id in self.new else UNREAD
        return state + (BOOKMARK if entry_id in self.bookmarked else " ")

    def unread_count(self, entry_ids: Iterable[str]) -> int:
        """How many of these entries are unread."""
        return sum(1 for i in entry_ids if i not in self.read)


def marked_label(marks: Marks, entry_id: str, label: Text, dim: Style) -> Text:
    """An entry's label with its signs in front; a read entry dimmed."""
    sign = marks.sign(entry_id)
    if not sign:
        return label
    out = Text(sign + " ")
    out.append_text(label)
    if entry_id in marks.read:
        out.stylize(dim)
    return out


def unread_suffix(marks: Marks, entry_ids: Iterable[str], lang: str = "en") -> str:
    """' · 4 unread' (' · 4 未读') after a topic's count (nothing once all are read, or before loading)."""
    if not marks.known:
        return ""
    unread = marks.unread_count(entry_ids)
    return words(lang, "unread", n=unread) if unread else ""
