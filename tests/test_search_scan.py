"""`ScanIndex` (no postings: every term found in the joined texts) answers every query
exactly as `SearchIndex` does: the same entries, scores, order, spans and counts, by every
path (words, prefixes, substrings, typos, one letter, case, CJK runs, full-width forms,
phrases, anchors, filters, OR, negation, the relevance fallback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import corpus.search.build_cache as build_cache
import corpus.search.scan as scan
from corpus.compactload import load_compact
from corpus.loader import load_corpus
from corpus.search import SearchIndex
from corpus.search.scan import ScanIndex
from tests.test_search_lazy import QUERIES
from tests.test_search_phrases import WORDS, _corpus

ROOT = Path(__file__).resolve().parent.parent

MORE = [
    # near misses of case, width and word boundaries; terms of one letter; typos of each kind
    "ｍｕｏｎ", "Ｋ２", "k2", "K2", "kda", "e", "E", "x", "4", "６", "4.6", "k2.5", "e-mail", "the model",
    "Model", "remodel", "odel", "models", "modle", "moddel", "hallucination", "halucination", "trainign",
    "'model'", "'the", "^the", "model$", "^4.6", "4.6$", "模型", "训练 模型", "模", "(4.6)", "，", "fp-8",
    "tensor board", "!model the", "model | 训练", "qwerty", "zzzz", "K3 架构 !muon", "by:zxytim model",
]  # fmt: skip


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus-1500.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), "1500", str(path)], check=True, capture_output=True)
    return path


def _same(built: SearchIndex, scanned: SearchIndex, query: str) -> None:
    expected = built.search(query)
    assert scanned.search(query) == expected, query
    assert scanned.search(query, limit=5, spans=False) == built.search(query, limit=5, spans=False), query


def test_a_generated_corpus_gives_the_same_results(generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "WINDOW", 5_000)  # many windows: entries cut at their edges
    monkeypatch.setattr(scan, "BLOCK", 7)  # fields sorted into the streams in many blocks
    corpus = load_corpus(generated)
    built, scanned = SearchIndex.build(corpus), ScanIndex.build(corpus)
    found = relaxed = fuzzy = 0
    for query in QUERIES + MORE:
        _same(built, scanned, query)
        result = built.search(query)
        found += bool(result.matches)
        relaxed += result.relaxed
    assert found >= len(QUERIES) - 2 and relaxed >= 3  # the queries do find things, by every path
    for typo in ("optimzer", "tensorbord", "hallucinaton"):
        fuzzy += bool(built.search(typo).matches)
    assert fuzzy == 3  # the typos are found, so their path is compared


def test_english_fields_are_joined_apart_from_chinese_ones(generated: Path) -> None:
    """Folding case goes character by character in a string holding any CJK character
    (two bytes each), at memory speed in an ASCII one: the ASCII fields are joined apart
    (at 100k entries, folding the answers took 0.7 s joined whole, 0.15 s apart). Every
    field's text is there once, in the stream its characters say."""
    from corpus.search.text import CLASSES

    index = ScanIndex.build(load_corpus(generated))
    for c in CLASSES:
        joined = index._joined(c, False)
        texts = list(joined.texts())
        narrow = "".join(text for text in texts if text.isascii())
        fields = [text for layout, entry in zip(index.entry_layout, index.entry_texts) for text in scan._getter(index.class_fields[layout][c])(entry)]
        english = [text for text in fields if text.isascii()]
        assert english and len(english) < len(fields)  # the corpus mixes both
        # every ASCII field there, and only them (NULs apart); every field once
        assert len(narrow.replace("\0", "")) == sum(map(len, english))
        assert sum(len(text.replace("\0", "")) for text in texts) == sum(map(len, fields))


def test_the_compact_corpus_gives_the_same_results(generated: Path) -> None:
    compact = load_compact(generated)
    assert compact is not None
    built, scanned = SearchIndex.build(load_corpus(generated)), ScanIndex.build(compact)
    for query in QUERIES[:20]:
        _same(built, scanned, query)


def test_near_misses_give_the_same_results() -> None:
    """A seeded corpus of near misses: case, full-width forms, punctuation, repeats."""
    corpus = _corpus(seed=7, size=300)
    built, scanned = SearchIndex.build(corpus), ScanIndex.build(corpus)
    for query in MORE + [f'"{w}"' for w in WORDS] + [f"'{w}'" for w in WORDS] + WORDS:
        _same(built, scanned, query)


def test_the_builtin_corpus_gives_the_same_results() -> None:
    corpus = load_corpus()
    built, scanned = SearchIndex.build(corpus), ScanIndex.build(corpus)
    for query in QUERIES + MORE:
        _same(built, scanned, query)


def test_a_word_only_a_silent_speaker_holds_is_a_word_of_the_corpus() -> None:
    """The engine's vocabulary holds every speaker's name, answering or not: a term that
    is such a name is no typo, so `zanzibar` does not match the `zanzibor` of an answer."""
    import copy

    from corpus.model import Corpus
    from tests.test_search import CORPUS, answer, entry, text

    data = copy.deepcopy(CORPUS)
    data["speakers"].append(
        {"id": "quiet", "kind": "person", "name": text("无声", "Zanzibar Quiet"), "role": text("嘉宾"), "identified_by": text("文章")}
    )
    data["topics"][0]["entries"].append(
        entry("far", text("远方？", "Far away?"), [answer("zxytim", "远。", "Zanzibor is far.")])
    )
    corpus = Corpus.model_validate(data)
    built, scanned = SearchIndex.build(corpus), ScanIndex.build(corpus)
    assert built.search("zanzibor").matches and not built.search("zanzibar", relax=False).matches
    for query in ("zanzibar", "zanzibor", "quiet", "zanzibar far"):
        _same(built, scanned, query)


def test_the_search_command_scans_a_big_file_with_no_cached_index(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file over SCAN_MIN_BYTES with no cached index (or caching off) is scanned: the
    same output as the index built from the validated corpus, every way it is printed."""
    import tui.commands.search as command
    from tui.cli import main

    monkeypatch.setattr(command, "SCAN_MIN_BYTES", 0)
    monkeypatch.setattr(build_cache, "build_in_background", lambda path, found=None: False)  # (tested below)
    built = ScanIndex.build.__func__  # type: ignore[attr-defined]  # the scan must be what answers
    scans: list[int] = []
    monkeypatch.setattr(ScanIndex, "build", classmethod(lambda cls, corpus: scans.append(1) or built(cls, corpus)))
    runs = [(["--lang", lang], [], "optimizer") for lang in ("en", "zh", "both")]
    runs += [([], ["--json"], query) for query in ("幻觉", "optimzer", "how many GPUs do they have", "by:zxytim 架构", "^kda", "zzzz")]
    for head, tail, query in runs:
        expected = main([*head, "--corpus", str(generated), "search", "--no-cache", *tail, query])
        reference = capsys.readouterr()
        for cache in ("off", str(tmp_path / "cache")):
            monkeypatch.setenv("KIMI_AMA_TUI_CACHE", cache)
            assert main([*head, "--corpus", str(generated), "search", *tail, query]) == expected
            assert capsys.readouterr() == reference, (query, head, tail, cache)
    assert len(scans) >= 2 * len(runs)  # (the entries that can match, then maybe every entry)


def test_a_scanned_search_has_the_index_cached_in_the_background_once(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command exits after its scan; a detached child indexes the file for the next
    search, one child at a time (a lock it holds while it lives)."""
    import fcntl
    import time

    import tui.commands.search as command
    from corpus.search.cache import index_cache
    from corpus.search.lazy import LazyTable
    from tui.cli import main

    monkeypatch.setattr(command, "SCAN_MIN_BYTES", 0)
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(tmp_path / "cache"))
    found = index_cache(generated)
    assert found is not None and not found[0].exists()
    lock = found[0].with_name(f".{found[0].name}.lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    with lock.open("a") as held:  # as if a child were at it: none is started
        fcntl.flock(held, fcntl.LOCK_EX)
        assert not build_cache.build_in_background(generated)
    assert main(["--corpus", str(generated), "search", "optimizer"]) == 0
    scanned = capsys.readouterr().out
    for _ in range(600):
        if found[0].exists():
            break
        time.sleep(0.1)
    assert found[0].exists(), "no index was cached in the background"
    with lock.open("a") as free:
        for _ in range(100):  # the child lets go of its lock as it exits
            try:
                fcntl.flock(free, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("the child never let go of its lock")
    monkeypatch.setattr(ScanIndex, "build", None)  # the next search reads the cache
    assert main(["--corpus", str(generated), "search", "optimizer"]) == 0
    assert capsys.readouterr().out == scanned
    assert isinstance(command.load_index(generated).postings, LazyTable)


def test_one_scanning_call_covers_a_quarter_million_characters_at_most() -> None:
    """The reader's search thread scans while the UI thread waits for the GIL between its
    C calls: each covers a window of entries of about `WINDOW` characters (a regex over
    1M characters held the GIL ~10 ms, and keys typed as a scan took over echoed 250 ms
    late); an entry longer than that is a window of its own."""
    lengths = [300] * 40_000 + [400_000] + [300] * 10
    starts = [0]
    for length in lengths:
        starts.append(starts[-1] + length + 1)
    windows = scan._windows(starts)
    assert windows[0][0] == 0 and windows[-1][1] == len(lengths)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))  # every entry, once
    sizes = [starts[m] - starts[n] for n, m in windows]
    assert max(size for size, (n, m) in zip(sizes, windows) if m - n > 1) <= 300_000
    assert 400_001 in sizes  # the long entry alone


def test_joining_the_texts_never_holds_the_gil_for_long() -> None:
    """A reader's first start joins every text while keys are typed: the UI thread waits
    for the GIL between the loading thread's C calls. Sorting 1.5M fields into the two
    streams in one call each held it 25-90 ms (a key echoed 481 ms late at 100k entries);
    a block of entries at a time, well under a millisecond a call."""
    import gc
    import threading
    import time

    fields = [f"field {i} text" if i % 3 else f"字段 {i}" for i in range(1_500_000)]
    counts = [3] * 500_000

    def longest_wait() -> float:
        """The longest a thread ticking every 0.5 ms waited while the texts were joined."""
        gaps: list[float] = []
        done = threading.Event()

        def tick() -> None:
            last = time.perf_counter()
            while not done.is_set():
                time.sleep(0.0005)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now

        switch = sys.getswitchinterval()
        sys.setswitchinterval(0.001)
        gc.disable()  # (as while a reader loads: a collection walking millions of objects holds it too)
        ticker = threading.Thread(target=tick)
        ticker.start()
        try:
            joined = scan._Joined(fields, counts)
        finally:
            done.set()
            ticker.join()
            gc.enable()
            sys.setswitchinterval(switch)
        assert sum(len(text) for text in joined.texts()) == sum(map(len, fields)) + len(fields)
        assert len(gaps) > 20
        return max(gaps)

    # A C call that holds the GIL does so at every try; the machine descheduling the
    # process now and then (41 ms once, in a CI run on this shared machine) does not.
    waits = []
    for _ in range(3):
        waits.append(longest_wait())
        if waits[-1] < 0.04:
            break
    assert min(waits) < 0.04, f"the GIL held {', '.join(f'{w * 1000:.0f}' for w in waits)} ms in {len(waits)} tries"
