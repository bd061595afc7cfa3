"""Issue 10, item 1: corpus text is never parsed as Textual/Rich markup, on any surface.

Every free-text string of the corpus below is markup that would quit the app
(`[@click=app.quit]`), send a `javascript:` link, crash the reader (`[/]`), turn bold, or
vanish (`[Reddit][1]`) if parsed. The test walks every surface (tree, status line, pane,
palette hits and their help, help screen, notifications, citation dialogs) and asserts
each string is shown exactly as written and the app is still running.
"""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.widgets import Static, TextArea

from tests.hostile_support import MARKUP, marked, write_hostile_corpus
from tests.reader_support import reader, ready
from tui.screens.citation_dialog import CitationPicker, CitationView
from tui.screens.help import HelpScreen

SIZE = (250, 60)


def _flat(text: str) -> str:
    return "".join(text.split())


def _shows(plain: str, field: str) -> bool:
    return _flat(marked(field)) in _flat(plain)


def _no_link_or_action(spans: object) -> None:
    for span in getattr(spans, "spans", []):
        style = getattr(span, "style", None)
        link = getattr(style, "link", None)
        assert not (link and "javascript" in str(link)), link
        meta = getattr(style, "meta", None) or {}
        assert "@click" not in meta, meta


async def test_every_surface_shows_markup_literally(tmp_path: Path) -> None:
    app = reader(corpus_path=write_hostile_corpus(tmp_path), entry="entry-one")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        # tree labels
        labels = [node.label.plain for topic in screen.topic_tree.root.children for node in [topic, *topic.children]]
        assert any(label.startswith(marked("topic-title-en")) for label in labels), labels
        # an entry's label starts with its read-mark signs (tui.mark_labels), then the question
        assert any(label.lstrip("•+* ").startswith(marked("question-en")) for label in labels), labels
        # status line
        status = screen.status.render()
        assert _shows(status.plain, "corpus-title-en"), status.plain
        # answer pane: every field it shows
        pane = screen.pane.text
        for field in ("question-en", "answer-en", "speaker-name-en", "source-title", "publisher", "link-label"):
            assert _shows(pane.plain, field), (field, pane.plain)
        _no_link_or_action(pane)

        # palette: hits and their help, before typing (discovery) and after (search)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        for typed in ("", "question"):
            if typed:
                await pilot.press(*typed)
                await pilot.pause(0.5)
            prompts = [str(option.prompt) for option in app.screen.query_one(CommandList).options]
            assert any(marked("question-en") in prompt for prompt in prompts), prompts
            assert any(marked("topic-title-en") in prompt for prompt in prompts), prompts
        # choosing the hit jumps; nothing in its text acts
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.is_running and screen.shown_entry == "entry-one"

        # help screen
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()

        # the citation picker and its preview, then the citation view
        await pilot.press("tab")  # the pane owns y/Y
        await pilot.press("Y")
        await pilot.pause(0.3)
        if not isinstance(app.screen, CitationPicker):
            await pilot.press("shift+tab", "Y")
            await pilot.pause(0.3)
        assert isinstance(app.screen, CitationPicker)
        preview = app.screen.query_one(TextArea).text
        assert marked("question-en") in preview and marked("answer-en") in preview
        await pilot.press("escape")
        await pilot.pause()
        app.options = app.options.__class__(**{**app.options.__dict__, "clipboard": "off"})
        await pilot.press("y")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CitationView)
        view = app.screen.query_one(TextArea).text
        assert marked("question-en") in view and marked("speaker-name-en") in view
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


async def test_notifications_show_markup_literally(tmp_path: Path) -> None:
    bad_id = f"no-such {MARKUP}"
    app = reader(corpus_path=write_hostile_corpus(tmp_path), entry=bad_id)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        from textual.widgets._toast import Toast

        toasts = [str(toast.render()) for toast in app.query(Toast)]
        assert any(MARKUP in toast for toast in toasts), toasts
        assert app.is_running


async def test_a_paste_into_the_filter_bar_is_cleaned() -> None:
    from textual import events

    from tui.widgets.filter_bar import FilterBar

    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        bar = app.query_one(FilterBar)
        bar.post_message(events.Paste("int4\x1b]0;PWNED\x07\u202e\u200b [b]"))
        await pilot.pause(0.2)
        assert bar.value == "int4]0;PWNED [b]"
