"""Keys that reach the filter bar or the note editor together (a burst over SSH, or typed
while the reader is busy) act in the order they were typed: an editing key (ctrl+u,
backspace, left) is not left behind the letters queued after it, and ctrl+s saves every
letter typed before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from corpus.loader import load_corpus
from tests.reader_support import reader, ready
from tui.userdata import corpus_bookmarks


def _key(name: str) -> events.Key:
    characters = {"ctrl+u": "\x15", "ctrl+w": "\x17", "ctrl+s": "\x13", "backspace": "\x7f", "left": None, "home": None, "space": " "}
    return events.Key(name, characters.get(name, name))


@pytest.mark.parametrize(
    ("before", "burst", "after"),
    [
        ("muon", ["ctrl+u", *"tensorboard"], "tensorboard"),
        ("", [*"tensoo", "backspace", *"rboard"], "tensorboard"),
        ("", [*"int", "space", *"fp4", "ctrl+w", *"muon"], "int muon"),
        ("", [*"uon", "home", "m"], "muon"),
        ("", [*"muo", "left", "x", "backspace"], "muo"),
    ],
)
async def test_a_burst_is_applied_in_the_order_typed(before: str, burst: list[str], after: str) -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *before)
        bar = app.reader_screen.filter_bar
        for name in burst:  # all queued at once, as a burst arrives
            bar.post_message(_key(name))
        await pilot.pause(0.3)
        assert bar.value == after


@pytest.mark.parametrize(
    ("burst", "note"),
    [
        ([*"a note", "ctrl+s"], "a note"),
        ([*"draft", "ctrl+u", *"final", "ctrl+s"], "final"),
        ([*"ab", "backspace", *"c", "ctrl+s"], "ac"),
    ],
)
async def test_a_note_typed_in_a_burst_is_saved_whole(small_corpus: Path, burst: list[str], note: str) -> None:
    """The note editor: keys reach the app together; the text area edits them in order
    and ctrl+s saves what was typed before it, all of it."""
    from tui.screens.note_editor import NoteEditor

    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        for name in burst:  # as the terminal's bytes are read: all posted to the app at once
            app.post_message(_key(name))
        await pilot.pause(0.5)
        screen = app.reader_screen
        assert screen is not None and not isinstance(app.screen, NoteEditor)
    (bookmark,) = corpus_bookmarks(load_corpus(small_corpus)).items
    assert bookmark.note == note


async def _typed(burst: bool, keys: list[str]) -> tuple[str, str | None, int, str | None]:
    """The filter's text, the entry shown, the tree's cursor line and the focused widget's
    id after `keys`, typed into the filter as one burst or one at a time."""
    named = {"enter": "\r", "escape": "\x1b", "down": None}
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        screen = app.reader_screen
        if burst:
            for name in keys:  # all queued for the filter bar at once, as a burst arrives
                screen.filter_bar.post_message(events.Key(name, named.get(name, name)))
        else:
            for name in keys:
                await pilot.press(name)
                await pilot.pause(0.1)
        await pilot.pause(0.5)
        focused = screen.focused.id if screen.focused is not None else None
        return screen.filter_bar.value, screen.shown_entry, screen.topic_tree.cursor_line, focused


@pytest.mark.parametrize(
    "keys",
    [[*"muon", "enter", "j"], [*"muon", "enter", "j", "j", "k"], [*"int4", "enter", "j", "enter"], [*"int", "down", "j"]],
    ids=["enter-j", "enter-jjk", "enter-j-enter", "down-j"],
)
async def test_keys_after_leaving_the_filter_in_a_burst_act_where_the_focus_went(keys: list[str]) -> None:
    """enter (or down) moves the focus out of the filter; the keys typed after it in the
    same burst act there, as when typed one at a time: `muon`, enter, `j` never puts
    `muonj` in the filter."""
    assert await _typed(True, keys) == await _typed(False, keys)


async def test_a_key_after_escape_in_a_burst_acts_as_when_typed_slowly() -> None:
    """escape clears the filter and leaves it, keeping the cursor on the best match of the
    query it cleared (searched even though the text had moved past it): a `j` right behind
    it moves on from there, not from the top of the tree."""
    keys = [*"kda", "escape", "j"]
    assert await _typed(True, keys) == await _typed(False, keys)


async def test_a_key_handed_back_by_a_widget_comes_before_keys_read_after_it() -> None:
    """A key that reached a widget after the focus left it is read again by the app: it
    went to the end of the app's queue, behind keys the terminal sent after it that the
    app had not handled yet (a loaded machine, a burst in two reads): `t` handed back by
    the tree after `/`, then `o` read, left `ot` in the filter."""
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        screen.set_focus(screen.filter_bar)  # the `/` before them, handled
        await pilot.pause()
        screen.topic_tree.post_message(_key("t"))  # sent to the tree while it had the focus
        app.post_message(_key("o"))  # read from the terminal after it, not yet handled
        await pilot.pause(0.3)
        assert screen.filter_bar.value == "to"

