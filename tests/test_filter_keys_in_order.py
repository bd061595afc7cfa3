"""Keys that reach the filter bar together (a burst over SSH, or typed while the reader is
busy) act in the order they were typed: an editing key (ctrl+u, backspace, left) is not
left behind the letters queued after it."""

from __future__ import annotations

import pytest
from textual import events

from tests.reader_support import reader, ready


def _key(name: str) -> events.Key:
    characters = {"ctrl+u": "\x15", "ctrl+w": "\x17", "backspace": "\x7f", "left": None, "home": None, "space": " "}
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
