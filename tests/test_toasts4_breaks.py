"""Toasts at narrow widths broke ids and URLs mid-word (sweep 12 item 7, sweep 11 item 12):
at 40x15 `muon-optimizer-a` / `t-1t: bookmark`, at 60x20 `https://www.reddit.com/r/L` /
`ocalLLaMA/…`. Textual breaks at spaces and folds a longer word at the last cell. A toast's
line now ends at a space or, inside an id or a URL, after a separator (`-`, `/`, `?`, `&`)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from rich.cells import cell_len
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from tests.reader_support import reader, ready
from tui.app import ReaderApp

BOOKMARKED = {
    "en": "muon-optimizer-at-1t: bookmarked (M adds a note, B lists bookmarks)",
    "zh": "muon-optimizer-at-1t：已加书签（M 添加笔记，B 查看书签）",
}
URL = "https://www.reddit.com/r/LocalLLaMA/comments/1oth5pw/ama_with_moonshot_ai_the_opensource_frontier_lab"
SIZES = [(40, 15), (60, 20)]
BREAK_AFTER, BREAK_BEFORE = "/-_=", "?#&"
"""Where a line may end inside an id or a URL (`_` joins a Reddit URL's words), as the links
dialog breaks a URL: after `/`, before `?`."""


def toast_lines(app: ReaderApp) -> list[tuple[int, list[str]]]:
    """Each toast's text width and lines as drawn, without its border and padding."""
    out = []
    for toast in app.screen.query("Toast"):
        assert isinstance(toast, Widget)
        width, height = toast.region.size
        gutter = toast.styles.gutter
        strips = toast.render_lines(Region(0, 0, width, height))[gutter.top : height - gutter.bottom]
        lines = [strip.crop(gutter.left, width - gutter.right).text.rstrip() for strip in strips]
        out.append((toast.content_region.width, lines))
    return out


def bad_breaks(text: str, lines: list[str], width: int) -> list[str]:
    """The line ends of `lines` (the drawn `text`, `width` cells wide) inside a word: neither
    at a space, nor after a separator of an id or URL, nor beside a Chinese character, nor
    in a piece between separators too wide for a line."""
    bad, at = [], 0
    for before, line in zip([""] + lines, lines):
        found = text.find(line, at)
        assert found >= 0, (line, text)
        if before and found == at:
            after_separator = text[found - 1] in BREAK_AFTER or text[found] in BREAK_BEFORE
            chinese = cell_len(text[found - 1]) == 2 or cell_len(text[found]) == 2
            between = f"[ {re.escape(BREAK_AFTER + BREAK_BEFORE)}]"  # the piece the line ends in
            piece = re.split(between, before)[-1] + re.split(between, line)[0]
            if not (after_separator or chinese or cell_len(piece) > width):
                bad.append(f"{before} / {line}")
        at = found + len(line)
    return bad


async def shown(pilot: Pilot[Any]) -> tuple[int, list[str]]:
    """The one toast shown: its text width and lines."""
    app = pilot.app
    assert isinstance(app, ReaderApp)
    await pilot.pause(0.3)
    [(width, lines)] = toast_lines(app)
    assert lines and all(cell_len(line) <= width for line in lines), lines
    return width, lines


@pytest.mark.parametrize("lang", BOOKMARKED)
async def test_a_bookmarks_toast_breaks_its_id_after_a_dash(lang: str) -> None:
    from tui.toasts import line_ranges

    said = BOOKMARKED[lang]
    narrow = [said[start:end] for start, end in line_ranges(said, 16)]  # the toast's width at 40x15 before toasts5
    assert narrow[0] == "muon-optimizer-" and narrow[1].startswith("at-1t"), narrow
    size = (40, 15)  # (toasts take the screen's width since toasts5: the id fits a line)
    async with reader(entry="muon-optimizer-at-1t", lang=lang).run_test(size=size, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("m")
        width, lines = await shown(pilot)
        assert lines[0].startswith("muon-optimizer-at-1t"), lines
        assert bad_breaks(said, lines, width) == [], lines


@pytest.mark.parametrize("size", SIZES)
async def test_a_links_toast_breaks_its_url_after_a_slash(size: tuple[int, int]) -> None:
    async with reader().run_test(size=size, notifications=True) as pilot:
        await ready(pilot)
        app = pilot.app
        app.notify(f"Link sent to the clipboard (OSC 52).\n{URL}", title="Link", timeout=30, markup=False)
        width, lines = await shown(pilot)
        assert lines[0] == "Link"
        url_lines = lines[lines.index(next(line for line in lines if line.startswith("https:"))) :]
        assert "".join(url_lines) == URL, lines
        assert bad_breaks(URL, url_lines, width) == [], lines
