"""The links dialog's scrollbar is drawn against its border, not two cells inside it next to
the URL text (`https://www.reddit.com/r/▆▆  │` at 40 and 60 columns)."""

from __future__ import annotations

import pytest
from textual.containers import Vertical
from textual.scrollbar import ScrollBar
from textual.widgets import OptionList

from tests.reader_support import reader, ready
from tui.screens.link_picker import LinkPicker


@pytest.mark.parametrize("size", [(40, 20), (60, 14)])
async def test_the_links_scrollbar_sits_against_the_border(size: tuple[int, int]) -> None:
    app = reader(lang="en", entry="kda-next-flagship")
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinkPicker)
        options = app.screen.query_one(OptionList)
        assert options.max_scroll_y > 0, "the list scrolls at this size"
        box = app.screen.query_one(Vertical).region  # (its border is its last column)
        y = options.region.y
        assert isinstance(app.screen.get_widget_at(box.right - 2, y)[0], ScrollBar)
        assert not isinstance(app.screen.get_widget_at(box.right - 4, y)[0], ScrollBar)
