"""What the answer pane adds for an entry imported from Reddit: Markdown, permalinks, dates.

An imported text is the author's own Markdown: it is shown rendered (`tui.reddit_markdown`),
inert, with search matches highlighted where the same words appear. Each answer gets a line
with its permalink, date, score and whether it was edited; the question its asker, permalink
and date, or says it was deleted; an entry matched by `import --topics-from` shows the other
corpus's wording beside the quote; the sources say how many comments were not loaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

from corpus.citation import md_escape, source_name
from corpus.model import Answer, Corpus, Entry, LocalizedText, Source
from corpus.outline import is_imported
from tui.both_labels import said, said_template
from tui.reddit_markdown import highlight_words, markdown_blocks
from tui.ui_text import words as ui_words

if TYPE_CHECKING:
    from tui.view_styles import Styles

Spans = Mapping[str, Sequence[tuple[int, int]]]

WORDS = {
    "en": {
        "deleted": "The question's comment was deleted or removed; the answers survive.",
        "from_hosts": "From the hosts: a host's own comment, not an answer to a question.",
        "post": "The thread's post: its own text, by the poster, not an answer to a question.",
        "post_deleted": "The thread's post, not an answer to a question: its text was deleted or removed.",
        "post_empty": "The thread's post, not an answer to a question: it has no text.",
        "missing": "The question is not in the imported files; this is its address.",
        "hidden": "{n} replies in this conversation were not loaded (behind 'load more' links); it may go on there.",
        "hidden_1": "1 reply in this conversation was not loaded (behind a 'load more' link); it may go on there.",
        "asked": "Asked by u/{who}",
        "score": "score {n}",
        "edited": "edited",
        "edited_at": "edited {when}",
        "replying": "replying to u/{who}",
        "not_loaded": "{n} comments of this thread are not in the imported files (behind Reddit's 'load more' links, which cannot be opened offline, or missing from a dump).",
        "not_loaded_1": "1 comment of this thread is not in the imported files (behind Reddit's 'load more' links, which cannot be opened offline, or missing from a dump).",
        "not_loaded_unknown": "How many comments of this thread are not in the imported files is unknown: no file holds the post, which counts them.",
        "not_loaded_all": "{n} comments of the threads imported into this corpus, all of them together, are not in the imported files (the file does not say of which thread).",
        "not_loaded_all_1": "1 comment of the threads imported into this corpus is not in the imported files (the file does not say of which thread).",
        "verbatim": "the same exchange, verbatim in the thread",
        "paraphrase": "the paraphrase (意译) of this exchange in {name}",
        "translation": "the translation of this exchange in {name}",
        "original": "this exchange as {name} prints it",
        "thread": "the thread itself, imported: every text here is quoted from it verbatim",
    },
    "zh": {
        "deleted": "提问的评论已被删除或移除；回答仍在。",
        "from_hosts": "来自主持人：主持人自己的评论，并非回答提问。",
        "post": "帖子本身：发帖人自己写的正文，并非回答提问。",
        "post_deleted": "帖子本身，并非回答提问：其正文已被删除或移除。",
        "post_empty": "帖子本身，并非回答提问：该帖没有正文。",
        "missing": "导入的文件中没有这条提问；以下是它的链接。",
        "hidden": "这段对话中有 {n} 条回复未载入（在“加载更多”之后），对话可能还有后续。",
        "asked": "提问者：u/{who}",
        "score": "得分 {n}",
        "edited": "已编辑",
        "edited_at": "编辑于 {when}",
        "replying": "回复 u/{who}",
        "not_loaded": "本帖有 {n} 条评论不在导入的文件中（在 Reddit 的“加载更多”之后，离线无法展开；或数据转储中没有）。",
        "not_loaded_unknown": "本帖有多少条评论不在导入的文件中无从得知：文件中没有帖子本身，无法计数。",
        "not_loaded_all": "导入本语料库的各帖合计有 {n} 条评论不在导入的文件中（文件没有说明属于哪个帖子）。",
        "verbatim": "同一问答的原帖原话",
        "paraphrase": "{name}对同一问答的意译",
        "translation": "{name}对同一问答的中文译文",
        "original": "{name}所载的同一问答",
        "thread": "原帖本身（导入）：此处每段文字均逐字引自原帖",
    },
}


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _url(url: str, styles: Styles) -> Text:
    """A permalink the importer built from checked ids: a hyperlink, as source URLs are."""
    return Text(url, styles.link + Style(link=url))


def markdown_text(
    text: LocalizedText, lang: str, key: str, spans: Spans, styles: Styles, base: Style | None = None
) -> list[Text]:
    """An imported text rendered, with the search's matches highlighted on the same words."""
    shown = lang if text.has(lang) else text.original  # type: ignore[arg-type]
    raw = text.get(shown)  # type: ignore[arg-type]
    blocks = markdown_blocks(raw, styles.dim + Style(reverse=True), styles.link, ui_words(lang, "spoiler"))
    if not blocks:
        blocks = [Text(raw)]
    for block in blocks:
        if base is not None:
            block.stylize(base)
    highlight_words(blocks, (raw[start:end] for start, end in spans.get(f"{key}.{shown}", ())), styles.match)
    return blocks


def _notes(langs: Sequence[str], key: str, n: int | None = None) -> list[str]:
    """This project's note `key` (counted: `n` things) in each language of `langs`, Chinese
    first under `both`: a note is the project's words, never the thread's, so it is said in
    every language the reader shows."""
    return [WORDS[one][key] if n is None else _counted(one, key, n) for one in langs]


def question_notes(entry: Entry, langs: Sequence[str]) -> list[str]:
    """What this project notes under an imported question, each note in every language of
    `langs`: that it is the post or a host's own comment, or that it was deleted or is
    missing from the imported files."""
    if entry.from_hosts:  # the post, its text the poster's only when it has one
        key = ("post" if entry.post == "text" else f"post_{entry.post}") if entry.post else "from_hosts"
        return _notes(langs, key)
    out: list[str] = []
    if entry.question_deleted:
        out += _notes(langs, "deleted")
    if entry.question_missing:
        out += _notes(langs, "missing")
    return out


def question_lines(entry: Entry, langs: Sequence[str], styles: Styles) -> list[Text]:
    """Under an imported question: that it is gone or no question (`question_notes`), then
    who asked, its permalink and date (its facts' labels in every language of `langs`)."""
    out = [Text(note, styles.note) for note in question_notes(entry, langs)]
    if entry.from_hosts:
        return out
    line = Text("")
    if entry.question_permalink:
        line.append_text(_url(entry.question_permalink, styles))
    if facts := question_facts(entry, _reading(langs)):
        line.append("  " + " · ".join(facts), styles.dim)
    if line.plain:
        out.append(line)
    return out


def _reading(langs: Sequence[str]) -> str:
    """The reading language (zh, en or both) that shows `langs`."""
    return "both" if len(langs) > 1 else langs[0]


def answer_lines(corpus: Corpus, entry: Entry, answer: Answer, lang: str, styles: Styles) -> list[Text]:
    """Under an imported answer: its permalink, date, score, edited, and whom it replies to
    (labelled in the reading language `lang`)."""
    if answer.permalink is None:
        return []
    line = _url(answer.permalink, styles)
    bits = answer_facts(corpus, answer, lang)
    if bits:
        line.append("  " + " · ".join(bits), styles.dim)
    return [line]


def permalink_line(url: str, facts: list[str]) -> str:
    """A permalink and its facts as one Markdown line (the URL an autolink)."""
    return f"<{url}>" + (md_escape(" · " + " · ".join(facts)) if facts else "")


def _fact(lang: str, key: str) -> str:
    """The label template of a fact (`score {n}`) in the reading language (`得分 score {n}`
    under `both`)."""
    return said_template(lang, lambda one: WORDS[one][key])


def question_facts(entry: Entry, lang: str = "en") -> list[str]:
    """When an imported question was posted and last edited, as words (none when not
    known), in the reading language `lang` (zh, en or both)."""
    posted = [_when(entry.question_posted)] if entry.question_posted else []
    return posted + _edit_words(entry.question_edited, lang)


def _edit_words(edited: datetime | bool | None, lang: str) -> list[str]:
    """'edited 2025-11-10 17:00 UTC', or 'edited' when Reddit does not say when."""
    if isinstance(edited, datetime):
        return [_fact(lang, "edited_at").format(when=_when(edited))]
    return [_fact(lang, "edited")] if edited else []


def answer_facts(corpus: Corpus, answer: Answer, lang: str) -> list[str]:
    """An imported answer's date, score, edit and whom it replies to, as words in the
    reading language `lang` (zh, en or both)."""
    bits = []
    if answer.posted:
        bits.append(_when(answer.posted))
    if answer.score is not None:
        bits.append(_fact(lang, "score").format(n=answer.score))
    bits += _edit_words(answer.edited, lang)
    if answer.reply_to:
        who = corpus.speaker(answer.reply_to).handle or answer.reply_to
        bits.append(_fact(lang, "replying").format(who=who))
    return bits


def link_label(corpus: Corpus, entry: Entry, other: Entry, lang: str) -> str | None:
    """What a see_also link between an imported entry and another wording of it is, in the
    reading language `lang` (zh, en or both)."""
    if is_imported(entry) == is_imported(other):
        return None
    source = corpus.source(other.answers[0].source)
    if is_imported(other):
        return said(lang, lambda one: WORDS[one]["verbatim"])
    return said(lang, lambda one: WORDS[one][source.wording].format(name=source_name(source, one)))


def source_label(source: Source, first: str) -> str:
    """What the source of an imported entry is, for the sources list."""
    if source.kind == "reddit-thread" and source.wording == "original":
        return WORDS[first]["thread"]
    return source.wording


def _counted(first: str, key: str, n: int) -> str:
    """WORDS[first][key] for `n` things (its singular wording, where it has one, for 1)."""
    words = WORDS[first]
    return (words.get(f"{key}_1", words[key]) if n == 1 else words[key]).format(n=f"{n:,}")


def not_loaded_notes(corpus: Corpus, langs: Sequence[str], entry: Entry) -> list[str]:
    """'N comments were not loaded' of this conversation, and of the entry's own thread
    (or that no one can tell), when some were, in each language of `langs`. A corpus
    imported by an earlier version holds one count for the whole corpus: of this thread
    when it is the corpus's only source, else said to be of all its threads together."""
    out = []
    if entry.replies_not_loaded:
        out += _notes(langs, "hidden", entry.replies_not_loaded)
    own = corpus.source(entry.question_source).comments_not_loaded
    if own == "unknown":
        out += _notes(langs, "not_loaded_unknown")
    elif own:
        out += _notes(langs, "not_loaded", own)
    elif own is None and corpus.comments_not_loaded:
        key = "not_loaded" if len(corpus.sources) == 1 else "not_loaded_all"
        out += _notes(langs, key, corpus.comments_not_loaded)
    return out


def not_loaded_line(corpus: Corpus, langs: Sequence[str], styles: Styles, entry: Entry) -> list[Text]:
    """`not_loaded_notes` as the pane shows them."""
    return [Text(note, styles.note) for note in not_loaded_notes(corpus, langs, entry)]
