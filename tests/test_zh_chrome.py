"""Under `--lang zh` (and `both`, whose first language is Chinese) the reader's own words
are Chinese too, not only the corpus's: the status line, the filter bar's hint, the key
bar, the tree's own lines and the pane's own lines; `L` switches them at once. English
(`--lang en`) is unchanged: the other tests and the snapshots pin it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets._footer import FooterKey

from tests.reader_support import reader, ready, settle
from tui.app import ReaderApp

CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_CHROME = re.compile(
    r"\b(entries|entry|matches|match|ranked|relevance|needs|e\.g|loading|filter|more|"
    r"unread|questions|words|typos|change|press|clear|use|try|names no|is not|each side|looking|"
    r"Help|Quit|Filter|Commands|Open|Copy|citation|Next|Prev)\b",
    re.IGNORECASE,
)
"""Words of the reader's English chrome (none is in a Chinese topic, entry id or the title)."""


def status_text(app: ReaderApp) -> str:
    screen = app.reader_screen
    assert screen is not None
    return screen.status.render().plain


def footer_keys(app: ReaderApp) -> list[FooterKey]:
    return list(app.screen.query(FooterKey))


def english_in(text: str) -> list[str]:
    return ENGLISH_CHROME.findall(text)


async def typed(pilot: Pilot[Any], query: str) -> None:
    await pilot.press("slash", *query)
    await settle(pilot, query)
    await pilot.pause()


async def test_the_first_screen_speaks_chinese() -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        line = status_text(app)
        assert "38 个条目" in line and line.rstrip().endswith("│ 中文"), line
        assert not english_in(line), line
        hint = screen.filter_bar.placeholder
        assert "筛选" in hint and "by:zxytim" in hint and not english_in(hint.replace("English", "")), hint
        overview = screen.pane.text.plain
        assert "个提问" in overview and "筛选" in overview and not english_in(overview), overview
        descriptions = [key.description for key in footer_keys(app)]
        assert {"帮助", "退出", "筛选", "复制引用"} <= set(descriptions), descriptions
        assert not any(re.search("[A-Za-z]", d) for d in descriptions), descriptions
        for node in screen.topic_tree.root.children:
            assert not english_in(node.label.plain), node.label.plain  # (' · 9 unread')


async def test_a_filter_that_matches_and_one_that_matches_nothing() -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        await typed(pilot, "muon")
        line = status_text(app)
        assert re.search(r"\d+ / 38", line) and not english_in(line), line
        await pilot.press("escape")
        await settle(pilot, "")
        await typed(pilot, "xyzzy qwvtz")
        line = status_text(app)
        assert "0 / 38" in line and "没有匹配的条目" in line and not english_in(line), line
        pane = screen.pane.text.plain
        assert "没有条目符合筛选" in pane and "esc" in pane and not english_in(pane), pane


@pytest.mark.parametrize("query", ["'", "by:", "!", "int4 |", "lang:xx", "src:nowhere", "^", "$", "topic:", '"', "by:nobody"])
async def test_a_malformed_filter_gets_a_chinese_hint(query: str) -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(pilot)
        await typed(pilot, query)
        screen = app.reader_screen
        assert screen is not None
        line = status_text(app)
        hint = screen.status.hint
        assert hint and hint in line and CJK.search(hint), (hint, line)
        assert not english_in(hint), hint


async def test_the_ranking_note_and_the_tree_s_more_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.widgets.topic_tree

    monkeypatch.setattr(tui.widgets.topic_tree, "PER_TOPIC", 2)  # a 'more' line in the small corpus
    app = reader(lang="zh")
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        await typed(pilot, "did they consider fp4")
        assert "按相关度排序" in status_text(app) and not english_in(status_text(app)), status_text(app)
        await pilot.press("escape")
        await settle(pilot, "")
        await typed(pilot, "K2")
        more = [
            child.label.plain
            for topic in screen.topic_tree.root.children
            for child in topic.children
            if child.data is not None and child.data.more is not None
        ]
        assert more, "no 'more' line"
        for label in more:
            assert "还有" in label and "enter" in label and not english_in(label), label


async def test_L_switches_the_chrome_with_the_reading_language() -> None:
    """zh → en → both → zh: the key bar and the status line follow at once."""
    app = reader(lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("L")
        await pilot.pause()
        await pilot.pause()
        assert app.lang == "en"
        line = status_text(app)
        assert "38 entries" in line and line.rstrip().endswith("│ en"), line
        assert {"Help", "Quit", "Copy citation"} <= {k.description for k in footer_keys(app)}
        assert "/ filter:" in app.reader_screen.filter_bar.placeholder  # type: ignore[union-attr]
        for lang in ("both", "zh"):
            await pilot.press("L")
            await pilot.pause()
            await pilot.pause()
            assert app.lang == lang
            line = status_text(app)
            assert "38 个条目" in line and not english_in(line), line
            assert {"帮助", "退出", "复制引用"} <= {k.description for k in footer_keys(app)}
            assert "筛选" in app.reader_screen.filter_bar.placeholder  # type: ignore[union-attr]


async def test_a_hint_typed_in_english_turns_chinese_with_L() -> None:
    app = reader(lang="en")
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(pilot)
        await typed(pilot, "by:")
        assert "needs a name" in status_text(app)
        await pilot.press("escape")  # (L in the filter bar would be typed)
        await settle(pilot, "")
        await pilot.press("slash", *"by:", "enter")
        await settle(pilot, "by:")
        await pilot.press("L", "L")  # en → both → zh
        await pilot.pause()
        line = status_text(app)
        assert "by: " in line and CJK.search(app.reader_screen.status.hint) and "needs" not in line, line  # type: ignore[union-attr]


@pytest.mark.parametrize("cols", [60, 80])
async def test_narrow_chinese_chrome_fits_whole(cols: int) -> None:
    """The status line keeps the count, the entry id and the language, its hint shortened;
    the key bar shows whole keys, Help and Quit always."""
    app = reader(lang="zh", filter="scales wel")
    async with app.run_test(size=(cols, 24)) as pilot:
        await ready(pilot)
        await settle(pilot, "scales wel")
        await pilot.pause()
        line = status_text(app).rstrip()
        assert cell_len(line) <= cols, line
        assert line.endswith("│ 中文") and "muon-optimizer-at-1t" in line and re.search(r"\d+ / 38", line), line
        assert "按相关" in line, line  # the hint shortened, not dropped
        keys = footer_keys(app)
        shown = [key for key in keys if key.region.right <= cols and key.region.width]
        assert shown == keys, [(k.description, k.region) for k in keys]
        assert {"帮助", "退出"} <= {k.description for k in keys}
        for key in keys:  # each key drawn whole: its description is all in its region
            assert key.description in key.render().plain and cell_len(key.render().plain) <= key.region.width


async def test_a_match_in_text_not_shown_is_explained_in_chinese() -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await typed(pilot, "hallucination")  # a tag of admit-dont-know
        pane = app.reader_screen.pane.text.plain  # type: ignore[union-attr]
        assert "未显示" in pane and "标签：hallucination" in pane, pane
        assert "Matched in text" not in pane and "tag:" not in pane, pane


async def test_the_loading_notes_speak_chinese(small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first start of a big file under zh: 'questions only', 'by: waits for the answers'
    and the pane's 'Loading the answers…' are Chinese while the answers load."""
    import corpus.loader
    import tui.app
    from tests.reader_support import hold_corpus_load, index_first
    from tui.app import first_screen_outline, make_app
    from tui.options import ReaderOptions

    path = tmp_path / "big.json"
    path.write_text(corpus.loader.dump_corpus(corpus.loader.load_corpus(small_corpus)), encoding="utf-8")
    monkeypatch.setattr(tui.app, "OUTLINE_FIRST_BYTES", 100)
    outline = first_screen_outline(path)
    assert outline is not None
    release = hold_corpus_load(monkeypatch)
    app = make_app(ReaderOptions(corpus_path=path, lang="zh", entry="k3"), None, outline)
    async with app.run_test(size=(140, 30)) as pilot:
        await index_first(pilot)
        screen = app.reader_screen
        assert screen is not None
        pane = screen.pane.text.plain
        assert "正在加载回答" in pane and "Loading" not in pane, pane
        await pilot.press("slash", *"flagship")
        await pilot.pause(0.3)
        hint = screen.status.hint
        assert "只搜索提问" in hint and hint in status_text(app) and not english_in(hint), hint
        await pilot.press(*" by:zxytim")
        await pilot.pause(0.3)
        hint = screen.status.hint
        assert "要等回答" in hint and not english_in(hint.replace("by:", "")), hint
        release.set()
        await ready(pilot)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_without_the_title_the_status_line_starts_with_text(lang: str) -> None:
    """At 60 columns on an entry the title gives way: the line starts with the count, not
    with the blank cells that stood between the title and the count."""
    app = reader(lang=lang)
    async with app.run_test(size=(60, 24)) as pilot:
        await ready(pilot)
        await pilot.press("j", "j")
        await pilot.pause()
        line = status_text(app)
        assert "why-int4-not-fp4" in line and "Moonshot" not in line, line
        assert line[:1] not in (" ", "│") and re.match(r"38 (个条目|entries)  │ ", line), line
