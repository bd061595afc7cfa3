"""The key bar is composed again only when what it shows changes: Textual's footer mounts
and styles every key again on each change its screen's bindings might have had (seven
times while the reader starts, under the first keys typed)."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from tests.reader_support import reader, ready
from tui.widgets.fitting_footer import FittingFooter


def _keys(app: object) -> list[FooterKey]:
    return list(app.screen.query_one(FittingFooter).query(FooterKey))  # type: ignore[attr-defined]


async def test_the_same_bindings_leave_the_keys_mounted() -> None:
    app = reader()
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        before = _keys(app)
        assert before
        app.screen.refresh_bindings()
        app.screen.bindings_updated_signal.publish(app.screen)
        await pilot.pause()
        await pilot.pause()
        assert [id(key) for key in _keys(app)] == [id(key) for key in before]


async def test_new_bindings_or_a_new_width_lay_the_keys_out_again() -> None:
    app = reader()
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        in_the_tree = [key.key for key in _keys(app)]
        await pilot.press("/")
        await pilot.pause()
        await pilot.pause()
        in_the_filter = [key.key for key in _keys(app)]
        assert in_the_filter != in_the_tree
        await pilot.resize_terminal(40, 30)
        await pilot.pause()
        await pilot.pause()
        assert len(_keys(app)) < len(in_the_filter)
