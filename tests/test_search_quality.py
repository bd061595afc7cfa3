"""Search quality on the built-in corpus: queries a reader would type, written from the
seeds (English terms, Chinese words, typos, field filters, speaker names, full-width forms),
each with the entry it must return first (rank 1) or among the first three (rank 3).

The run reports hit@1 and hit@3 in pytest's terminal summary (with or without -s); any
query that misses its required rank fails.
"""

from __future__ import annotations

from typing import Any

import pytest

from corpus.loader import load_corpus
from corpus.search import SearchIndex

# (query, entry id, the rank it must reach: 1 = first, 3 = within the first three)
QUERIES: list[tuple[str, str, int]] = [
    # English terms
    ("tensorboard", "tensorboard-complaints", 1),
    ("hallucination", "admit-dont-know", 1),
    ("browser", "chromium-browser", 1),
    ("training cost", "training-cost-4-6m", 1),
    ("H800", "training-hardware", 1),
    ("InfiniBand", "training-hardware", 1),
    ("Muon", "muon-optimizer-at-1t", 1),
    ("INT4", "why-int4-not-fp4", 1),
    ("LiveBench", "livebench-low-score", 1),
    ("K3", "k3-when", 1),
    ("sycophancy", "sycophancy-flattery", 1),
    ("AGI timeline", "agi-timeline", 1),
    ("256K", "context-beyond-256k", 1),
    ("billing", "kimi-for-coding-billing", 1),
    ("OCR", "deepseek-ocr-pixels", 1),
    ("sparse attention", "sparse-attention-moba-dsa", 1),
    ("vision language", "k2-vision-language", 1),
    ("file upload", "playground-api-file-upload", 1),
    ("open source", "why-open-source", 1),
    ("1T", "why-1t-total-32b-active", 3),
    ("Kimi Linear", "small-vram-kimi-linear", 1),
    ("MoE", "moe-120b-100b-gpu-poor", 1),
    ("slop", "less-slop", 1),
    ("writing style", "writing-style-k2-instruct", 1),
    ("burning money", "why-openai-burns-money", 1),
    ("4.6 million", "training-cost-4-6m", 1),
    ("thinking tokens", "long-reasoning-token-efficiency", 1),
    ("learning rate", "choosing-architecture-data-hyperparams", 1),
    ("z.ai", "subscription-coding-plan", 3),
    # Chinese words
    ("幻觉", "admit-dont-know", 1),
    ("浏览器", "chromium-browser", 1),
    ("训练成本", "training-cost-4-6m", 1),
    ("优化器", "muon-optimizer-at-1t", 1),
    ("拍马屁", "sycophancy-flattery", 1),
    ("显存", "small-vram-kimi-linear", 1),
    ("多语言", "context-1m-multilingual", 1),
    ("计费", "kimi-for-coding-billing", 1),
    ("开源", "why-open-source", 1),
    ("稀疏注意力", "sparse-attention-moba-dsa", 1),
    ("思维链", "long-reasoning-token-efficiency", 1),
    ("上下文", "context-beyond-256k", 3),
    ("460 万美元", "training-cost-4-6m", 1),
    # typos (5+ letters; moun is a transposition of Muon)
    ("tensrboard", "tensorboard-complaints", 1),
    ("moun", "muon-optimizer-at-1t", 1),
    ("optimzer", "muon-optimizer-at-1t", 1),
    ("hallucinaton", "admit-dont-know", 1),
    ("infinband", "training-hardware", 1),
    ("livebnech", "livebench-low-score", 1),
    ("sycophnacy", "sycophancy-flattery", 1),
    # field filters
    ("by:ppwwyyxx", "training-hardware", 1),
    ("by:ppwwyyxx tensorboard", "tensorboard-complaints", 1),
    ("by:zxytim int4", "why-int4-not-fp4", 1),
    ("by:杨植麟 AGI", "agi-timeline", 1),
    ("by:Yang K3", "k3-when", 1),
    ("src:article OpenAI", "why-openai-burns-money", 3),
    ("topic:multimodal OCR", "deepseek-ocr-pixels", 1),
    ("lang:en tensorboard", "tensorboard-complaints", 1),
    ("topic:infrastructure 显卡", "training-hardware", 1),
    # speaker names and handles
    ("ComfortableAsk4494 K3", "k3-when", 1),
    ("周昕宇 OCR", "deepseek-ocr-pixels", 1),
    ("吴育昕 开源", "why-open-source", 1),
    ("Zhou Xinyu pixel", "deepseek-ocr-pixels", 1),
    # full-width forms
    ("ＩＮＴ４", "why-int4-not-fp4", 1),
    ("Ｈ８００", "training-hardware", 1),
    # operators
    ("^why int4", "why-int4-not-fp4", 1),
    ("'muon", "muon-optimizer-at-1t", 1),
    ("int4 | fp4", "why-int4-not-fp4", 1),
    ("hallucination !zzzz", "admit-dont-know", 1),
]

_outcomes: list[tuple[str, int | None, int]] = []


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(load_corpus())


def rank_of(index: SearchIndex, query: str, entry_id: str) -> int | None:
    ids = [match.entry_id for match in index.search(query).matches]
    return ids.index(entry_id) + 1 if entry_id in ids else None


def test_the_suite_is_big_enough_and_its_ids_exist(index: SearchIndex) -> None:
    assert len(QUERIES) >= 40
    known = set(index.entry_ids)
    assert {entry_id for _, entry_id, _ in QUERIES} <= known


@pytest.mark.parametrize(("query", "entry_id", "required"), QUERIES, ids=[q for q, _, _ in QUERIES])
def test_query_finds_its_entry(index: SearchIndex, query: str, entry_id: str, required: int) -> None:
    rank = rank_of(index, query, entry_id)
    _outcomes.append((query, rank, required))
    assert rank is not None and rank <= required, f"{query!r}: {entry_id} at rank {rank}, needs <= {required}"


def hit_rates() -> tuple[float, float, int]:
    """(hit@1, hit@3, queries) over the queries run so far."""
    n = len(_outcomes)
    if not n:
        return 0.0, 0.0, 0
    at1 = sum(1 for _, rank, _ in _outcomes if rank == 1) / n
    at3 = sum(1 for _, rank, _ in _outcomes if rank is not None and rank <= 3) / n
    return at1, at3, n


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Registered as a plugin by the fixture below, so the figures print without -s."""
    at1, at3, n = hit_rates()
    if n:
        terminalreporter.write_sep("-", "search quality (built-in corpus)")
        terminalreporter.write_line(f"hit@1 = {at1:.3f}   hit@3 = {at3:.3f}   over {n} queries")


@pytest.fixture(scope="module", autouse=True)
def report_hit_rates(request: pytest.FixtureRequest) -> None:
    """Register this module's terminal summary hook for the rest of the session."""
    import sys

    manager = request.config.pluginmanager
    module = sys.modules[__name__]
    if not manager.is_registered(module):
        manager.register(module, "search-quality-report")
