"""An index that arrives while the reader reads the results (a big file's first start:
the questions' index, then the answers) filters again, but never moves the reader off
the entry shown once they have left the filter bar: the tenth sweep saw `/kda` Enter `y`
typed ahead copy one entry while the pane jumped to another when the answers came."""

from __future__ import annotations

from tests.reader_support import reader, ready, settle


async def test_a_new_index_keeps_the_entry_read_in_the_results() -> None:
    app = reader()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        await pilot.press("/", *"int4", "enter")
        await settle(pilot, "int4")
        assert screen.result is not None and len(screen.result.matches) >= 2
        best, second = screen.result.matches[0].entry_id, screen.result.matches[1].entry_id
        assert screen.shown_entry == best
        await pilot.press("]")
        await pilot.pause()
        assert screen.shown_entry == second
        app.index_ready(app.index)  # type: ignore[arg-type]  # (as a new index arrives)
        await settle(pilot, "int4")
        await pilot.pause()
        assert screen.shown_entry == second


async def test_while_typing_a_new_index_still_shows_its_best_match() -> None:
    app = reader()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        await pilot.press("/", *"int4")
        await settle(pilot, "int4")
        assert screen.result is not None
        best = screen.result.matches[0].entry_id
        screen.shown_entry = screen.result.matches[1].entry_id
        app.index_ready(app.index)  # type: ignore[arg-type]
        await settle(pilot, "int4")
        await pilot.pause(0.2)
        assert screen.shown_entry == best  # the filter bar has the focus: its best match is previewed
