"""Messages that name a reading key name the key bound now, after the config file's [keys]
(sweep 9, finding 6: with `m` remapped, "Open an entry first: m bookmarks …" still said m)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Static

from tests.reader_support import reader, ready
from tui.screens.note_editor import NoteEditor

KEYS = (
    ("reader.bookmark", "x"),
    ("reader.note", "w"),
    ("reader.bookmarks", "v"),
    ("reader.links", "i"),
    ("reader.toggle-read", "z"),
    ("note.save", "ctrl+o"),
    ("note.cancel", "ctrl+g"),
)

SAID = {
    "en": [
        "Move to an entry first: z marks it read or unread.",
        "Open an entry first: x bookmarks the entry the pane shows.",
        "Open an entry first: w writes a note on the entry the pane shows.",
        "Open an entry first: i lists the links of the entry the pane shows.",
        "k3: bookmarked (w adds a note, v lists bookmarks)",
    ],
    "zh": [
        "请先移到一个条目上：按 z 标为已读或未读。",
        "请先打开一个条目：按 x 给当前显示的条目加书签。",
        "请先打开一个条目：按 w 给当前显示的条目写笔记。",
        "请先打开一个条目：按 i 列出当前显示条目的链接。",
        "k3：已加书签（w 添加笔记，v 查看书签）",
    ],
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_messages_name_the_keys_bound_now(small_corpus: Any, lang: str) -> None:
    app = reader(corpus_path=small_corpus, lang=lang, keys=KEYS)
    said: list[str] = []
    original = app.notify
    app.notify = lambda message, **kw: said.append(message) or original(message, **kw)  # type: ignore[method-assign,func-returns-value]
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)  # on the first topic's line: no entry open
        await pilot.press("z", "x", "w", "i")
        await pilot.pause()
        app.reader_screen.open_entry("k3")  # type: ignore[union-attr]
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert said[-5:] == SAID[lang]
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        hint = str(app.screen.query_one(".note-editor--hint", Static).render())
        assert hint.startswith("ctrl+o ") and "ctrl+g " in hint, hint
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
