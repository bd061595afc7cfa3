"""A cold search answered from the entries that can match (`corpus.search.prefilter`)
gives the whole engine's answer, or none (the caller then goes the whole way): never
fewer entries, other scores or another order. The hostile cases are the ones a search
of the file's bytes could miss: a full-width or folding form of a term's letter, a \\u
escape, a term in a topic's title or a speaker's name, a typo, a bad entry elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from corpus.compactload import load_compact
from corpus.query import fold_case, fold_width
from corpus.search.prefilter import _FOLDING
from corpus.search.scan import ScanIndex
from tests.test_search_lazy import QUERIES
from tests.test_search_scan import MORE, generated  # noqa: F401 - (a fixture)

ROOT = Path(__file__).resolve().parent.parent


def _whole(path: Path) -> ScanIndex:
    compact = load_compact(path, alone=True)
    assert compact is not None
    return ScanIndex.build(compact)


_ANSWERS = """
import json, sys
from pathlib import Path
from corpus.compactload import load_compact
from corpus.search.prefilter import prefiltered_search
from corpus.search.scan import ScanIndex
path, limit, queries = Path(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3])
compact = load_compact(path, alone=True)
whole = ScanIndex.build(compact) if compact is not None else None
answered = {}
for query in queries:
    found = prefiltered_search(path, query, limit, lambda index, result: result)
    if found is None:
        continue
    index, result = found
    expected = whole.search(query, limit=limit, spans=False)
    if result != expected or not (index.size < whole.size or not result.matches):
        sys.exit(f"not the whole engine's answer: {query!r}")
    answered[query] = len(result.matches)
print(json.dumps(answered))
"""


def _answers(path: Path, queries: list[str], limit: int | None = None) -> dict[str, int]:
    """The queries the prefilter answered, and how many entries each: each answer checked
    against the whole engine's. In a process of its own, as the command runs it: the
    prefilter forks, so it declines in a process running other threads (a test run's)."""
    done = subprocess.run(
        [sys.executable, "-c", _ANSWERS, str(path), json.dumps(limit), json.dumps(queries)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_every_answer_is_the_whole_engines(generated: Path) -> None:
    """Plain words, CJK runs, OR, anchors, exact words and case give the same result as
    every entry scanned; filters, negation, punctuation, typos and questions that fall
    back to relevance give none."""
    queries = list(dict.fromkeys(QUERIES + MORE))
    answered = [*_answers(generated, queries), *_answers(generated, queries, limit=5)]
    for query in ("optimizer", "幻觉", "H800", "tensorboard", "K3 架构", "int4 | fp8", "^kda", "'muon", "KDA"):
        assert query in answered
    for query in ("optimzer", "by:zxytim", "optimizer !muon", '"learning rate"', "4.6", "how many GPUs do they have"):
        assert query not in answered


def _rewritten(source: Path, target: Path, change: Any) -> Path:
    data = json.loads(source.read_text(encoding="utf-8"))
    change(data)
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def _last_entry(data: dict[str, Any]) -> dict[str, Any]:
    return data["topics"][-1]["entries"][-1]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("name", "written", "query"),
    [
        ("full width", "Ｚａｎｚｉｂａｒ", "zanzibar"),
        ("full width, capital", "ＺＡＮＺＩＢＡＲ", "Zanzibar"),
        ("kelvin sign", "\u212aelvinator", "kelvinator"),
        ("dotted capital I", "\u0130nterlace", "interlace"),
    ],
)
def test_a_folding_form_elsewhere_sends_the_search_the_whole_way(
    generated: Path, tmp_path: Path, name: str, written: str, query: str
) -> None:
    """An entry whose JSON does not hold the term's bytes but whose text folds to it:
    the prefilter does not answer (it would have missed that entry)."""

    def plant(data: dict[str, Any]) -> None:
        _last_entry(data)["question"]["en"] = f"What about {written}?"
        data["topics"][0]["entries"][0]["question"]["en"] = f"Is {query.lower()} here too?"

    path = _rewritten(generated, tmp_path / "c.json", plant)
    assert len(_whole(path).search(query, spans=False).matches) >= 2
    assert _answers(path, [query]) == {}, name


def test_a_u_escape_sends_the_search_the_whole_way(generated: Path, tmp_path: Path) -> None:
    """A \\u escape can write any letter: the file is not searched by its bytes."""
    path = tmp_path / "c.json"
    text = generated.read_text(encoding="utf-8").replace('"Open source', '"\\u004fpen source', 1)
    path.write_text(text, encoding="utf-8")
    assert _answers(path, ["open"]) == {}
    assert "open" in _answers(generated, ["open"])


def test_a_term_in_a_topic_title_keeps_every_entry_of_the_topic(generated: Path, tmp_path: Path) -> None:
    """Every entry of a topic holds the topic's title: a term in it matches all of them,
    though their own JSON does not hold it."""

    def retitle(data: dict[str, Any]) -> None:
        data["topics"][1]["title"]["en"] = "Quokkas and other marsupials"
        _last_entry(data)["question"]["en"] = "Are quokkas happy?"

    path = _rewritten(generated, tmp_path / "c.json", retitle)
    topic = json.loads(path.read_text(encoding="utf-8"))["topics"][1]
    answered = _answers(path, ["quokkas", "marsupials", "quokkas other"])
    assert list(answered) == ["quokkas", "marsupials", "quokkas other"]
    assert answered["quokkas"] == len(topic["entries"]) + 1


def test_a_term_in_a_speakers_name_sends_the_search_the_whole_way(generated: Path) -> None:
    """A speaker's name is a text of every entry they answer (none of which writes it)."""
    assert _answers(generated, ["zxytim"]) == {}
    assert len(_whole(generated).search("zxytim", spans=False).matches) > 3


def test_a_bad_entry_that_cannot_match_is_still_reported(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The child checks every entry: a file with one bad entry is not answered, and the
    command says what is wrong, as it did before."""
    import tui.commands.search as command
    from tui.cli import main

    def spoil(data: dict[str, Any]) -> None:
        _last_entry(data)["answers"][0]["role"] = "oracle"

    path = _rewritten(generated, tmp_path / "c.json", spoil)
    assert _answers(path, ["optimizer"]) == {}
    monkeypatch.setattr(command, "SCAN_MIN_BYTES", 0)
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", "off")
    assert main(["--corpus", str(path), "search", "optimizer"]) == 1
    err = capsys.readouterr().err
    assert "role" in err and "Traceback" not in err


def test_the_folding_characters_are_every_one_unicode_has() -> None:
    """`_FOLDING` lists every character whose folded form holds an ASCII one: a newer
    Unicode database with one more would fail here, not miss matches."""
    folding = {
        chr(code)
        for code in range(0x80, 0x110000)
        if not 0xD800 <= code < 0xE000 and any(ord(c) < 0x80 for c in fold_case(fold_width(chr(code))))
    }
    assert folding == set(_FOLDING)


def test_texts_written_as_bare_strings_still_pass(generated: Path, tmp_path: Path) -> None:
    """The model takes a bare string for a text: the child's quicker decode refuses it,
    then the one that makes it a text passes the file, and the answer stands."""

    def bare(data: dict[str, Any]) -> None:
        _last_entry(data)["question"] = "A question written as a bare string?"

    path = _rewritten(generated, tmp_path / "c.json", bare)
    assert list(_answers(path, ["optimizer", "bare"])) == ["optimizer", "bare"]


def test_the_quicker_structs_refuse_a_bare_string_the_others_make_a_text() -> None:
    """`struct_types(bare_strings=False)` (no `__post_init__` for entries and answers)
    refuses a text written as a bare string; the default makes it a text, as the model."""
    import msgspec

    from corpus.compact import struct_types

    answer = b'{"speaker": "zxytim", "role": "main", "source": "digest", "text": "A bare answer."}'
    made = msgspec.json.decode(answer, type=struct_types(interned=False)["Answer"])
    assert made.text.en == "A bare answer." or made.text.zh == "A bare answer."
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(answer, type=struct_types(interned=False, bare_strings=False)["Answer"])


def test_the_command_answers_from_the_candidates(generated: Path) -> None:
    """`search` on a big file with no cached index takes the prefilter's answer, printed
    as the whole engine's would be (a process of its own, as a user runs it)."""
    script = (
        "import sys; import tui.commands.search as command; import corpus.search.prefilter as p;"
        "command.SCAN_MIN_BYTES = 0; found = p.prefiltered_search; answered = [];"
        "p.prefiltered_search = lambda *a: answered.append(found(*a)) or answered[-1];"
        "status = __import__('tui.cli').cli.main(['--corpus', sys.argv[1], 'search', sys.argv[2]]);"
        "print('answered' if answered and answered[-1] is not None else 'not answered', status)"
    )
    env = {**os.environ, "KIMI_AMA_TUI_CACHE": "off"}
    for query in ("optimizer", "幻觉", "int4 | fp8"):
        done = subprocess.run([sys.executable, "-c", script, str(generated), query], cwd=ROOT, env=env, capture_output=True, text=True)
        whole = subprocess.run(
            [sys.executable, "-m", "tui.cli", "--corpus", str(generated), "search", "--no-cache", query],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )
        *printed, said = done.stdout.splitlines()
        assert said == "answered 0", (query, done.stderr)
        assert "\n".join(printed) + "\n" == whole.stdout and whole.returncode == 0


def _first_entry(data: dict[str, Any]) -> dict[str, Any]:
    return data["topics"][0]["entries"][0]  # type: ignore[no-any-return]


@pytest.mark.parametrize("where", [_first_entry, _last_entry])
def test_an_entry_that_cannot_match_is_checked_wherever_it_is(
    generated: Path, tmp_path: Path, where: Any
) -> None:
    """The entries that cannot match are checked by a child of their own:
    a bad one, first or last in the file, is found there, and the file is
    not answered; one written with a bare string passes there as it does whole."""

    def spoil(data: dict[str, Any]) -> None:
        entry = where(data)
        entry["question"]["en"] = "Nothing to see here?"
        entry["question"]["zh"] = "这里没什么？"
        entry["answers"][0]["role"] = "oracle"

    def bare(data: dict[str, Any]) -> None:
        entry = where(data)
        entry["question"] = "Nothing to see here either?"

    spoiled = _rewritten(generated, tmp_path / "spoiled.json", spoil)
    assert _answers(spoiled, ["optimizer", "nothing"]) == {}
    assert "optimizer" in _answers(_rewritten(generated, tmp_path / "bare.json", bare), ["optimizer", "nothing"])


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data["speakers"][0].update(identification="rumoured"),
        lambda data: data["topics"][-1].update(title=42),
        lambda data: data["sources"].append({"id": "x"}),
    ],
    ids=["speaker", "topic title", "source"],
)
def test_a_bad_part_outside_the_entries_is_still_reported(generated: Path, tmp_path: Path, spoil: Any) -> None:
    """What is not an entry is checked by decoding the file's skeleton: a bad speaker,
    topic or source leaves the search unanswered (the whole way says what is wrong)."""
    path = _rewritten(generated, tmp_path / "c.json", spoil)
    assert load_compact(path, alone=True) is None
    assert _answers(path, ["optimizer"]) == {}
