"""The help screen names a remapped key as the rest of the reader does: `]`, not
`right_square_bracket` (it kept its own table of key names beside `tui.keymap`'s)."""

from __future__ import annotations

import pytest

from tests.reader_support import reader, ready
from tui.keymap import key_label
from tui.screens.help import HelpScreen

REMAPS = (
    ("tree.next-entry", "right_square_bracket,ctrl+n"),
    ("tree.previous-entry", "left_square_bracket,ctrl+o"),
    ("reader.note", "full_stop"),
)
"""`[keys]` as the config file's reader hands them on: keys as Textual names them."""


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_help_names_remapped_bracket_keys_as_typed(lang: str) -> None:
    app = reader(lang=lang, keys=REMAPS)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        labels = [keys for _, keys, _ in app.screen.rows]
        assert "], ctrl+n" in labels and "[, ctrl+o" in labels and "." in labels, labels
        assert not any("square_bracket" in keys or "full_stop" in keys for keys in labels), labels
        shown = "".join(_text(table) for table in app.screen.tables)
        assert "right_square_bracket" not in shown and "], ctrl+n" in shown


def _text(table: object) -> str:
    """A help table as the terminal shows it."""
    from io import StringIO

    from rich.console import Console

    console = Console(width=100, record=True, file=StringIO())
    console.print(table)
    return console.export_text()


def test_a_key_is_labelled_by_keymap_alone() -> None:
    """The one table of key names: `tui.keymap`."""
    assert key_label("right_square_bracket") == "]" and key_label("question_mark") == "?"
    assert key_label("space") == "space" and key_label("ctrl+s") == "ctrl+s"
