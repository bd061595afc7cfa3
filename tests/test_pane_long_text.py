"""A text long enough to be wrapped in a thread is laid out once, and then shown: the
scrollbar it brings must not send the pane back to its placeholder (it went away with
the one-line placeholder, the width changed back, and so on for ever, at full CPU)."""

from __future__ import annotations

import time

import pytest
from rich.text import Text
from textual.app import App, ComposeResult

from tui.widgets.answer_pane import THREAD_WRAP_CHARS, AnswerPane


class OnePane(App[None]):
    def compose(self) -> ComposeResult:
        yield AnswerPane()


def _paragraphs(n: int) -> list[Text]:
    blocks = [Text(f"line {i} of a long answer") for i in range(n)]
    assert sum(len(b) for b in blocks) > THREAD_WRAP_CHARS
    return blocks


async def test_a_long_text_of_many_paragraphs_is_shown_and_stays_shown() -> None:
    app = OnePane()
    async with app.run_test(size=(100, 30)) as pilot:
        pane = app.query_one(AnswerPane)
        blocks = _paragraphs(3000)
        pane.show(blocks)
        deadline = time.monotonic() + 15
        while "line 2999 of a long answer" not in pane.text.plain and time.monotonic() < deadline:
            await pilot.pause(0.1)
        assert "line 2999 of a long answer" in pane.text.plain, pane.text.plain[:80]
        while not pane.show_vertical_scrollbar and time.monotonic() < deadline:
            await pilot.pause(0.05)  # (laid out in a later refresh)
        assert pane.show_vertical_scrollbar
        for _ in range(20):  # settled: the text stays, never the placeholder again
            await pilot.pause(0.05)
            assert "line 2999 of a long answer" in pane.text.plain, pane.text.plain[:80]
        assert pane.text.plain.count("\n") == len(blocks) - 1
        assert pane.shown_width == pane.measure


async def test_a_resize_keeps_the_text_shown_while_it_is_wrapped_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.widgets import answer_pane

    wrap = answer_pane._wrap_blocks

    def slow_wrap(blocks: list[Text], width: int) -> Text:
        time.sleep(0.5)  # (a long text on a busy machine)
        return wrap(blocks, width)

    monkeypatch.setattr(answer_pane, "_wrap_blocks", slow_wrap)
    app = OnePane()
    async with app.run_test(size=(100, 30)) as pilot:
        pane = app.query_one(AnswerPane)
        pane.show([Text("word " * 6000)])
        deadline = time.monotonic() + 15
        while "Laying out" in pane.text.plain:
            assert time.monotonic() < deadline
            await pilot.pause(0.1)
        wide = pane.shown_width
        await pilot.resize_terminal(70, 30)
        await pilot.pause(0.2)
        assert pane.text.plain.startswith("word word"), pane.text.plain[:80]  # not the placeholder
        while pane.shown_width == wide or "Laying out" in pane.text.plain:
            assert time.monotonic() < deadline
            assert pane.text.plain.startswith("word word"), pane.text.plain[:80]
            await pilot.pause(0.1)
        await pilot.pause(1.0)
        assert pane.shown_width == pane.measure < wide
        assert max(len(line) for line in pane.text.plain.split("\n")) <= pane.measure
