"""Fast paths for big JSON corpus files, with msgspec (a C JSON decoder with typed,
partial decoding); each returns None where it cannot answer exactly, and the caller
then takes the ordinary path (json + pydantic), which also words every error.

- `read_outline(path)`: the outline alone (corpus title, topic and entry ids, titles and
  questions), decoded without building anything else: 0.4 s for the 100k-entry
  corpus's 181 MB against 3-5 s for `json.loads` of the whole file (machine shared, load
  ~5 on 2 cores). The reader draws its first screen from it and validates the corpus
  behind it.
- `parse_json(text)`: what `json.loads` gives, decoded a topic's entry at a time with a
  pause between slices, so a thread loading a big corpus never holds the GIL for long
  (one `json.loads` of 181 MB held it, and froze the UI, for seconds).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.text import yield_to_other_threads

if TYPE_CHECKING:
    from corpus.outline import Outline

SLICE_BYTES = 2_000_000
"""About how much JSON is decoded between two pauses (~10-20 ms of decoding)."""


def _msgspec() -> Any:
    try:
        import msgspec
    except ImportError:  # not installed: the ordinary path
        return None
    return msgspec


def read_outline(path: Path) -> Outline | None:
    """The outline of a JSON corpus file, decoded without validating the rest; None when
    the file is not JSON of the corpus's shape (the caller validates it the usual way)."""
    msgspec = _msgspec()
    if msgspec is None or path.suffix.lower() != ".json":
        return None
    from corpus.outline import EntryOutline, Outline, TopicOutline, _titles, is_imported

    from corpus.limits import Refused, max_bytes

    decoder = _outline_decoder(msgspec)
    try:
        if not path.is_file() or path.stat().st_size > max_bytes():
            return None  # a pipe is read once, by the loader; too big: the loader refuses it
        raw = decoder.decode(path.read_bytes())
    except (OSError, Refused, msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return None
    if not raw.topics or any(not topic.entries for topic in raw.topics):
        return None
    return Outline(
        title=_titles(_plain(raw.title)),
        topics=tuple(
            TopicOutline(
                id=topic.id,
                title=_titles(_plain(topic.title)),
                entries=tuple(
                    EntryOutline(id=e.id, question=_titles(_plain(e.question)), markdown=is_imported(e)) for e in topic.entries
                ),
            )
            for topic in raw.topics
        ),
    )


def _plain(value: Any) -> Any:
    """A decoded localized text as `corpus.text.pick` reads it (a string or a dict)."""
    if isinstance(value, str):
        return value
    return {k: v for k, v in (("zh", value.zh), ("en", value.en), ("original", value.original)) if v is not None}


_DECODERS: dict[str, Any] = {}


def _outline_decoder(msgspec: Any) -> Any:
    if "outline" not in _DECODERS:
        from typing import Optional, Union

        struct = msgspec.defstruct
        text = struct("Text", [("zh", Optional[str], None), ("en", Optional[str], None), ("original", Optional[str], None)])
        entry = struct(
            "Entry",
            [("id", str), ("question", Union[str, text]), ("question_permalink", Optional[str], None), ("from_hosts", bool, False)],
        )
        topic = struct("Topic", [("id", str), ("title", Union[str, text]), ("entries", list[entry])])
        corpus = struct("Corpus", [("title", Union[str, text]), ("topics", list[topic])])
        _DECODERS["outline"] = msgspec.json.Decoder(corpus)
    return _DECODERS["outline"]


def parse_json(text: str) -> Any | None:
    """What `json.loads(text)` returns for a corpus file, decoded in slices (an entry at a
    time within each topic), yielding to other threads between slices;
    None when the text is not a JSON object of the corpus's shape or holds anything the
    two decoders could read differently (`\\u` escapes, NaN, huge numbers): the caller
    then uses json.loads."""
    msgspec = _msgspec()
    if msgspec is None or "\\u" in text:
        return None
    raw, decode = msgspec.Raw, msgspec.json.decode
    try:
        data: dict[str, Any] = {}
        for key, value in decode(text, type=dict[str, raw]).items():
            data[key] = decode(value) if key != "topics" else _topics(decode(value, type=list[dict[str, raw]]), msgspec)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return None
    return data


def _topics(topics: list[dict[str, Any]], msgspec: Any) -> list[dict[str, Any]]:
    decode, done = msgspec.json.decode, 0
    out = []
    for raw_topic in topics:
        topic: dict[str, Any] = {}
        for key, value in raw_topic.items():
            if key != "entries":
                topic[key] = decode(value)
                continue
            entries = topic[key] = []
            batch: list[Any] = []
            for entry in decode(value, type=list[msgspec.Raw]):
                batch.append(entry)
                done += len(entry)
                if done > SLICE_BYTES:
                    entries += decode(b"[" + b",".join(batch) + b"]")
                    batch, done = [], 0
                    yield_to_other_threads()
            if batch:
                entries += decode(b"[" + b",".join(batch) + b"]")
        out.append(topic)
    return out
