"""Reading Reddit's formats: threads (escaped and raw), dumps (.jsonl, .zst), merging, bad files."""

from __future__ import annotations

import importlib.util
import json
import sys
from typing import Any
from pathlib import Path

import pytest

from corpus.importer.formats import escaped, read_files
from corpus.importer.records import ImportProblem
from corpus.importer.thread import select_thread

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
THREAD, RAW = FIXTURES / "thread.json", FIXTURES / "thread-raw.json"
DUMP, SUBMISSIONS = FIXTURES / "comments.jsonl", FIXTURES / "submissions.jsonl"

zstandard = pytest.importorskip("zstandard")


def _make_module():  # tests/fixtures/reddit/make.py, imported by path
    spec = importlib.util.spec_from_file_location("reddit_fixtures", FIXTURES / "make.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["reddit_fixtures"] = module
    spec.loader.exec_module(module)
    return module


def test_committed_fixtures_are_what_make_py_writes() -> None:
    make = _make_module()
    assert json.loads(THREAD.read_text(encoding="utf-8")) == make.thread(raw=False)
    assert json.loads(RAW.read_text(encoding="utf-8")) == make.thread(raw=True)
    lines = [json.loads(x) for x in DUMP.read_text(encoding="utf-8").splitlines()]
    assert lines == make.dump_lines()


def test_escaped_thread_is_unescaped_exactly_once() -> None:
    raw_file = THREAD.read_text(encoding="utf-8")
    assert "&amp;gt;" in raw_file and "&lt;b&gt;" in raw_file  # Reddit's escaping is there
    batch = read_files([THREAD])
    body = batch.comments["q5"].body
    assert "I wrote &gt; literally" in body  # typed as &gt;: stays &gt;, not '>'
    assert "`a &lt; b`" in body and "<b>tags</b>" in body
    assert batch.posts["1abcde"].title == "AMA with Lumen Labs, makers of Glow-9B & the <Lantern> tokenizer"
    assert "a < b && c > d" in batch.comments["a1"].body


def test_raw_json_thread_reads_the_same_texts() -> None:
    escaped_batch, raw_batch = read_files([THREAD]), read_files([RAW])
    assert "is_submitter" not in RAW.read_text(encoding="utf-8")  # an older thread's fields
    assert {k: c.body for k, c in raw_batch.comments.items()} == {
        k: c.body for k, c in escaped_batch.comments.items()
    }
    assert raw_batch.posts["1abcde"].text == escaped_batch.posts["1abcde"].text


def test_nested_replies_deleted_edited_and_more_stubs() -> None:
    batch = read_files([THREAD])
    comments = batch.comments
    assert comments["x1"].parent == "t1_r1" and comments["r1"].parent == "t1_f1"  # 4 deep
    assert comments["q2"].deleted and comments["q2"].author_gone
    assert comments["q3"].body == "[removed]" and comments["q3"].deleted
    assert isinstance(comments["a1"].edited, float) and comments["a6"].edited is True
    assert comments["a3"].edited is None
    assert comments["m1"].distinguished == "moderator"
    thread = select_thread(batch, None)
    assert thread.not_loaded == 8  # a stub of 7, and one 'continue this thread'


def test_thread_and_dump_merge_deduplicated_by_id() -> None:
    alone = read_files([THREAD])
    batch = read_files([THREAD, DUMP, SUBMISSIONS])
    thread = select_thread(batch, "1abcde")
    assert len(thread.comments) == len(alone.comments) + 2  # q8 and its answer, from the dump
    assert len({c.id for c in thread.comments}) == len(thread.comments)
    assert thread.not_loaded == 30 - 24  # the post counts 30 (the stubs' sum would be 3)
    assert batch.comments["q5"].body == alone.comments["q5"].body  # dumps are escaped too


def test_dump_of_several_threads_needs_thread_and_lists_them() -> None:
    batch = read_files([DUMP])
    with pytest.raises(ImportProblem) as err:
        select_thread(batch, None)
    assert "2 threads" in str(err.value) and "--thread" in str(err.value)
    assert "\n" not in str(err.value)
    assert any("1abcde" in line and "24 comments" in line for line in err.value.details)
    assert any("1zzzzz" in line and "2 comments" in line for line in err.value.details)
    assert select_thread(batch, "t3_1zzzzz").id == "1zzzzz"
    with pytest.raises(ImportProblem, match="no comments of thread 'nope'"):
        select_thread(batch, "nope")


def _zst(data: bytes, tmp_path: Path, name: str = "RC_2025-11.zst") -> Path:
    params = zstandard.ZstdCompressionParameters.from_level(3, window_log=31, enable_ldm=True)
    path = tmp_path / name
    path.write_bytes(zstandard.ZstdCompressor(compression_params=params).compress(data))
    return path


def test_zst_dump_reads_like_the_plain_one(tmp_path: Path) -> None:
    path = _zst(DUMP.read_bytes(), tmp_path, "comments")  # no suffix: the content decides
    plain, packed = read_files([DUMP]), read_files([path])
    assert {k: c.body for k, c in packed.comments.items()} == {k: c.body for k, c in plain.comments.items()}


def test_truncated_zst_is_one_clear_line(tmp_path: Path) -> None:
    path = _zst(DUMP.read_bytes(), tmp_path)
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(ImportProblem, match="truncated"):
        read_files([path])


def test_zst_without_zstandard_says_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _zst(DUMP.read_bytes(), tmp_path)
    monkeypatch.setitem(sys.modules, "zstandard", None)  # import zstandard now fails
    with pytest.raises(ImportProblem, match="pip install zstandard"):
        read_files([path])


@pytest.mark.parametrize(
    ("name", "expected"),
    [("listing.json", "subreddit listing"), ("user.json", "user page")],
)
def test_listing_and_user_page_are_not_threads(name: str, expected: str) -> None:
    with pytest.raises(ImportProblem, match=expected) as err:
        read_files([FIXTURES / name])
    assert "comments/ID.json" in str(err.value)


def test_truncated_thread_and_dump(tmp_path: Path) -> None:
    cut = tmp_path / "thread.json"
    cut.write_bytes(THREAD.read_bytes()[: len(THREAD.read_bytes()) // 2])
    with pytest.raises(ImportProblem, match="ends early"):
        read_files([cut])
    lines = DUMP.read_bytes()
    cut.write_bytes(lines[: len(lines) - 30])
    with pytest.raises(ImportProblem, match="cut off"):
        read_files([cut])


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"hello", "not JSON"),
        (b'{"format": "kimi-ama-corpus/1", "topics": []}', "--corpus"),
        (b"[1, 2]", "not a Reddit thread"),
    ],
)
def test_other_files_are_one_line(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(ImportProblem, match=expected) as err:
        read_files([path])
    assert "\n" not in str(err.value)


def test_escaping_is_told_from_the_texts() -> None:
    assert escaped(["a &amp;gt; b", "x &lt; y"])
    assert not escaped(["a > b", "x &amp; y"])  # a literal '>' : raw_json
    assert not escaped(["Q&A time"])  # a bare '&' is never in escaped text
    assert not escaped(["plain"])
    assert escaped(["plain"], ['&lt;div class="md"&gt;'])
    assert not escaped(["x &amp; y"], ['<div class="md">'])


def test_an_id_that_is_no_reddit_id_is_refused(tmp_path: Path) -> None:
    """Ids go into permalinks and entry ids: 'x/../y z' from a hostile file must not."""
    lines = DUMP.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[1])
    record["id"] = "x/../y z"
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join([lines[0], json.dumps(record), *lines[2:]]) + "\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match=r"dump.jsonl:2: a comment's id 'x/../y z' is not a Reddit id"):
        read_files([path])


@pytest.mark.parametrize("cut_at", [5000, 12001, 20000, -3])
def test_a_thread_cut_anywhere_says_truncated(tmp_path: Path, cut_at: int) -> None:
    path = tmp_path / "thread.json"
    path.write_bytes(THREAD.read_bytes()[:cut_at])
    with pytest.raises(ImportProblem, match="truncated"):
        read_files([path])


def test_an_author_no_account_can_be_called_names_no_one(tmp_path: Path) -> None:
    """Never read as '[deleted]': no source says the account is gone."""
    from corpus.importer.records import NOT_A_NAME

    lines = DUMP.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["author"] = " [bold]x\x1b "
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join([json.dumps(record), *lines[1:]]) + "\n", encoding="utf-8")
    batch = read_files([path])
    assert batch.comments[record["id"]].author == NOT_A_NAME
    assert batch.comments[record["id"]].author_gone


def test_a_zst_that_expands_past_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _zst(b"\n" * (8 << 20), tmp_path)  # 8 MiB of newlines, a few hundred bytes packed
    assert path.stat().st_size < 10_000
    monkeypatch.setenv("KIMI_AMA_TUI_MAX_BYTES", "1M")
    with pytest.raises(ImportProblem, match="decompresses to more than 1 MiB"):
        read_files([path])


def test_old_dump_field_types_are_read(tmp_path: Path) -> None:
    """Old Pushshift dumps store created_utc (and sometimes score) as strings, edited as 1/0."""
    lines = [json.loads(x) for x in DUMP.read_text(encoding="utf-8").splitlines()]
    lines[0].update(created_utc=str(lines[0]["created_utc"]), score="7", edited=1700000000)
    lines[1].update(body=None)  # a comment without text
    path = tmp_path / "old.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    batch = read_files([path])
    first, second = batch.comments[lines[0]["id"]], batch.comments[lines[1]["id"]]
    assert first.created == float(lines[0]["created_utc"]) and first.score == 7
    assert first.edited == 1700000000.0
    assert second.body == ""


def test_gzip_dump_reads_like_the_plain_one(tmp_path: Path) -> None:
    """`import RC.jsonl.gz` said "not UTF-8 text (byte 0x8b)": gzip is read directly, also
    several members (`cat a.gz b.gz`)."""
    import gzip

    data = DUMP.read_bytes()
    half = data.index(b"\n", len(data) // 2) + 1
    path = tmp_path / "comments"  # no suffix: the content decides
    path.write_bytes(gzip.compress(data[:half]) + gzip.compress(data[half:]))
    plain, packed = read_files([DUMP]), read_files([path])
    assert {k: c.body for k, c in packed.comments.items()} == {k: c.body for k, c in plain.comments.items()}


@pytest.mark.parametrize(
    ("damage", "expected"),
    [(lambda b: b[:-40], "gzip data ends early"), (lambda b: b + b"junk", "not gzip follow")],
)
def test_a_damaged_gzip_is_one_clear_line(tmp_path: Path, damage: Any, expected: str) -> None:
    import gzip

    path = tmp_path / "RC.jsonl.gz"
    path.write_bytes(damage(gzip.compress(DUMP.read_bytes())))
    with pytest.raises(ImportProblem, match=expected):
        read_files([path])


def test_a_gzip_that_expands_past_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    monkeypatch.setenv("KIMI_AMA_TUI_MAX_BYTES", "1M")
    path = tmp_path / "bomb.gz"
    path.write_bytes(gzip.compress(b" " * (3 * 2**20)))
    with pytest.raises(ImportProblem, match="decompresses to more than 1 MiB"):
        read_files([path])


def _dump_copy(tmp_path: Path, name: str, **changes: dict[str, Any]) -> Path:
    """comments.jsonl with some comments' fields changed: {comment id: {field: value}}."""
    lines = []
    for line in DUMP.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record.update(changes.get(record["id"], {}))
        lines.append(json.dumps(record))
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("dump_first", [True, False])
def test_merging_keeps_the_edited_copy_whatever_the_file_order(tmp_path: Path, dump_first: bool) -> None:
    """A dump made before an answer's edit, merged with the thread: the first file's copy
    was kept, so `dump thread` lost the edit silently."""
    before = _dump_copy(tmp_path, "RC_early.jsonl", a1={"body": "Short version: first draft", "edited": False})
    files = [before, THREAD] if dump_first else [THREAD, before]
    batch = read_files(files)
    kept = batch.comments["a1"]
    assert kept.body.startswith("Short version: **128k**") and kept.edited
    assert kept.copies == 2 and kept.kept == "edited, the other copy not" and kept.file == str(THREAD)
    assert batch.comments["q1"].copies == 2 and batch.comments["q1"].kept == ""  # same text


@pytest.mark.parametrize("dump_first", [True, False])
def test_merging_keeps_the_later_edit_then_the_later_retrieval(tmp_path: Path, dump_first: bool) -> None:
    first = _dump_copy(
        tmp_path, "RC_a.jsonl",
        a1={"body": "edit one", "edited": 1762794000}, q1={"body": "asked", "retrieved_on": 1762800000},
    )
    second = _dump_copy(
        tmp_path, "RC_b.jsonl",
        a1={"body": "edit two", "edited": 1762795000}, q1={"body": "asked again", "retrieved_on": None, "retrieved_utc": 1762790500},
    )
    batch = read_files([first, second] if dump_first else [second, first])
    assert batch.comments["a1"].body == "edit two" and batch.comments["a1"].kept == "edited later"
    assert batch.comments["q1"].body == "asked" and batch.comments["q1"].kept == "retrieved later"


def test_merging_copies_that_say_nothing_keeps_the_later_file(tmp_path: Path) -> None:
    other = _dump_copy(tmp_path, "RC_later.jsonl", q1={"body": "asked later"})
    assert read_files([DUMP, other]).comments["q1"].body == "asked later"
    assert read_files([other, DUMP]).comments["q1"].body != "asked later"
