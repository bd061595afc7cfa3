"""The `search` command reads a cached index lazily (issue 13, warm search): the small
tables when the cache is opened, each block of postings, anchors, texts and blobs when a
query first needs it. Results must be exactly those of an index built from the corpus,
and a cache is still untrusted: a bad block read in the middle of a search makes the
command drop the cache and answer from a fresh index."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import corpus.search.store as store
from corpus.loader import load_corpus
from corpus.search import FORMAT, SearchIndex, cached_index
from corpus.search.lazy import LazyRows, LazyTable, whole_index
from corpus.search.store import IndexFile, file_parts
from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent

QUERIES = [
    # words, prefixes and substrings, typos, one letter, case
    "optimizer", "tensorboard", "H800", "optim", "ptimiz", "optimzer", "tensorbord", "hallucinaton",
    "a", "K", "k3", "KDA", "Muon muon",
    # CJK runs, mixed, full width
    "幻觉", "架构", "强化学习", "学", "K3 架构", "ＩＮＴ４", "int4",
    # phrases, exact words, anchors
    '"learning rate"', '"open source"', '"强化学习"', "'muon", "^kda", "^KDA", "k3$", "^open source$", "学习$",
    # field filters, OR, negation
    "by:zxytim", "by:杨植麟 int4", "topic:arch", "src:reddit", "src:article", "lang:zh", "lang:en training",
    "int4 | fp8", "muon | 幻觉 | tensorboard", "optimizer !muon", "!int4 架构", "by:zxytim !vision",
    # questions: the relevance fallback
    "how many GPUs do they have", "K3 会用什么架构", "did they consider fp4", "有没有能在笔记本上跑的版本",
    "was the 4.6 million figure real", "what about the training cost of K2",
]  # fmt: skip


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic corpus of 1,500 entries (bench/gen_corpus.py: Chinese, English and
    bilingual texts, rare tokens, several speakers and sources)."""
    path = tmp_path_factory.mktemp("corpus") / "corpus-1500.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), "1500", str(path)], check=True, capture_output=True)
    return path


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of 16 entries and keyed blocks of ~2 KB, so the 1,500 entries make many."""
    monkeypatch.setattr(store, "SHIFT", 4)
    monkeypatch.setattr(store, "BLOCK_BYTES", 2_000)


def _lazy(path: Path) -> SearchIndex:
    index = cached_index(path, lazy=True)
    assert isinstance(index.postings, LazyTable) and isinstance(index.entry_texts, LazyRows)
    return index


def test_a_lazily_read_index_finds_what_the_built_index_finds(generated: Path, small_blocks: None) -> None:
    built = SearchIndex.build(load_corpus(generated))
    cached_index(generated, load_corpus(generated))  # writes the cache
    found = relaxed = 0
    for query in QUERIES:
        lazy = _lazy(generated)  # a fresh one each time: every query reads its own blocks
        expected = built.search(query)
        assert lazy.search(query) == expected, query
        assert lazy.search(query, limit=7, spans=False) == built.search(query, limit=7, spans=False), query
        found += len(expected.matches) > 0
        relaxed += expected.relaxed
    lazy = _lazy(generated)  # and one index answering every query in turn (term caches shared)
    for query in QUERIES:
        assert lazy.search(query) == built.search(query), query
    assert found >= len(QUERIES) - 2 and relaxed >= 3  # the queries do find things, by every path


def test_the_search_command_prints_the_same_from_the_lazy_cache(
    generated: Path, small_blocks: None, capsys: pytest.CaptureFixture[str]
) -> None:
    for query in ("optimizer", "幻觉", "how many GPUs do they have", "by:zxytim 架构"):
        for lang in ("en", "zh", "both"):
            fresh = main(["--lang", lang, "--corpus", str(generated), "search", "--no-cache", query])
            expected = capsys.readouterr()
            cached = [main(["--lang", lang, "--corpus", str(generated), "search", query]) for _ in range(2)]
            assert cached == [fresh, fresh]
            assert capsys.readouterr() == (expected.out * 2, expected.err * 2)
            assert expected.out.count("\n") > 0
    main(["--corpus", str(generated), "search", "--json", "optimizer"])
    lazy_json = capsys.readouterr().out
    main(["--corpus", str(generated), "search", "--no-cache", "--json", "optimizer"])
    assert capsys.readouterr().out == lazy_json


def test_a_rare_word_reads_a_few_blocks(generated: Path, small_blocks: None, monkeypatch: pytest.MonkeyPatch) -> None:
    cached_index(generated, load_corpus(generated))
    read: list[tuple[int, int]] = []
    real_frame = IndexFile.frame

    def counting(self: IndexFile, span: tuple[int, int]) -> object:
        read.append(span)
        return real_frame(self, span)

    monkeypatch.setattr(IndexFile, "frame", counting)
    index = _lazy(generated)
    opened = len(read)
    result = index.search("H800", limit=5, spans=False)
    assert 0 < len(result.matches) <= 5
    file = index.entry_texts._file  # type: ignore[attr-defined]
    frames = sum(len(spans) for _, spans in file.toc["tables"].values()) + sum(map(len, file.toc["rows"].values()))
    assert opened == 2 and len(read) - opened < frames / 20  # the head and contents, then a few blocks


def _cache(cache_dir: Path) -> Path:
    (found,) = cache_dir.glob("index-*.marshal")
    return found


def _plant(cache: Path, change: dict[str, object]) -> None:
    header = cache.read_bytes()[: len(store.MAGIC) + 33]
    digest = header[len(store.MAGIC) : -1].decode()
    original = whole_index(IndexFile(cache, digest)).plain()[1]
    cache.write_bytes(b"".join(file_parts(digest, (FORMAT, dict(original, **change)), source=original)))


@pytest.mark.parametrize(
    ("query", "change"),
    [
        ("幻觉", {"blobs": [["x"], ["y"], ["z"]]}),
        ('"learning rate"', {"entry_texts": [(1, 2)] * 1500}),
        ("^kda", {"starts": [{"kda": "x"}, {}, {}]}),
        ("k3$", {"ends": [{"k3": -1}, {}, {}]}),
        ("a", {"chars": {"a": (1, 2)}}),
        ("optimizer", {"postings": {"optimizer": (None, None, [1, "2"])}}),
    ],
    ids=["blobs", "texts", "starts", "ends", "chars", "postings"],
)
def test_a_bad_block_read_during_a_search_makes_the_command_rebuild(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    query: str, change: dict[str, object],
) -> None:  # fmt: skip
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(cache_dir))
    main(["--corpus", str(generated), "search", "--no-cache", query])
    expected = capsys.readouterr()
    main(["--corpus", str(generated), "search", "x"])  # writes the cache
    capsys.readouterr()
    _plant(_cache(cache_dir), change)
    assert main(["--corpus", str(generated), "search", query]) in (0, 1)
    assert capsys.readouterr() == expected
    assert isinstance(cached_index(generated, lazy=True).postings, LazyTable)  # a good cache again
    assert cached_index(generated, lazy=True).search(query) == SearchIndex.build(load_corpus(generated)).search(query)


def test_question_texts_with_escapes_in_a_cache_never_reach_stdout(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(cache_dir))
    main(["--corpus", str(small_corpus), "search", "int4"])
    capsys.readouterr()
    cache = _cache(cache_dir)
    digest = cache.read_bytes()[len(store.MAGIC) : len(store.MAGIC) + 32].decode()
    state = whole_index(IndexFile(cache, digest)).plain()[1]
    texts = [tuple(t + "\x1b]0;PWNED\x07\u202e" for t in entry) for entry in state["entry_texts"]]  # type: ignore[attr-defined]
    cache.write_bytes(b"".join(file_parts(digest, (FORMAT, dict(state, entry_texts=texts)))))
    for lang in ("en", "zh", "both"):
        assert main(["--lang", lang, "--corpus", str(small_corpus), "search", "int4"]) == 0
        out, err = capsys.readouterr()
        assert "PWNED" in out  # read from the planted cache ...
        assert "\x1b" not in out + err and "\x07" not in out + err and "\u202e" not in out + err  # ... cleaned


def test_a_bad_block_of_questions_makes_the_command_rebuild(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import marshal

    import zstandard

    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(cache_dir))
    assert main(["--corpus", str(small_corpus), "search", "int4"]) == 0
    expected = capsys.readouterr()
    cache = _cache(cache_dir)
    data = cache.read_bytes()
    header = len(store.MAGIC) + 33
    length = int.from_bytes(data[header : header + 8], "little")
    toc = marshal.loads(zstandard.ZstdDecompressor().decompress(data[header + 8 : header + 8 + length]))
    toc["rows"]["questions"] = toc["rows"]["texts"]  # a block of texts where questions should be
    planted = zstandard.ZstdCompressor().compress(marshal.dumps(toc))
    frames = data[header + 8 + length :]
    cache.write_bytes(data[:header] + len(planted).to_bytes(8, "little") + planted + frames)
    with pytest.raises(ValueError):
        cached_index(small_corpus, lazy=True).question_pairs([0])
    assert main(["--corpus", str(small_corpus), "search", "int4"]) == 0
    assert capsys.readouterr() == expected


def test_blobs_out_of_order_never_hang_a_search() -> None:
    """A planted block whose ends are out of order cuts the blobs wrong, never loops."""
    from array import array

    from corpus.search.lazy import LazyBlobs

    data = "幻觉\0幻觉x\0y\0幻觉".encode()
    blobs = LazyBlobs.__new__(LazyBlobs)
    blobs._shift, blobs._mask, blobs._size, blobs._spans = 2, 3, 4, [(0, 1)]
    blobs._blocks = {0: (data, array("I", [6, 14, 16, len(data)]))}
    assert blobs.holding([0, 1, 2, 3], "幻觉") == b"\x01\x01\x00\x01"
    assert [blobs[i] for i in range(4)] == ["幻觉", "幻觉x", "y", "幻觉"]
    blobs._blocks = {0: (data, array("I", [len(data), 1, 2, len(data)]))}
    assert len(blobs.holding([0, 1, 2, 3], "幻觉")) == 4


def test_long_entries_make_smaller_blocks(generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A block of entries stays under BLOCK_CHARS characters (a corpus of long answers
    must not make frames the reader refuses), and reads back the same."""
    monkeypatch.setattr(store, "BLOCK_CHARS", 20_000)
    built = SearchIndex.build(load_corpus(generated))
    path = tmp_path / "index"
    path.write_bytes(b"".join(file_parts("0" * 32, built.plain())))
    file = IndexFile(path, "0" * 32)
    assert file.toc["shift"] < store.SHIFT
    texts = built.entry_texts
    step = 1 << file.toc["shift"]
    assert max(sum(len(t) for entry in texts[i : i + step] for t in entry) for i in range(0, len(texts), step)) <= 20_000
    from corpus.search.lazy import lazy_index

    lazy = lazy_index(file)
    for query in ("optimizer", "幻觉", "how many GPUs do they have", '"open source"'):
        assert lazy.search(query) == built.search(query)
    assert whole_index(IndexFile(path, "0" * 32)).plain() == built.plain()
