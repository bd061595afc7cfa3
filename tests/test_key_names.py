"""Every message that names a key names the key bound now, after the config file's [keys]:
the filter's notices and the no-match pane (esc, /), `y` again, the bookmark list's hint
and its empty list (m, M, Enter, Esc), the help's title, the topic's overview and the
tree's "more" line (j k, enter, /, ?). Without a config they read as they always did."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from tests.reader_support import reader, ready
from tests.scale_support import entry_id, write_scale_corpus
from tui.app import ReaderApp
from tui.keymap import binding_ids
from tui.screens.bookmark_list import BookmarkList
from tui.screens.help import HelpScreen
from tui.userdata.config import config_source, load_config

PER = 210
"""Entries per topic: the overview lists 200 of them, the tree 100 before its 'more' line."""

CONFIG = """[keys]
"reader.filter" = "f"
"reader.clear-filter" = "x"
"tree.open" = "e"
"tree.down" = "s"
"tree.up" = "w"
"app.help" = "H"
"reader.copy-citation" = "c"
"reader.bookmark" = "v"
"reader.note" = "V"
"reader.bookmarks" = "z"
"""

DIALOG_KEYS = (("bookmarks.read", "space"), ("bookmarks.close", "ctrl+w"), ("help.close", "ctrl+w"))
"""The dialogs' own bindings (Textual's keymap takes them; the config file lists the reader's)."""

REMAPPED = {
    "en": {
        "placeholder": "f filter:",
        "overview": "↑↓/sw move · e read · f filter · H help",
        "overview_more": "… and 10 more: type f to filter",
        "more": "… 110 more entries: e lists them",
        "no_filter": "No filter is active: press f to filter",
        "again": "Not in your clipboard? Press c again to see the text and select it.",
        "no_bookmarks": "No bookmarks yet: v bookmarks the shown entry, V adds a note.",
        "bookmarks": "↑↓ or j k, g G, space: read it · ctrl+w closes",
        "help": "Keys  (ctrl+w closes;",
        "not_in_filter": ": press x to clear it",
        "no_match": "Change the query, or press x to clear it.",
    },
    "zh": {
        "placeholder": "f 筛选：",
        "overview": "↑↓/sw 移动 · e 阅读 · f 筛选 · H 帮助",
        "overview_more": "… 另有 10 个：按 f 筛选",
        "more": "… 还有 110 个条目：按 e 列出",
        "no_filter": "当前没有筛选：按 f 开始筛选",
        "again": "剪贴板里没有？再按一次 c 查看文本，手动选择。",
        "no_bookmarks": "还没有书签：按 v 给当前条目加书签，按 V 添加笔记。",
        "bookmarks": "↑↓ 或 j k、g G 移动，space 阅读 · ctrl+w 关闭",
        "help": "按键  （ctrl+w 关闭；",
        "not_in_filter": "：按 x 清除筛选",
        "no_match": "请修改查询，或按 x 清除。",
    },
}

DEFAULT = {
    "en": {
        "placeholder": "/ filter:",
        "overview": "↑↓/jk move · enter read · / filter · ? help",
        "overview_more": "… and 10 more: type / to filter",
        "more": "… 110 more entries: enter lists them",
        "no_filter": "No filter is active: press / to filter",
        "again": "Not in your clipboard? Press y again to see the text and select it.",
        "no_bookmarks": "No bookmarks yet: m bookmarks the shown entry, M adds a note.",
        "bookmarks": "↑↓ or j k, g G, Enter: read it · Esc closes",
        "help": "Keys  (esc closes;",
        "not_in_filter": ": press esc to clear it",
        "no_match": "Change the query, or press esc to clear it.",
    },
    "zh": {
        "placeholder": "/ 筛选：",
        "overview": "↑↓/jk 移动 · enter 阅读 · / 筛选 · ? 帮助",
        "overview_more": "… 另有 10 个：按 / 筛选",
        "more": "… 还有 110 个条目：按 enter 列出",
        "no_filter": "当前没有筛选：按 / 开始筛选",
        "again": "剪贴板里没有？再按一次 y 查看文本，手动选择。",
        "no_bookmarks": "还没有书签：按 m 给当前条目加书签，按 M 添加笔记。",
        "bookmarks": "↑↓ 或 j k、g G 移动，Enter 阅读 · Esc 关闭",
        "help": "按键  （esc 关闭；",
        "not_in_filter": "：按 esc 清除筛选",
        "no_match": "请修改查询，或按 esc 清除。",
    },
}

KEYS_PRESSED = {  # (help, close a dialog, bookmarks, bookmark, copy, next match)
    "remapped": ("H", "ctrl+w", "z", "v", "c", "n"),
    "default": ("question_mark", "escape", "B", "m", "y", "n"),
}


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not in tmux, not over SSH, no desktop: `y` sends by OSC 52 alone, and it is said."""
    for var in ("TMUX", "SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three topics of PER entries each."""
    return write_scale_corpus(tmp_path_factory.mktemp("keynames"), PER)


def config_keys(tmp_path: Path) -> tuple[tuple[str, str], ...]:
    """The [keys] of CONFIG, read and checked as the reader reads it (no clash: all applied)."""
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    config = load_config(config_source(path), binding_ids())
    assert config.problems == () and len(config.keys) == CONFIG.count(" = ")
    return tuple(config.keys.items())


def recorded(app: ReaderApp) -> list[str]:
    """The app's notifications, as it sends them."""
    said: list[str] = []
    original = app.notify
    app.notify = lambda message, **kw: said.append(message) or original(message, **kw)  # type: ignore[method-assign,func-returns-value]
    return said


def pane_text(app: ReaderApp) -> str:
    return app.reader_screen.pane.text.plain  # type: ignore[union-attr]


def hint(app: ReaderApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def check_messages(pilot: Pilot[Any], app: ReaderApp, said: list[str], words: dict[str, str], keys: tuple[str, ...]) -> None:
    help_key, close, bookmarks, bookmark, copy, next_match = keys
    screen = app.reader_screen
    assert screen is not None
    assert screen.filter_bar.placeholder.startswith(words["placeholder"]), screen.filter_bar.placeholder
    assert words["overview"] in pane_text(app) and words["overview_more"] in pane_text(app)
    more = [str(line.label) for line in screen.topic_tree.root.children[0].children if line.data and line.data.more]
    assert more == [words["more"]]
    await pilot.press(next_match)  # no filter
    await pilot.pause()
    assert said[-1] == words["no_filter"]
    await pilot.press(help_key)
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    assert hint(app, "#help-title").startswith(words["help"])
    await pilot.press(close)
    await pilot.press(bookmarks)
    await pilot.pause()
    assert isinstance(app.screen, BookmarkList) and hint(app, ".picker-hint") == words["no_bookmarks"]
    await pilot.press(close)
    await pilot.pause()
    screen.open_entry(entry_id(0, 0))
    await pilot.pause()
    await pilot.press(copy)
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert said[-1].endswith(words["again"]), said[-1]
    await pilot.press(bookmark, bookmarks)
    await pilot.pause()
    assert isinstance(app.screen, BookmarkList) and hint(app, ".picker-hint") == words["bookmarks"]
    await pilot.press(close)


@pytest.mark.parametrize("config", ["remapped", "default"])
@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_messages_name_the_keys_bound_now(big: Path, tmp_path: Path, lang: str, config: str) -> None:
    keys = config_keys(tmp_path) + DIALOG_KEYS if config == "remapped" else ()
    words = (REMAPPED if config == "remapped" else DEFAULT)[lang]
    app = reader(corpus_path=big, lang=lang, keys=keys)
    said = recorded(app)
    async with app.run_test(size=(200, 40)) as pilot:
        await ready(pilot)
        await check_messages(pilot, app, said, words, KEYS_PRESSED[config])


@pytest.mark.parametrize("config", ["remapped", "default"])
@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_an_entry_the_filter_hides_names_the_key_that_clears_it(
    big: Path, tmp_path: Path, lang: str, config: str
) -> None:
    keys = config_keys(tmp_path) if config == "remapped" else ()
    words = (REMAPPED if config == "remapped" else DEFAULT)[lang]
    app = reader(corpus_path=big, lang=lang, keys=keys, filter="qqzzxxnothing", entry=entry_id(0, 0))
    said = recorded(app)
    async with app.run_test(size=(200, 40)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert any(message.endswith(words["not_in_filter"]) for message in said), said
        assert words["no_match"] in pane_text(app)
