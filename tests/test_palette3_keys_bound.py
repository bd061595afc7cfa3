"""The command palette names the keys bound now, as the help does (`tui.keymap.keys_label`):
a `[keys]` remap (`.` for a bookmark), `esc` for Escape, `?, comma` for the help."""

from __future__ import annotations

import pytest

from tests.reader_support import reader, ready
from tui.ui_text import key_description

REMAPS = (("reader.bookmark", "full_stop"), ("reader.note", "number_sign"), ("app.help", "question_mark,comma"))
"""The config file's `[keys]` as the reader holds them (Textual's names): `.`, `#`, `?,comma`."""


async def palette_help(lang: str, keys: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Every palette command's help line, by title, in the reader started with `keys`."""
    app = reader(lang=lang, keys=keys)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        return {title: help_text for title, help_text, *_ in app.get_system_commands(app.screen)}


@pytest.mark.parametrize(
    ("lang", "bookmark", "note", "help_line"),
    [
        ("en", "key: .  (read marks, bookmarks, links)", "key: #  (read marks, bookmarks, links)", "key: ?, comma  every key of the reader"),
        ("zh", "按键：.（已读标记、书签、链接）", "按键：#（已读标记、书签、链接）", "按键：?, comma  阅读器的全部按键"),
    ],
    ids=["en", "zh"],
)
async def test_the_palette_names_the_remapped_keys(lang: str, bookmark: str, note: str, help_line: str) -> None:
    """With `.` for the bookmark, the palette said `key: m`, which no longer bookmarks;
    and `key: ?` for the help, with `?, comma` bound."""
    commands = await palette_help(lang, REMAPS)
    assert commands[key_description(lang, "Bookmark")] == bookmark, commands
    assert commands[key_description(lang, "Bookmark note")] == note, commands
    assert commands[key_description(lang, "Help")] == help_line, commands


@pytest.mark.parametrize(
    ("lang", "clear", "keys"),
    [
        ("en", "key: esc  (anywhere)", ()),
        ("zh", "按键：esc（任意位置）", ()),
        ("en", "key: esc, x  (anywhere)", (("reader.clear-filter", "escape,x"),)),
    ],
    ids=["en", "zh", "en-remapped"],
)
async def test_the_palette_names_escape_esc_as_the_help_does(lang: str, clear: str, keys: tuple[tuple[str, str], ...]) -> None:
    """`Clear filter` said `key: escape` (zh `按键：escape`) where the help says `esc`."""
    commands = await palette_help(lang, keys)
    assert commands[key_description(lang, "Clear filter")] == clear, commands
