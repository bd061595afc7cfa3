"""The links dialog (`o`) shows a long URL so it can be read and picked: its lines end only at
the URL's separators (after `/`, `-`, `_`, `=`, before `?`, `#`, `&`: tests/test_links2_breaks.py),
never inside a word as Rich's fold did (`…_opensource_f` / `rontier_lab` at the dialog's width);
shown literally."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.app import App
from textual.widgets import OptionList

from tests.reader_support import reader, ready
from tui.links import LinkChoice, url_lines, url_piece_width
from tui.screens.link_picker import LinkPicker

SEPARATORS_AFTER, SEPARATORS_BEFORE = "/-_=", "?#&"
LONG = "https://www.reddit.com/r/LocalLLaMA/comments/1oth5pw/ama_with_moonshot_ai_the_opensource_frontier_lab"
URLS = [
    LONG,
    "https://example.com/search?q=kimi+k2&lang=zh-CN#answers-and-more",
    "https://例子.中国/路径/很长很长很长很长很长很长很长很长?问=答",
    "https://x.org/" + "a" * 50,
]


def at_separators(lines: list[str]) -> bool:
    """Whether every line but the last ends where the URL may break."""
    return all(
        b[:1] in SEPARATORS_BEFORE or (a[-1:] in SEPARATORS_AFTER and b[:1] not in SEPARATORS_AFTER)
        for a, b in zip(lines, lines[1:])
    )


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("width", [12, 20, 33, 46, 200])
def test_a_url_breaks_only_at_its_separators(url: str, width: int) -> None:
    lines = url_lines(url, width)
    assert "".join(lines) == url and all(0 < cell_len(line) <= width for line in lines), lines
    if url_piece_width(url) <= width:  # (a run with no separator wider than the line is cut)
        assert at_separators(lines), lines


def shown_url(options: OptionList, url: str) -> list[str]:
    """The lines the list draws `url` on."""
    lines = [options.render_line(y).text.strip() for y in range(options.size.height)]
    start = next(n for n, line in enumerate(lines) if line.startswith(url[:12]))
    shown: list[str] = []
    for line in lines[start:]:
        shown.append(line)
        if "".join(shown) == url:
            return shown
    raise AssertionError(f"{url} not shown whole: {lines}")


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", [(40, 30), (60, 20), (70, 30), (100, 30)])
async def test_the_links_dialog_wraps_a_long_url_at_its_separators(size: tuple[int, int], lang: str) -> None:
    app = reader(lang=lang, entry="kda-next-flagship")
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinkPicker) and app.screen.links[0].url == LONG
        lines = shown_url(app.screen.query_one(OptionList), LONG)
        assert at_separators(lines), lines
        if size[0] < 100:
            assert len(lines) > 1, lines


class _Picking(App[None]):
    def on_mount(self) -> None:
        self.push_screen(LinkPicker("x", [LinkChoice("1", "label [b]x[/]", "https://e.com/[b]\x1b]0;t\u202ex[/b]")], "copies it"))


async def test_a_url_and_its_label_are_shown_literally_with_hidden_characters_seen() -> None:
    app = _Picking()
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        lines = [options.render_line(y).text.strip() for y in range(options.size.height)]
        assert "1  label [b]x[/]" in lines and "https://e.com/[b]\\x1b]0;t\\u202ex[/b]" in lines, lines
