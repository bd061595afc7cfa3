"""Keys that act on the shown entry (`y`, `m`, `o`), read in one burst with the moves
before them: they act on the entry the moves reached, the one the screen shows after.

A burst is every key posted to the app before any is handled, as one read from a slow
SSH link is. The tree's cursor reported its move in a message handled after the `y`
queued behind the move: `j y` copied the entry before the `j`, while the status line and
the pane went on to the next one.
"""

from __future__ import annotations

import pytest
from textual import events

from tests.reader_support import reader, ready, settle
from tui.app import ReaderApp

NAMES = {" ": "space", "/": "slash", "]": "right_square_bracket", "[": "left_square_bracket"}


def burst(app: ReaderApp, *keys: str) -> None:
    """Post every key at once: a name of more than one letter is a key's name."""
    for key in keys:
        if len(key) > 1 and key not in NAMES.values():
            app.post_message(events.Key(key, None))
        else:
            app.post_message(events.Key(NAMES.get(key, key), key if len(key) == 1 else None))


async def calm(pilot, app: ReaderApp) -> None:  # type: ignore[no-untyped-def]
    for _ in range(20):
        await pilot.pause()


def citation_entry(app: ReaderApp) -> str | None:
    clipboard = app.clipboard
    return next((line.split()[1] for line in clipboard.splitlines() if line.startswith("Entry: ")), None)


@pytest.mark.parametrize("moves", [["j"], ["j", "j"], ["]", "]"], ["G"], ["j", "j", "k"]])
async def test_y_after_moves_in_one_burst_copies_the_entry_they_reached(moves: list[str]) -> None:
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and app.focused is screen.topic_tree
        burst(app, *moves, "y")
        await calm(pilot, app)
        shown = screen.shown_entry
        assert shown is not None and shown != "kda-next-flagship"
        assert screen.topic_tree.current is not None and screen.topic_tree.current.entry_id == shown
        assert citation_entry(app) == shown, (shown, app.clipboard[:200])


async def test_y_after_a_filter_and_moves_in_one_burst_copies_the_entry_shown() -> None:
    app = reader()
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        burst(app, "/", *"api", "enter", "j", "y")
        await calm(pilot, app)
        await settle(pilot, "api")
        await calm(pilot, app)
        shown = screen.shown_entry
        assert shown is not None and screen.result is not None and screen.topic_tree.current is not None
        assert shown == screen.topic_tree.current.entry_id != screen.result.matches[0].entry_id
        assert citation_entry(app) == shown


async def test_m_after_a_move_in_one_burst_bookmarks_the_entry_it_reached() -> None:
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and screen.bookmarks is not None
        burst(app, "j", "m")
        await calm(pilot, app)
        shown = screen.shown_entry
        assert shown != "kda-next-flagship"
        assert [b.entry_id for b in screen.bookmarks.items] == [shown]


async def test_o_after_a_move_in_one_burst_lists_the_links_of_the_entry_it_reached() -> None:
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        burst(app, "j", "o")
        await calm(pilot, app)
        shown = screen.shown_entry
        assert shown != "kda-next-flagship" and app.screen is not screen
        headings = [str(w.render()) for w in app.screen.query(".picker-heading")]
        assert any(str(shown) in h for h in headings), headings


async def test_escape_then_a_query_in_one_burst_filters_with_the_query() -> None:
    """Esc (clear the filter) then `/muon` in one read: the query was typed, then thrown
    away by the Esc handled after it."""
    app = reader()
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and app.focused is screen.topic_tree
        burst(app, "escape", "/", *"muon")
        await calm(pilot, app)
        await settle(pilot, "muon")
        assert screen.filter_bar.value == "muon"
        assert screen.result is not None and screen.result.query == "muon" and screen.result.matches


async def test_keys_after_enter_wait_for_the_result_of_the_query_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    """At 100k entries a query's result comes from a thread, later: `/query` enter `j j y`
    in one read moved in the tree as it was before the result and copied that entry, then
    the result came and the tree showed another."""
    monkeypatch.setenv("KIMI_AMA_TUI_INLINE_SEARCH", "0")  # every result from the thread, late
    app = reader()
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        burst(app, "/", *"api", "enter", "j", "y")
        await settle(pilot, "api")
        await calm(pilot, app)
        shown = screen.shown_entry
        assert screen.result is not None and screen.result.query == "api"
        assert screen.topic_tree.current is not None and shown == screen.topic_tree.current.entry_id
        assert citation_entry(app) == shown
        in_tree = [m.entry_id for m in screen.result.matches]
        assert shown in in_tree and shown != screen.result.matches[0].entry_id


@pytest.mark.parametrize("close", ["ctrl+s", "escape"])
async def test_keys_behind_the_key_closing_the_note_editor_act_in_the_reader(close: str) -> None:
    """`M`, a note, ctrl+s, `j y` in one read saved the note 'hijy' and the tree never
    moved; behind Esc, `j y` were lost."""
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and screen.bookmarks is not None
        burst(app, "M", "h", "i", close, "j", "y")
        await calm(pilot, app)
        await calm(pilot, app)
        assert app.screen is screen
        notes = {b.entry_id: b.note for b in screen.bookmarks.items}
        assert notes == ({"kda-next-flagship": "hi"} if close == "ctrl+s" else {})
        shown = screen.shown_entry
        assert shown != "kda-next-flagship" and citation_entry(app) == shown


@pytest.mark.parametrize("focus", ["tree", "pane"])
async def test_keys_typed_behind_ctrl_p_in_one_read_go_into_the_palette(focus: str) -> None:
    """`C-p muon` in one read showed `uon`: the first key reached the palette before its
    input had the focus, and was dropped."""
    from textual.command import CommandInput, CommandPalette

    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        if focus == "pane":
            await pilot.press("tab")
            await pilot.pause()
        burst(app, "ctrl+p", *"muon")
        await calm(pilot, app)
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).value == "muon"


@pytest.mark.parametrize("in_one_read", [False, True])
async def test_t_twice_gives_the_tree_its_focus_back_and_brackets_move_in_it(in_one_read: bool) -> None:
    """After `t` hid the tree and showed it again, the focus stayed in the pane, where `]`
    does nothing: the reader pressed `]` and stayed on the same entry."""
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and app.focused is screen.topic_tree
        if in_one_read:
            burst(app, "t", "t", "]", "y")
        else:
            for key in ("t", "t", "right_square_bracket", "y"):
                await pilot.press(key)
        await calm(pilot, app)
        assert screen.topic_tree.display and app.focused is screen.topic_tree
        shown = screen.shown_entry
        assert shown is not None and shown != "kda-next-flagship"
        assert citation_entry(app) == shown


async def test_t_twice_leaves_the_focus_in_the_pane_when_the_pane_had_it() -> None:
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        screen.set_focus(screen.pane)
        await pilot.press("t", "t")
        assert screen.topic_tree.display and app.focused is screen.pane


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (["B", "enter", "y"], "why-int4-not-fp4"),  # y copied the entry before the jump
        (["B", "enter", "m"], "why-int4-not-fp4"),  # m bookmarked it (here: removes that bookmark)
        (["B", "j", "enter", "y"], "muon-optimizer-at-1t"),  # the y was lost
        (["B", "enter", "]", "y"], "next"),  # the ] and the y were lost
    ],
)
async def test_keys_behind_the_bookmarks_lists_enter_act_on_the_entry_it_opened(keys: list[str], expected: str) -> None:
    """`B` Enter `y` in one read: the tree, the status line and the pane went to the
    bookmark's entry, but `y` copied the entry shown before (and `m`, `o` acted on it);
    keys behind a move in the list, or behind a `]` after Enter, were lost."""
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and screen.bookmarks is not None
        for entry_id in ("why-int4-not-fp4", "muon-optimizer-at-1t"):
            screen.bookmarks.toggle(entry_id, entry_id)
        burst(app, *keys)
        await calm(pilot, app)
        assert app.screen is screen
        shown = screen.shown_entry
        assert screen.topic_tree.current is not None and screen.topic_tree.current.entry_id == shown
        if expected == "next":
            assert shown not in ("kda-next-flagship", "why-int4-not-fp4")
        else:
            assert shown == expected
        if keys[-1] == "y":
            assert citation_entry(app) == shown
        else:
            assert [b.entry_id for b in screen.bookmarks.items] == ["muon-optimizer-at-1t"]


async def test_a_click_on_a_bookmark_opens_its_entry() -> None:
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and screen.bookmarks is not None
        for entry_id in ("why-int4-not-fp4", "muon-optimizer-at-1t"):
            screen.bookmarks.toggle(entry_id, entry_id)
        await pilot.press("B")
        await pilot.pause()
        from tui.widgets.bookmark_rows import ROW_HEIGHT, BookmarkRows

        rows = app.screen.query_one(BookmarkRows)
        await pilot.click(rows, offset=(2, ROW_HEIGHT))  # the second bookmark's first line
        await calm(pilot, app)
        assert app.screen is screen and screen.shown_entry == "muon-optimizer-at-1t"


@pytest.mark.parametrize(
    "keys",
    [
        ["Y", "j", "enter", "j", "y"],  # the citation dialog: a format chosen with Enter
        ["Y", "2", "j", "y"],  # ... with its digit
        ["o", "enter", "j", "y"],  # the links dialog: the first link copied with Enter
        ["o", "1", "j", "y"],  # ... with its key
    ],
)
async def test_keys_behind_the_key_closing_a_picker_act_in_the_reader(keys: list[str]) -> None:
    """The pickers closed by Enter (or a key of theirs), then `j y` in the same read: `j`
    moves the tree, `y` copies the entry it reached."""
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        burst(app, *keys)
        await calm(pilot, app)
        assert app.screen is screen
        shown = screen.shown_entry
        assert shown is not None and shown != "kda-next-flagship"
        assert citation_entry(app) == shown


@pytest.mark.parametrize(("lang", "says"), [("en", "1-4 copy at once"), ("zh", "1-4 直接复制")])
async def test_the_citation_dialogs_hint_says_a_digit_copies_at_once(lang: str, says: str) -> None:
    """The hint said `1-4 choose · Enter copies`, but a digit copies and closes the dialog:
    `Y 3 Enter`, as the hint said, sent the Enter to the tree."""
    app = reader(entry="kda-next-flagship", lang=lang)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("Y")
        await pilot.pause()
        hint = str(app.screen.query_one(".citation-picker--hint").render())
        assert says in hint
        await pilot.press("3")
        await pilot.pause()
        assert app.screen is screen and citation_entry(app) is None  # BibTeX: no "Entry:" line
        assert "kda-next-flagship" in app.clipboard


@pytest.mark.parametrize("how", [["B", "enter"], ["o", "2"]])
async def test_after_a_dialogs_jump_from_the_pane_brackets_go_on_from_the_entry_opened(how: list[str]) -> None:
    """Reading in the pane, `B` Enter (or a see-also link) opened the entry, and `]` did
    nothing: the focus stayed in the pane, where `]` is no key."""
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and screen.bookmarks is not None
        screen.bookmarks.toggle("sparse-attention-moba-dsa", "sparse-attention-moba-dsa")
        screen.set_focus(screen.pane)
        await pilot.pause()
        burst(app, *how, "]", "y")
        await calm(pilot, app)
        shown = screen.shown_entry
        assert app.focused is screen.topic_tree
        assert shown not in ("kda-next-flagship", "sparse-attention-moba-dsa")
        assert citation_entry(app) == shown


@pytest.mark.parametrize(("lang", "question"), [("both", "KDA 会不会"), ("zh", "KDA 会不会"), ("en", "Will KDA be used")])
async def test_the_bookmarks_list_shows_the_question_as_the_tree_does(lang: str, question: str) -> None:
    """Under `both` the list showed the English question, the tree the Chinese first."""
    from tui.widgets.bookmark_rows import BookmarkRows

    app = reader(entry="kda-next-flagship", lang=lang)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        await pilot.press("m", "B")
        await pilot.pause()
        rows = app.screen.query_one(BookmarkRows)
        first = "".join(segment.text for segment in rows.render_line(0))
        assert question in first, first
