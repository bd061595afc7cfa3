"""The links dialog (`o`) broke a long URL so that a line started with `_`: `…/comments/1abcde/`
then `_/q1/` at 40x15 on an imported Reddit thread, `…_opensource` then `_frontier_lab` on the
built-in one (it broke *before* `.`, `-`, `_`). A line now ends after a `/`, `-`, `_` or `=`
(never between two of them: `https://`, `/_/` stay whole) or before a `?`, `#` or `&`: the
rule a toast breaks a URL or an id by (`tui.toasts`), kept in one place (`tui.links`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import OptionList

from tests.reader_support import reader, ready
from tui.links import url_lines
from tui.screens.link_picker import LinkPicker

AFTER, BEFORE = "/-_=", "?#&"
"""Where a line of a URL may end: after these (not between two of them), before these."""
THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"
URLS = [
    "https://www.reddit.com/r/LocalLLaMA/comments/1oth5pw/ama_with_moonshot_ai_the_opensource_frontier_lab",
    "https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/q1/",
    "https://example.com/search?q=kimi+k2&lang=zh-CN#answers-and-more",
    "https://example.com/a-very-long-slug-made-of-many-words/page=2",
]


def may_end(before: str, after: str) -> bool:
    """Whether a line may end between these two characters of a URL."""
    return after in BEFORE or (before in AFTER and after not in AFTER)


def widest_piece(url: str) -> int:
    """The widest run of `url` with nowhere to end a line inside it."""
    cuts = [0, *(i for i in range(1, len(url)) if may_end(url[i - 1], url[i])), len(url)]
    return max(cell_len(url[a:b]) for a, b in zip(cuts, cuts[1:]))


def bad_breaks(lines: list[str]) -> list[str]:
    """The places where one line of a URL ends and the next begins against the rule."""
    return [f"{a} / {b}" for a, b in zip(lines, lines[1:]) if not may_end(a[-1], b[0])]


@pytest.mark.parametrize("url", URLS)
def test_a_urls_lines_end_after_a_separator_never_before_one(url: str) -> None:
    checked = 0
    for width in range(10, len(url) + 2):
        lines = url_lines(url, width)
        assert "".join(lines) == url and all(0 < cell_len(line) <= width for line in lines), (width, lines)
        if width >= widest_piece(url):  # (a piece wider than the line is cut where it must be)
            checked += 1
            assert bad_breaks(lines) == [], (width, lines)
            assert not [line for line in lines if line[0] in AFTER], (width, lines)
    assert checked > 10


def test_the_rule_is_the_toasts_rule() -> None:
    """One rule for both, with one owner (`tui.wrap`): the links dialog and the toasts
    break a URL or an id by it."""
    from tui import links, toasts, wrap

    assert (wrap.BREAK_AFTER, wrap.BREAK_BEFORE) == (AFTER, BEFORE)
    assert links.may_break_between is toasts.may_break_between is wrap.may_break_between
    pairs = [(a, b) for a in "a/-_=?#&." for b in "a/-_=?#&."]
    assert [wrap.may_break_between(a, b) for a, b in pairs] == [may_end(a, b) for a, b in pairs]


async def dialog_urls(pilot: Pilot[Any], options: OptionList, urls: list[str]) -> list[list[str]]:
    """Each URL's lines as the dialog draws them, the list scrolled through."""
    rows: dict[int, str] = {}
    for top in range(0, options.virtual_size.height, options.size.height):
        options.scroll_to(y=top, animate=False, immediate=True)
        await pilot.pause()
        at = round(options.scroll_offset.y)
        rows.update((at + y, options.render_line(y).text.strip()) for y in range(options.size.height))
    drawn = [rows[n] for n in sorted(rows)]
    found: list[list[str]] = []
    for url in urls:  # (each under its label, in the list's order)
        for start in range(len(drawn)):
            lines = [drawn[start]]
            while url.startswith("".join(lines)) and "".join(lines) != url and start + len(lines) < len(drawn):
                lines.append(drawn[start + len(lines)])
            if "".join(lines) == url:
                found.append(lines)
                drawn = drawn[start + len(lines) :]
                break
        else:
            raise AssertionError(f"{url} not shown whole")
    return found


@pytest.mark.parametrize("size", [(40, 15), (60, 20), (80, 24)])
async def test_the_links_dialog_never_starts_a_line_with_a_separator(size: tuple[int, int]) -> None:
    app = reader(corpus_path=THREAD, entry="what-s-the-context-length-of-q1")
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinkPicker)
        urls = [link.url for link in app.screen.links]
        assert sum("/_/" in url for url in urls) == 6
        shown = await dialog_urls(pilot, app.screen.query_one(OptionList), urls)
        for lines in shown:
            assert bad_breaks(lines) == [] and not [line for line in lines if line[0] in AFTER], lines
        if size[0] < 80:  # (a permalink takes two lines: `…/1abcde/` then `_/q1/` before)
            assert all(len(lines) > 1 for url, lines in zip(urls, shown) if "/_/" in url), shown
