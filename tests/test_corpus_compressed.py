"""A compressed file given to --corpus (the reader, `check`, `search`): a Reddit thread or
dump is read as `import` reads it; a compressed corpus file gets one line saying what to do."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import zstandard

from corpus.importer import is_reddit_file
from corpus.loader import CorpusError, dump_corpus, load_corpus
from tui.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
THREAD = FIXTURES / "thread.json"


def _compress(kind: str, data: bytes) -> bytes:
    return gzip.compress(data) if kind == "gz" else zstandard.ZstdCompressor().compress(data)


@pytest.mark.parametrize("kind", ["gz", "zst"])
def test_a_compressed_thread_is_read_as_import_reads_it(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--corpus thread.json.gz` said "not UTF-8 (byte 0x8b)" while `import` read it."""
    packed = tmp_path / f"thread.json.{kind}"
    packed.write_bytes(_compress(kind, THREAD.read_bytes()))
    assert load_corpus(packed) == load_corpus(THREAD)
    assert main(["check", str(packed)]) == 0
    assert main(["search", "--corpus", str(packed), "context"]) == 0
    assert "what-s-the-context-length-of-q1" in capsys.readouterr().out


def test_a_gzip_dump_gets_the_dumps_own_message(tmp_path: Path) -> None:
    """A dump of two threads names the threads, as the plain dump does (not "not UTF-8")."""
    packed = tmp_path / "RC.jsonl.gz"
    packed.write_bytes(gzip.compress((FIXTURES / "comments.jsonl").read_bytes()))
    with pytest.raises(CorpusError, match="2 threads in the files"):
        load_corpus(packed)


@pytest.mark.parametrize(("kind", "undo"), [("gz", "gunzip -k FILE"), ("zst", "zstd -d FILE")])
def test_a_compressed_corpus_file_says_to_decompress_it(
    kind: str, undo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .zst corpus was said to be "a kimi-ama-tui corpus (read it with --corpus)" when it
    was; a .gz one "not UTF-8"."""
    packed = tmp_path / f"c.json.{kind}"
    packed.write_bytes(_compress(kind, dump_corpus(load_corpus(None)).encode()))
    assert main(["check", str(packed)]) == 1
    name = "zstandard" if kind == "zst" else "gzip"
    assert capsys.readouterr().err.splitlines() == [
        f"{packed}: {name}-compressed, and not a Reddit thread or dump: a corpus file is read "
        f"uncompressed: {undo}, then give the file it writes"
    ]


def test_a_head_cut_inside_a_block_or_expanding_hugely_is_told_safely() -> None:
    """Telling a file by its start: a zstandard head that ends inside its first block is
    left to the importer (which words it); a bomb yields only its first bytes."""
    bomb = zstandard.ZstdCompressor().compress(b"{" + b" " * 50_000_000)
    assert len(bomb) < 4096
    assert is_reddit_file(bomb) is False  # read 4 KiB out of 50 MB: a '{' with no keys
    cut = zstandard.ZstdCompressor().compress(THREAD.read_bytes())[:200]
    assert is_reddit_file(cut) is True
