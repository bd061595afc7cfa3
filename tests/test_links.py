"""The link picker's list: every URL of an entry once, keyed 1-9 then letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import load_corpus
from corpus.model import Corpus
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
    assert links[0].label.startswith("Source: ") and links[2].label == "In the main answer by u/zxytim"
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


# ------------------------------------------------ an imported thread: roles, Markdown links

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"


def _thread_with(tmp_path: Path, bodies: dict[str, str]) -> Path:
    """The fixture thread with these comments' bodies (by comment id) replaced."""
    import json

    data = json.loads(THREAD.read_text(encoding="utf-8"))

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("kind") == "t1" and node["data"]["id"] in bodies:
                node["data"]["body"] = bodies[node["data"]["id"]]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _imported(tmp_path: Path, bodies: dict[str, str]) -> Corpus:
    from corpus.importer import import_files

    return import_files([_thread_with(tmp_path, bodies)]).corpus


def _pane(corpus: Corpus, entry_id: str, lang: str) -> str:
    from tui.entry_view import entry_blocks

    return "\n".join(block.plain for block in entry_blocks(corpus, corpus.entry(entry_id), lang))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_follow_up_is_labelled_as_the_pane_labels_it_not_as_an_answer(lang: str, tmp_path: Path) -> None:
    """The asker's follow-up question was listed as 'Answer by u/curious_cat on Reddit', and
    a URL in it as 'In an answer by u/curious_cat' (the pane says '? Follow-up question')."""
    from corpus.citation.facts import role_label

    corpus = _imported(tmp_path, {"f1": "Thanks! Same recipe as https://example.com/recipe for the 70B?"})
    entry = corpus.entry("what-s-the-context-length-of-q1")
    links = entry_links(corpus, entry, Outline.from_corpus(corpus), lang)
    by_url = {link.url: link.label for link in links}
    pane = _pane(corpus, entry.id, lang)
    for answer in entry.answers:
        role = role_label(entry, answer, "en" if lang == "en" else "zh")
        handle = corpus.speaker(answer.speaker).display_handle
        assert f"{role} · {handle}" in pane  # the pane's header for this comment
        assert role in by_url[answer.permalink] and handle in by_url[answer.permalink], by_url
    follow_up = next(a for a in entry.answers if a.role == "follow-up")
    in_text = by_url["https://example.com/recipe"]
    if lang == "en":
        assert by_url[follow_up.permalink] == "Follow-up question by u/curious_cat on Reddit"
        assert in_text == "In the follow-up question by u/curious_cat"
    else:
        assert by_url[follow_up.permalink] == "追问（u/curious_cat，Reddit）"
        assert in_text == "链接出自追问（u/curious_cat）"
    assert not any("curious_cat" in label and ("Answer by" in label or "的回答" in label) for label in by_url.values())


def test_a_hosts_own_comment_is_not_called_an_answer_nor_its_heading_a_question(tmp_path: Path) -> None:
    """'From the hosts': the host's comment was 'Answer by u/lumen_lab on Reddit' and a URL
    in its first line (the entry's heading) 'In the question'; the pane says 'Not a question'."""
    corpus = _imported(tmp_path, {"h1": "Thanks everyone! Notes at https://example.com/notes\n\nBack tomorrow."})
    entry = next(e for e in corpus.entries() if e.from_hosts and not e.post)  # a comment, not the post
    assert "https://example.com/notes" in entry.question.get("en")  # the heading holds it
    by_url = {link.url: link.label for link in entry_links(corpus, entry, Outline.from_corpus(corpus))}
    assert by_url[entry.answers[0].permalink] == "The host's own comment by u/lumen_lab on Reddit"
    assert by_url["https://example.com/notes"] == "In the host's own comment by u/lumen_lab"
    assert "The host's own comment · u/lumen_lab" in _pane(corpus, entry.id, "en")


def test_urls_keep_their_own_parentheses_and_stop_at_brackets() -> None:
    """`[ok](https://example.com/a_(b))` gave 'https://example.com/a_(b))', and markup
    around a URL ran into it ('https://evil.example]x[/link')."""
    text = (
        "[ok](https://example.com/a_(b)) [link=https://evil.example]x[/link] "
        "(see https://en.wikipedia.org/wiki/Mixture_of_experts_(x)). <https://a.example/p>"
    )
    assert urls_in(text) == [
        "https://example.com/a_(b)",
        "https://evil.example",
        "https://en.wikipedia.org/wiki/Mixture_of_experts_(x)",
        "https://a.example/p",
    ]


def test_an_imported_comments_urls_are_the_ones_its_markdown_links_to_none_from_code(tmp_path: Path) -> None:
    """A Markdown link's target is taken exactly, as the pane shows it after the link's
    text; URLs written as text are taken too; nothing inside code is."""
    body = (
        "Here is a table: [ok](https://example.com/a_(b)) and "
        "[MoE](https://en.wikipedia.org/wiki/Mixture_of_experts_(x)), [页](https://例子.cn/页), "
        "plain https://example.com/plain, `https://code.example/span` and "
        "[https://shown.example](https://target.example)\n\n"
        "    [link=https://evil.example]x[/link]\n"
    )
    corpus = _imported(tmp_path, {"q1": body})
    entry = next(e for e in corpus.entries() if e.question_permalink and e.question_permalink.endswith("/q1/"))
    urls = [link.url for link in entry_links(corpus, entry, Outline.from_corpus(corpus)) if link.label == "In the question"]
    assert urls == [
        "https://example.com/a_(b)",
        "https://en.wikipedia.org/wiki/Mixture_of_experts_(x)",
        "https://例子.cn/页",
        "https://example.com/plain",
        "https://target.example",
    ]
    pane = _pane(corpus, entry.id, "en")
    for url in urls:
        assert url in pane, (url, pane)  # the pane shows the very URL the picker copies
    assert "https://code.example/span" in pane and "https://evil.example" in pane  # shown, as code
