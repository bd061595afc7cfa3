"""The relevance fallback: questions typed as sentences, when too few entries hold every
term (stop words, stems, Chinese segmentation, rarity, the cross-language vocabulary,
filters that still hold, the `relaxed` flag and how `search` reports it)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from corpus.loader import load_corpus
from corpus.model import Corpus
from corpus.search import SearchIndex, SearchResult
from corpus.search.lexicon import chinese_words, translations
from corpus.search.relevance import HANDFUL
from corpus.search.stopwords import chinese_pieces, stem
from tests.test_search import CORPUS, answer, entry, text


@pytest.fixture(scope="module")
def ama() -> SearchIndex:
    return SearchIndex.build(load_corpus())


@pytest.fixture(scope="module")
def small() -> SearchIndex:
    return SearchIndex.build(Corpus.model_validate(CORPUS))


def ids(result: SearchResult) -> list[str]:
    return [m.entry_id for m in result.matches]


def test_a_question_falls_back_and_says_so(ama: SearchIndex) -> None:
    strict = ama.search("how many GPUs do they have", relax=False)
    assert ids(strict) == []
    result = ama.search("how many GPUs do they have")
    assert result.relaxed and result.strict_count == 0
    assert "training-hardware" in ids(result)[:3]
    assert result.match_count == len(result.matches) > 0
    assert result.ranking_note == "ranked by relevance: no entry has every term"


def test_enough_all_terms_matches_need_no_fallback(ama: SearchIndex) -> None:
    result = ama.search("K2")
    assert result.match_count >= HANDFUL and not result.relaxed and result.ranking_note is None


def test_only_stop_words_is_not_relaxed(ama: SearchIndex) -> None:
    for query in ("how do they", "是不是 什么"):
        result = ama.search(query)
        assert not result.relaxed, query


def test_stop_words_do_not_rank(small: SearchIndex) -> None:
    # "the" and "why" are in several entries; the content word decides
    assert ids(small.search("why did they pick the honesty thing"))[0] == "hallucination"


def test_stems_match_other_forms() -> None:
    assert [stem(w) for w in ("gpus", "considered", "hallucinating", "planning", "strategies", "bias", "fp4")] == [
        "gpu", "consider", "hallucinat", "plan", "strategy", "bias", "fp4",
    ]


def test_stemmed_question_finds_the_entry(small: SearchIndex) -> None:
    result = small.search("does it keep hallucinating")
    assert result.relaxed and ids(result)[0] == "hallucination"


def test_chinese_is_cut_into_words_and_bigrams(ama: SearchIndex) -> None:
    words = chinese_words(ama)
    assert {"上下文", "显卡", "会员"} <= words
    assert chinese_pieces("有没有能在笔记本上跑的版本", words) == ["笔记本", "跑", "版本"]
    assert chinese_pieces("上下文会超过", words) == ["上下文", "超"]
    assert chinese_pieces("会员有什么用", words) == ["会员"]
    assert chinese_pieces("模型为什么", frozenset()) == ["模型"]


def test_chinese_question_without_spaces(ama: SearchIndex) -> None:
    assert ids(ama.search("训练用的是什么显卡"))[0] == "training-hardware"
    assert ids(ama.search("460万美元是真的吗"))[0] == "training-cost-4-6m"


def test_rarer_terms_weigh_more(small: SearchIndex) -> None:
    # "optimizer" is in three entries, "tensorboard" in one: the rare word's entry leads
    result = small.search("optimizer tensorboard complaints")
    assert result.relaxed and ids(result)[0] == "tensorboard"


def test_question_outranks_answer_in_the_fallback(small: SearchIndex) -> None:
    # both hold "hallucinate"/"hallucination"; one in its question, one only in an answer
    result = small.search("would it hallucinate zzzz")
    assert result.relaxed and ids(result)[0] == "hallucination"


def test_both_languages_of_every_entry_are_searched(small: SearchIndex) -> None:
    assert ids(small.search("什么 诚实 奖励"))[0] == "hallucination"
    assert ids(small.search("what about honesty reward"))[0] == "hallucination"


def test_derived_vocabulary_from_tag_pairs_borne_out_by_aligned_texts() -> None:
    data = copy.deepcopy(CORPUS)
    data["topics"][0]["entries"].append(
        entry(
            "cluster",
            text("训练集群用什么硬件？", "What hardware is the training cluster?"),
            [answer("ppwwyyxx", "H800 和 InfiniBand。", "H800 with InfiniBand.")],
            tags=["hardware", "硬件", "H800", "训练集群"],
        )
    )
    index = SearchIndex.build(Corpus.model_validate(data))
    found = translations(index)
    assert "硬件" in found["hardware"] and "hardware" in found["硬件"]
    assert "训练集群" not in found.get("h800", ())  # not borne out: H800 is in the Chinese too


def test_cross_language_vocabulary_finds_an_english_only_entry() -> None:
    data = copy.deepcopy(CORPUS)
    data["topics"][1]["entries"].append(
        entry("cards", text(en="Which cards did you train on?"), [answer("team", None, "H800s.", source="article")])
    )
    index = SearchIndex.build(Corpus.model_validate(data))
    assert "card" in translations(index)["显卡"]
    result = index.search("用的什么显卡")
    assert result.relaxed and ids(result)[0] == "cards"


def test_filters_and_exclusions_still_hold(ama: SearchIndex) -> None:
    result = ama.search("by:ppwwyyxx how many GPUs do they have")
    assert result.relaxed and ids(result)[0] == "training-hardware"
    assert all(any(key.startswith("speaker.ppwwyyxx") for key in ama.fields(m.entry_id)) for m in result.matches)
    excluded = ama.search("how many GPUs do they have !H800")
    assert excluded.relaxed and "training-hardware" not in ids(excluded)


def test_relaxed_spans_mark_the_matched_words(ama: SearchIndex) -> None:
    match = ama.search("did they consider fp4").matches[0]
    fields = ama.fields(match.entry_id)
    marked = {fields[key][a:b].lower() for key, spans in match.spans.items() for a, b in spans}
    assert "fp4" in marked and "they" not in marked


def test_limit_bounds_the_fallback(ama: SearchIndex) -> None:
    full = ama.search("how many GPUs do they have")
    cut = ama.search("how many GPUs do they have", limit=1)
    assert ids(cut) == ids(full)[:1] and cut.match_count == full.match_count and cut.relaxed


@pytest.fixture
def corpus_file(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    path = tmp_path / "small.json"
    path.write_text(json.dumps(CORPUS, ensure_ascii=False), encoding="utf-8")
    return path


def test_cli_says_when_results_are_ranked_by_relevance(corpus_file: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["--corpus", str(corpus_file), "search", "does", "it", "keep", "hallucinating"]) == 0
    out, err = capsys.readouterr()
    assert "ranked by relevance: no entry has every term" in err
    assert out.splitlines()[0].split()[1] == "hallucination"
    assert main(["--corpus", str(corpus_file), "search", "--json", "does it keep hallucinating"]) == 0
    out, err = capsys.readouterr()
    rows = json.loads(out)
    assert rows[0]["id"] == "hallucination" and all(row["relaxed"] is True for row in rows)
    assert "relevance" not in err
    assert main(["--corpus", str(corpus_file), "search", "--json", "optimizer"]) == 0
    out, err = capsys.readouterr()
    assert all(row["relaxed"] is False for row in json.loads(out)) and err == ""


def test_the_vocabulary_is_derived_once_per_index(monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.search.relevance as relevance

    calls: list[int] = []

    def counted(index: Any) -> dict[str, tuple[str, ...]]:
        calls.append(1)
        return translations(index)

    monkeypatch.setattr(relevance, "translations", counted)
    index = SearchIndex.build(Corpus.model_validate(CORPUS))
    index.prepare_questions()
    assert calls == [1]
    first = ids(index.search("does it keep hallucinating"))
    index.clear_caches()  # term results go; the derived vocabulary stays
    assert ids(index.search("does it keep hallucinating")) == first and calls == [1]


def test_two_word_terms_are_read_across_the_query(ama: SearchIndex) -> None:
    from corpus.search.question import read_question

    vocabulary = (chinese_words(ama), translations(ama))
    units = {unit.text: unit for unit in read_question(ama.parse("why release the weights as open source"), *vocabulary).units}
    assert "开源" in {term.text for term, _ in units["open source"].terms}
    asked = {unit.text: unit for unit in read_question(ama.parse("how many GPUs do they have"), *vocabulary).units}
    # stop words that ask for a number stand for one; they are not searched themselves
    assert {term.text for term, _ in asked["how many"].terms} >= {"number", "数量"}
    assert not {"how", "many", "how many"} & {term.text for term, _ in asked["how many"].terms}
    assert ids(ama.search("how many GPUs do they have"))[0] == "training-hardware"


def test_a_pasted_page_is_cut_to_the_first_units(ama: SearchIndex) -> None:
    from corpus.search.question import MAX_UNITS, read_question

    page = "训练成本显卡" + "".join(chr(0x4E00 + i) for i in range(0, 6000, 3)) + " how many GPUs"
    question = read_question(ama.parse(page), chinese_words(ama), translations(ama))
    assert len(question.units) == MAX_UNITS
    assert ama.search(page, limit=20).relaxed


@pytest.mark.parametrize("query", ["混合架构", "万亿级数据中心"])
def test_entries_holding_every_term_come_first_in_the_fallback(ama: SearchIndex, query: str) -> None:
    """Too few entries hold the whole query for the strict result to stand alone; those
    few still lead the ranked list, ahead of entries holding only some of its words."""
    strict = ids(ama.search(query, relax=False))
    result = ama.search(query)
    assert result.relaxed and 0 < len(strict) < HANDFUL
    assert ids(result)[: len(strict)] == strict
