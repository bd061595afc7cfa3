"""The link picker's list: every URL of an entry once, keyed 1-9 then letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import load_corpus
from corpus.outline import Outline
from tui.links import KEYS, entry_links, urls_in


def test_urls_in_text_lose_trailing_punctuation() -> None:
    text = "See https://example.com/a, (https://example.com/b) and https://x.org/wiki/A_(b). 见https://例子.cn/页。"
    assert urls_in(text) == ["https://example.com/a", "https://example.com/b", "https://x.org/wiki/A_(b)", "https://例子.cn/页"]


def test_every_link_once_with_keys_one_to_nine_then_letters(small_corpus: Path) -> None:
    many = " ".join(f"https://example.com/{n}" for n in range(12))
    text = small_corpus.read_text(encoding="utf-8").replace(
        'en = "For non-Blackwell GPUs."', f'en = "For non-Blackwell GPUs. {many} https://example.com/article"'
    )
    small_corpus.write_text(text, encoding="utf-8")
    corpus = load_corpus(small_corpus)
    links = entry_links(corpus, corpus.entry("why-int4"), Outline.from_corpus(corpus))
    assert [link.url for link in links[:2]] == ["https://example.com/article", "https://github.com/IST-DASLab/marlin"]
    assert [link.url for link in links[2:]] == [f"https://example.com/{n}" for n in range(12)]  # the source URL once
    assert [link.key for link in links] == list("123456789abcde")
    assert links[0].label.startswith("Source: ") and links[2].label == "In an answer by u/zxytim"
    assert len(KEYS) == 32 and not set("gjk") & set(KEYS)  # they move in the list


def test_see_also_entries_come_after_the_urls() -> None:
    from corpus.loader import builtin_corpus_path

    corpus = load_corpus(builtin_corpus_path())
    entry = next(e for e in corpus.entries() if len(e.see_also) == 2)
    links = entry_links(corpus, entry, Outline.from_corpus(corpus))
    urls = [link for link in links if link.url]
    assert links[: len(urls)] == urls and [link.entry for link in links[len(urls) :]] == list(entry.see_also)
    assert all(link.label.startswith("See also: ") for link in links[len(urls) :])


@pytest.mark.parametrize("lang", ["en", "zh", "both"])
def test_see_also_questions_are_in_the_reading_language(lang: str) -> None:
    """They came in the question's original language whatever the reader showed."""
    from corpus.loader import builtin_corpus_path

    corpus = load_corpus(builtin_corpus_path())
    entry = corpus.entry("kda-next-flagship")
    (see,) = [link for link in entry_links(corpus, entry, Outline.from_corpus(corpus), lang) if link.entry]
    other = corpus.entry(see.entry).question
    prefix = "See also: " if lang == "en" else "另见："  # (the picker's own words in the chrome's language)
    assert see.label == f"{prefix}{other.get('en' if lang == 'en' else 'zh')}"


async def test_a_wrapped_link_hangs_under_its_label() -> None:
    """In a narrow terminal, a label's and a URL's second lines start under the label,
    not under the key (they started at the list's left edge)."""
    from textual.widgets import OptionList

    from tests.reader_support import ready, reader
    from tui.screens.link_picker import LinkPicker

    app = reader(lang="zh", entry="kda-next-flagship")
    async with app.run_test(size=(70, 30)) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinkPicker)
        options = app.screen.query_one(OptionList)
        lines = [options.render_line(y).text.rstrip() for y in range(options.size.height)]
        body = [line for line in lines if line.strip()]
        keyed = [n for n, line in enumerate(body) if line.lstrip()[:1].isdigit()]
        assert len(keyed) == 2, lines
        indent = body[keyed[0]].index(body[keyed[0]].lstrip()[0]) + 3  # under the label
        wrapped = [line for n, line in enumerate(body) if n not in keyed]
        assert len(wrapped) >= 3, lines  # the source's title and URL wrap at this width
        for line in wrapped:
            assert line[:indent].strip() == "", lines


def test_the_pickers_hint_names_its_keys_without_a_range_of_one() -> None:
    from tui.links import LinkChoice
    from tui.screens.link_picker import hint

    one = [LinkChoice("1", "Source", "https://example.com")]
    assert hint(one, "copies it").startswith("1, or ↑↓ j k and Enter: copies it")
    assert hint([*one, LinkChoice("2", "Other", "https://example.org")], "copies it").startswith("1-2, or")
