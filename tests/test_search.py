"""The search engine on a small corpus built here: matching, ranking, filters, spans."""

from __future__ import annotations

import pickle
import random
import threading
from pathlib import Path
from typing import Any

import pytest

from corpus.model import Corpus
from corpus.query import fold_width
from corpus.search import Match, SearchIndex, SearchResult


def text(zh: str | None = None, en: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"original": "zh" if zh else "en"}
    if zh:
        out["zh"] = zh
    if en:
        out["en"] = en
    return out


def answer(speaker: str, zh: str | None, en: str | None, role: str = "main", source: str = "digest") -> dict[str, Any]:
    return {"speaker": speaker, "role": role, "source": source, "text": text(zh, en)}


def entry(entry_id: str, question: dict[str, Any], answers: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    sources = sorted({a["source"] for a in answers} | {extra.pop("question_source", "digest")})
    return {
        "id": entry_id,
        "question": question,
        "question_source": "digest",
        "answers": answers,
        "sources": sorted(set(sources) | {"digest"}),
        **extra,
    }


CORPUS: dict[str, Any] = {
    "title": text("测试", "Test"),
    "sources": [
        {"id": "reddit-thread", "kind": "reddit-thread", "title": "AMA", "publisher": "Reddit",
         "language": "en", "wording": "original"},
        {"id": "digest", "kind": "digest", "title": "精炼版", "publisher": "digest",
         "language": "zh", "wording": "paraphrase"},
        {"id": "article", "kind": "article", "title": "文章", "publisher": "硅星人",
         "language": "zh", "wording": "translation"},
    ],
    "speakers": [
        {"id": "zxytim", "kind": "person", "handle": "zxytim", "name": text("周昕宇", "Zhou Xinyu"),
         "role": text("联合创始人"), "identified_by": text("文章")},
        {"id": "ppwwyyxx", "kind": "person", "handle": "ppwwyyxx", "name": text("吴育昕", "Wu Yuxin"),
         "role": text("联合创始人"), "identified_by": text("文章")},
        {"id": "team", "kind": "team", "name": text("团队", "The team"),
         "role": text("团队"), "identified_by": text("没有写明")},
    ],
    "topics": [
        {
            "id": "training",
            "title": text("训练", "Training"),
            "entries": [
                entry(
                    "muon",
                    text("为什么用 Muon 优化器？", "Why the Muon optimizer?"),
                    [answer("zxytim", "我们验证过。", "We validated it on the scaling ladder.")],
                    tags=["Muon", "optimizer"],
                ),
                entry(
                    "tensorboard",
                    text("工程栈有什么不满？", "Anything in the stack you dislike?"),
                    [answer("ppwwyyxx", "对 TensorBoard 颇多抱怨。", "Many complaints about TensorBoard.")],
                ),
                entry(
                    "int4",
                    text("为什么选择 ＩＮＴ４？", "Why INT4 rather than FP4?"),
                    [answer("zxytim", "为兼容非 Blackwell GPU。", "For non-Blackwell GPUs; the optimizer is unrelated.",
                            source="article")],
                    also_asked=[{"source": "article", "text": text("int4 够好吗？", "Is int4 good enough?")}],
                ),
            ],
        },
        {
            "id": "values",
            "title": text("价值观", "Values"),
            "entries": [
                entry(
                    "hallucination",
                    text("何时减少幻觉？", "When will it hallucinate less?"),
                    [answer("ppwwyyxx", "加入诚实奖励。", "Add an honesty reward against hallucination."),
                     answer("zxytim", None, "Also a Muon remark.", role="supplement")],
                ),
                entry(
                    "english-only",
                    text(en="What about an optimizer for the browser?"),
                    [answer("team", None, "Not planned. Optimizers are fine.", source="article")],
                    tags=["browser"],
                ),
            ],
        },
    ],
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(Corpus.model_validate(CORPUS))


def ids(result: SearchResult) -> list[str]:
    return [m.entry_id for m in result.matches]


def spans_text(index: SearchIndex, match: Match) -> dict[str, list[str]]:
    fields = index.fields(match.entry_id)
    return {key: [fields[key][a:b] for a, b in spans] for key, spans in match.spans.items()}


def test_blank_query_returns_every_entry_in_reading_order(index: SearchIndex) -> None:
    for query in ("", "   "):
        result = index.search(query)
        assert ids(result) == ["muon", "tensorboard", "int4", "hallucination", "english-only"]
        assert all(m.spans == {} for m in result.matches)
        assert result.total == 5 and result.match_count == 5 and result.hint is None
    assert ids(index.search("", limit=2)) == ["muon", "tensorboard"]


def test_terms_are_anded(index: SearchIndex) -> None:
    assert ids(index.search("muon optimizer", relax=False)) == ["muon"]
    assert ids(index.search("muon zzzz", relax=False)) == []
    strict = index.search("optimizer", relax=False)
    assert len(strict.matches) >= 3 and not strict.relaxed


def test_too_few_all_terms_matches_fall_back_to_relevance(index: SearchIndex) -> None:
    result = index.search("muon optimizer")
    assert result.relaxed and result.strict_count == 1
    assert ids(result)[0] == "muon" and len(ids(result)) > 1
    assert result.ranking_note == "ranked by relevance: only 1 has every term"
    nothing = index.search("muon zzzz")
    assert nothing.relaxed and nothing.strict_count == 0 and ids(nothing)[0] == "muon"
    assert nothing.ranking_note == "ranked by relevance: no entry has every term"


def test_question_outranks_answer(index: SearchIndex) -> None:
    assert ids(index.search("muon"))[0] == "muon"
    assert set(ids(index.search("muon"))) == {"muon", "hallucination"}


def test_exact_beats_substring_beats_fuzzy(index: SearchIndex) -> None:
    result = index.search("optimizer")
    # exact word in a question, exact word in an answer, a longer word ("optimizers")
    assert ids(result)[:3] == ["muon", "english-only", "int4"]
    scores = [m.score for m in result.matches]
    assert scores == sorted(scores, reverse=True)


def test_fuzzy_typos_in_long_words(index: SearchIndex) -> None:
    assert ids(index.search("tensrboard")) == ["tensorboard"]
    assert ids(index.search("optimzer"))[0] == "muon"
    assert ids(index.search("hallucinaton"))[0] == "hallucination"
    assert ids(index.search("moun"))[0] == "muon"  # a transposition in 4 letters


def test_short_terms_never_fuzzy(index: SearchIndex) -> None:
    assert ids(index.search("mupn")) == []
    assert ids(index.search("gpx")) == []


def test_substring_ranks_above_fuzzy(index: SearchIndex) -> None:
    result = index.search("tensorbord")
    assert ids(result) == ["tensorboard"] and result.matches[0].score < index.search("tensorboard").matches[0].score


def test_quote_disables_fuzzy_and_whole_word(index: SearchIndex) -> None:
    assert ids(index.search("'tensrboard")) == []
    assert set(ids(index.search("'optimizer"))) == {"muon", "int4", "english-only"}
    assert "english-only" in ids(index.search("'optimizer'"))
    assert set(ids(index.search("'optimizer'"))) == {"muon", "int4", "english-only"}
    assert ids(index.search("'optimi'")) == []


def test_prefix_and_suffix_of_a_field(index: SearchIndex) -> None:
    assert set(ids(index.search("^why"))) == {"muon", "int4"}
    assert ids(index.search("fp4$")) == ["int4"]
    assert ids(index.search("^为什么")) == ["muon", "int4"]
    assert ids(index.search("^rather")) == []


def test_exclusion(index: SearchIndex) -> None:
    assert ids(index.search("muon !hallucinate")) == ["muon"]
    assert "tensorboard" not in ids(index.search("!tensorboard"))
    assert len(ids(index.search("!tensorboard"))) == 4


def test_either(index: SearchIndex) -> None:
    assert set(ids(index.search("tensorboard | 幻觉"))) == {"tensorboard", "hallucination"}


def test_by_filter_matches_handle_and_names(index: SearchIndex) -> None:
    for query in ("by:ppwwyyxx", "by:吴育昕", "by:Wu", "by:yuxin"):
        assert set(ids(index.search(query))) == {"tensorboard", "hallucination"}, query
    # a main answer by the speaker ranks above a supplement
    assert ids(index.search("by:zxytim"))[-1] == "hallucination"


def test_topic_source_and_language_filters(index: SearchIndex) -> None:
    assert ids(index.search("topic:values")) == ["hallucination", "english-only"]
    assert ids(index.search("topic:价值")) == ["hallucination", "english-only"]
    assert set(ids(index.search("src:article"))) == {"int4", "english-only"}
    assert set(ids(index.search("src:art"))) == {"int4", "english-only"}
    assert ids(index.search("lang:zh optimizer")) == ["muon", "int4"]
    assert ids(index.search("lang:en browser")) == ["english-only"]
    assert "english-only" not in ids(index.search("lang:zh"))


def test_malformed_filter_hints_and_the_rest_runs(index: SearchIndex) -> None:
    result = index.search("src:nope tensorboard")
    assert result.hint and "src:nope" in result.hint
    assert ids(result) == ["tensorboard"]
    result = index.search("by:")
    assert result.hint and "by:" in result.hint and result.match_count == 5
    for query in ("lang:fr", "!", "|", "tensorboard |"):
        assert index.search(query).hint, query


def test_speaker_and_topic_words_match_without_filters(index: SearchIndex) -> None:
    assert set(ids(index.search("ppwwyyxx"))) == {"tensorboard", "hallucination"}
    assert set(ids(index.search("周昕宇"))) == {"muon", "int4", "hallucination"}
    assert ids(index.search("价值观")) == ["hallucination", "english-only"]


def test_smart_case(index: SearchIndex) -> None:
    assert set(ids(index.search("int4"))) == {"int4"}
    assert ids(index.search("INT4")) == ["int4"]
    assert ids(index.search("Int4", relax=False)) == []
    assert ids(index.search("TensorBoard")) == ["tensorboard"]
    assert ids(index.search("Tensorboard", relax=False)) == []
    assert index.search("Tensorboard").relaxed  # the fallback ignores case


def test_full_width_and_half_width_alike(index: SearchIndex) -> None:
    match = index.search("ＩＮＴ４").matches[0]
    assert match.entry_id == "int4"
    texts = spans_text(index, match)
    assert texts["question.zh"] == ["ＩＮＴ４"] and texts["question.en"] == ["INT4"]


def test_chinese_substring(index: SearchIndex) -> None:
    assert ids(index.search("幻觉")) == ["hallucination"]
    assert ids(index.search("诚实奖励")) == ["hallucination"]
    assert ids(index.search("诚实 奖励")) == ["hallucination"]
    assert ids(index.search("幻奖")) == []


def test_phrases_and_punctuation(index: SearchIndex) -> None:
    assert ids(index.search("non-blackwell")) == ["int4"]
    assert ids(index.search(r"scaling\ ladder")) == ["muon"]
    assert ids(index.search("够好吗？")) == ["int4"]
    assert ids(index.search("够好吗?")) == ["int4"]


def test_spans_index_the_stored_strings(index: SearchIndex) -> None:
    match = index.search("muon").matches[0]
    assert spans_text(index, match) == {
        "question.zh": ["Muon"],
        "question.en": ["Muon"],
        "tags.0": ["Muon"],
    }
    match = index.search("by:zxytim 验证").matches[0]
    assert spans_text(index, match) == {"speaker.zxytim": ["zxytim"], "answers.0.zh": ["验证"]}
    match = index.search("by:周昕宇").matches[0]
    assert spans_text(index, match) == {"speaker.zxytim.zh": ["周昕宇"]}
    match = index.search("topic:train").matches[0]
    assert spans_text(index, match) == {"topic.en": ["Train"]}


def test_fuzzy_spans_cover_the_matched_word(index: SearchIndex) -> None:
    match = index.search("tensrboard").matches[0]
    assert spans_text(index, match) == {"answers.0.zh": ["TensorBoard"], "answers.0.en": ["TensorBoard"]}


@pytest.mark.parametrize("query", ["optimizer", "int4", "幻觉", "muon validated", "^why", "fp4$", "by:Wu honesty"])
def test_every_span_is_a_match_of_a_term(index: SearchIndex, query: str) -> None:
    words = [w.lstrip("^").rstrip("$").split(":")[-1].lower() for w in query.split()]
    for match in index.search(query).matches:
        for key, pieces in spans_text(index, match).items():
            for piece in pieces:
                assert fold_width(piece).lower() in words, (query, key, piece)


def test_ties_in_reading_order(index: SearchIndex) -> None:
    result = index.search("why")
    tied = [m.entry_id for m in result.matches if m.score == result.matches[0].score]
    assert tied == ["muon", "int4"]


def test_limit_bounds_matches_not_count(index: SearchIndex) -> None:
    result = index.search("the", limit=1)
    assert len(result.matches) == 1 and result.match_count > 1


def test_never_raises() -> None:
    index = SearchIndex.build(Corpus.model_validate(CORPUS))
    rng = random.Random(7)
    alphabet = "ab 中!|'^$:\\ｘ? -by:src:lang:topic:"
    for _ in range(500):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        result = index.search(query)
        assert isinstance(result, SearchResult)


def test_concurrent_searches_agree_with_sequential_ones(index: SearchIndex) -> None:
    queries = ["muon", "tensrboard", "幻觉", "by:zxytim", "optimizer !browser", "int4 | fp4", "^why"]
    expected = {q: ids(index.search(q)) for q in queries}
    fresh = pickle.loads(pickle.dumps(index))
    errors: list[str] = []

    def work(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(100):
            query = rng.choice(queries)
            prefix = query[: rng.randint(1, len(query))]
            fresh.search(prefix)
            if ids(fresh.search(query)) != expected[query]:
                errors.append(query)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_pickled_index_searches_the_same(index: SearchIndex) -> None:
    copy = pickle.loads(pickle.dumps(index))
    for query in ["muon", "幻觉", "tensrboard", "by:Wu", "src:article"]:
        assert copy.search(query) == index.search(query)


# ---------------------------------------------------------------- the command line


@pytest.fixture
def corpus_file(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    import json

    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    path = tmp_path / "small.json"
    path.write_text(json.dumps(CORPUS, ensure_ascii=False), encoding="utf-8")
    return path


def cli(*args: str) -> int:
    from tui.cli import main

    return main(list(args))


def test_cli_prints_ranked_entries(corpus_file: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("--corpus", str(corpus_file), "search", "muon") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "muon" in lines[0] and "training" in lines[0] and "Why the Muon optimizer?" in lines[0]
    assert "u/zxytim" in lines[0] and "hallucination" in lines[1]


def test_cli_json(corpus_file: Any, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert cli("--corpus", str(corpus_file), "search", "--json", "--limit", "1", "ppwwyyxx") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == ["tensorboard"]
    row = rows[0]
    assert row["topic"] == "training" and row["question"] == "Anything in the stack you dislike?"
    assert row["speakers"] == ["u/ppwwyyxx"] and row["score"] > 0


def test_cli_question_in_the_locale_language(corpus_file: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert cli("--corpus", str(corpus_file), "search", "--json", "幻觉") == 0
    assert json.loads(capsys.readouterr().out)[0]["question"] == "何时减少幻觉？"
    # an entry with no Chinese text falls back to the text it has
    assert cli("--corpus", str(corpus_file), "search", "--json", "browser") == 0
    assert json.loads(capsys.readouterr().out)[0]["question"] == "What about an optimizer for the browser?"


def test_cli_exit_status(corpus_file: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("--corpus", str(corpus_file), "search", "zzzzzz") == 1
    assert capsys.readouterr().out == ""
    assert cli("--corpus", str(corpus_file), "search", "--json", "zzzzzz") == 1
    assert capsys.readouterr().out.strip() == "[]"
    for query in ("by:", "src:nope", "lang:fr", "!", "   "):
        assert cli("--corpus", str(corpus_file), "search", query) == 2, query
        assert capsys.readouterr().err.strip(), query
    # a malformed part with a good one: hint on stderr, results on stdout
    assert cli("--corpus", str(corpus_file), "search", "src:nope", "tensorboard") == 0
    captured = capsys.readouterr()
    assert "src:nope" in captured.err and "tensorboard" in captured.out
    with pytest.raises(SystemExit) as exited:
        cli("--corpus", str(corpus_file), "search", "--limit", "0", "muon")
    assert exited.value.code == 2


def test_cli_bad_corpus_is_one_line_exit_1(tmp_path: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", "off")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kimi-ama-corpus/1", "topics": []}', encoding="utf-8")
    for path in (bad, tmp_path / "missing.toml"):
        assert cli("--corpus", str(path), "search", "muon") == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_cli_caches_the_index_until_the_file_changes(corpus_file: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import json
    import os

    import corpus.loader

    assert cli("--corpus", str(corpus_file), "search", "muon") == 0
    assert list((corpus_file.parent / "cache").iterdir())

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the cached index should have been used")

    monkeypatch.setattr(corpus.loader, "load_corpus", refuse)
    assert cli("--corpus", str(corpus_file), "search", "muon") == 0
    monkeypatch.undo()
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(corpus_file.parent / "cache"))
    changed = json.loads(corpus_file.read_text(encoding="utf-8"))
    changed["topics"][0]["entries"][0]["question"]["en"] = "Why the Nesterov optimizer?"
    corpus_file.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    os.utime(corpus_file, ns=(1, 1))
    capsys.readouterr()
    assert cli("--corpus", str(corpus_file), "search", "nesterov") == 0
    assert "muon" in capsys.readouterr().out


def test_cli_builtin_corpus(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(tmp_path))
    assert cli("search", "--limit", "1", "tensorboard") == 0
    assert "tensorboard-complaints" in capsys.readouterr().out


def test_cli_module_import_is_cheap() -> None:
    import subprocess
    import sys

    code = "import sys, tui.commands.search; print(sorted(m for m in ('pydantic', 'rapidfuzz', 'corpus.search', 'textual') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_dumped_index_loads_and_searches_the_same(index: SearchIndex) -> None:
    copy = SearchIndex.loads(index.dumps())
    for query in ["muon", "幻觉", "tensrboard", "by:Wu", "src:article", "^why", "fp4$", "t", "ＩＮＴ４"]:
        assert copy.search(query) == index.search(query), query
    with pytest.raises(ValueError):
        SearchIndex.loads(b"not an index")


def test_quoted_phrase_and_bar_without_spaces_find_entries() -> None:
    from corpus.loader import load_corpus
    from corpus.search import SearchIndex

    index = SearchIndex.build(load_corpus())
    phrase = index.search('"training cost"')
    assert [m.entry_id for m in phrase.matches][:1] == ["training-cost-4-6m"] and not phrase.relaxed
    either = {m.entry_id for m in index.search("int4|muon").matches}
    assert {"why-int4-not-fp4", "muon-optimizer-at-1t"} <= either


def test_by_naming_no_speaker_says_so() -> None:
    from corpus.loader import load_corpus
    from corpus.search import SearchIndex

    result = SearchIndex.build(load_corpus()).search("by:nobody")
    assert result.hint and "by:nobody names no speaker" in result.hint and "by:zxytim" in result.hint


@pytest.mark.parametrize("density", [0.0, 0.0003, 0.001, 0.01, 0.3, 0.5, 1.0])
def test_the_first_bits_of_a_bitmap_are_its_lowest_set_bits_in_order(density: float) -> None:
    """A search's best entries are read band by band, the first few of each bitmap: read
    from its bytes that are not zero, they are the same as reading every binary digit."""
    from corpus.search import iter_bits

    rng = random.Random(density)
    for size in (1, 7, 8, 9, 100, 4096, 100_000):
        members = [i for i in range(size) if rng.random() < density]
        bits = sum(1 << i for i in members)
        for limit in (1, 16, 17, 50, 200, size + 5):
            assert list(iter_bits(bits, limit)) == members[:limit], (size, limit)
        assert list(iter_bits(bits)) == members


def test_search_lines_keep_their_columns_whatever_the_ids_length(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ids over 40 characters (an imported thread's) pushed the topic column to the right,
    row by row."""
    from corpus.importer import import_files
    from corpus.loader import dump_corpus
    from tui.cli import main

    corpus = import_files([Path(__file__).parent / "fixtures" / "reddit" / "thread.json"]).corpus
    path = tmp_path / "thread.json"
    path.write_text(dump_corpus(corpus), encoding="utf-8")
    assert main(["--corpus", str(path), "search", "u"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert any(len(row.split()[1]) > 40 for row in rows)
    starts = {row.index(row.split()[2], len(row.split()[0]) + len(row.split()[1]) + 2) for row in rows}
    assert len(starts) == 1, rows
