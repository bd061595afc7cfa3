"""Under `--lang zh` (and `both`) the reader's notifications, dialogs, help and command
palette are Chinese too, as its status line and key bar are (`test_zh_chrome.py`); `L`
switches the next ones. Key names (Esc, ctrl+s, j k), ids and tool names stay as they are.
English (`--lang en`) is pinned by the other tests."""

from __future__ import annotations

import re
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from tests.reader_support import reader, ready
from tui.app import ReaderApp
from tui.screens.bookmark_list import BookmarkList
from tui.screens.citation_dialog import CitationPicker, CitationView
from tui.screens.help import HelpScreen
from tui.screens.link_picker import LinkPicker
from tui.screens.note_editor import NoteEditor

ENTRY = "why-int4-not-fp4"
CJK = re.compile(r"[\u4e00-\u9fff]")
KEPT = {
    # key names, tool and format names, options: the same in either language
    "Esc", "esc", "Enter", "Ctrl", "ctrl", "shift", "Shift", "prefix", "tmux", "OSC", "no", "mouse",
    "clipboard", "off", "Markdown", "BibTeX", "CSL", "JSON", "search", "keys", "drag", "up", "down",
    "PageUp", "PageDown", "fg", "tab", "space", "home", "end", "pagedown", "pageup", "left", "right",
}


def english_left(text: str, *literal: str) -> list[str]:
    """English words in `text` once the literal parts (ids, questions) and kept names are out."""
    for part in literal:
        text = text.replace(part, " ")
    return [word for word in re.findall(r"[A-Za-z]{3,}", text) if word not in KEPT]


def notes(app: ReaderApp) -> list[tuple[str, str]]:
    """Every notification the app sends from now on, as (title, message)."""
    calls: list[tuple[str, str]] = []
    original = app.notify

    def notify(message: str, **kwargs: Any) -> None:
        assert kwargs.get("markup") is False, message  # ids and names are shown literally
        calls.append((str(kwargs.get("title", "")), message))
        original(message, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return calls


def statics(app: ReaderApp) -> str:
    return "\n".join(str(widget.render()) for widget in app.screen.query(Static) if not isinstance(widget, FooterKey))


def footer(app: ReaderApp) -> list[str]:
    return [key.description for key in app.screen.query(FooterKey)]


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not inside tmux, not over SSH, no desktop: the clipboard is OSC 52 alone."""
    for var in ("TMUX", "SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def on_entry(pilot: Pilot[Any]) -> None:
    await ready(pilot)
    pilot.app.reader_screen.open_entry(ENTRY)  # type: ignore[attr-defined]
    await pilot.pause()


async def test_y_and_the_reading_keys_notify_in_chinese() -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await on_entry(pilot)
        said = notes(app)
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        title, message = said[-1]
        assert title == f"引用 · 纯文本 · {ENTRY}", title
        assert "引用已发送（OSC 52）" in message and "再按一次 y" in message, message
        for key, expected in (("m", "已加书签"), ("m", "已移除书签"), ("u", "已标为")):
            await pilot.press(key)
            await pilot.pause()
            assert expected in said[-1][1], (key, said[-1])
        screen = app.reader_screen
        assert screen is not None
        screen.mark_topic(True)
        screen.mark_all(False)
        screen.action_next_match()  # no filter
        await pilot.pause()
        assert "：已全部标为已读" in said[-3][1] and said[-2][1] == "所有条目已标为未读", said
        assert "当前没有筛选" in said[-1][1], said[-1]
        for title, message in said:
            assert CJK.search(message) and not english_left(message + title, ENTRY, "y"), (title, message)


async def test_the_dialogs_speak_chinese() -> None:
    from tui.pane_content import shown_question

    app = reader(lang="zh", clipboard="off")
    async with app.run_test(size=(100, 30)) as pilot:
        await on_entry(pilot)
        question = shown_question(app.outline.entry(ENTRY), "zh")  # (the note's heading quotes it)
        for key, dialog, heading in (
            ("Y", CitationPicker, f"选择 {ENTRY} 的引用格式"),
            ("y", CitationView, "剪贴板已关闭"),
            ("M", NoteEditor, f"{ENTRY} 的笔记"),
            ("o", LinkPicker, f"{ENTRY} 的链接"),
            ("B", BookmarkList, "书签（0）"),
        ):
            await pilot.press(key)
            await pilot.pause(0.2)
            assert isinstance(app.screen, dialog), (key, app.screen)
            text = statics(app)
            assert heading in text, (key, text)
            assert not english_left(text, question, ENTRY, "1-4", "--no-mouse", "--clipboard"), (key, text)
            keys = footer(app)
            assert keys and all(CJK.search(k) for k in keys), (key, keys)
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("Y")
        await pilot.pause(0.2)
        assert "1  纯文本" in str(app.screen.query("OptionList").first().get_option_at_index(0).prompt)
        await pilot.press("escape", "o")
        await pilot.pause(0.2)
        assert isinstance(app.screen, LinkPicker)
        labels = [link.label for link in app.screen.links]
        assert labels[0].startswith("来源：") and not any(label.startswith(("Source", "See also", "In ")) for label in labels), labels


async def opened_help(pilot: Pilot[Any]) -> HelpScreen:
    await ready(pilot)
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(pilot.app.screen, HelpScreen)
    return pilot.app.screen


async def test_the_help_describes_every_key_in_chinese() -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(120, 40)) as pilot:
        help_screen = await opened_help(pilot)
        titles = {where for where, _, _ in help_screen.rows}
        assert {"任意位置", "目录树（方向键也可用）", "筛选栏"} <= titles, titles
        for where, keys, what in help_screen.rows:
            assert CJK.search(what) and not english_left(what), (where, keys, what)
        assert help_screen.ids["reader.copy-citation"] == "复制引用", help_screen.ids
        assert "按键" in statics(app) and "Keys" not in statics(app)
        syntax = help_screen.tables[-1]
        assert str(syntax.title).startswith("筛选语法"), syntax.title
        explanations = [str(cell) for cell in syntax.columns[1]._cells]
        assert any("排除包含" in cell for cell in explanations), explanations
        for cell in explanations:
            assert CJK.search(cell) and not english_left(cell, "api", "int4"), cell
        assert all(CJK.search(k) for k in footer(app)), footer(app)


async def test_the_palette_names_commands_in_chinese() -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        commands = {title: help_text for title, help_text, *_ in app.get_system_commands(app.screen)}
        assert {"复制引用", "帮助", "将主题标为已读", "全部标为未读", "截图", "主题配色"} <= set(commands), sorted(commands)
        assert commands["复制引用"].startswith("按键：y"), commands["复制引用"]
        topics = [title for title in commands if title.startswith("主题：")]
        entries = [title for title in commands if title.startswith("条目：")]
        assert topics and entries, sorted(commands)
        assert not any(title.startswith(("Topic:", "Entry:", "Mark ", "Copy")) for title in commands), sorted(commands)


async def test_L_switches_the_next_notification_and_dialog() -> None:
    """zh → en: the next notification and dialog are English; → both: Chinese again."""
    app = reader(lang="zh", clipboard="off")
    async with app.run_test(size=(100, 30)) as pilot:
        await on_entry(pilot)
        said = notes(app)
        await pilot.press("L")
        await pilot.pause()
        assert app.lang == "en"
        await pilot.press("m")
        await pilot.pause()
        assert said[-1][1] == f"{ENTRY}: bookmarked (M adds a note, B lists bookmarks)", said
        await pilot.press("question_mark")
        await pilot.pause()
        assert ("Anywhere", "?", "Help") in app.screen.rows  # type: ignore[attr-defined]
        await pilot.press("escape", "L")
        await pilot.pause()
        assert app.lang == "both"
        await pilot.press("m")
        await pilot.pause()
        assert said[-1][1] == f"{ENTRY}：已移除书签", said
        await pilot.press("question_mark")
        await pilot.pause()
        assert ("任意位置", "?", "帮助") in app.screen.rows  # type: ignore[attr-defined]


async def test_the_help_s_chinese_explanations_are_whole_at_60_columns() -> None:
    """A Chinese explanation is one 'word' to Rich: it folds, never cut with '…'."""
    from rich.console import Console

    app = reader(lang="zh")
    async with app.run_test(size=(60, 24)) as pilot:
        help_screen = await opened_help(pilot)
        console = Console(width=help_screen.query_one("#help-query").content_region.width, record=True)
        console.print(help_screen.tables[-1])
        shown = console.export_text()
        table = help_screen.tables[-1]
        written = str(table.title) + "".join(str(cell) for column in table.columns for cell in column._cells)
        assert "…" not in shown, shown
        assert len(CJK.findall(shown)) == len(CJK.findall(written)), shown  # every character shown
