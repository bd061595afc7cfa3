"""A toast on a narrow screen takes the screen's width, not half of it: at 80x24 and under, a
long toast (a damaged file's path, then how to get back what it held) in half the width took
twice the lines and ran off the top of the screen. A toast is 60 cells wide, as Textual
makes it, but never wider than the screen has room for."""

from __future__ import annotations

import pytest

from tests.reader_support import reader, ready
from tui.toasts import ReaderToast

SAID = "A/long/path/to/a/file/that/was/damaged.json: damaged; moved to damaged.json.damaged-20261202"


@pytest.mark.parametrize("size, width", [((40, 15), 38), ((60, 20), 58), ((80, 24), 60), ((120, 30), 60)])
async def test_a_toast_takes_the_screens_width_up_to_60(size: tuple[int, int], width: int) -> None:
    app = reader()
    async with app.run_test(size=size, notifications=True) as pilot:
        await ready(pilot)
        app.notify(SAID, title="Problem", timeout=30, markup=False)
        await pilot.pause(0.3)
        (toast,) = app.screen.query(ReaderToast)
        # (the rack keeps two cells on the right for its scrollbar, as in Textual)
        assert toast.region.width == width and toast.region.right == size[0] - 2, toast.region
