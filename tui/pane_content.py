"""What the answer pane shows for each reading state: an entry (or its question while the
answers load), a topic's overview, or the filter's "no match". Plain functions of the
state; the screen decides which and hands the result to the pane."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.text import Text

from tui.both_labels import said
from tui.keymap import typed_key
from tui.ui_text import question_count, words

if TYPE_CHECKING:
    from corpus.model import Corpus, Topic
    from corpus.outline import EntryOutline, Outline
    from corpus.search import SearchResult
    from tui.view_styles import Styles

OVERVIEW_MAX = 200
"""How many questions a topic's overview lists."""

Spans = Mapping[str, Sequence[tuple[int, int]]]


def entry_content(
    corpus: Corpus | None, outline: Outline, entry_id: str, lang: str, spans: Spans, styles: Styles
) -> list[Text]:
    """An entry: question, answers, sources, with why it matched when the match is hidden;
    while the corpus loads, its question from the outline."""
    label_lang = "en" if lang == "en" else "zh"
    if corpus is None:
        question = shown_question(outline.entry(entry_id), label_lang)
        return [Text(question, "bold"), Text(""), Text(words(lang, "answers_wait"), "italic")]
    from tui.entry_view import entry_blocks
    from tui.match_reasons import hidden_match_blocks

    entry = corpus.entry(entry_id)
    blocks = entry_blocks(corpus, entry, lang, spans, styles)
    blocks[1:1] = hidden_match_blocks(corpus, entry, lang, spans, styles)
    return blocks


def match_spans(result: SearchResult | None, entry_id: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """The filter's highlights in an entry (none without a filter)."""
    if result is None:
        return {}
    for match in result.matches:
        if match.entry_id == entry_id:
            return dict(match.spans)
    return {}


AUTOMATIC = {
    "words": {
        "en": "Grouped and titled automatically by the importer, from words these questions share.",
        "zh": "由导入工具根据这些提问共有的词自动分组并命名。",
    },
    "leftover": {
        "en": "Gathered by the importer: the questions it put in no group of shared words, in the thread's order.",
        "zh": "由导入工具汇集：未归入任何共有词分组的提问，按原帖顺序排列。",
    },
    "unmatched": {
        "en": "Gathered by the importer: the questions that matched no entry of that corpus "
        "(import --topics-from), in the thread's order.",
        "zh": "由导入工具汇集：与该语料库中任何条目都不匹配的提问（import --topics-from），按原帖顺序排列。",
    },
    "hosts": {
        "en": "Gathered by the importer: the hosts' own posts and comments, which answer no question.",
        "zh": "由导入工具汇集：主持人自己的帖子和评论，并非回答提问。",
    },
}
"""Under the title of a topic the importer made (`Topic.automatic`), by how it made it
(`made_by`)."""


def made_by(topic: Topic) -> str | None:
    """How the importer made `topic` (a key of `AUTOMATIC`), or None when a person did."""
    if not topic.automatic:
        return None
    if topic.leftover:  # of `--topics auto`, or of `--topics-from` ('Not in ...')
        from corpus.importer.matching import NOT_IN

        return "unmatched" if topic.title.get("en").startswith(NOT_IN) else "leftover"
    return "hosts" if all(entry.from_hosts for entry in topic.entries) else "words"


def overview_content(
    outline: Outline, topic_id: str, lang: str, automatic: str | None = None, keymap: Mapping[str, str] | None = None
) -> list[Text]:
    """A topic's overview: its questions, at most OVERVIEW_MAX of them; `automatic`: how
    the importer gathered them (`made_by`), and the overview says so; `keymap`: the config
    file's `[keys]`, the keys it names being the ones bound now."""
    keymap = keymap or {}
    label_lang = "en" if lang == "en" else "zh"
    topic = outline.topic(topic_id)
    blocks = [Text(said(lang, topic.text), "bold"), Text(question_count(lang, len(topic.entries)), "dim")]
    if automatic:  # this project's note: in each language shown
        notes = dict.fromkeys(AUTOMATIC[automatic][one] for one in (("zh", "en") if lang == "both" else (label_lang,)))
        blocks += [Text(note, "dim") for note in notes]
    blocks.append(Text(""))
    blocks += [Text(f"• {shown_question(entry, label_lang)}") for entry in topic.entries[:OVERVIEW_MAX]]
    if len(topic.entries) > OVERVIEW_MAX:
        more = len(topic.entries) - OVERVIEW_MAX
        blocks.append(Text(words(lang, "overview_more", n=more, filter=typed_key("reader.filter", keymap)), "italic"))
    blocks += [Text(""), Text(overview_keys(lang, keymap), "dim")]
    return blocks


def overview_keys(lang: str, keymap: Mapping[str, str]) -> str:
    """The overview's last line: the keys that move, read, filter and help, as bound now
    ("↑↓/jk move · enter read · / filter · ? help" by default)."""
    down, up = typed_key("tree.down", keymap), typed_key("tree.up", keymap)
    moves = down + up if len(down) == len(up) == 1 else f"{down} {up}"
    return words(
        lang,
        "overview_keys",
        moves=moves,
        open=typed_key("tree.open", keymap),
        filter=typed_key("reader.filter", keymap),
        help=typed_key("app.help", keymap),
    )


def no_match_content(query: str, lang: str = "en", keymap: Mapping[str, str] | None = None) -> list[Text]:
    """The filter matches nothing: say so, with the query, and how to get out (the key
    that clears the filter now: `keymap`, the config file's `[keys]`)."""
    clear = typed_key("reader.clear-filter", keymap or {})
    return [
        Text(words(lang, "no_match"), "bold"),
        Text(query),
        Text(""),
        Text(words(lang, "no_match_how", clear=clear), "dim"),
    ]


def shown_question(entry: EntryOutline, lang: str) -> str:
    """An entry's question as a list shows it (a topic's overview, bookmarks, the command
    palette): an imported question's Markdown as its first line rendered, plain text."""
    if entry.markdown:
        from tui.reddit_markdown import first_line

        return first_line(entry.text(lang), words(lang, "spoiler"))
    return entry.text(lang)
