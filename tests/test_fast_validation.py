"""Validation skips per-string cleaning only when the whole file text proves there is
nothing to clean (corpus.text.needs_no_cleaning): never a control, format or bidi
character let through, the same corpus either way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import corpus.loader
from corpus.loader import dump_corpus, load_corpus
from corpus.text import clean_text, needs_no_cleaning


def test_every_character_clean_text_changes_is_caught_by_the_whole_text_check() -> None:
    missed = [
        hex(code)
        for code in range(0x110000)
        if clean_text(chr(code)) != chr(code) and chr(code) != "\n" and needs_no_cleaning(f"a{chr(code)}b")
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    ['{"t": "a\\u001bb"}', '{"t": "a\\rb"}', '{"t": "a\\u202eb"}', 't = "a\\eb"', 't = "a\\x1bb"', '{"t": "a\u202eb"}', "t = 'a\tb'", "a\r\nb"],
)
def test_risky_escapes_and_characters_make_each_string_cleaned(text: str) -> None:
    assert not needs_no_cleaning(text)


def test_plain_text_needs_no_cleaning() -> None:
    assert needs_no_cleaning('{"t": "第一行\\n第二行 \\"quoted\\" a\\\\b https:\\/\\/x"}\n')


def _small_json(small_corpus: Path, tmp_path: Path) -> Path:
    path = tmp_path / "corpus.json"
    path.write_text(dump_corpus(load_corpus(small_corpus)), encoding="utf-8")
    return path


def test_the_fast_path_gives_the_same_corpus(small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _small_json(small_corpus, tmp_path)
    assert needs_no_cleaning(path.read_text(encoding="utf-8"))
    fast = load_corpus(path)
    monkeypatch.setattr(corpus.loader, "needs_no_cleaning", lambda text: False)
    assert load_corpus(path) == fast


def test_escapes_in_a_file_are_still_cleaned(small_corpus: Path, tmp_path: Path) -> None:
    path = _small_json(small_corpus, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"]["en"] = "Test \u001b]0;PWNED\u0007corpus \u202eevil"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    title = load_corpus(path).title.get("en")
    assert title == "Test ]0;PWNEDcorpus evil"


# ---------------------------------------------------------------- JSON decoded in slices


def test_sliced_json_decoding_gives_what_json_loads_gives(small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.fastload
    from corpus.fastload import parse_json

    text = _small_json(small_corpus, tmp_path).read_text(encoding="utf-8")
    monkeypatch.setattr(corpus.fastload, "SLICE_BYTES", 10)  # a pause after every entry
    assert parse_json(text) == json.loads(text)
    assert list(parse_json(text) or {}) == list(json.loads(text))


@pytest.mark.parametrize(
    "text",
    ["[1, 2]", '{"a": NaN}', '{"a": 1e999}', '{"a": ' + "9" * 5000 + "}", '{"topics": 5}', '{"topics": [1]}',
     '{"topics": [{"entries": 3}]}', '{"a": "\\ud800"}', '{"a": 1,}'],
)
def test_json_the_two_decoders_could_read_differently_is_left_to_json(text: str) -> None:
    from corpus.fastload import parse_json

    assert parse_json(text) is None


def test_bad_json_files_get_the_same_problems_as_before(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "kimi-ama-corpus/1",\n "title": "x",\n "topics": [1,]}', encoding="utf-8")
    with pytest.raises(corpus.loader.CorpusError) as err:
        load_corpus(path)
    assert "JSON syntax error" in str(err.value) and ":3:" in str(err.value)


def test_the_whole_text_check_yields_between_slices_and_reads_every_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.text

    pauses: list[None] = []
    monkeypatch.setattr(corpus.text, "_SLICE", 8)
    monkeypatch.setattr(corpus.text, "yield_to_other_threads", lambda: pauses.append(None))
    clean = '{"t": "abc\\ndef", "u": "' + "x" * 40 + '"}'
    assert needs_no_cleaning(clean)
    assert len(pauses) >= 5
    assert not needs_no_cleaning(clean[:-3] + "\u202e" + clean[-3:])  # in the last slice


def test_yielding_sleeps_only_when_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import corpus.text

    sleeps: list[float] = []
    monkeypatch.setattr(corpus.text.time, "sleep", sleeps.append)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    corpus.text.yield_to_other_threads()
    assert sleeps == []  # a command alone: nothing to yield to
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    corpus.text.yield_to_other_threads()
    assert sleeps == [0]
