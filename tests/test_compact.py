"""The reader's compact corpus (issue 13: RSS at 100k): msgspec structs generated from the
pydantic models hold the same data, refuse what the models refuse (then pydantic words
it), and are decoded a bounded slice at a time so a loading thread never holds the GIL
over the whole file."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import msgspec
import pytest
from pydantic import AfterValidator, BaseModel, field_validator

import corpus.compactload as compactload
from corpus.compact import Unknown, _Family, struct_types
from corpus.loader import CorpusError, builtin_corpus_path, dump_corpus, load_corpus
from corpus.model import Frozen

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from gen_corpus import generate  # noqa: E402


def same(model: Any, struct: Any, where: str = "corpus") -> None:
    """Assert a pydantic corpus and its structs hold the same values, field by field."""
    if isinstance(model, BaseModel):
        assert type(struct).__name__ == type(model).__name__, where
        assert not isinstance(struct, BaseModel), where
        for name in type(model).model_fields:
            same(getattr(model, name), getattr(struct, name), f"{where}.{name}")
    elif isinstance(model, list):  # a tuple in the structs
        assert isinstance(struct, tuple) and len(struct) == len(model), where
        for i, (a, b) in enumerate(zip(model, struct, strict=True)):
            same(a, b, f"{where}[{i}]")
    else:
        assert type(struct) is type(model) and struct == model, where
        if isinstance(model, datetime):
            assert struct.utcoffset() == model.utcoffset(), where


def _json(tmp_path: Path, data: Any, name: str = "c.json", indent: int | None = None) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=indent), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def generated() -> dict[str, Any]:
    return generate(120, seed=7)


def test_the_built_in_corpus_as_structs_is_the_pydantic_corpus() -> None:
    compact = compactload.load_compact(builtin_corpus_path())
    assert compact is not None
    same(load_corpus(), compact)
    entry = next(compact.entries())
    assert compact.entry(entry.id) is entry and compact.topic_of(entry.id).entries[0] is entry
    assert compact.speaker(entry.answers[0].speaker).display_handle.startswith("u/")


def test_the_structs_lists_are_tuples_the_collector_lets_go_of(generated: dict[str, Any], tmp_path: Path) -> None:
    """A list in the model is a tuple in the structs: an empty one is the shared `()` (no
    object: ~400k empty lists at 100k entries), and once the collector has seen that a
    tuple holds no container it stops tracking it (fewer objects to walk)."""
    import gc

    compact = compactload.load_compact(_json(tmp_path, generated))
    assert compact is not None
    entries = list(compact.entries())
    assert any(entry.see_also == () for entry in entries)
    assert all(entry.see_also is tuple() for entry in entries if not entry.see_also)
    gc.collect()
    assert not any(gc.is_tracked(entry.answers) or gc.is_tracked(entry.tags) for entry in entries)


@pytest.mark.parametrize("indent", [None, 2])
def test_a_generated_json_corpus_as_structs_is_the_pydantic_corpus(
    tmp_path: Path, generated: dict[str, Any], indent: int | None
) -> None:
    path = _json(tmp_path, generated, indent=indent)
    compact = compactload.load_compact(path)
    assert compact is not None and compact.entry_count() == 120
    same(load_corpus(path), compact)
    alone = compactload.load_compact(path, alone=True)  # one call, as a command decodes it
    assert alone is not None and alone.entry_count() == 120
    same(load_corpus(path), alone)


def test_a_reader_interns_references_and_a_command_does_not(tmp_path: Path, generated: dict[str, Any]) -> None:
    """The reader keeps the corpus: one string per speaker id, however many answers name
    it. A command exits once it has searched: it skips that work (0.35 s at 100k)."""
    path = _json(tmp_path, generated)

    def strings(corpus: Any) -> tuple[int, int]:
        answers = [a for t in corpus.topics for e in t.entries for a in e.answers]
        return len({id(a.speaker) for a in answers}), len({a.speaker for a in answers})

    objects, ids = strings(compactload.load_compact(path))
    assert objects == ids
    objects, ids = strings(compactload.load_compact(path, alone=True))
    assert objects > ids * 10


def test_an_imported_thread_with_dates_scores_and_edits_as_structs(tmp_path: Path) -> None:
    from corpus.importer import import_files

    imported = import_files([Path(__file__).parent / "fixtures" / "reddit" / "thread.json"]).corpus
    path = tmp_path / "imported.json"
    path.write_text(dump_corpus(imported), encoding="utf-8")
    compact = compactload.load_compact(path)
    assert compact is not None
    model = load_corpus(path)
    same(model, compact)
    assert any(answer.posted for entry in model.entries() for answer in entry.answers)


def test_bare_strings_become_texts_as_the_model_makes_them(tmp_path: Path, generated: dict[str, Any]) -> None:
    data = json.loads(json.dumps(generated))
    data["topics"][0]["title"] = "一个标题"
    data["topics"][0]["entries"][0]["question"] = "A plain question?"
    path = _json(tmp_path, data)
    compact = compactload.load_compact(path)
    assert compact is not None
    assert compact.topics[0].title.original == "zh" and compact.topics[0].entries[0].question.en == "A plain question?"
    same(load_corpus(path), compact)


def _first_entry(data: dict[str, Any]) -> dict[str, Any]:
    return data["topics"][0]["entries"][0]  # type: ignore[no-any-return]


BREAKS = {
    "blank text": lambda d: _first_entry(d)["answers"][0].update(text={"en": "  \n ", "original": "en"}),
    "bad slug": lambda d: _first_entry(d).update(id="Not A Slug"),
    "slug with a trailing newline": lambda d: d["topics"][1].update(id="topic\n"),
    "url with a bidi override": lambda d: d["sources"][0].update(url="https://example.com/\u202eabc"),
    "url not http": lambda d: d["sources"][0].update(url="ftp://example.com/"),
    "original language missing": lambda d: _first_entry(d).update(question={"en": "q?", "original": "zh"}),
    "hedged speaker without a caveat": lambda d: d["speakers"][0].update(identification="inferred", caveat=None),
    "dangling speaker": lambda d: _first_entry(d)["answers"][0].update(speaker="nobody"),
    "duplicate entry id": lambda d: d["topics"][1]["entries"][0].update(id=_first_entry(d)["id"]),
    "unknown field": lambda d: _first_entry(d).update(colour="red"),
    "no answers": lambda d: _first_entry(d).update(answers=[]),
    "wrong format": lambda d: d.update(format="kimi-ama-corpus/9"),
    "bad role": lambda d: _first_entry(d)["answers"][0].update(role="boss"),
    "score not a number": lambda d: _first_entry(d)["answers"][0].update(score="many"),
    "bad date": lambda d: _first_entry(d)["answers"][0].update(posted="yesterday"),
    "an entry nested where none belongs": lambda d: _first_entry(d).update(
        highlights=[{"id": "x", "question": "q?", "source": "digest", "text": "t"}]
    ),
    "an entry in the sources": lambda d: d["sources"].append(dict(_first_entry(d), id="other")),
    "a control character": lambda d: _first_entry(d).update(tags=["a\x1bb"]),
}


ACCEPTED = {
    "a control character": None,  # cleaned by the model; the structs leave it to pydantic
    "slug with a trailing newline": "same",  # `$` matches before a final newline, in both
}


@pytest.mark.parametrize("name", list(BREAKS))
def test_what_the_model_refuses_the_structs_refuse(tmp_path: Path, generated: dict[str, Any], name: str) -> None:
    data = json.loads(json.dumps(generated))
    BREAKS[name](data)
    path = _json(tmp_path, data)
    compact = compactload.load_compact(path)
    if name not in ACCEPTED:
        with pytest.raises(CorpusError):
            load_corpus(path)
        assert compact is None  # the reader then loads it with pydantic, which says why
    elif ACCEPTED[name] is None:
        assert compact is None
    else:
        same(load_corpus(path), compact)


def test_unchecked_structs_hold_the_same_values_without_the_checks(tmp_path: Path, generated: dict[str, Any]) -> None:
    """The search child decodes without the models' checks (the reader validates the same
    file): the same values, a file only the checks refuse decoded as it is, and a file
    that needs cleaning still left to pydantic (cleaning changes its texts)."""
    path = _json(tmp_path, generated)
    unchecked = compactload.load_compact(path, alone=True, checked=False)
    assert unchecked is not None
    same(load_corpus(path), unchecked)
    for name in ("url not http", "original language missing", "hedged speaker without a caveat", "dangling speaker"):
        data = json.loads(json.dumps(generated))
        BREAKS[name](data)
        broken = _json(tmp_path, data, name="broken.json")
        assert compactload.load_compact(broken, alone=True) is None, name
        assert compactload.load_compact(broken, alone=True, checked=False) is not None, name
    data = json.loads(json.dumps(generated))
    BREAKS["a control character"](data)
    assert compactload.load_compact(_json(tmp_path, data, name="dirty.json"), alone=True, checked=False) is None


ESCAPED = {
    "clean": ("plain", True),
    "an emoji as a surrogate pair": ("smile \U0001f600", True),
    "a zero-width space": ("a\u200bb", False),
    "a bidi override": ("a\u202eb", False),
    "a control character": ("a\x07b", False),
    "a line separator": ("a\u2028b", False),
    "a carriage return": ("a\r\nb", False),
    "a lone surrogate": ("a\ud800b", False),
}


@pytest.mark.parametrize("name", list(ESCAPED))
@pytest.mark.parametrize("alone", [False, True], ids=["reader", "command"])
def test_a_json_file_written_in_ascii_is_decoded_as_structs_when_its_strings_are_clean(
    tmp_path: Path, generated: dict[str, Any], name: str, alone: bool
) -> None:
    """Python's `json.dump` writes every other character as a \\u escape by default: such a
    file was validated by pydantic, cleaning each string (2.2x slower at 10k entries, 3x
    the memory). Its escapes are now decoded and the strings checked; one that
    `clean_text` would change still leaves the file to pydantic."""
    data = json.loads(json.dumps(generated))
    tag, clean = ESCAPED[name]
    _first_entry(data)["tags"] = [tag]
    path = tmp_path / "ascii.json"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    assert "\\u" in path.read_text(encoding="utf-8")
    compact = compactload.load_compact(path, alone=alone)
    if clean:
        assert compact is not None and compact.entry_count() == 120
        same(load_corpus(path), compact)
    else:
        assert compact is None  # pydantic cleans it


def test_a_quoted_entry_inside_a_text_is_only_text(tmp_path: Path, generated: dict[str, Any]) -> None:
    data = json.loads(json.dumps(generated))
    decoy = '{"id": "decoy", "question": "not an entry"}'
    data["topics"][0]["title"] = {"en": decoy, "original": "en"}
    _first_entry(data)["answers"][0]["text"] = {"en": f"see {decoy}, {decoy}]", "original": "en"}
    path = _json(tmp_path, data)
    compact = compactload.load_compact(path)
    assert compact is not None and compact.topics[0].title.en == decoy
    same(load_corpus(path), compact)


def test_keys_in_another_order_are_decoded_whole(tmp_path: Path, generated: dict[str, Any]) -> None:
    data = json.loads(json.dumps(generated))
    for topic in data["topics"]:
        topic["entries"] = [dict(reversed(list(entry.items()))) for entry in topic["entries"]]
    path = _json(tmp_path, data)
    compact = compactload.load_compact(path)
    assert compact is not None
    same(load_corpus(path), compact)


@pytest.mark.parametrize("ascii_", [False, True], ids=["utf8", "ascii"])
def test_no_decoding_call_reads_much_more_than_a_slice(
    tmp_path: Path, generated: dict[str, Any], monkeypatch: pytest.MonkeyPatch, ascii_: bool
) -> None:
    """The structural form of 'no UI freeze while loading': every msgspec decode and every
    UTF-8 decode covers at most a slice (plus one entry), never the whole file; so does
    every encode that checks the strings of a file written in ASCII."""
    path = tmp_path / "c.json"
    path.write_text(json.dumps(generated, ensure_ascii=ascii_), encoding="utf-8")
    size = path.stat().st_size
    monkeypatch.setattr(compactload, "SLICE_BYTES", size // 20)
    monkeypatch.setattr(compactload, "_ENCODE_BATCH", 6)  # 120 entries: a twentieth
    encoded: list[int] = []
    real_encode = msgspec.json.encode

    def encode(value: Any) -> bytes:
        out = real_encode(value)
        encoded.append(len(out))
        return out

    monkeypatch.setattr(compactload.msgspec.json, "encode", encode)
    read: list[int] = []
    real_decode = msgspec.json.decode

    def decode(buffer: Any, **kwargs: Any) -> Any:
        read.append(len(buffer))
        return real_decode(buffer, **kwargs)

    checked: list[int] = []
    real_check = compactload.piece_needs_no_cleaning

    def check(piece: str, escapes: bool = False) -> bool:
        checked.append(len(piece.encode()))
        return real_check(piece, escapes)

    monkeypatch.setattr(compactload.msgspec.json, "decode", decode)
    monkeypatch.setattr(compactload, "piece_needs_no_cleaning", check)
    monkeypatch.setattr(compactload, "slices", lambda data, size=size // 20: _slices(data, size))
    compact = compactload.load_compact(path)
    assert compact is not None and compact.entry_count() == 120
    largest_entry = max(len(json.dumps(e, ensure_ascii=ascii_).encode()) for t in generated["topics"] for e in t["entries"])
    assert len(read) > 20 and max(read) <= size // 20 + largest_entry + 2
    # (an ASCII file's strings are checked again, encoded a batch of entries at a time)
    assert len(checked) >= 20 and max(checked) <= size // 20 + (largest_entry if ascii_ else 4)
    if ascii_:
        assert len(encoded) >= 20 and max(encoded) <= size // 20 + largest_entry
    else:
        assert not encoded


_slices = compactload.slices


def test_slices_never_cut_a_character_or_an_escape() -> None:
    data = ("中文\\\\\\n" * 50 + "é" * 30).encode()
    cuts = compactload.slices(data, 7)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(data)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))
    for start, stop in cuts:
        data[start:stop].decode("utf-8")  # each decodes alone
        assert data[stop - 1 : stop] != b"\\"


def test_the_generator_refuses_a_validator_it_does_not_know() -> None:
    class Checked(Frozen):
        name: str

        @field_validator("name")
        @classmethod
        def _upper(cls, value: str) -> str:
            return value.upper()

    class Annotated_(Frozen):
        name: Annotated[str, AfterValidator(str.upper)]

    for model in (Checked, Annotated_):
        with pytest.raises(Unknown):
            _Family(False).struct(model)


def test_a_compact_struct_is_small() -> None:
    types = struct_types()
    entry = msgspec.convert(
        {"id": "e", "question": "q?", "question_source": "s", "answers": [{"speaker": "a", "source": "s", "text": "t"}], "sources": ["s"]},
        types["Entry"],
    )
    assert not hasattr(entry, "__dict__")
    assert sys.getsizeof(entry) <= 16 + 8 * len(types["Entry"].__struct_fields__)


async def _loaded(path: Path) -> Any:
    from tests.reader_support import ready
    from tui.app import first_screen_outline, make_app
    from tui.options import ReaderOptions

    outline = first_screen_outline(path)
    assert outline is not None  # drawn from its outline, loaded behind it
    app = make_app(ReaderOptions(corpus_path=path, lang="en"), None, outline)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
    return app


async def test_the_reader_holds_a_big_file_as_structs(tmp_path: Path, generated: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.app

    monkeypatch.setattr(tui.app, "OUTLINE_FIRST_BYTES", 100)
    app = await _loaded(_json(tmp_path, generated))
    assert app.corpus is not None and not isinstance(app.corpus, BaseModel)
    assert type(next(app.corpus.entries())).__module__ == "corpus.compact"


async def test_a_file_the_structs_leave_to_pydantic_still_loads(tmp_path: Path, generated: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.app

    data = json.loads(json.dumps(generated))
    _first_entry(data)["tags"] = ["a\x1bb"]  # cleaned by the model
    monkeypatch.setattr(tui.app, "OUTLINE_FIRST_BYTES", 100)
    app = await _loaded(_json(tmp_path, data))
    assert isinstance(app.corpus, BaseModel)
    assert next(app.corpus.entries()).tags == ["ab"]


def test_questions_equal_to_the_outline_s_are_its_strings(tmp_path: Path, generated: dict[str, Any]) -> None:
    """The reader holds each question once (the outline drew the first screen with it)."""
    from corpus.fastload import read_outline

    path = _json(tmp_path, generated)
    outline = read_outline(path)
    assert outline is not None
    compact = compactload.load_compact(path, outline)
    assert compact is not None
    shared = 0
    for topic, drawn in zip(compact.topics, outline.topics, strict=True):
        for entry, line in zip(topic.entries, drawn.entries, strict=True):
            texts = dict(line.question)
            for lang in ("zh", "en"):
                value = getattr(entry.question, lang)
                if value is not None:
                    assert value is texts[lang]
                    shared += 1
    assert shared >= 120
    same(load_corpus(path), compact)


@pytest.mark.parametrize("tags", [["plain"], ["a\x1bb"], ["a\u202eb"]], ids=["clean", "control", "bidi"])
def test_a_command_checks_the_text_in_a_child_while_it_decodes(
    tmp_path: Path, generated: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tags: list[str]
) -> None:
    """`alone` (a command, with two cores to use): whether the file needs cleaning is
    checked by a forked child while this process decodes (0.4 s of 5 at 100k entries);
    the answer is the same: structs for a clean file, None (pydantic) for one to clean."""
    import os

    data = json.loads(json.dumps(generated))
    _first_entry(data)["tags"] = tags
    path = _json(tmp_path, data)
    pids = tmp_path / "pids"
    real_check = compactload.text_needs_no_cleaning

    def check(buffer: Any) -> bool:
        with pids.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return real_check(buffer)

    monkeypatch.setattr(compactload, "text_needs_no_cleaning", check)
    alone = compactload.load_compact(path, alone=True)
    assert pids.read_text().split() != [str(os.getpid())]  # checked, by another process
    assert len(pids.read_text().split()) == 1
    if tags == ["plain"]:
        assert alone is not None and alone.entry_count() == 120
        same(load_corpus(path), alone)
    else:
        assert alone is None  # pydantic cleans it
    assert compactload.load_compact(path) is None if tags != ["plain"] else True


def test_a_command_with_bad_utf8_leaves_it_to_pydantic(tmp_path: Path, generated: dict[str, Any]) -> None:
    path = _json(tmp_path, generated)
    raw = path.read_bytes().replace(b'"tags": ["', b'"tags": ["\xff', 1)
    assert raw != path.read_bytes()
    path.write_bytes(raw)
    assert compactload.load_compact(path, alone=True) is None


def test_a_command_whose_children_are_reaped_for_it_still_decodes(tmp_path: Path, generated: dict[str, Any]) -> None:
    """SIGCHLD ignored (inherited from a parent that ignores it): children are reaped by
    the kernel and waiting for one fails; the file is then checked in turn, not handed to
    pydantic (seconds more at 100k entries)."""
    import signal

    path = _json(tmp_path, generated)
    before = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        alone = compactload.load_compact(path, alone=True)
    finally:
        signal.signal(signal.SIGCHLD, before)
    assert alone is not None and alone.entry_count() == 120
