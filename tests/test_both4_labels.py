"""中英 (`--lang both`): the project's own labels in both languages, Chinese first.

The pane and `show` gave the labels (role, topic, sources, what a source's text is, the
headings, an imported answer's facts) in Chinese alone under `both`, for built-in and
imported entries alike, while the texts came in both languages: a reader who chose both
got `● 回答 · u/zxytim`, `来源`, `（意译，并非原话）`. Now `● 回答 Main answer`,
`来源 Sources`, `（意译，并非原话 a paraphrase, not the speakers' own words）`; `zh` and `en`
are as they were.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.importer import import_files
from corpus.loader import load_corpus
from corpus.model import Corpus
from corpus.outline import Outline
from tests.reader_support import reader, ready
from tui.entry_view import entry_blocks
from tui.linear import entry_markdown, entry_text
from tui.pane_content import made_by, overview_content

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"


@pytest.fixture(scope="module")
def builtin() -> Corpus:
    return load_corpus(None)


@pytest.fixture(scope="module")
def imported() -> Corpus:
    return import_files([THREAD]).corpus


def _pane(corpus: Corpus, entry_id: str, lang: str) -> list[str]:
    return [block.plain for block in entry_blocks(corpus, corpus.entry(entry_id), lang)]


BUILTIN_BOTH = (
    "Q  架构 / 训练 Architecture / training  ·  kda-next-flagship",
    "硅星人文章的问法 Also asked, as the article words it:",
    "● 回答 Main answer · u/zxytim · 周昕宇 †",
    "＋ 补充 Supplement · u/ComfortableAsk4494 · 杨植麟 †",
    "◦ 另一回答 Further answer · 月之暗面团队",
    "硅星人文章的一句话概括 The article sums it up: K3 新架构: 将采用混合架构。",
    "† 答者身份的依据 How the names are known",
    "硅星人文章原文 The article, as printed:",
    "来源 Sources",
    "• Kimi-AMA — 未署名 publisher not named（意译，并非原话 a paraphrase, not the speakers' own words）",
    "另见 See also",
    "条目 id Entry id: kda-next-flagship",
)


def test_a_builtin_entrys_labels_in_both_languages_in_the_pane_and_show(builtin: Corpus) -> None:
    lines = _pane(builtin, "kda-next-flagship", "both")
    for label in BUILTIN_BOTH:
        assert label in lines, label
    assert any(line.endswith("— 硅星人，ZAKER 转载 via ZAKER（中文译文 a Chinese translation）") for line in lines)
    see_also = next(line for line in lines if line.startswith("→ sparse-attention-moba-dsa"))
    assert see_also.endswith("(多模态 / 语音 Multimodal / speech)")
    text = entry_text(builtin, builtin.entry("kda-next-flagship"), "both").splitlines()
    for label in BUILTIN_BOTH:
        assert label in text, label


def test_a_rendering_and_the_links_heading_in_both_languages(builtin: Corpus) -> None:
    lines = _pane(builtin, "why-int4-not-fp4", "both")
    assert "提到的链接 Links mentioned（说明文字为本项目所加 descriptions by this project）" in lines
    lines = _pane(builtin, "k3-when", "both")
    assert any(line.endswith("（本项目的英文译文 this project's English rendering）") for line in lines)


def test_markdown_labels_in_both_languages(builtin: Corpus) -> None:
    markdown = entry_markdown(builtin, builtin.entry("kda-next-flagship"), "both")
    for label in (
        "### ● 回答 Main answer · u/zxytim",
        "### ＋ 补充 Supplement · u/ComfortableAsk4494",
        "## 来源 Sources",
        "## 另见 See also",
        "条目 id Entry id: `kda-next-flagship`",
        "（意译，并非原话 a paraphrase, not the speakers' own words）",
    ):
        assert label in markdown, label


def test_an_imported_entrys_labels_in_both_languages(imported: Corpus) -> None:
    entry = next(e for e in imported.entries() if e.id.startswith("what-s-the-context-length"))
    lines = _pane(imported, entry.id, "both")
    assert lines[0].startswith("Q  其他问题 Other questions  ·  ")
    assert "● 回答 Main answer · u/ada-lumen" in lines
    assert "↳ 对追问的回答 Answer to the follow-up · u/ada-lumen" in lines
    assert "提问者 Asked by u/curious_cat" in lines
    assert "来源 Sources" in lines
    assert any(line.endswith("· 得分 score 95 · 编辑于 edited 2025-11-10 17:00 UTC") for line in lines)
    assert any(line.endswith("· 得分 score 40 · 回复 replying to u/ada-lumen") for line in lines)
    thread = "（原帖本身（导入）：此处每段文字均逐字引自原帖 the thread itself, imported: every text here is quoted from it verbatim）"
    assert any(thread in line for line in lines)
    markdown = entry_markdown(imported, entry, "both")
    assert "得分 score 95 · 编辑于 edited 2025-11-10 17:00 UTC" in markdown and thread in markdown
    host = next(e for e in imported.entries() if e.from_hosts and not e.post)
    assert "● 主持人自己的评论 The host's own comment · u/lumen_lab" in _pane(imported, host.id, "both")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_language_keeps_its_labels_alone(builtin: Corpus, imported: Corpus, lang: str) -> None:
    lines = _pane(builtin, "kda-next-flagship", lang)
    header = {"zh": "● 回答 · u/zxytim · 周昕宇 †", "en": "● Main answer · u/zxytim · Zhou Xinyu (周昕宇) †"}[lang]
    assert header in lines and {"zh": "来源", "en": "Sources"}[lang] in lines
    assert lines[0] == {"zh": "Q  架构 / 训练  ·  kda-next-flagship", "en": "Q  Architecture / training  ·  kda-next-flagship"}[lang]
    entry = next(e for e in imported.entries() if e.id.startswith("what-s-the-context-length"))
    facts = {"zh": "· 得分 95 · 编辑于 2025-11-10 17:00 UTC", "en": "· score 95 · edited 2025-11-10 17:00 UTC"}[lang]
    assert any(line.endswith(facts) for line in _pane(imported, entry.id, lang))


def test_an_automatic_topics_overview_in_both_languages(imported: Corpus) -> None:
    topic = next(t for t in imported.topics if t.leftover)
    lines = [block.plain for block in overview_content(Outline.from_corpus(imported), topic.id, "both", made_by(topic))]
    assert lines[0] == "其他问题 Other questions"
    assert "由导入工具汇集：未归入任何共有词分组的提问，按原帖顺序排列。" in lines
    assert "Gathered by the importer: the questions it put in no group of shared words, in the thread's order." in lines
    lines = [block.plain for block in overview_content(Outline.from_corpus(imported), topic.id, "zh", made_by(topic))]
    assert lines[0] == "其他问题" and not any("Gathered" in line for line in lines)


def test_pair_says_each_label_once_and_compactly() -> None:
    from tui.both_labels import pair, pair_template

    assert pair("补充", "Supplement (补充)") == "补充 Supplement"
    assert pair("code", "code") == "code"
    assert pair("（未给出网址）", " (no URL given)") == "（未给出网址 no URL given）"
    assert pair("精炼版原文：", "The digest, as printed:") == "精炼版原文 The digest, as printed:"
    assert pair_template("得分 {n}", "score {n}") == "得分 score {n}"
    assert pair_template("回复 u/{who}", "replying to u/{who}") == "回复 replying to u/{who}"
    assert pair_template("条目 id：{id}", "Entry id: {id}") == "条目 id Entry id: {id}"


async def test_L_switches_the_panes_labels_to_both_languages() -> None:
    app = reader(entry="kda-next-flagship", lang="zh")
    async with app.run_test(size=(160, 60)) as pilot:
        await ready(pilot)
        flat = re.sub(r"\s+", "", app.reader_screen.pane.text.plain)
        assert "回答·u/zxytim" in flat and "Mainanswer" not in flat
        await pilot.press("L")  # zh -> en
        await pilot.press("L")  # en -> both
        await pilot.pause()
        assert app.lang == "both"
        flat = re.sub(r"\s+", "", app.reader_screen.pane.text.plain)
        for label in ("●回答Mainanswer·u/zxytim", "来源Sources", "条目idEntryid:kda-next-flagship"):
            assert label in flat, label
