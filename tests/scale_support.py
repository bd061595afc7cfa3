"""A generated corpus big enough that the reader lists a few matches per topic, cuts the
filter's result short and lists a topic's entries in parts (a few thousand entries)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

BUILTIN = Path(__file__).resolve().parent.parent / "corpus" / "data" / "kimi-ama.toml"
TOPICS = ("alpha-topic", "beta-topic", "gamma-topic")
WORDS = ("lantern", "harbor", "meadow", "copper", "willow", "falcon", "ember", "quartz")


def entry_id(topic: int, n: int) -> str:
    """The id of the generated corpus's entry `n` of topic number `topic`."""
    return f"gen-{topic}-{n:05d}"


def question(topic: int, n: int) -> str:
    """Entry `n` of topic `topic` asks about 'widget' and one of WORDS (n modulo 8)."""
    return f"How does widget {topic}-{n} keep the {WORDS[n % len(WORDS)]} steady?"


def scale_corpus(per_topic: int) -> dict[str, Any]:
    """A corpus of three topics of `per_topic` entries each, every one matching 'widget'."""
    builtin = tomllib.loads(BUILTIN.read_text(encoding="utf-8"))
    speaker = builtin["speakers"][0]["id"]
    source = builtin["sources"][0]["id"]
    topics = []
    for t, topic_id in enumerate(TOPICS):
        entries = []
        for n in range(per_topic):
            answer = f"Widget {t}-{n} answer: the {WORDS[(n + 3) % len(WORDS)]} is checked twice."
            entries.append(
                {
                    "id": entry_id(t, n),
                    "question": {"en": question(t, n), "zh": f"小部件 {t}-{n} 如何保持稳定？", "original": "en"},
                    "question_source": source,
                    "answers": [
                        {
                            "speaker": speaker,
                            "role": "main",
                            "source": source,
                            "text": {"en": answer, "zh": f"小部件 {t}-{n} 的回答。", "original": "en"},
                        }
                    ],
                    "sources": [source],
                    "tags": [],
                }
            )
        title = {"en": f"Topic {topic_id}", "zh": f"话题 {t}", "original": "en"}
        topics.append({"id": topic_id, "title": title, "entries": entries})
    return {
        "format": builtin["format"],
        "title": {"en": f"Generated corpus ({3 * per_topic} entries)", "zh": "生成的语料", "original": "en"},
        "sources": builtin["sources"],
        "speakers": builtin["speakers"],
        "topics": topics,
    }


def write_scale_corpus(folder: Path, per_topic: int) -> Path:
    """Write `scale_corpus(per_topic)` as JSON in `folder`; its path."""
    path = folder / f"generated-{per_topic}.json"
    path.write_text(json.dumps(scale_corpus(per_topic), ensure_ascii=False), encoding="utf-8")
    return path
