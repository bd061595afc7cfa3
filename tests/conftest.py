"""Shared fixtures: a small valid corpus file that tests copy and break on purpose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from corpus.model import Corpus

SMALL_CORPUS = """\
# A small valid corpus for tests: two topics, three entries, both languages.
format = "kimi-ama-corpus/1"
title = { zh = "测试语料", en = "Test corpus", original = "zh" }

[[sources]]
id = "digest"
kind = "digest"
title = "精炼版"
publisher = "Test digest"
language = "zh"
wording = "paraphrase"

[[sources]]
id = "article"
kind = "article"
title = "文章"
publisher = "硅星人"
url = "https://example.com/article"
language = "zh"
wording = "translation"

[[speakers]]
id = "zxytim"
kind = "person"
handle = "zxytim"
name = { zh = "周昕宇", en = "Zhou Xinyu", original = "zh" }
role = { zh = "联合创始人", en = "Co-founder", original = "zh" }
identified_by = { zh = "文章点名。", en = "The article names him.", original = "zh" }

[[speakers]]
id = "moonshot-team"
kind = "team"
name = { zh = "月之暗面团队", en = "The Moonshot AI team", original = "zh" }
role = { zh = "答疑团队", en = "The answering team", original = "zh" }
identified_by = { zh = "来源没有写明。", en = "The source names no one.", original = "zh" }

[[topics]]
id = "architecture"
title = { zh = "架构", en = "Architecture", original = "zh" }

[[topics.entries]]
id = "why-int4"
question = { zh = "为什么是 INT4？", en = "Why INT4?", original = "zh" }
question_source = "digest"
sources = ["digest", "article"]
tags = ["INT4"]
links = [
  { label = "Marlin", url = "https://github.com/IST-DASLab/marlin", source = "article" },
]

[[topics.entries.answers]]
speaker = "zxytim"
source = "digest"
text = { zh = "为兼容非 Blackwell GPU。", en = "For non-Blackwell GPUs.", original = "zh" }

[[topics.entries.answers]]
speaker = "moonshot-team"
role = "supplement"
source = "article"
text = { zh = "我们选择 int4。", en = "We chose int4.", original = "zh" }

[[topics.entries]]
id = "kda-next-flagship"
question = { zh = "KDA 会用在下一代旗舰吗？", en = "Will KDA be in the next flagship?", original = "zh" }
question_source = "digest"
sources = ["digest"]

[[topics.entries.answers]]
speaker = "zxytim"
source = "digest"
text = { zh = "会的。", en = "Yes.", original = "zh" }

[[topics.entries.answers]]
speaker = "moonshot-team"
role = "supplement"
source = "digest"
text = { zh = "还在实验。", en = "Still experimenting.", original = "zh" }

[[topics]]
id = "plans"
title = { zh = "计划", en = "Plans", original = "zh" }

[[topics.entries]]
id = "k3"
question = { zh = "K3 什么时候？", en = "When is K3?", original = "zh" }
question_source = "article"
sources = ["article"]

[[topics.entries.answers]]
speaker = "moonshot-team"
source = "article"
text = { zh = "在奥特曼的万亿美元数据中心建成之前。", en = "Before Altman's trillion-dollar datacenter is built.", original = "zh" }
"""
"""Three entries in two topics; entry 'kda-next-flagship' has two answers."""


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A copy of SMALL_CORPUS in a temporary directory, free to edit."""
    path = tmp_path / "corpus.toml"
    path.write_text(SMALL_CORPUS, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _private_caches(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own cache, state, data and config folders: tests never touch the
    user's ~/.cache, ~/.local or ~/.config (the outline cache follows XDG_CACHE_HOME, the
    search index cache KIMI_AMA_TUI_CACHE, read marks XDG_STATE_HOME, bookmarks
    XDG_DATA_HOME, the config file XDG_CONFIG_HOME unless KIMI_AMA_TUI_CONFIG names one)."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(cache / "search"))
    for var, name in (("XDG_STATE_HOME", "state"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(var, str(tmp_path_factory.mktemp(name)))
    monkeypatch.delenv("KIMI_AMA_TUI_CONFIG", raising=False)


REDDIT_FIXTURES = Path(__file__).parent / "fixtures" / "reddit"


def imported_thread(folder: Path, change: Callable[[list[dict[str, Any]]], None], raw: bool = False) -> Corpus:
    """The fixture thread (`thread-raw.json` if `raw`), its comments changed by `change`
    (handed the top-level nodes), imported."""
    import json

    from corpus.importer import import_files

    thread = json.loads((REDDIT_FIXTURES / ("thread-raw.json" if raw else "thread.json")).read_text(encoding="utf-8"))
    change(thread[1]["data"]["children"])
    path = folder / "thread.json"
    path.write_text(json.dumps(thread), encoding="utf-8")
    return import_files([path]).corpus


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The search quality figures (tests/test_search_quality.py), from the outcomes its
    tests put on their reports: there whether the tests ran here or in worker processes
    (pytest-xdist), and printed without -s."""
    outcomes: dict[str, list[tuple[str, int | None, int]]] = {}
    for reports in terminalreporter.stats.values():
        for report in reports:
            for key, value in getattr(report, "user_properties", ()):
                if key == "search quality" and getattr(report, "when", "call") == "call":
                    name, query, rank, required = value
                    outcomes.setdefault(name, []).append((query, rank, required))
    if outcomes:
        from tests.test_search_quality import report

        report(terminalreporter, outcomes)
