"""The index builder picks out each entry's searchable texts as `entry_fields` lists
them, but works each layout (the field keys) out once per shape of entry, not once per
entry: at 100k entries `entry_fields` for every entry took 1.5 s of a cold search."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import corpus.search.builder as builder
from corpus.compactload import load_compact
from corpus.importer import import_files
from corpus.loader import load_corpus
from corpus.model import Corpus
from corpus.outline import BUILTIN_CORPUS
from corpus.search import SearchIndex
from corpus.search.builder import EntryFields, entry_fields
from corpus.search.scan import ScanIndex
from tests.hostile_support import write_hostile_corpus

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus-1500.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), "1500", str(path)], check=True, capture_output=True)
    return path


def _corpora(generated: Path, tmp_path: Path) -> list[Any]:
    """Corpora of every make: the built-in one, a generated one (as the model and as the
    reader's structs), a hostile one (every text in both languages) and an imported
    thread (English only, Markdown, speakers with handles)."""
    return [
        load_corpus(BUILTIN_CORPUS),
        load_corpus(generated),
        load_compact(generated, alone=True),
        load_corpus(write_hostile_corpus(tmp_path)),
        import_files([ROOT / "tests" / "fixtures" / "reddit" / "thread.json"]).corpus,
    ]


def _mixed(corpus: Corpus) -> Corpus:
    """`corpus` with the languages of its texts dropped in turn, entry by entry (zh only,
    en only, both), so entries of one shape but for one text's language are many."""
    data = corpus.model_dump(mode="json")
    n = 0
    for topic in data["topics"]:
        for entry in topic["entries"]:
            for text in [entry["question"], *[answer["text"] for answer in entry["answers"]]]:
                n += 1
                if n % 3 == 1 and text.get("zh") and text.get("en"):
                    text["original"], text["zh"] = "en", None
                elif n % 3 == 2 and text.get("zh") and text.get("en"):
                    text["original"], text["en"] = "zh", None
    return Corpus.model_validate(data)


def test_every_entrys_texts_and_layout_are_entry_fields_own(generated: Path, tmp_path: Path) -> None:
    corpora = _corpora(generated, tmp_path)
    corpora.append(_mixed(corpora[0]))
    for corpus in corpora:
        fields_of = EntryFields(corpus).of
        for topic in corpus.topics:
            for entry in topic.entries:
                expected = entry_fields(corpus, topic, entry)
                layout, texts = fields_of(topic, entry)
                assert layout == tuple((key, c) for key, c, _ in expected), entry.id
                assert texts == tuple(text for _, _, text in expected), entry.id


def test_a_layout_is_worked_out_once_per_shape_of_entry(generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def counted(*args: Any) -> Any:
        calls.append(args)
        return entry_fields(*args)

    monkeypatch.setattr(builder, "entry_fields", counted)
    corpus = load_corpus(generated)
    entries = sum(len(topic.entries) for topic in corpus.topics)
    for make in (ScanIndex.build, SearchIndex.build):
        calls.clear()
        index = make(corpus)
        assert index.size == entries == 1500
        assert len(calls) == len(index.layouts) < entries / 2  # (465 layouts here)
