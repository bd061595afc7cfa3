"""Two windows on one corpus, and a bookmarks file damaged between their saves: a file
written anew after damage says so (`rebuilt`), and a window that read the file before keeps
the bookmarks it has that the new file lacks. Before, window A set the damaged file aside
and wrote a new one from what A had; window B then took A's file as the current one and
dropped its bookmark y, on screen and on file (y was only in the damaged copy)."""

from __future__ import annotations

import json
from pathlib import Path

from tui.userdata.bookmarks import Bookmarks

GARBAGE = b"\x00garbage{{"


def ids(window: Bookmarks) -> list[str]:
    """The entries a window has bookmarked, in order."""
    return [b.entry_id for b in window.items]


def on_file(root: Path) -> list[str]:
    """The entries the bookmarks file holds (its journal replayed: as a new window reads it)."""
    return ids(Bookmarks.load("c", "T", root=root, read_only=True))


def mark(window: Bookmarks, entry_id: str) -> None:
    """Bookmark (or unbookmark) an entry in a window, and save."""
    window.toggle(entry_id, f"Q {entry_id}")
    window.save()


def two_windows(root: Path) -> tuple[Bookmarks, Bookmarks, Path]:
    """Windows A and B open on one corpus; B bookmarks y and saves (the file written whole)."""
    a, b = Bookmarks.load("c", "T", root=root), Bookmarks.load("c", "T", root=root)
    mark(b, "y")
    assert b.path is not None and b.path.exists() and not b.path.with_name("c.json.journal").exists()
    return a, b, b.path


def test_a_bookmark_of_the_other_window_stays_after_a_file_rebuilt_after_damage(tmp_path: Path) -> None:
    a, b, path = two_windows(tmp_path)
    path.write_bytes(GARBAGE)
    mark(a, "x")  # sets it aside, writes a new file from what A had
    assert a.aside is not None and on_file(tmp_path) == ["x"]
    assert isinstance(json.loads(path.read_text(encoding="utf-8")).get("rebuilt"), str)  # it says so
    mark(b, "z")
    assert sorted(ids(b)) == ["x", "y", "z"]  # on screen: y stays
    assert sorted(on_file(tmp_path)) == ["x", "y", "z"]  # and on file
    mark(a, "w")
    assert sorted(ids(a)) == ["w", "x", "y", "z"]  # A gets B's bookmarks as any other save
    assert sorted(on_file(tmp_path)) == ["w", "x", "y", "z"]


def test_a_bookmark_removed_in_this_window_stays_removed(tmp_path: Path) -> None:
    a, b, path = two_windows(tmp_path)
    mark(b, "v")
    mark(a, "u")  # A takes in y and v
    mark(b, "v")  # removed in B (saved); A has not seen it
    mark(b, "t")  # nor this one
    path.write_bytes(GARBAGE)
    mark(a, "x")  # A's new file holds v as it was, and no t
    mark(b, "z")
    assert sorted(ids(b)) == ["t", "u", "x", "y", "z"] and sorted(on_file(tmp_path)) == ["t", "u", "x", "y", "z"]
    mark(a, "s")  # A takes in B's file
    mark(a, "x")  # after the rebuild was taken in, A's removal is taken as any other
    mark(b, "w")
    assert sorted(ids(b)) == ["s", "t", "u", "w", "y", "z"] and sorted(on_file(tmp_path)) == ["s", "t", "u", "w", "y", "z"]


def test_a_bookmark_removed_in_the_rebuilt_file_since_stays_removed(tmp_path: Path) -> None:
    a, b, path = two_windows(tmp_path)
    path.write_bytes(GARBAGE)
    mark(a, "x")
    mark(b, "z")  # B takes in the rebuild, keeping y
    mark(a, "u")  # A takes in B's file (y, z)
    mark(a, "y")  # removed in A afterwards: taken as any other change
    mark(b, "w")
    assert sorted(ids(b)) == ["u", "w", "x", "z"] and sorted(on_file(tmp_path)) == ["u", "w", "x", "z"]


def test_a_file_set_aside_by_a_window_started_after_the_damage(tmp_path: Path) -> None:
    _, b, path = two_windows(tmp_path)
    path.write_bytes(GARBAGE)
    c = Bookmarks.load("c", "T", root=tmp_path)  # sets it aside, starting afresh
    assert c.aside is not None and not c.items
    mark(b, "z")  # the file is gone: B writes it anew from what it had
    assert sorted(ids(b)) == ["y", "z"] and sorted(on_file(tmp_path)) == ["y", "z"]
    mark(c, "x")
    assert sorted(ids(c)) == ["x", "y", "z"] and sorted(on_file(tmp_path)) == ["x", "y", "z"]


def test_a_window_started_after_the_damage_saves_first(tmp_path: Path) -> None:
    _, b, path = two_windows(tmp_path)
    path.write_bytes(GARBAGE)
    c = Bookmarks.load("c", "T", root=tmp_path)
    mark(c, "x")  # its first file is a new start
    mark(b, "z")
    assert sorted(ids(b)) == ["x", "y", "z"] and sorted(on_file(tmp_path)) == ["x", "y", "z"]


def test_a_window_quitting_with_no_change_writes_what_the_rebuilt_file_lacks(tmp_path: Path) -> None:
    a, b, path = two_windows(tmp_path)
    path.write_bytes(GARBAGE)
    mark(a, "x")
    b.compact()  # no change in B since: y is written all the same
    assert sorted(on_file(tmp_path)) == ["x", "y"] and not path.with_name("c.json.journal").exists()

