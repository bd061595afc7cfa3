"""What the status line and the footer keep when space is short (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Footer

from tests.reader_support import reader, ready, settle


@pytest.mark.parametrize("cols", [100, 120])
async def test_status_line_keeps_hint_entry_id_and_language_the_title_gives_way(cols: int) -> None:
    app = reader(lang="en", filter="by:", entry="why-int4-not-fp4")
    async with app.run_test(size=(cols, 30)) as pilot:
        await ready(pilot)
        await settle(pilot, "by:")
        line = app.reader_screen.status.render().plain
        assert "by: needs a name" in line
        assert "why-int4-not-fp4" in line
        assert line.rstrip().endswith("│ en")
        assert app.reader_screen.status.title not in line  # the title gave way


async def test_status_line_shows_the_whole_title_when_there_is_room() -> None:
    app = reader(lang="en", entry="why-int4-not-fp4")
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(pilot)
        status = app.reader_screen.status
        assert status.render().plain.startswith(status.title)


@pytest.mark.parametrize("focus", ["tree", "pane"])
async def test_footer_shows_help_and_quit_at_100_columns_and_the_palette_once(focus: str) -> None:
    app = reader(lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        if focus == "pane":
            await pilot.press("tab")
        elif focus == "filter":
            await pilot.press("slash")
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        keys = list(footer.query("FooterKey"))
        descriptions = [key.description for key in keys]  # type: ignore[attr-defined]
        assert descriptions.count("Commands") == 1, descriptions
        visible = [key.description for key in keys if key.region.right <= 100 and key.region.width]  # type: ignore[attr-defined]
        assert "Help" in visible and "Quit" in visible, visible


async def test_help_lines_up_its_key_columns_and_explains_the_query_syntax() -> None:
    from tui.screens.help import HelpScreen

    app = reader(lang="en")
    async with app.run_test(size=(120, 60)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        from rich.table import Table

        tables: list[Table] = app.screen.tables
        assert len(tables) >= 5
        assert any(str(t.title).startswith("Filter syntax") for t in tables)
        syntax = next(t for t in tables if str(t.title).startswith("Filter syntax"))
        queries = [str(cell) for cell in syntax.columns[0]._cells]
        assert "by:zxytim  by:杨植麟  topic:multimodal  src:article  lang:en" in queries and '"training cost"' in queries
        widths = {t.columns[0].width or t.columns[0].min_width for t in tables}
        assert len(widths) == 1, widths  # every group's key column has one width


async def test_no_sideways_scrollbar_in_the_tree_after_clearing_a_filter() -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"muon")
        await settle(pilot, "muon")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.pause()
        tree = app.reader_screen.topic_tree
        assert not tree.show_horizontal_scrollbar


@pytest.mark.parametrize("cols", [60, 80])
async def test_a_long_hint_gives_way_before_the_language_and_the_entry_id(cols: int) -> None:
    """Narrow, with the ranking note: the hint is shortened, the language still shows."""
    app = reader(lang="en", filter="scales wel")
    async with app.run_test(size=(cols, 24)) as pilot:
        await ready(pilot)
        await settle(pilot, "scales wel")
        status = app.reader_screen.status
        line = status.render().plain
        assert "ranked by relevance" in status.hint and status.hint not in line
        assert len(line.rstrip()) <= cols and "ranked by relev" in line  # the hint shortened, not dropped
        assert line.rstrip().endswith("│ en")
        assert "muon-optimizer-at-1t" in line


async def test_one_entry_is_counted_in_the_singular(tmp_path: Path) -> None:
    """'1 entries' in the status line and the palette, '1 questions' in a topic's overview."""
    import json

    from corpus.loader import builtin_corpus_path, load_corpus
    from tui.pane_content import overview_content

    data = json.loads(load_corpus(builtin_corpus_path()).model_dump_json())
    topic = data["topics"][0]
    topic["entries"] = [dict(topic["entries"][0], see_also=[])]
    data["topics"] = [topic]
    path = tmp_path / "one.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    app = reader(corpus_path=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        status = app.reader_screen.status  # type: ignore[union-attr]
        assert status.matches == "1 entry"
        overview = [t.plain for t in overview_content(app.outline, topic["id"], "en")]
        assert "1 question" in overview


async def test_the_filter_hint_gives_the_corpus_own_examples() -> None:
    """The empty filter bar said by:zxytim src:article for every corpus (an imported
    thread has neither)."""
    from tests.test_import_entries import THREAD

    app = reader(corpus_path=THREAD)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        hint = app.reader_screen.filter_bar.placeholder  # type: ignore[union-attr]
        assert "by:lumen_lab src:reddit" in hint and "zxytim" not in hint
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert "by:zxytim src:article" in app.reader_screen.filter_bar.placeholder  # type: ignore[union-attr]


def test_a_hint_example_that_is_not_a_plain_word_is_not_shown() -> None:
    from tui.widgets.filter_bar import placeholder

    assert "by:NAME src:KIND" in placeholder("[b]x[/b]", "a\\x1b]52;c;")


async def test_the_tree_cursor_stays_in_sight_when_the_terminal_narrows() -> None:
    """At 120x35, G, then 80x24 (the tree stacked above the pane, shorter): the tree was
    left scrolled to the top, its cursor out of sight until a key was pressed."""
    app = reader()
    async with app.run_test(size=(120, 35)) as pilot:
        await ready(pilot)
        tree = app.reader_screen.topic_tree  # type: ignore[union-attr]
        await pilot.press("G")
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        top, height = round(tree.scroll_y), tree.scrollable_content_region.height
        assert height > 0 and top <= tree.cursor_line < top + height


@pytest.mark.parametrize("width", [80, 100, 60])
async def test_the_key_bar_shows_whole_keys_and_always_help_and_quit(width: int) -> None:
    """At 80 columns the bar ended `y Copy citat`, and Help and Quit were cut off."""
    from textual.widgets._footer import FooterKey

    app = reader()
    async with app.run_test(size=(width, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        keys = list(app.screen.query(FooterKey))
        shown = [key for key in keys if key.region.right <= width and key.region.width]
        assert shown == keys, [(k.description, k.region) for k in keys]
        assert {"Help", "Quit", "Filter", "Copy citation"} <= {key.description for key in shown}


@pytest.mark.parametrize("key", ["o", "B", "Y", "M", "question_mark"])
async def test_a_dialogs_key_bar_shows_its_own_keys_not_the_readers(key: str) -> None:
    """With the links picker (or bookmarks) open, the key bar still offered the tree's
    keys (⏎ Open  ] Next entry  [ Prev entry), which did nothing there."""
    from textual.widgets._footer import FooterKey

    app = reader(entry="k3-when")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
        assert app.screen is not app.reader_screen
        shown = {k.description for k in app.screen.query(FooterKey)}
        assert shown and not shown & {"Open", "Next entry", "Prev entry", "Copy citation"}, shown


@pytest.mark.parametrize(
    ("width", "where", "hint"),
    [
        (60, "Topic with a very long title that goes on and on and on and on", ""),  # a topic's row
        (50, "Architecture / training › muon-optimizer-at-1t", "by: needs a name, e.g. by:zxytim"),
        (40, "Architecture / training › muon-optimizer-at-1t", "by: needs a name, e.g. by:zxytim"),
    ],
)
async def test_the_language_stays_on_a_narrow_status_line(width: int, where: str, hint: str) -> None:
    """On a topic's row a long title pushed the language off the line; with a hint at 40-50
    columns the language went, then the hint."""
    from textual.app import App, ComposeResult

    from tui.widgets.status_line import StatusLine

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield StatusLine()

    app = One()
    async with app.run_test(size=(width, 3)) as pilot:
        status = app.query_one(StatusLine)
        status.title, status.where, status.matches, status.hint, status.lang = "T", where, "1 / 38", hint, "en"
        await pilot.pause()
        line = status.render().plain
        assert line.rstrip().endswith("│ en") and len(line.rstrip()) <= width, line
        assert "1 / 38" in line
        if " › " in where:
            assert "muon-optimizer-at-1t" in line


async def test_help_at_60_columns_shows_whole_descriptions() -> None:
    """The binding ids kept their width and the descriptions were cut to two letters (`Qu…`).
    (30 lines: each id now has the line under its description, `Suspend` is the 15th line)"""
    app = reader(lang="en")
    async with app.run_test(size=(60, 30)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = app.export_screenshot()
        assert "Quit" in text and "Suspend" in text and "Qu…" not in text


@pytest.mark.parametrize("cols", [60, 80, 90])
async def test_the_filter_syntax_in_the_help_is_readable_on_a_narrow_screen(cols: int) -> None:
    """At 90 columns the explanations were cut to a letter (`… w…`), at 80 gone, beside a
    one-line list of the field filters' examples."""
    app = reader(lang="en")
    async with app.run_test(size=(cols, 30)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        text = app.export_screenshot()
        from html import unescape
        import re

        plain = unescape(re.sub(r"<[^>]+>", "", text)).replace("\xa0", " ")
        assert "exclude entries that" in plain and "field filters" in plain, plain[-2000:]


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
@pytest.mark.parametrize("width", [40, 44, 50, 56, 60, 61, 70])
async def test_a_long_entry_id_is_cut_and_the_count_and_language_stay(lang: str, width: int) -> None:
    """At 60 columns in zh the language was pushed off the line by a long entry id (it
    wrapped to a second row, out of sight), at 50 the id went too, leaving `38 个条目  │`."""
    from textual.app import App, ComposeResult

    from tui.ui_text import entry_count, lang_label
    from tui.widgets.status_line import StatusLine

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield StatusLine()

    app = One()
    entry = "choosing-architecture-data-hyperparams"
    async with app.run_test(size=(width, 3)) as pilot:
        status = app.query_one(StatusLine)
        count = entry_count(lang, 38)
        status.title, status.where, status.matches, status.lang = "Moonshot AI AMA", f"架构 / 训练 › {entry}", count, lang
        await pilot.pause()
        line = status.render()
        assert line.cell_len <= status.content_region.width, line.plain
        assert line.plain.rstrip().endswith(f"│ {lang_label(lang)}"), line.plain
        assert count in line.plain
        shown = line.plain.split("│")[1].split("›")[-1].strip()
        assert "  ›" not in line.plain  # a topic cut with "…" has no blank before the "›"
        assert shown == entry or (shown.endswith("…") and entry.startswith(shown[:-1]) and len(shown) >= 8), line.plain
