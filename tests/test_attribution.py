"""Attribution as a reader meets it: hedged names, their evidence, and this project's texts.

Checked where a reader sees them: the exported corpus (`kimi-ama-tui export`), every
citation format in every language, and the answer pane (pilot). The expected words are
written out from the seeds: the article says only 据了解 (reportedly) that the three
co-founders answered, and ties u/ComfortableAsk4494 to 杨植麟 only 从回答阵容来看 (judging
from the lineup of answers); u/zxytim and u/ppwwyyxx are tied to names by this project.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from corpus.citation import FORMATS, cite
from corpus.loader import CorpusError, load_corpus
from corpus.model import Corpus
from tests.reader_support import reader, ready
from tui.cli import main

LINEUP = '从回答阵容来看,杨植麟用了一个叫 "ComfortableAsk4494" 的账号来直接在线答疑。'
"""The article's sentence that ties the handle to 杨植麟, whole, as printed."""
REPORTEDLY = "据了解,这次直接通宵答疑的正是月之暗面的三位联合创始人杨植麟、周昕宇和吴育昕。"
"""The article's hedged list of who answered, whole, as printed."""
CHROMIUM = "当被问道是否需要像 OpenAI 那样也搞一个 Chromium 的套壳浏览器时,Kimi 的回答是:No。"
"""The article's own sentence about the Chromium question."""

# What each name rests on, as the short phrase said next to it (en, zh).
CAVEATS = {
    "ppwwyyxx": (
        "identified by elimination from the article's 据了解 (reportedly) list",
        "据硅星人文章“据了解”的名单以排除法推断",
    ),
    "zxytim": (
        "inferred by matching the DeepSeek-OCR answer, which the article credits to 周昕宇",
        "本项目对照 DeepSeek-OCR 问题的同一回答推断",
    ),
    "ComfortableAsk4494": (
        "as the article judges it 'from the lineup of answers' (从回答阵容来看)",
        "硅星人文章“从回答阵容来看”的判断",
    ),
}
NAMES = {
    "ppwwyyxx": ("Wu Yuxin (吴育昕)", "吴育昕"),
    "zxytim": ("Zhou Xinyu (周昕宇)", "周昕宇"),
    "ComfortableAsk4494": ("Yang Zhilin (杨植麟)", "杨植麟"),
}
# One entry answered by each hedged account (training-hardware: u/ppwwyyxx and the team).
ANSWERED_BY = {
    "ppwwyyxx": "training-hardware",
    "zxytim": "deepseek-ocr-pixels",
    "ComfortableAsk4494": "agi-timeline",
}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus()


@pytest.fixture(scope="module")
def exported() -> dict[str, Any]:
    """The built-in corpus as `kimi-ama-tui export` prints it."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["export"]) == 0
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def _speaker(data: dict[str, Any], speaker_id: str) -> dict[str, Any]:
    return next(s for s in data["speakers"] if s["id"] == speaker_id)


def _entry(data: dict[str, Any], entry_id: str) -> dict[str, Any]:
    return next(e for t in data["topics"] for e in t["entries"] if e["id"] == entry_id)


def _flat(text: str) -> str:
    """Text with every whitespace run removed, so wrapped pane lines compare whole."""
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- the exported corpus


def test_export_keeps_the_hedges_in_both_languages(exported: dict[str, Any]) -> None:
    wu = _speaker(exported, "ppwwyyxx")
    assert wu["identification"] == "inferred"
    assert "据了解" in wu["identified_by"]["zh"] and "假定这三个账号恰好就是这三位" in wu["identified_by"]["zh"]
    assert "reportedly (据了解)" in wu["identified_by"]["en"]
    assert "Assuming those three accounts are exactly those three people" in wu["identified_by"]["en"]
    assert (wu["caveat"]["en"], wu["caveat"]["zh"]) == CAVEATS["ppwwyyxx"]
    assert [q["text"]["zh"] for q in wu["evidence"]][0] == REPORTEDLY
    yang = _speaker(exported, "comfortableask4494")
    assert yang["identification"] == "reported"
    assert [q["text"]["zh"] for q in yang["evidence"]][0] == LINEUP
    assert LINEUP in yang["identified_by"]["zh"]
    assert "从回答阵容来看" in yang["identified_by"]["en"]
    zhou = _speaker(exported, "zxytim")
    assert zhou["identification"] == "inferred"
    assert "推断" in zhou["identified_by"]["zh"] and "infers" in zhou["identified_by"]["en"]
    assert _speaker(exported, "moonshot-team")["identification"] == "stated"


def test_export_marks_what_this_project_wrote(exported: dict[str, Any]) -> None:
    assert exported["title"]["written_by"] == "project"
    assert all(s["note"]["written_by"] == "project" for s in exported["sources"])
    assert all(t["title"]["written_by"] == "source" for t in exported["topics"])
    for speaker in exported["speakers"]:
        assert speaker["identified_by"]["written_by"] == "project", speaker["id"]
        assert speaker["role"]["written_by"] == "project", speaker["id"]
    entries = [e for t in exported["topics"] for e in t["entries"]]
    attributions = [a["attribution"] for e in entries for a in e["answers"] if a["attribution"]]
    assert len(attributions) == 16
    assert all(a["written_by"] == "project" for a in attributions)
    answers = [a["text"] for e in entries for a in e["answers"]]
    assert all(text["written_by"] == "source" for text in answers)


def test_export_chromium_question_is_labelled_and_the_article_sentence_kept(
    exported: dict[str, Any],
) -> None:
    entry = _entry(exported, "chromium-browser")
    assert entry["question"]["written_by"] == "project"
    assert [(t["source"], t["text"]["zh"]) for t in entry["also_asked"]] == [("article", CHROMIUM)]
    assert entry["also_asked"][0]["text"]["written_by"] == "source"


def test_export_cross_references(exported: dict[str, Any]) -> None:
    assert _entry(exported, "k2-thinking-biggest-challenge")["see_also"] == ["agentic-interleaved-thinking"]
    assert _entry(exported, "agentic-interleaved-thinking")["see_also"] == ["k2-thinking-biggest-challenge"]
    architecture = next(t for t in exported["topics"] if t["id"] == "architecture-training")
    reachable = {ref for e in architecture["entries"] for ref in e["see_also"]}
    assert "sparse-attention-moba-dsa" in reachable
    assert "sparse-attention-moba-dsa" not in [e["id"] for e in architecture["entries"]]


# ---------------------------------------------------------------- citations


@pytest.mark.parametrize("handle", list(CAVEATS))
@pytest.mark.parametrize("fmt", FORMATS)
def test_citation_says_what_the_name_rests_on_next_to_it(
    corpus: Corpus, fmt: str, handle: str
) -> None:
    for lang, ui in (("en", 0), ("zh", 1), ("both", 0)):
        text = cite(corpus, ANSWERED_BY[handle], fmt, lang)  # type: ignore[arg-type]
        if fmt == "csl-json":
            (item,) = json.loads(text)
            credited = [a for a in item["custom"]["answers"] if a["handle"] == handle]
            assert credited, (fmt, lang)
            for answer in credited:
                assert answer["caveat"] == CAVEATS[handle][ui], (lang, answer)
                assert CAVEATS[handle][ui] in answer["credit"]
            authors = [a["literal"] for a in item["author"] if f"u/{handle} " in a["literal"]]
            assert authors and all(CAVEATS[handle][ui] in a for a in authors), authors
            continue
        name = NAMES[handle][ui] if lang != "both" else NAMES[handle][0]
        # wherever the handle is tied to the name, what the tie rests on follows it
        tied = [p for p in text.split(f"u/{handle}")[1:] if name in p[: len(name) + 4]]
        assert tied, (fmt, lang)
        for piece in tied:
            head = piece[: len(name) + 120].replace("\n", " ")
            assert CAVEATS[handle][ui] in head, (fmt, lang, head)


def test_citation_of_the_chromium_question_says_it_is_this_projects_summary(corpus: Corpus) -> None:
    english = cite(corpus, "chromium-browser", "text", "en")
    assert (
        "[English rendering of a summary this project (kimi-ama-tui) made of the narration "
        "in the article (硅星人); not the asker's wording.]"
    ) in english
    assert "本项目（kimi-ama-tui）据硅星人文章的叙述所作的概括" in cite(corpus, "chromium-browser", "text", "zh")
    for fmt in FORMATS:
        text = cite(corpus, "chromium-browser", fmt, "en")
        assert "summary this project (kimi-ama-tui) made of the narration" in text, fmt
        assert "The Chinese translation in the article" not in text.split("Main answer")[0], fmt
        # the team's answer rests on no identification: no phrase next to it
        assert "elimination" not in text and "from the lineup" not in text, fmt


# ---------------------------------------------------------------- the answer pane


async def _pane(entry_id: str, lang: str) -> str:
    app = reader(lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.reader_screen.open_entry(entry_id)
        await pilot.pause()
        return app.reader_screen.pane.text.plain


async def test_pane_marks_the_name_and_shows_the_evidence() -> None:
    text = await _pane("training-hardware", "en")
    assert "u/ppwwyyxx · Wu Yuxin (吴育昕) †" in text
    flat = _flat(text)
    assert _flat("† How the names are known") in flat
    assert _flat(f"u/ppwwyyxx · Wu Yuxin (吴育昕): {CAVEATS['ppwwyyxx'][0]}") in flat
    assert _flat(f"“{REPORTEDLY}”") in flat
    assert _flat("Assuming those three accounts are exactly those three people") in flat
    # the team's answer names no one: no mark on it
    assert "The Moonshot AI team †" not in text


async def test_pane_quotes_the_lineup_sentence_whole_in_chinese() -> None:
    text = await _pane("agi-timeline", "zh")
    assert "u/ComfortableAsk4494 · 杨植麟 †" in text
    assert _flat(f"“{LINEUP}”") in _flat(text)
    assert _flat(CAVEATS["ComfortableAsk4494"][1]) in _flat(text)


async def test_pane_labels_the_articles_wording_and_summary_in_english() -> None:
    text = _flat(await _pane("training-hardware", "en"))
    asked = "What is your training hardware setup? I'm curious how your architecture compares with the systems those US giants use."
    assert _flat(f"{asked} (this project's English rendering)") in text
    summary = "The article (硅星人) sums it up: What it was trained on: H800 GPUs with InfiniBand."
    assert _flat(f"{summary} (this project's English rendering)") in text


async def test_pane_labels_the_english_question_once_in_both_mode() -> None:
    """The English rendering of the question is labelled by its wording line, in English,
    and not a second time at its end (it was: '…reason?（本项目的英文译文）' above 'English
    rendering of …, made by this project')."""
    text = _flat(await _pane("why-openai-burns-money", "both"))
    question = "Why is OpenAI burning so much money? Is it caused by current business rules (taxes, cost of living, etc.), or do you think there is another reason?"
    wording = "English rendering of the Chinese translation in the article (硅星人), made by this project (kimi-ama-tui); not the asker's original wording."
    assert _flat(question) in text and _flat(wording) in text
    assert _flat(f"{question}（本项目的英文译文）") not in text


async def test_each_rendering_is_labelled_once_in_both_mode() -> None:
    """`--lang both`: a text whose wording line says it is this project's rendering has no
    label of its own at its end; one without a wording line (another source's question, a
    quoted sentence) keeps its label."""
    text = await _pane("k3-when", "both")
    flat = _flat(text)
    for english in ("When is K3 coming?", "Before Sam's trillion-scale data center is built"):
        assert _flat(english) in flat and _flat(f"{english}（本项目的英文译文）") not in flat, english
    assert _flat(text).count(_flat("English rendering of the Chinese digest")) == 2  # question and answer: once each
    # the article's question: no wording line (the label in both languages, as 中英's labels are)
    assert _flat("When will K3 come out?（本项目的英文译文 this project's English rendering）") in flat
    assert "（本项目的英文译文）" not in await _pane("k3-when", "zh")


async def test_both_mode_says_whose_words_each_language_is_in_that_language() -> None:
    """`--lang both` shows the Chinese and the English text: a reader of either language
    is told, in it, whose words the text is (the English said so only in Chinese)."""
    text = _flat(await _pane("kda-next-flagship", "both"))
    zh_answer = "精炼版的意译，并非答者原话。"
    en_answer = "English rendering of the Chinese digest, itself a paraphrase (意译), made by this project (kimi-ama-tui); not the speaker's original wording."
    en_question = "English rendering of the Chinese digest, itself a paraphrase (意译), made by this project (kimi-ama-tui); not the asker's original wording."
    assert _flat(zh_answer) in text and _flat(en_answer) in text and _flat(en_question) in text
    # each answer: its header, the Chinese wording line, then the English one
    assert text.count(_flat(en_answer)) == text.count(_flat(zh_answer)) >= 2
    assert _flat(f"{zh_answer}{en_answer}KDA+NoPE") in text
    # one language shown: one line, in it, as before
    assert _flat(en_answer) not in _flat(await _pane("kda-next-flagship", "zh"))
    assert _flat(zh_answer) not in _flat(await _pane("kda-next-flagship", "en"))
    # and `show --format markdown`
    from tui.linear import entry_markdown

    corpus = load_corpus()
    both = entry_markdown(corpus, corpus.entry("kda-next-flagship"), "both")
    assert f"*{zh_answer}*\n\n*{en_answer}*" in both and f"*{en_question}*" in both
    assert en_answer not in entry_markdown(corpus, corpus.entry("kda-next-flagship"), "zh")


async def test_pane_chromium_question_is_labelled_as_this_projects_summary() -> None:
    text = _flat(await _pane("chromium-browser", "en"))
    assert _flat("English rendering of a summary this project (kimi-ama-tui) made of the narration in the article (硅星人)") in text
    assert _flat(CHROMIUM) in _flat(await _pane("chromium-browser", "zh"))


async def test_pane_shows_see_also() -> None:
    text = await _pane("k2-thinking-biggest-challenge", "en")
    assert "See also" in text
    assert "→ agentic-interleaved-thinking" in text
    text = await _pane("kda-next-flagship", "en")
    assert "→ sparse-attention-moba-dsa" in text


# ---------------------------------------------------------------- the model's new fields


def _problems(path: Path) -> list[str]:
    with pytest.raises(CorpusError) as caught:
        load_corpus(path)
    return [str(problem) for problem in caught.value.problems]


def test_corpus_without_the_new_fields_loads_with_defaults(small_corpus: Path) -> None:
    loaded = load_corpus(small_corpus)
    speaker = loaded.speaker("zxytim")
    assert (speaker.identification, speaker.caveat, speaker.evidence) == ("stated", None, [])
    assert loaded.entry("k3").see_also == []
    assert loaded.title.written_by == "source"


def test_see_also_must_name_another_entry(small_corpus: Path) -> None:
    text = small_corpus.read_text(encoding="utf-8").replace(
        'tags = ["INT4"]', 'tags = ["INT4"]\nsee_also = ["k4"]', 1
    )
    small_corpus.write_text(text, encoding="utf-8")
    (problem,) = _problems(small_corpus)
    line = text[: text.index("see_also")].count("\n") + 1
    assert problem.startswith(f"{small_corpus}:{line}: entry 'why-int4', see_also[0]: 'k4' is not an entry id")
    small_corpus.write_text(text.replace('["k4"]', '["why-int4"]'), encoding="utf-8")
    (problem,) = _problems(small_corpus)
    assert "'why-int4' is the entry itself" in problem


def test_hedged_identification_needs_a_caveat_and_known_evidence_sources(small_corpus: Path) -> None:
    text = small_corpus.read_text(encoding="utf-8")
    hedged = text.replace(
        'identified_by = { zh = "文章点名。", en = "The article names him.", original = "zh" }',
        'identified_by = { zh = "文章点名。", en = "The article names him.", original = "zh" }\n'
        'identification = "inferred"',
        1,
    )
    small_corpus.write_text(hedged, encoding="utf-8")
    (problem,) = _problems(small_corpus)
    assert "needs a caveat" in problem
    with_evidence = hedged.replace(
        'identification = "inferred"',
        'identification = "inferred"\ncaveat = "inferred by a test"\n'
        'evidence = [{ source = "blog", text = "某文" }]',
    )
    small_corpus.write_text(with_evidence, encoding="utf-8")
    (problem,) = _problems(small_corpus)
    line = with_evidence[: with_evidence.index('"blog"')].count("\n") + 1
    assert problem.startswith(f"{small_corpus}:{line}: speaker 'zxytim', evidence.source: 'blog' is not a source id")


# ---------------------------------------------------------------- `show` as Markdown and JSON


def test_show_markdown_and_json_carry_the_caveat_and_the_labels(corpus: Corpus) -> None:
    from tui.linear import entry_json, entry_markdown

    entry = corpus.entry("training-hardware")
    markdown = entry_markdown(corpus, entry, "en")
    assert f"u/ppwwyyxx · Wu Yuxin (吴育昕) † ({CAVEATS['ppwwyyxx'][0]})" in markdown
    assert "those US giants use. (this project's English rendering)" in markdown
    assert "H800 GPUs with InfiniBand. (this project's English rendering)" in markdown
    both = entry_markdown(corpus, corpus.entry("why-openai-burns-money"), "both")
    # (under both, a wording line in each language covers them, as in the pane: tests/test_links2_markdown.py)
    assert "or do you think there is another reason?（本项目的英文译文" not in both and "another reason?\n" in both
    assert "and our own pace（本项目的英文译文" not in both and "and our own pace\n" in both
    (speaker,) = [a["speaker"] for a in entry_json(corpus, entry, "zh")["answers"] if a["speaker"]["handle"]]
    assert (speaker["identification"], speaker["caveat"]) == ("inferred", {"zh": CAVEATS["ppwwyyxx"][1]})
    see = entry_markdown(corpus, corpus.entry("k2-thinking-biggest-challenge"), "en")
    assert "### See also" in see and "- `agentic-interleaved-thinking`" in see


def test_schema_describes_the_new_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    defs = json.loads(capsys.readouterr().out)["$defs"]
    written_by = defs["LocalizedText"]["properties"]["written_by"]
    assert written_by["default"] == "source" and set(written_by["enum"]) == {"source", "project"}
    speaker = defs["Speaker"]["properties"]
    assert set(speaker["identification"]["enum"]) == {"stated", "reported", "inferred"}
    assert {"caveat", "evidence"} <= set(speaker)
    assert "see_also" in defs["Entry"]["properties"]
    for name, model in (("Speaker", "identification"), ("Entry", "see_also")):
        assert model not in defs[name].get("required", []), name


@pytest.mark.parametrize("fmt", ["pane", "markdown", "json"])
def test_a_corpus_source_of_the_speakers_words_is_not_said_to_be_quoted_nowhere(small_corpus: Path, fmt: str) -> None:
    """Any source with wording "original" was listed as 'the original thread, in English;
    no text here is quoted from it' (the built-in corpus's words for its thread), under
    an answer quoted from it; 'translation' as 'translates into Chinese; mostly names no one'."""
    import json

    from corpus.loader import load_corpus
    from tui.entry_view import entry_blocks
    from tui.linear import entry_json, entry_markdown

    text = small_corpus.read_text(encoding="utf-8")
    text = text.replace('language = "zh"\nwording = "translation"', 'language = "en"\nwording = "original"')
    small_corpus.write_text(text, encoding="utf-8")
    corpus = load_corpus(small_corpus)
    entry = corpus.entry("why-int4")
    shown = {
        "pane": lambda: "\n".join(b.plain for b in entry_blocks(corpus, entry, "en")),
        "markdown": lambda: entry_markdown(corpus, entry, "en"),
        "json": lambda: json.dumps(entry_json(corpus, entry, "en")),
    }[fmt]()
    assert "no text here is quoted" not in shown and "original thread" not in shown
    assert "the speakers' own words" in shown and "not quoted here" not in shown
