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
    assert "8 comments of this thread are not in the imported files" in text
    assert "▌ What's the context length?" in lines  # the answer's quote, rendered
    assert "&gt;" not in text and "&amp;" not in text
    assert "every text here is quoted from it verbatim" in text
    assert "● Main answer · u/ada-lumen" in lines  # the handle once, no repeated name


def test_pane_says_a_question_was_deleted(corpus: Corpus) -> None:
    lines = plain(entry_blocks(corpus, corpus.entry("deleted-question-q2"), "en"))
    assert "[deleted]" in lines
    assert "The question's comment was deleted or removed; the answers survive." in lines


@pytest.mark.parametrize("lang", ["en", "zh", "both"])
def test_a_question_that_is_gone_is_never_called_the_askers_words(lang: str, tmp_path: Path) -> None:
    """'[deleted]' is Reddit's placeholder, and a missing question's line is this
    project's: neither is the asker's words, in the pane, `show` (text, Markdown, JSON)
    or a citation. Found on a real thread, where both were labelled as quotes (the
    missing one as 'a summary this project made of the narration')."""
    import json

    from corpus.citation import FORMATS, cite
    from tui.linear import entry_json, entry_markdown

    data = json.loads((FIXTURES / "thread.json").read_text(encoding="utf-8"))
    q1 = next(c for c in data[1]["data"]["children"] if c["data"]["id"] == "q1")
    a1 = next(c for c in q1["data"]["replies"]["data"]["children"] if c["data"]["id"] == "a1")
    data[1]["data"]["children"].append(json.loads(json.dumps(a1)) | {})
    moved = data[1]["data"]["children"][-1]["data"]
    moved.update(id="a9", parent_id="t1_q9", replies="")  # answers q9, which no file holds
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    corpus = import_files([path]).corpus
    deleted, missing = corpus.entry("deleted-question-q2"), next(e for e in corpus.entries() if e.question_missing)
    words = {"en": ("placeholder", "note"), "zh": ("占位", "说明"), "both": ("", "")}[lang]
    for entry, what in zip((deleted, missing), words, strict=True):
        surfaces = {
            "pane": "\n".join(plain(entry_blocks(corpus, entry, lang))),
            "markdown": entry_markdown(corpus, entry, lang),
            "json": json.dumps(entry_json(corpus, entry, lang), ensure_ascii=False),
            **{fmt: cite(corpus, entry.id, fmt, lang) for fmt in FORMATS},  # type: ignore[arg-type]
        }
        for name, text in surfaces.items():
            assert "asker's own words" not in text and "提问者原话，" not in text, (entry.id, name)
            assert "made of the narration" not in text and "叙述所作的概括" not in text, (entry.id, name)
            assert what in text and ("placeholder" in text or "占位" in text or "note" in text or "说明" in text), (
                entry.id,
                name,
            )


def test_a_question_whose_account_is_gone_says_so(tmp_path: Path) -> None:
    import json

    data = json.loads((FIXTURES / "thread.json").read_text(encoding="utf-8"))
    q4 = next(c for c in data[1]["data"]["children"] if c["data"]["id"] == "q4")
    q4["data"]["author"] = "[deleted]"  # the words survive their account
    q4["data"]["replies"]["data"]["children"][0]["data"].update(author="ada-lumen")  # answered
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    corpus = import_files([path]).corpus
    entry = next(e for e in corpus.entries() if e.question_permalink and e.question_permalink.endswith("/q4/"))
    assert entry.asker is None and entry.asked_by is not None and entry.asked_by.written_by == "project"
    assert "Asked by a deleted account" in plain(entry_blocks(corpus, entry, "en"))
    assert "提问者：已删除的账号" in plain(entry_blocks(corpus, entry, "zh"))


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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_hosts_own_comment_is_neither_a_question_nor_an_answer(lang: str, corpus: Corpus) -> None:
    """A host's top-level comment ('From the hosts') was labelled as "a summary this
    project made of the narration" (there is none) and its text as the "Main answer"
    (to no question). Found on a real thread."""
    import json

    from corpus.citation import FORMATS, cite
    from tui.linear import entry_json, entry_markdown

    entry = next(e for e in corpus.entries() if e.from_hosts and not e.post)  # a comment, not the post
    surfaces = {
        "pane": "\n".join(plain(entry_blocks(corpus, entry, lang))),
        "markdown": entry_markdown(corpus, entry, lang),
        "json": json.dumps(entry_json(corpus, entry, lang), ensure_ascii=False),
        **{fmt: cite(corpus, entry.id, fmt, lang) for fmt in FORMATS},  # type: ignore[arg-type]
    }
    for name, text in surfaces.items():
        assert "narration" not in text and "叙述" not in text, name
        assert "Main answer" not in text and "● 回答" not in text and '"回答"' not in text, name
    for name in ("pane", "markdown", "json", "text"):
        own = "The host's own comment" if lang == "en" else "主持人自己的评论"
        assert own in surfaces[name], name


async def test_a_topic_the_importer_made_says_so() -> None:
    """Automatic topics are "marked automatic" (README), but nothing on screen said so."""
    from tests.reader_support import reader, ready

    app = reader(corpus_path=FIXTURES / "thread.json")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        corpus = app.corpus
        assert corpus is not None
        made = next(t for t in corpus.topics if t.automatic)
        app.reader_screen.open_topic(made.id)  # type: ignore[union-attr]
        await pilot.pause()
        shown = app.reader_screen.pane.text.plain  # type: ignore[union-attr]
        assert "Grouped and titled automatically by the importer" in shown
        plain = next((t for t in corpus.topics if not t.automatic), None)
        if plain is not None:
            app.reader_screen.open_topic(plain.id)  # type: ignore[union-attr]
            await pilot.pause()
            assert "automatically" not in app.reader_screen.pane.text.plain  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "titled", "said"),
    [
        ("en", "Other questions", "Gathered by the importer: the questions it put in no group of shared words"),
        ("zh", "Other questions", "由导入工具汇集：未归入任何共有词分组的提问"),
        ("en", "From the hosts", "Gathered by the importer: the hosts' own posts and comments"),
        ("zh", "From the hosts", "由导入工具汇集：主持人自己的帖子和评论"),
    ],
)
async def test_a_leftover_topic_is_not_said_to_share_words(lang: str, titled: str, said: str) -> None:
    """'Other questions' (what no word group took) and 'From the hosts' were both said to be
    "Grouped and titled automatically by the importer, from words these questions share"."""
    from tests.reader_support import reader, ready

    app = reader(corpus_path=FIXTURES / "thread.json", lang=lang)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(pilot)
        corpus = app.corpus
        assert corpus is not None
        topic = next(t for t in corpus.topics if t.title.get("en") == titled)
        app.reader_screen.open_topic(topic.id)  # type: ignore[union-attr]
        await pilot.pause()
        shown = app.reader_screen.pane.text.plain  # type: ignore[union-attr]
        assert said in shown
        assert "words these questions share" not in shown and "共有的词自动分组" not in shown


def test_not_in_the_other_corpus_is_a_leftover_topic() -> None:
    """--topics-from: 'Not in ...' gathers what matched nothing, like 'Other questions'."""
    from corpus.loader import load_corpus

    corpus = import_files([FIXTURES / "thread.json"], topics_from=load_corpus(), topics_from_name="builtin").corpus
    rest = next(t for t in corpus.topics if t.title.get("en") == "Not in the built-in corpus")
    assert rest.automatic and rest.leftover
    assert not next(t for t in corpus.topics if t.title.get("en") == "From the hosts").leftover


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_format_says_an_imported_thread_is_quoted_verbatim(lang: str) -> None:
    """`show --format markdown|json` said of an imported thread 'no text here is quoted
    from it' (the built-in corpus's words for its thread), the pane and text the opposite."""
    import json as json_

    from tui.imported_view import WORDS
    from tui.linear import entry_json, entry_markdown

    corpus = import_files([FIXTURES / "thread.json"]).corpus
    entry = next(e for e in corpus.entries() if e.answers and not e.from_hosts)
    verbatim = WORDS[lang]["thread"]
    pane = "\n".join(plain(entry_blocks(corpus, entry, lang)))
    markdown = entry_markdown(corpus, entry, lang)
    data = json_.dumps(entry_json(corpus, entry, lang), ensure_ascii=False)
    for shown in (pane, markdown, data):
        assert verbatim in shown
        assert "no text here is quoted" not in shown and "未直接引用" not in shown


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_askers_follow_up_is_the_askers_words_in_every_format(lang: str) -> None:
    """In Chinese a follow-up was labelled 答者原话 (the answerer's words) in the pane,
    `show` and citations; it is the asker's."""
    import json as json_

    from corpus.citation import cite
    from tui.linear import entry_json, entry_markdown

    corpus = import_files([FIXTURES / "thread.json"]).corpus
    entry = next(e for e in corpus.entries() if any(a.role == "follow-up" for a in e.answers))
    asker, answerer = ("提问者原话", "答者原话") if lang == "zh" else ("asker's own words", "speaker's own words")
    pane = plain(entry_blocks(corpus, entry, lang))
    heading = next(n for n, line in enumerate(pane) if "u/curious_cat" in line and line.startswith("?"))
    assert asker in pane[heading + 1], pane[heading : heading + 2]
    markdown = entry_markdown(corpus, entry, lang).split("\n")
    heading = next(n for n, line in enumerate(markdown) if line.startswith("###") and "curious" in line)
    assert asker in markdown[heading + 2], markdown[heading : heading + 3]
    rows = entry_json(corpus, entry, lang)["answers"]
    said = {row["role"]: row["wording"] for row in rows}
    assert asker in said["follow-up"] and answerer in said["main"], json_.dumps(said, ensure_ascii=False)
    cited = cite(corpus, entry.id, "text", lang)
    follow = next(line for line in cited.split("\n") if "curious_cat" in line)
    assert answerer not in follow, cited


def test_bibtex_and_csl_credit_those_who_answered_each_once() -> None:
    """BibTeX and CSL-JSON made an asker's follow-up question a co-author ('{curious_cat}',
    without u/) and gave an imported account as 'u/ada-lumen (ada-lumen)'; Markdown
    headed its answers 'u/ada-lumen · ada-lumen'."""
    import json as json_

    from corpus.citation import cite
    from tui.linear import entry_markdown

    corpus = import_files([FIXTURES / "thread.json"]).corpus
    entry = next(e for e in corpus.entries() if any(a.role == "follow-up" for a in e.answers))
    bibtex = cite(corpus, entry.id, "bibtex", "en")
    author = next(line for line in bibtex.split("\n") if line.strip().startswith("author"))
    assert "curious" not in author and "ada-lumen)" not in author, author
    assert "{u/ada-lumen}" in author and "{u/lumen\\_lab}" in author, author
    csl = json_.loads(cite(corpus, entry.id, "csl-json", "en"))
    names = [a["literal"] for a in (csl[0] if isinstance(csl, list) else csl)["author"]]
    assert names == ["u/ada-lumen", "u/lumen_lab", "u/Byte_Smith"], names
    headings = [line for line in entry_markdown(corpus, entry, "en").split("\n") if line.startswith("###")]
    assert not any("ada-lumen · ada-lumen" in line for line in headings), headings


def test_show_markdown_and_json_give_every_permalink_of_an_imported_entry() -> None:
    """Text `show` gave the question's and each answer's permalink, date and score;
    Markdown and JSON gave none of them."""
    from tui.linear import entry_json, entry_markdown

    corpus = import_files([FIXTURES / "thread.json"]).corpus
    entry = next(e for e in corpus.entries() if any(a.role == "follow-up" for a in e.answers))
    urls = [entry.question_permalink, *(a.permalink for a in entry.answers)]
    assert all(urls)
    markdown = entry_markdown(corpus, entry, "en")
    for url in urls:
        assert f"<{url}>" in markdown
    first = entry.answers[0]
    line = next(line for line in markdown.split("\n") if f"<{first.permalink}>" in line)
    assert f"score {first.score}" in line and "2025-11-10" in line
    data = entry_json(corpus, entry, "en")
    assert data["question_permalink"] == entry.question_permalink
    assert [a["permalink"] for a in data["answers"]] == urls[1:]
    assert data["answers"][0]["score"] == first.score and data["answers"][0]["posted"].startswith("2025-11-10")
