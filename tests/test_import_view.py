"""The answer pane on an imported entry: Reddit Markdown rendered inert, permalinks, dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style
from rich.text import Text

from corpus.importer import import_files
from corpus.model import Corpus
from tui.entry_view import entry_blocks
from tui.reddit_markdown import markdown_blocks

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
CODE, LINK = Style(reverse=True), Style(underline=True)


def plain(blocks: list[Text]) -> list[str]:
    return [b.plain for b in blocks]


def test_quotes_lists_code_emphasis_links_tables() -> None:
    source = (
        "Intro with **bold**, *italic* and ~~gone~~.\n\n> quoted\n>> deeper\n\n"
        "1. one\n2. two\n\n- dot\n- [site](https://example.com/x)\n\n"
        "```\nfn main() {}\n```\n\n| a | bb |\n|---|---|\n| 1 | 2 |\n"
    )
    blocks = markdown_blocks(source, CODE, LINK)
    lines = plain(blocks)
    assert lines[0] == "Intro with bold, italic and gone."
    bold = next(s for s in blocks[0].spans if s.style == Style(bold=True))
    assert blocks[0].plain[bold.start:bold.end] == "bold"
    assert "▌ quoted" in lines and "▌ ▌ deeper" in lines
    assert "1. one" in lines and "2. two" in lines and "• dot" in lines
    assert "• site (https://example.com/x)" in lines
    assert "    fn main() {}" in lines
    assert "a │ bb" in lines and "──┼───" in lines and "1 │ 2" in lines


def test_stranger_markdown_never_acts() -> None:
    source = (
        "[bold]x[/bold] [/] [@click=app.quit]y[/] &gt; &amp;gt; &#x202e;z &#x9b;w "
        "[evil](javascript:alert(1)) [Reddit][1]\n\n[1]: https://example.com/ref"
    )
    blocks = markdown_blocks(source, CODE, LINK)
    text = "\n".join(plain(blocks))
    assert "[bold]x[/bold] [/] [@click=app.quit]y[/]" in text  # literal, not markup
    assert "> &gt;" in text  # entities decoded once, as Reddit shows them
    assert "\u202e" not in text and "\x9b" not in text  # never a bidi override or C1 control
    assert "[evil](javascript:alert(1))" in text  # not a link at all
    assert "Reddit (https://example.com/ref)" in text
    for block in blocks:  # no clickable link from a stranger's text
        assert all(not (isinstance(s.style, Style) and s.style.link) for s in block.spans)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return import_files([FIXTURES / "thread.json"]).corpus


def test_pane_shows_permalink_date_score_edited_and_not_loaded(corpus: Corpus) -> None:
    entry = corpus.entry("what-s-the-context-length-of-q1")
    lines = plain(entry_blocks(corpus, entry, "en"))
    text = "\n".join(lines)
    assert "https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/q1/  2025-11-10 16:05 UTC" in lines
    assert (
        "https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/a1/  2025-11-10 16:20 UTC · score 95"
        " · edited 2025-11-10 17:00 UTC" in lines
    )
    assert "replying to u/ada-lumen" in text
    assert "8 comments of this thread were not loaded" in text
    assert "▌ What's the context length?" in lines  # the answer's quote, rendered
    assert "&gt;" not in text and "&amp;" not in text
    assert "every text here is quoted from it verbatim" in text
    assert "● Main answer · u/ada-lumen" in lines  # the handle once, no repeated name


def test_pane_says_a_question_was_deleted(corpus: Corpus) -> None:
    lines = plain(entry_blocks(corpus, corpus.entry("deleted-question-q2"), "en"))
    assert "[deleted]" in lines
    assert "The question's comment was deleted or removed; the answers survive." in lines


def test_search_matches_are_highlighted_in_rendered_text(corpus: Corpus) -> None:
    entry = corpus.entry("what-s-the-context-length-of-q1")
    raw = entry.answers[0].text.get("en")
    start = raw.index("Pretraining")
    spans = {"answers.0.en": [(start, start + len("Pretraining"))]}
    match = Style(bgcolor="red")
    from tui.entry_view import Styles

    blocks = entry_blocks(corpus, entry, "en", spans, Styles(match=match))
    block = next(b for b in blocks if b.plain == "1. Pretraining at 8k")
    hit = next(s for s in block.spans if s.style == match)
    assert block.plain[hit.start:hit.end] == "Pretraining"


def _tree_labels(app: object) -> list[str]:
    tree = app.reader_screen.topic_tree  # type: ignore[attr-defined]
    return [str(node.label.plain) for topic in tree.root.children for node in topic.children]


async def test_tree_labels_and_overviews_render_an_imported_questions_markdown(tmp_path: Path) -> None:
    """An imported question is the asker's Markdown: its label in the tree (and its line in
    a topic's overview) showed it raw, backquotes, `**` and entities (`&gt;`) as typed."""
    import json

    from tests.reader_support import reader, ready, settle

    imported = import_files([FIXTURES / "thread.json"]).corpus
    path = tmp_path / "imported.json"
    path.write_text(json.dumps(imported.model_dump(mode="json", exclude_none=True), ensure_ascii=False), encoding="utf-8")
    raw = next(e.question.get("en") or e.question.get(e.question.original) for e in imported.entries() if "`" in (e.question.en or e.question.zh or ""))
    assert "`" in raw and "&gt;" in raw  # the fixture's question: a code span, an entity
    app = reader(corpus_path=path)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        labels = _tree_labels(app)
        shown = next(label for label in labels if "Does the tokenizer" in label)
        assert "`" not in shown and "a &lt; b" in shown  # a code span keeps its text as written
        overview = "\n".join(block.plain for block in app.reader_screen.pane.blocks)
        assert "`" not in overview and "wrote > literally" in overview and "&gt;" not in overview
        from tui.palette import reader_commands

        listed = next(c.title for c in reader_commands(app) if "Does the tokenizer" in c.title)
        assert "`" not in listed and "wrote > literally" in listed  # the command palette's entry
        await pilot.press("slash", *"tokenizer")
        await settle(pilot, "tokenizer")
        tree = app.reader_screen.topic_tree
        node = next(n for t in tree.root.children for n in t.children if "Does the tokenizer" in str(n.label.plain))
        hit = [node.label.plain[s.start : s.end] for s in node.label.spans if s.style == tree._match_style]
        assert hit == ["tokenizer"]  # the matched word highlighted where it is shown


def test_every_outline_path_knows_which_questions_are_markdown(tmp_path: Path) -> None:
    """The outline a first screen is drawn from (decoded alone, or cached from a validated
    start) says which questions are imported Markdown, as the validated corpus does."""
    import json

    from corpus.fastload import read_outline
    from corpus.outline import Outline

    imported = import_files([FIXTURES / "thread.json"]).corpus
    path = tmp_path / "imported.json"
    path.write_text(json.dumps(imported.model_dump(mode="json", exclude_none=True), ensure_ascii=False), encoding="utf-8")
    validated = Outline.from_corpus(imported)
    flags = [entry.markdown for topic in validated.topics for entry in topic.entries]
    assert all(flags) and flags
    decoded = read_outline(path)
    assert decoded is not None and [e.markdown for t in decoded.topics for e in t.entries] == flags
    cached = Outline.from_raw(validated.to_raw())
    assert [e.markdown for t in cached.topics for e in t.entries] == flags
    builtin = Outline.from_corpus(__import__("corpus.loader", fromlist=["load_corpus"]).load_corpus())
    assert not any(e.markdown for t in builtin.topics for e in t.entries)  # the seeds' texts: plain
