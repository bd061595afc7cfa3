"""The facts a citation of one entry states, whatever its format.

Plain Python, no Textual import. What each quoted text is (the digest's paraphrase, the
article's Chinese translation, or an English rendering made by this project), who
answered, and the sources with URL and publisher: `build` gathers them in a `Citation`,
which every format renders without deciding anything of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from corpus.behaviour import by_asker
from corpus.model import Corpus, Entry, Lang, LocalizedText, Source
from corpus.outline import is_imported

CiteLang = Literal["zh", "en", "both"]
TOOL = "kimi-ama-tui"
Who = Literal["speaker", "asker", "poster", "host"]
"""Whose words a text would be, were they verbatim: an answer's speaker, an asker (a
question, a follow-up), the thread's poster (the post), a host (their own comment)."""
WHO = {
    "en": {"speaker": "speaker", "asker": "asker", "poster": "poster", "host": "host"},
    "zh": {"speaker": "答者", "asker": "提问者", "poster": "发帖人", "host": "主持人"},
}
"""`Who` in words ('答者' is the answerer: never the post's or a host's own comment's)."""

ROLE_LABELS = {
    "en": {
        "main": "Main answer",
        "supplement": "Supplement (补充)",
        "additional": "Further answer",
        "follow-up": "Follow-up question",
        "reply": "Answer to the follow-up",
    },
    "zh": {
        "main": "回答",
        "supplement": "补充",
        "additional": "另一回答",
        "follow-up": "追问",
        "reply": "对追问的回答",
    },
}


# ---------------------------------------------------------------- what the quoted text is


PUBLISHER_WORDS = {
    "en": {"none": "publisher not named", "via": ", via {site}"},
    "zh": {"none": "未署名", "via": "，{site} 转载"},
}
"""How a list of sources words a source that names no publisher, and the site carrying it."""


def source_name(source: Source, ui: Lang) -> str:
    """A short name for a source in the citation's language: 'the digest', '精炼版'."""
    if ui == "zh":
        article = f"{source.publisher or PUBLISHER_WORDS['zh']['none']}文章"
        return {"article": article, "digest": "精炼版"}.get(source.kind, "Reddit 原帖")
    if source.kind == "article":
        return f"the article ({source.publisher})" if source.publisher else "the article"
    return "the digest" if source.kind == "digest" else "the Reddit thread"


def publisher_words(source: Source, ui: Lang) -> str:
    """Who published `source`, for a list of sources in `ui`: its publisher, or that it
    names none, then the site that carries it ('硅星人，ZAKER 转载', 'publisher not named')."""
    words = PUBLISHER_WORDS[ui]
    via = words["via"].format(site=source.carried_by) if source.carried_by else ""
    return (source.publisher or words["none"]) + via


def shown_lang(text: LocalizedText, lang: Lang) -> Lang:
    """The language actually shown for `lang`: the original when `lang` is missing."""
    return lang if text.has(lang) else text.original


def wording(source: Source, text: LocalizedText, lang: Lang, ui: Lang, who: Who = "speaker") -> str:
    """One sentence saying whose words the `lang` text is (`who`'s, as `said_by` tells);
    never the speaker's own if not."""
    lang = shown_lang(text, lang)
    name = source_name(source, ui)
    if text.by_project:
        return _summary_wording(name, lang, text.original, ui, who)
    whose = WHO[ui][who]
    if ui == "zh":
        if text.is_rendering(lang):
            return f"本项目（{TOOL}）据{_spaced(name)}的英文所作的中文译文，并非{whose}原话。"
        if source.wording == "paraphrase":
            return f"{name}的意译，并非{whose}原话。"
        if source.wording == "translation":
            return f"{name}的中文译文，并非{whose}原话。"
        if staff := staff_note(text.get(lang) or ""):
            return (
                f"{whose}原话，据{_spaced(name)}；但其中一行说明 Reddit 工作人员编辑过（“{staff}”）："
                f"工作人员所写或所改的文字并非{whose}原话。"
            )
        return f"{whose}原话，据{_spaced(name)}。"
    if text.is_rendering(lang) and lang == "en":
        what = {
            "paraphrase": f"the Chinese {name.removeprefix('the ')}, itself a paraphrase (意译)",
            "translation": f"the Chinese translation in {name}",
        }.get(source.wording, f"the Chinese text of {name}")
        return f"English rendering of {what}, made by this project ({TOOL}); not the {whose}'s original wording."
    if text.is_rendering(lang):
        return f"Chinese rendering of {name}'s English, made by this project ({TOOL}); not the {whose}'s original wording."
    if text.original == "en" and source.language == "zh":
        return f"English as {name} prints it."
    if source.wording == "paraphrase":
        return f"The paraphrase (意译) in {name}; not the {whose}'s original wording."
    if source.wording == "translation":
        return f"The Chinese translation in {name}; not the {whose}'s original wording."
    if staff := staff_note(text.get(lang) or ""):
        return f"The {whose}'s own words, as {name} prints them, except what Reddit staff edited: a line in it says they did (“{staff}”)."
    return f"The {whose}'s own words, as {name} prints them."


STAFF_NOTE = re.compile(
    r"^[^\n]*\b(?:edit(?:ed)?|update[d]?|fixed|added|removed)\b[^\n]*\bby\s+(?:the\s+)?(?:reddit\s+)?(?:staff|admins?)\b[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
"""A line of a comment saying Reddit staff edited it ("EDIT (by staff): As promised …",
"[edit: link fixed by staff]" in the Obama AMA): admins can edit a comment, and what they
wrote or changed is not the speaker's."""


def staff_note(text: str) -> str | None:
    """The line of `text` saying Reddit staff edited it, cut to 60 characters; None if none."""
    found = STAFF_NOTE.search(text)
    if found is None:
        return None
    line = found.group().strip()
    return line if len(line) <= 60 else line[:59] + "…"


GONE = {
    "deleted": {
        "en": "Not the asker's words: Reddit's placeholder for a deleted or removed comment.",
        "zh": "并非提问者原话：Reddit 为已删除或移除的评论显示的占位文字。",
    },
    "missing": {
        "en": "Not the asker's words: this project's note in place of a question the imported files lack.",
        "zh": "并非提问者原话：导入的文件中没有这条提问，这是本项目代为说明的文字。",
    },
    "from_hosts": {
        "en": "Not a question: this project's heading for a host's own comment, quoted below.",
        "zh": "并非提问：本项目为主持人自己的评论所加的标题，原文见下。",
    },
    "post": {
        "en": "Not a question: this project's heading for the thread's post, its text below.",
        "zh": "并非提问：本项目为帖子所加的标题，正文见下。",
    },
    "post_gone": {
        "en": "Not a question: this project's heading for the thread's post.",
        "zh": "并非提问：本项目为帖子所加的标题。",
    },
}
"""What an imported question that is gone (or was never asked) shows instead of the
asker's words."""

HOSTS_OWN = {"en": "The host's own comment", "zh": "主持人自己的评论"}
"""The label of a host's own top-level comment ('From the hosts'): not an answer."""
POST_OWN = {"en": "The post's text", "zh": "帖子正文"}
"""The label of the thread's post (`Entry.post`): not an answer."""
POST_GONE = {
    "deleted": {
        "en": "Not the poster's words: Reddit's placeholder for a post's deleted or removed text.",
        "zh": "并非发帖人原话：Reddit 为已删除或移除的帖子正文显示的占位文字。",
    },
    "empty": {
        "en": "Not the poster's words: this project's note; the post has no text.",
        "zh": "并非发帖人原话：本项目的说明；该帖没有正文。",
    },
}
"""What the post's entry shows in place of a text the post no longer (or never) had."""


def is_own(entry: Entry, answer: Any) -> bool:
    """`answer` is the post's text or a host's own comment ('From the hosts'): no answer."""
    return entry.from_hosts and bool(entry.answers) and answer is entry.answers[0]


def said_by(entry: Entry, answer: Any) -> Who:
    """Whose words an answer of `entry` is, were it verbatim: its asker's (a follow-up),
    the poster's (the post), a host's (their own comment), else its speaker's."""
    if by_asker(answer):
        return "asker"
    if is_own(entry, answer):
        return "poster" if entry.post else "host"
    return "speaker"


def role_label(entry: Entry, answer: Any, ui: Lang) -> str:
    """What an answer of `entry` is: `ROLE_LABELS`, but a host's own comment (or the post)
    that no one asked for is not called an answer."""
    if is_own(entry, answer):
        return POST_OWN[ui] if entry.post else HOSTS_OWN[ui]
    return ROLE_LABELS[ui][answer.role]


def post_gone(entry: Entry, answer: Any, ui: Lang) -> str | None:
    """Why the text of the post's entry is not the poster's words, when it is not."""
    if entry.post in POST_GONE and entry.answers and answer is entry.answers[0]:
        return POST_GONE[entry.post][ui]
    return None


def answer_wording(entry: Entry, source: Source, answer: Any, lang: Lang, ui: Lang) -> str:
    """`wording` of an answer of `entry`, in `ui`: whose words it is (`said_by`), or why
    the post's text is no one's."""
    return post_gone(entry, answer, ui) or wording(source, answer.text, lang, ui, said_by(entry, answer))


def answer_wordings(entry: Entry, source: Source, answer: Any, langs: Sequence[Lang]) -> list[str]:
    """`wordings` of an answer of `entry` (see `answer_wording`)."""
    if entry.post in POST_GONE and entry.answers and answer is entry.answers[0]:
        return _notes(POST_GONE[entry.post], langs)  # type: ignore[index]
    return wordings(source, answer.text, langs, said_by(entry, answer))


def _notes(note: dict[str, str], langs: Sequence[Lang]) -> list[str]:
    """`note` (what a text that is no one's words is) in each language of `langs`, Chinese
    first under `both`: the note is this project's words, so it is said in every language
    shown, even when the text it is about (a '[removed]' placeholder) is shown once."""
    return [note[lang] for lang in dict.fromkeys(langs)]


def _spaced(name: str) -> str:
    """A name after a Chinese character: a space first when it starts with a Latin letter
    or digit ("据 Reddit 原帖", not "据Reddit 原帖")."""
    return f" {name}" if name[:1].isascii() and name[:1].isalnum() else name


def _gone(entry: Entry) -> str | None:
    """Why an imported entry's question is no asker's words (a key of `GONE`), if it is not."""
    if entry.post:
        return "post" if entry.post == "text" else "post_gone"
    if entry.from_hosts:
        return "from_hosts"
    if entry.question_deleted:
        return "deleted"
    return "missing" if entry.question_missing else None


def question_wording(entry: Entry, source: Source, lang: Lang, ui: Lang) -> str:
    """`wording` of an entry's question: an imported question that is gone (deleted, or
    not in the files) is said to be a placeholder, never the asker's words."""
    gone = _gone(entry)
    return GONE[gone][ui] if gone else wording(source, entry.question, lang, ui, "asker")


def question_wordings(entry: Entry, source: Source, langs: Sequence[Lang]) -> list[str]:
    """`wordings` of an entry's question (see `question_wording`)."""
    gone = _gone(entry)
    return _notes(GONE[gone], langs) if gone else wordings(source, entry.question, langs, "asker")


def wordings(source: Source, text: LocalizedText, langs: Sequence[Lang], who: Who = "speaker") -> list[str]:
    """`wording` for each language of `langs` shown, in that language (`--lang both`: the
    Chinese text's in Chinese, the English text's in English). A text shown once (a
    language it lacks shows the other's) still has its wording in each language: the line
    is this project's words, never the thread's."""
    return [wording(source, text, lang, lang, who) for lang in dict.fromkeys(langs)]


def _summary_wording(name: str, lang: Lang, original: Lang, ui: Lang, who: Who) -> str:
    """What a question or answer this project wrote itself (from a source's narration) is."""
    if ui == "zh":
        translated = "的英文译文" if lang != original else ""
        return f"本项目（{TOOL}）据{_spaced(name)}的叙述所作的概括{translated}，并非{WHO['zh'][who]}原话。"
    rendered = "English rendering of a" if lang == "en" and original != "en" else "A"
    return f"{rendered} summary this project ({TOOL}) made of the narration in {name}; not the {who}'s wording."


EDITED = {
    "en": "Edited after it was posted ({when}): the quoted text is as last edited, not as first posted.",
    "zh": "发布后经过编辑（{when}）：所引为最后编辑后的文字，并非最初发布的原样。",
}
"""What a citation says of an imported comment edited after posting."""
EDITED_WHEN = {
    "en": ("last edited {day}", "Reddit gives no date for the edit"),
    "zh": ("最后编辑于 {day}", "Reddit 未给出编辑日期"),
}
QUESTION = {"en": "Question", "zh": "问"}
SAVED_COPY = {
    "en": {
        "short": "from a saved copy",
        "note": "Quoted from a saved copy of the thread (an imported file), not read at its URL "
        "when this citation was made; the thread may have changed since.",
    },
    "zh": {
        "short": "取自保存的副本",
        "note": "引文取自保存的原帖副本（导入的文件），并非引用时在该链接读到的；原帖此后可能有改动。",
    },
}
"""What a citation says, instead of an access date, of a thread quoted from a saved file."""


def edit_note(edited_on: str | None, ui: Lang) -> str:
    """That a quoted comment was edited after posting, when (if known), and that the text
    quoted is the edited one."""
    dated, undated = EDITED_WHEN[ui]
    return EDITED[ui].format(when=dated.format(day=edited_on) if edited_on else undated)


# ---------------------------------------------------------------- the facts a citation states


@dataclass(frozen=True)
class Quoted:
    """One language's text of a question or answer, with what it is."""

    lang: Lang
    text: str
    wording: str


@dataclass(frozen=True)
class CitedAnswer:
    """One answer: its role, who answered, each shown language's text, and notes."""

    role: str
    role_label: str
    handle: str | None
    name: str
    credit: str
    texts: tuple[Quoted, ...]
    attribution: str | None
    source_id: str
    date: str | None = None
    """When the answer was posted (YYYY-MM-DD), where the corpus has it; never guessed."""
    identification: str = "stated"
    """How firm the tie between handle and name is: stated, reported or inferred."""
    caveat: str | None = None
    """What the name rests on, when it is not stated plainly; said next to the name."""
    permalink: str | None = None
    """An imported answer's own address."""
    edited: bool = False
    """An imported answer was edited after posting."""
    edited_on: str | None = None
    """When an edited answer was last edited (YYYY-MM-DD), when the file says."""

    @property
    def edit_note(self) -> str | None:
        """That the quoted text is as edited, with the edit date (None if never edited)."""
        return edit_note(self.edited_on, self.ui) if self.edited else None

    ui: Lang = "en"
    """The citation's language, for `edit_note`."""
    own: Literal["post", "comment"] | None = None
    """No answer: the thread's post, or a host's own comment (`is_own`)."""


@dataclass(frozen=True)
class CitedSource:
    """A source of the entry, and whether the citation quotes it."""

    id: str
    name: str
    title: str
    publisher: str
    """Who published it, as `publisher_words` says it: its name, or that it names none."""
    url: str | None
    what: str
    quoted: bool
    named: bool = True
    """The source names its publisher: a record's publisher field holds `publisher`."""
    saved_copy: bool = False
    """Its text is quoted from a saved copy (an imported file), not read at its URL."""


@dataclass(frozen=True)
class Citation:
    """Everything a citation of one entry states, in the reader's language(s)."""

    entry_id: str
    key: str
    lang: CiteLang
    ui: Lang
    collection: str
    """Where the entry was published: the corpus's title, or an imported entry's own thread."""
    topic: str
    question: tuple[Quoted, ...]
    asked_by: str | None
    answers: tuple[CitedAnswer, ...]
    sources: tuple[CitedSource, ...]
    accessed: str | None = None
    """When the sources were accessed (YYYY-MM-DD): the day the citation was made; None
    when the text comes from a saved copy (no one read it at the URL that day)."""
    note: str | None = None
    """The reader's own note on the entry (a bookmark's), for a write-up."""
    collected_in: str | None = None
    """The corpus's title when the entry was published elsewhere (a thread imported into
    another corpus with `import --topics-from`): only where it is collected, never its
    place of publication."""

    @property
    def date(self) -> str | None:
        """When the entry was answered: the main answer's date (the first dated answer)."""
        return next((a.date for a in self.answers if a.date), None)
    question_permalink: str | None = None
    """An imported question's own address."""
    question_posted: str | None = None
    question_edited: bool = False
    """An imported question was edited after posting."""
    question_edited_on: str | None = None
    """When an edited question was last edited (YYYY-MM-DD), when the file says."""

    @property
    def question_edit_note(self) -> str | None:
        """That the quoted question is as edited, with the edit date (None if never edited)."""
        return edit_note(self.question_edited_on, self.ui) if self.question_edited else None

    @property
    def saved_note(self) -> str | None:
        """That the text is quoted from a saved copy, not the live page (None if not)."""
        return SAVED_COPY[self.ui]["note"] if any(s.saved_copy for s in self.sources) else None

    def edit_notes(self) -> list[str]:
        """Which quoted texts were edited after posting, each named: for a record's note."""
        sep = "：" if self.ui == "zh" else ": "
        notes = [f"{QUESTION[self.ui]}{sep}{self.question_edit_note}"] if self.question_edit_note else []
        return notes + [f"{a.role_label} · {a.credit}{sep}{a.edit_note}" for a in self.answers if a.edit_note]

    @property
    def url(self) -> str | None:
        """The main answer's permalink when imported, else the first source URL (the thread)."""
        found = next((a.permalink for a in self.answers if a.permalink), None)
        return found or next((s.url for s in self.sources if s.url), None)


def _langs(lang: CiteLang) -> tuple[Lang, ...]:
    return ("zh", "en") if lang == "both" else (lang,)


def _quoted(
    source: Source,
    text: LocalizedText,
    lang: CiteLang,
    ui: Lang,
    question_of: Entry | None = None,
    who: Who = "speaker",
    instead: str | None = None,
) -> tuple[Quoted, ...]:
    """Each language's text, with what it is (`question_of`: the text is that entry's
    question; `who`: whose words it is, as `said_by` tells; `instead`: what it is, said already)."""
    out: list[Quoted] = []
    for one in _langs(lang):
        shown = shown_lang(text, one)
        if any(q.lang == shown for q in out):
            continue
        said = instead or (
            question_wording(question_of, source, shown, ui)
            if question_of is not None
            else wording(source, text, shown, ui, who)
        )
        out.append(Quoted(shown, text.get(shown), said))
    return tuple(out)


def _pair(text: LocalizedText, lang: CiteLang) -> str:
    """A short text (title, name) in the citation's language(s)."""
    if lang != "both":
        return text.get(lang)
    zh, en = text.get("zh"), text.get("en")
    return en if zh in en else f"{zh} / {en}"


def source_what(source: Source, entry: Entry, ui: Lang) -> str:
    """What a source of `entry` is, for a list of sources, and 'not quoted here' when the
    entry shows no text of it (the built-in corpus's Reddit thread)."""
    shown = {entry.question_source, *(a.source for a in entry.answers)}
    shown |= {other.source for other in (*entry.also_asked, *entry.highlights)}
    if source.id in shown:
        return _what(source, ui)
    return f"{_what(source, ui)}；此处未引用" if ui == "zh" else f"{_what(source, ui)}; not quoted here"


def _what(source: Source, ui: Lang) -> str:
    if ui == "zh":
        return {
            "original": "发言者原话",
            "paraphrase": "意译，并非原话",
            "translation": "中文译文",
        }[source.wording]
    return {
        "original": "the speakers' own words",
        "paraphrase": "a paraphrase (意译), not the speakers' own words",
        "translation": "a Chinese translation",
    }[source.wording]


def day(value: Any) -> str | None:
    """A date or datetime as YYYY-MM-DD; None for anything else (no date is ever made up)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return None


def build(
    corpus: Corpus,
    entry: Entry,
    lang: CiteLang = "en",
    accessed: date | None = None,
    note: str | None = None,
) -> Citation:
    """The facts of a citation of `entry` in `lang` (zh, en or both), accessed on `accessed`.

    `accessed` defaults to today; `note` is a reading note to carry along.
    """
    ui: Lang = "zh" if lang == "zh" else "en"
    answers = []
    for answer in entry.answers:
        speaker = corpus.speaker(answer.speaker)
        source = corpus.source(answer.source)
        name = _pair(speaker.name, lang)
        if entry.post and answer is entry.answers[0] and speaker.kind == "person" and not speaker.handle:
            # the poster's account is gone (as an asker's is: "a deleted account"); the thread
            # names who posted it, so "names no one who answered" would be untrue
            credit = f"{name}（发帖人）" if ui == "zh" else f"{name}, who posted the thread"
        elif speaker.kind == "team" or not speaker.handle:
            unnamed = (
                f"{source_name(source, ui)}没有写明是谁回答的"
                if ui == "zh"
                else f"{source_name(source, ui)} names no one who answered"
            )
            credit = f"{name}（{unnamed}）" if ui == "zh" else f"{name} ({unnamed})"
        elif name == speaker.handle:  # an imported account: no name beyond the handle
            credit = f"u/{speaker.handle}"
        else:
            credit = (
                f"u/{speaker.handle}（{name}）"
                if ui == "zh"
                else f"u/{speaker.handle} — {name}"
            )
        caveat = (
            _pair(speaker.caveat, lang if lang != "both" else "en")
            if speaker.hedged and speaker.caveat is not None
            else None
        )
        if caveat:
            credit = f"{credit[:-1]}；{caveat}）" if ui == "zh" else f"{credit}, {caveat}"
        answers.append(
            CitedAnswer(
                role=answer.role,
                role_label=role_label(entry, answer, ui),
                handle=speaker.handle if speaker.kind == "person" else None,
                name=name,
                credit=credit,
                texts=_quoted(source, answer.text, lang, ui, who=said_by(entry, answer), instead=post_gone(entry, answer, ui)),
                attribution=_pair(answer.attribution, lang if lang != "both" else "en")
                if answer.attribution
                else None,
                source_id=source.id,
                # Imported threads carry when each comment was posted; others have no date.
                date=day(answer.posted),
                identification=speaker.identification,
                caveat=caveat,
                permalink=answer.permalink,
                edited=bool(answer.edited),
                edited_on=day(answer.edited),
                ui=ui,
                own=("post" if entry.post else "comment") if is_own(entry, answer) else None,
            )
        )
    used = {a.source for a in entry.answers} | {entry.question_source}
    saved = is_imported(entry)  # its texts come from the imported file, not from the URL
    sources = tuple(
        CitedSource(
            s.id,
            source_name(s, ui),
            s.title,
            publisher_words(s, ui),
            s.url,
            _what(s, ui),
            s.id in used,
            named=s.publisher is not None,
            saved_copy=saved,
        )
        for s in (corpus.source(i) for i in entry.sources)
    )
    collected = _pair(corpus.title, lang)
    own = container(corpus, entry)
    return Citation(
        entry_id=entry.id,
        key=citation_key(entry.id),
        lang=lang,
        ui=ui,
        collection=own or collected,
        collected_in=collected if own and own != collected else None,
        topic=_pair(corpus.topic_of(entry.id).title, lang),
        question=_quoted(corpus.source(entry.question_source), entry.question, lang, ui, question_of=entry),
        asked_by=_pair(entry.asked_by, lang if lang != "both" else "en")
        if entry.asked_by
        else None,
        answers=tuple(answers),
        sources=sources,
        accessed=None if saved else (accessed or date.today()).isoformat(),
        note=note.strip() if note and note.strip() else None,
        question_permalink=entry.question_permalink,
        question_posted=day(entry.question_posted),
        question_edited=bool(entry.question_edited),
        question_edited_on=day(entry.question_edited),
    )



def container(corpus: Corpus, entry: Entry) -> str | None:
    """The title of the thread an imported entry was posted in (None for any other entry:
    the corpus itself is where it was published). After `import --topics-from` the corpus
    is another's, so its title is no imported entry's place of publication."""
    return corpus.source(entry.question_source).title if is_imported(entry) else None


def citation_key(entry_id: str) -> str:
    """A stable BibTeX/CSL key from the entry id: 'kimi-ama:kda-next-flagship'."""
    return f"kimi-ama:{entry_id}"
