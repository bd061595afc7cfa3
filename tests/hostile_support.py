"""Hostile corpora for tests: every free-text field of a valid corpus made of markup or escapes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MARKUP = '[@click=app.quit]x[/] [/] [link="javascript:alert(1)"]y[/link] [b] [Reddit][1]'
"""Textual/Rich markup that would act (quit), link, crash (`[/]`) or vanish if parsed."""


def marked(field: str, tail: str = MARKUP) -> str:
    """A field's text: its name (to find it on screen) followed by `tail`."""
    return f"{field} {tail}"


def hostile_corpus(tail: str = MARKUP) -> dict[str, Any]:
    """A valid corpus whose every free-text string is `field-name + tail`."""

    def both(field: str) -> dict[str, str]:
        return {"zh": marked(f"{field}-zh", tail), "en": marked(f"{field}-en", tail), "original": "en"}

    return {
        "format": "kimi-ama-corpus/1",
        "title": both("corpus-title"),
        "sources": [
            {
                "id": "src",
                "kind": "article",
                "title": marked("source-title", tail),
                "publisher": marked("publisher", tail),
                "carried_by": marked("carried-by", tail),
                "url": "https://example.com/a",
                "language": "en",
                "wording": "original",
                "note": both("source-note"),
            }
        ],
        "speakers": [
            {
                "id": "spk",
                "kind": "person",
                "handle": marked("handle", tail),
                "name": both("speaker-name"),
                "role": both("speaker-role"),
                "identified_by": both("identified-by"),
            }
        ],
        "topics": [
            {
                "id": "topic-one",
                "title": both("topic-title"),
                "entries": [
                    {
                        "id": "entry-one",
                        "question": both("question"),
                        "question_source": "src",
                        "asked_by": both("asked-by"),
                        "also_asked": [{"source": "src", "text": both("also-asked")}],
                        "highlights": [{"source": "src", "text": both("highlight")}],
                        "answers": [
                            {
                                "speaker": "spk",
                                "source": "src",
                                "text": both("answer"),
                                "attribution": both("attribution"),
                            }
                        ],
                        "sources": ["src"],
                        "links": [{"label": marked("link-label", tail), "url": "https://example.com/l", "source": "src"}],
                        "tags": [marked("tag", tail)],
                    }
                ],
            }
        ],
    }


def write_hostile_corpus(directory: Path, tail: str = MARKUP, name: str = "hostile.json") -> Path:
    """`hostile_corpus(tail)` written as a JSON corpus file; its path."""
    path = directory / name
    path.write_text(json.dumps(hostile_corpus(tail), ensure_ascii=False), encoding="utf-8")
    return path
