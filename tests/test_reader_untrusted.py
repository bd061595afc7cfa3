"""Untrusted corpus text is shown literally: markup never renders, acts or crashes.

The corpus below holds Rich/Textual markup, an action link and terminal escapes in a
question, an answer, a topic title and a speaker's name.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SMALL_CORPUS
from tests.reader_support import reader, ready, settle
from tui.widgets.topic_tree import TopicTree

NASTY = "see ([Reddit][1]) and [bold]loud[/bold] then [@click=app.quit]quit[/] [/bold] [link=x]y"


def _nasty_corpus(tmp_path: Path) -> Path:
    text = SMALL_CORPUS
    text = text.replace('en = "Why INT4?"', f'en = "Why INT4? {NASTY}"')
    text = text.replace('en = "For non-Blackwell GPUs."', f'en = "For GPUs. {NASTY} \\u001b]52;c;aGk=\\u0007\\u001b[2J end"')
    text = text.replace('en = "Architecture"', 'en = "Arch [b]itecture[/b]"')
    text = text.replace('en = "Zhou Xinyu"', 'en = "Zhou [red]Xinyu[/red]"')
    path = tmp_path / "nasty.toml"
    path.write_text(text, encoding="utf-8")
    return path


async def test_markup_in_corpus_text_is_shown_exactly_as_written(tmp_path: Path) -> None:
    app = reader(corpus_path=_nasty_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        tree = screen.query_one(TopicTree)
        labels = [str(node.label) for topic in tree.root.children for node in [topic, *topic.children]]
        assert any("Arch [b]itecture[/b]" in label for label in labels)
        assert any("[bold]loud[/bold]" in label for label in labels)
        await pilot.press("j")
        assert screen.shown_entry == "why-int4"
        plain = "".join(screen.pane.text.plain.split())
        assert "".join(NASTY.split()) in plain
        assert "Zhou[red]Xinyu[/red]" in plain
        # the escapes were stripped on load: nothing of them reaches the terminal
        assert "\x1b" not in screen.pane.text.plain and "\x07" not in screen.pane.text.plain
        assert "]52;c;aGk=" in plain  # the rest is inert text
        # clicking around and filtering for the markup neither acts nor crashes
        await pilot.press("slash", *"[bold]")
        await settle(pilot, "[bold]")
        assert app.is_running
        assert screen.result is not None and screen.result.matches
        await pilot.press("escape")
        await settle(pilot, "")
        await pilot.click("#pane", offset=(5, 5))
        await pilot.pause()
        assert app.is_running
