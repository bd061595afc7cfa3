"""The corpus model: frozen pydantic models of sources, speakers, topics and entries.

Plain Python, no Textual import. Every string that enters the model is cleaned of
C0/C1 control characters (a terminal escape in corpus text is an injection), and every
cross-reference is checked when a `Corpus` is built.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    model_validator,
)

from corpus import text as _text
from corpus.behaviour import LANGS, CorpusBehaviour, Lang, LocalizedTextBehaviour, SpeakerBehaviour, lookup_tables
from corpus.text import CJK, UNSEEN_CHARACTERS, clean_text

__all__ = ["LANGS", "Lang", "clean_text"]

FORMAT = "kimi-ama-corpus/1"
"""The value of the `format` key every corpus file carries."""

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""What a `Slug` matches (`re.match`); `corpus.compact` checks the same pattern."""
NOT_BLANK = re.compile(r"\S")
"""What a `Text` holds somewhere (`re.search`: `str.strip` strips what `\\s` matches)."""
URL = re.compile(rf"^https?://[^\s/{UNSEEN_CHARACTERS}]+[^\s{UNSEEN_CHARACTERS}]*\Z")
"""What a `Url` is: http(s), no whitespace and no character `visible` would escape
(control, bidi, zero-width ...) anywhere."""


ALREADY_CLEAN: ContextVar[bool] = ContextVar("already_clean", default=False)
"""Set by the loader while it validates a file it found holds nothing `clean_text` would
change (`corpus.text.needs_no_cleaning`): each string is then kept as it is, unscanned."""


def _clean(value: Any) -> Any:
    return clean_text(value) if isinstance(value, str) and not ALREADY_CLEAN.get() else value


def _not_blank(value: str) -> str:
    if not NOT_BLANK.search(value):
        raise ValueError("text is empty")
    return value


def _slug(value: str) -> str:
    if not SLUG.match(value):
        raise ValueError(
            f"{value!r} is not a slug: use lower-case letters, digits and single hyphens "
            "(e.g. 'kda-next-flagship')"
        )
    return value


def _http_url(value: str) -> str:
    # A URL is refused, not cleaned: a hidden character would make it look like another.
    if not URL.search(value):
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


def _unset(value: Any) -> bool:
    return value is None or value is False or value == []


def Added(description: str, default: Any = None) -> Any:
    """An optional field added after format 1 was first published: left out of the JSON
    when unset, so a corpus without it exports byte for byte as before."""
    exclude_if: Callable[[Any], bool] = _unset
    if isinstance(default, list):
        return Field(default_factory=list, description=description, exclude_if=exclude_if)
    return Field(default=default, description=description, exclude_if=exclude_if)


Text = Annotated[str, BeforeValidator(_clean), AfterValidator(_not_blank)]
"""A non-empty string, cleaned of control characters."""
Slug = Annotated[str, BeforeValidator(_clean), AfterValidator(_slug)]
"""A stable id: lower-case words joined by hyphens, never a position."""
Url = Annotated[str, AfterValidator(_http_url)]
"""An http or https URL: no whitespace, control, bidi or zero-width character anywhere."""


class Frozen(BaseModel):
    """Base of every corpus model: immutable, no unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


Writer = Literal["source", "project"]


class LocalizedText(LocalizedTextBehaviour, Frozen):
    """A text in one or more languages; `original` names the source's own wording.

    A text this project wrote itself (a title, a note, an attribution) says so in
    `written_by`: then no source printed it, and `original` only names the language it
    was written in first.
    """

    zh: Text | None = Field(default=None, description="The Chinese text.")
    en: Text | None = Field(default=None, description="The English text.")
    original: Lang = Field(
        default="zh",
        description=(
            "Which language holds the wording the source itself printed; any other "
            "language is a rendering made by this project."
        ),
    )
    written_by: Writer = Field(
        default="source",
        description=(
            "source: a source printed the `original` text; project: this project wrote the "
            "text itself (a title, note or summary no source printed), in every language."
        ),
    )

    @model_validator(mode="before")
    @classmethod
    def _from_plain_string(cls, data: Any) -> Any:
        """Accept a bare string: Chinese if it has CJK characters, else English."""
        if isinstance(data, str):
            lang = "zh" if CJK.search(data) else "en"
            return {lang: data, "original": lang}
        return data

    @model_validator(mode="after")
    def _original_present(self) -> LocalizedText:
        if getattr(self, self.original) is None:
            raise ValueError(f"the original language {self.original!r} has no text")
        return self


SourceKind = Literal["reddit-thread", "digest", "article"]
Wording = Literal["original", "paraphrase", "translation"]


class Source(Frozen):
    """A document the corpus draws from."""

    id: Slug = Field(description="Stable id, referenced by entries and answers.")
    kind: SourceKind = Field(
        description=(
            "reddit-thread: the original AMA thread; digest: the Chinese question-by-question "
            "digest; article: the news article."
        )
    )
    title: Text = Field(description="The document's title, as it gives it.")
    publisher: Text | None = Field(
        default=None,
        description=(
            "Who published it (site, outlet or community), as the document names it; absent "
            "when it names no one: the reader then says 'publisher not named' in its own words."
        ),
        exclude_if=_unset,
    )
    carried_by: Text | None = Field(
        default=None, description="The site that carries it, when not the publisher."
    )
    url: Url | None = Field(
        default=None, description="Where to read it (http/https); absent when none is known."
    )
    language: Lang = Field(description="The language the document is written in.")
    wording: Wording = Field(
        description=(
            "What its texts are: the speakers' own words (original), a paraphrase "
            "(the digest says 意译), or the document's own translation."
        )
    )
    note: LocalizedText | None = Field(
        default=None, description="What a reader should know about this document."
    )
    subreddit: Text | None = Added(
        "reddit-thread imported from Reddit: the subreddit, without 'r/' (e.g. 'LocalLLaMA')."
    )
    posted: datetime | None = Added(
        "When the document was posted (UTC): for an imported thread, the post's created_utc."
    )
    comments_not_loaded: int | Literal["unknown"] | None = Added(
        "reddit-thread imported from Reddit: how many of its comments were not in the "
        "imported files (behind Reddit's 'load more' links, which cannot be expanded offline, "
        "or counted by the post and missing from a dump), at least this many; 'unknown' when "
        "no file holds the post (a comment dump alone), so nothing counts them."
    )


Identification = Literal["stated", "reported", "inferred"]


class SourcedText(Frozen):
    """A text with the source that prints it."""

    source: Slug = Field(description="Id of the source whose wording this is.")
    text: LocalizedText = Field(description="The text.")


class Speaker(SpeakerBehaviour, Frozen):
    """Someone who answered (a Reddit account, or the team when unnamed), or who asked."""

    id: Slug = Field(description="Stable id, referenced by answers.")
    kind: Literal["person", "team", "asker"] = Field(
        description=(
            "person: one Reddit account that answers (a host); team: used when a source "
            "names no one; asker: a Reddit account that asked or followed up in an imported "
            "thread (its words are questions, not answers)."
        )
    )
    handle: Text | None = Field(
        default=None, description="The Reddit handle without 'u/', e.g. 'zxytim'."
    )
    name: LocalizedText = Field(description="The person's name as the seeds give it.")
    role: LocalizedText = Field(description="The person's role at Moonshot AI.")
    identified_by: LocalizedText = Field(
        description="How the seeds tie this handle to this name, in this project's words."
    )
    identification: Identification = Field(
        default="stated",
        description=(
            "How firm the tie between handle and name is. stated: a source says so plainly; "
            "reported: a source says so with a hedge of its own (据了解, 从…来看); "
            "inferred: no source says so, this project infers it (matching, elimination)."
        ),
    )
    caveat: LocalizedText | None = Field(
        default=None,
        description=(
            "A short phrase shown next to the name wherever it appears, when the "
            "identification is not 'stated' (e.g. 'identified by elimination from the "
            "article's 据了解 list'). Required then."
        ),
    )
    evidence: list[SourcedText] = Field(
        default_factory=list,
        description="The sources' own sentences the identification rests on, each quoted whole.",
    )

    @model_validator(mode="after")
    def _hedged_has_caveat(self) -> Speaker:
        if self.identification != "stated" and self.caveat is None:
            raise ValueError(
                f"identification {self.identification!r} needs a caveat: a short phrase "
                "saying what the name rests on"
            )
        return self


AnswerRole = Literal["main", "supplement", "additional", "follow-up", "reply"]


class Answer(Frozen):
    """One answer to an entry's question, as one source words it."""

    speaker: Slug = Field(description="Id of the speaker who answered.")
    role: AnswerRole = Field(
        default="main",
        description=(
            "main: the answer; supplement: what the source marks as 补充 (a supplement), or "
            "in an imported thread another host's reply; additional: a further answer the "
            "source lists without calling it a supplement; follow-up: the asker's further "
            "question in an imported thread (spoken by an asker); reply: a host's answer to "
            "a follow-up."
        ),
    )
    source: Slug = Field(description="Id of the source whose wording `text` is.")
    text: LocalizedText = Field(description="The answer's text.")
    attribution: LocalizedText | None = Field(
        default=None,
        description=(
            "How the source attributes this answer, when that needs saying (e.g. the "
            "source names no one, so it is attributed to the team)."
        ),
    )
    permalink: Url | None = Added(
        "Imported from Reddit: the comment's own address, "
        "https://www.reddit.com/r/SUB/comments/POST/_/COMMENT/."
    )
    posted: datetime | None = Added("Imported: when the comment was posted (UTC).")
    score: int | None = Added("Imported: the comment's score when the file was saved.")
    edited: datetime | bool | None = Added(
        "Imported: the comment was edited after posting; the time of the last edit (UTC) "
        "when Reddit gives one, true when it does not say when."
    )
    reply_to: Slug | None = Added(
        "Imported: id of the speaker whose comment this one replies to, when that is not "
        "the entry's asker (a host answering a host)."
    )


class Link(Frozen):
    """A link an entry mentions; a label alone when the source gives no URL."""

    label: Text = Field(description="What the link is.")
    url: Url | None = Field(default=None, description="The URL, when a source gives one.")
    source: Slug = Field(description="Id of the source that mentions it.")


class Entry(Frozen):
    """One question with its answers."""

    id: Slug = Field(description="Stable id, used by --entry, cite and citations.")
    question: LocalizedText = Field(description="The question.")
    question_source: Slug = Field(description="Id of the source whose wording `question` is.")
    asked_by: LocalizedText | None = Field(
        default=None, description="Who asked, when a source says so."
    )
    also_asked: list[SourcedText] = Field(
        default_factory=list,
        description="The same question as another source words it.",
    )
    answers: list[Answer] = Field(min_length=1, description="The answers, main answer first.")
    highlights: list[SourcedText] = Field(
        default_factory=list,
        description="One-line summaries a source gives of this exchange.",
    )
    sources: list[Slug] = Field(
        min_length=1, description="Ids of every source this entry comes from."
    )
    links: list[Link] = Field(default_factory=list, description="Links the entry mentions.")
    tags: list[Text] = Field(default_factory=list, description="Search keywords.")
    see_also: list[Slug] = Field(
        default_factory=list,
        description=(
            "Ids of related entries elsewhere in the corpus: a cross-reference, not a copy."
        ),
    )
    asker: Slug | None = Added(
        "Imported: id of the speaker (kind asker) whose comment the question is."
    )
    question_permalink: Url | None = Added("Imported: the question comment's address.")
    question_posted: datetime | None = Added("Imported: when the question was posted (UTC).")
    question_edited: datetime | bool | None = Added(
        "Imported: the question comment was edited after posting; the time of the last edit "
        "(UTC) when Reddit gives one, true when it does not say when."
    )
    question_deleted: bool = Added(
        "Imported: the question comment was deleted or removed (its text says which); the "
        "answers survive.",
        default=False,
    )
    question_missing: bool = Added(
        "Imported: the comment the answers reply to is not in the files (behind 'load more', "
        "or not archived): `question` says so and `question_permalink` is its address.",
        default=False,
    )
    replies_not_loaded: int | None = Added(
        "Imported: replies to this entry's question or answers that were not in the files "
        "(behind 'load more' links): the conversation may go on there."
    )
    from_hosts: bool = Added(
        "Imported: no one asked; a host's own top-level comment, shown as 'From the hosts'. "
        "`question` is then its first line.",
        default=False,
    )
    post: Literal["text", "deleted", "empty"] | None = Added(
        "Imported, with `from_hosts`: the thread's post itself. `answers[0]` is the post's "
        "text (selftext) by the poster, with the thread's address, date and edit; text: "
        "verbatim; deleted: Reddit's placeholder ('[deleted]', '[removed]'); empty: the post "
        "has no text and `answers[0]` is this project's note saying so."
    )


class Topic(Frozen):
    """A group of entries on one subject."""

    id: Slug = Field(description="Stable id.")
    title: LocalizedText = Field(description="The topic's title.")
    entries: list[Entry] = Field(min_length=1, description="The entries in reading order.")
    automatic: bool = Added(
        "Grouped and titled automatically by the importer from the questions' distinctive "
        "words, not by a person.",
        default=False,
    )
    leftover: bool = Added(
        "Imported, automatic: the questions no group of shared words took ('Other questions', "
        "'Questions', 'Not in ...'), in the thread's order; not grouped by any word.",
        default=False,
    )


class Corpus(CorpusBehaviour, Frozen):
    """The whole corpus: sources, speakers and topics, with every reference checked."""

    format: Literal["kimi-ama-corpus/1"] = Field(
        default=FORMAT, description="The corpus format and its version."
    )
    title: LocalizedText = Field(description="The corpus title, shown in the header.")
    sources: list[Source] = Field(min_length=1, description="Documents the corpus draws from.")
    speakers: list[Speaker] = Field(min_length=1, description="Everyone who answers.")
    topics: list[Topic] = Field(min_length=1, description="Topics in reading order.")
    comments_not_loaded: int | None = Added(
        "Imported by an earlier version: how many comments were not in the imported files, "
        "one count for the whole corpus (of its one thread; of all its threads together when "
        "several were imported into it). An import now counts them per thread, in the "
        "thread's source (`Source.comments_not_loaded`)."
    )
    _entries: dict[str, Entry] = PrivateAttr(default_factory=dict)
    _topic_of: dict[str, Topic] = PrivateAttr(default_factory=dict)
    _sources: dict[str, Source] = PrivateAttr(default_factory=dict)
    _speakers: dict[str, Speaker] = PrivateAttr(default_factory=dict)
    _topics: dict[str, Topic] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _check_ids_and_references(self) -> Corpus:
        if references_resolve(self):
            return self
        problems = list(reference_problems(self))
        if problems:
            raise ValueError("; ".join(str(problem) for problem in problems))
        return self

    def model_post_init(self, context: Any) -> None:
        """Index every id once, so lookups stay instant in a corpus of 100,000 entries."""
        for name, table in lookup_tables(self).items():
            setattr(self, name, table)


@dataclass(frozen=True)
class ReferenceProblem:
    """A duplicate id or a reference that does not resolve; `str()` is the message."""

    kind: Literal["duplicate", "dangling"]
    item_kind: str
    """What holds the id or the reference: source, speaker, topic or entry."""
    item_id: str
    field: str = ""
    """The field holding a dangling reference, dotted through lists: 'answers.speaker'."""
    reference: str = ""
    """The id a dangling reference names."""
    message: str = ""
    """What is wrong with a dangling reference: 'is not a source id'."""

    def __str__(self) -> str:
        if self.kind == "duplicate":
            return f"duplicate {self.item_kind} id {self.item_id!r}"
        head = f"{self.item_kind} {self.item_id!r}"
        return f"{head}: {self.field} {self.reference!r} {self.message}"


def references_resolve(corpus: Corpus) -> bool:
    """Whether `reference_problems` finds nothing: the same checks, asked as one yes or no
    (0.13 s at 100k entries, against 0.4-0.8 s to list the problems, none). The two hold
    the same rules: change one, change both (`tests/test_references.py` breaks a corpus
    each way and asks both). The UI has its turn every `ENTRIES_BETWEEN_TURNS` entries
    (a loading thread checks a big corpus as keys come: in one go, the event loop was
    150 ms late on a second start at 100k)."""
    kinds = [
        [s.id for s in corpus.sources],
        [s.id for s in corpus.speakers],
        [t.id for t in corpus.topics],
        [e.id for e in corpus.entries()],
    ]
    if any(len(set(ids)) != len(ids) for ids in kinds):
        return False
    sources, speakers, entries = set(kinds[0]), set(kinds[1]), set(kinds[3])
    for n, entry in enumerate(corpus.entries(), 1):
        if not n % _text.ENTRIES_BETWEEN_TURNS:
            _text.yield_to_other_threads()
        own = entry.sources
        if not sources.issuperset(own) or entry.question_source not in own:
            return False
        if entry.asker and entry.asker not in speakers:
            return False
        for answer in entry.answers:
            if answer.source not in own or answer.speaker not in speakers:
                return False
            if answer.reply_to and answer.reply_to not in speakers:
                return False
        for texts in (entry.also_asked, entry.highlights, entry.links):
            for text in texts:
                if text.source not in own:
                    return False
        for ref in entry.see_also:
            if ref == entry.id or ref not in entries:
                return False
    return all(quote.source in sources for speaker in corpus.speakers for quote in speaker.evidence)


def reference_problems(corpus: Corpus) -> Iterator[ReferenceProblem]:
    """Duplicate ids and references that do not resolve, one problem each (asked only when
    `references_resolve`, its quick twin, says there are some)."""
    for kind, ids in (
        ("source", [s.id for s in corpus.sources]),
        ("speaker", [s.id for s in corpus.speakers]),
        ("topic", [t.id for t in corpus.topics]),
        ("entry", [e.id for e in corpus.entries()]),
    ):
        seen: set[str] = set()
        for item_id in ids:
            if item_id in seen:
                yield ReferenceProblem("duplicate", kind, item_id)
            seen.add(item_id)
    sources = {s.id for s in corpus.sources}
    speakers = {s.id for s in corpus.speakers}
    entries = {e.id for e in corpus.entries()}
    for entry in corpus.entries():
        refs = [("sources", s) for s in entry.sources]
        refs.append(("question_source", entry.question_source))
        refs += [("also_asked.source", t.source) for t in entry.also_asked]
        refs += [("highlights.source", t.source) for t in entry.highlights]
        refs += [("links.source", link.source) for link in entry.links]
        refs += [("answers.source", a.source) for a in entry.answers]
        for field, ref in refs:
            if ref not in sources:
                message = "is not a source id"
            elif ref not in entry.sources:
                message = "is missing from the entry's sources"
            else:
                continue
            yield ReferenceProblem("dangling", "entry", entry.id, field, ref, message)
        speaker_refs = [("answers.speaker", a.speaker) for a in entry.answers]
        speaker_refs += [("answers.reply_to", a.reply_to) for a in entry.answers if a.reply_to]
        if entry.asker:
            speaker_refs.append(("asker", entry.asker))
        for field, ref in speaker_refs:
            if ref not in speakers:
                message = "is not a speaker id"
                yield ReferenceProblem("dangling", "entry", entry.id, field, ref, message)
        for ref in entry.see_also:
            if ref == entry.id or ref not in entries:
                message = "is the entry itself" if ref == entry.id else "is not an entry id"
                yield ReferenceProblem("dangling", "entry", entry.id, "see_also", ref, message)
    for speaker in corpus.speakers:
        for quote in speaker.evidence:
            if quote.source not in sources:
                field, ref = "evidence.source", quote.source
                yield ReferenceProblem("dangling", "speaker", speaker.id, field, ref, "is not a source id")
