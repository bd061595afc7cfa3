"""Citations: every format, two answers, an unnamed speaker, Chinese intact, honest wording; `cite`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpus.citation import (
    FORMATS,
    bib_escape,
    build,
    citation_key,
    cite,
    closest_entry_id,
    md_escape,
)
from corpus.loader import load_corpus
from corpus.model import Corpus
from tui.cli import main

TWO_ANSWERS = "writing-style-k2-instruct"
"""Digest: main answer by u/ComfortableAsk4494, supplement by u/ppwwyyxx."""
TEAM = "k2-thinking-biggest-challenge"
"""Article only; the article names no one, so the answer is the team's."""
FOUR_ANSWERS = "kda-next-flagship"
"""Digest main + supplement, article answer + a further article answer (both unnamed)."""


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus()


def _answer_text(corpus: Corpus, entry_id: str, i: int, lang: str) -> str:
    return corpus.entry(entry_id).answers[i].text.get(lang)  # type: ignore[arg-type]


# ---------------------------------------------------------------- every entry, every format


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_entry_cites_in_every_format(corpus: Corpus, fmt: str, lang: str) -> None:
    for entry in corpus.entries():
        text = cite(corpus, entry.id, fmt, lang)  # type: ignore[arg-type]
        assert entry.id in text
        assert text.endswith("\n") and not text.endswith("\n\n")
        assert not re.search(r"\b(said|says|wrote):|说[：:]", text), (
            "no 'X said:' before a quote"
        )
        if fmt == "csl-json":
            (item,) = json.loads(text)
            assert item["id"] == citation_key(entry.id)
        if fmt == "bibtex":
            assert text.startswith(f"@misc{{kimi-ama:{entry.id},\n")
            assert _balanced(text), "unbalanced braces in BibTeX"


def _balanced(text: str) -> bool:
    depth = 0
    for i, ch in enumerate(text):
        escaped = i > 0 and text[i - 1] == "\\"
        if ch == "{" and not escaped:
            depth += 1
        elif ch == "}" and not escaped:
            depth -= 1
        if depth < 0:
            return False
    return depth == 0


def test_key_is_stable_and_from_the_entry_id(corpus: Corpus) -> None:
    heads = {
        cite(corpus, FOUR_ANSWERS, "bibtex", lang).split("\n")[0]
        for lang in ("zh", "en", "both")
    }
    assert heads == {"@misc{kimi-ama:kda-next-flagship,"}


# ---------------------------------------------------------------- plain text


def test_text_two_answers_names_both_speakers_and_quotes_both_whole(
    corpus: Corpus,
) -> None:
    text = cite(corpus, TWO_ANSWERS, "text", "en")
    assert "Question: Where does the model's writing style" in text
    assert "Main answer · u/ComfortableAsk4494 — Yang Zhilin (杨植麟)" in text
    assert "Supplement (补充) · u/ppwwyyxx — Wu Yuxin (吴育昕)" in text
    assert _answer_text(corpus, TWO_ANSWERS, 0, "en") in text
    assert _answer_text(corpus, TWO_ANSWERS, 1, "en") in text
    assert text.index("u/ComfortableAsk4494") < text.index("u/ppwwyyxx"), (
        "main answer first"
    )
    assert "Entry: writing-style-k2-instruct (kimi-ama-tui)" in text


def test_text_english_says_it_is_this_projects_rendering(corpus: Corpus) -> None:
    text = cite(corpus, TWO_ANSWERS, "text", "en")
    label = (
        "[English rendering of the Chinese digest, itself a paraphrase (意译), made by this project "
        "(kimi-ama-tui); not the speaker's original wording.]"
    )
    assert text.count(label) == 2
    # each quote is preceded by what it is, never by "X said"
    lines = text.splitlines()
    first = lines.index(_answer_text(corpus, TWO_ANSWERS, 0, "en"))
    assert lines[first - 1] == label


def test_text_team_answer_says_the_source_names_no_one(corpus: Corpus) -> None:
    text = cite(corpus, TEAM, "text", "en")
    assert (
        "Main answer · The Moonshot AI team (the article (硅星人) names no one who answered)"
        in text
    )
    assert "u/" not in text.split("Moonshot AI's r/LocalLLaMA AMA")[0].replace(
        "r/LocalLLaMA", ""
    )
    assert (
        "English rendering of the Chinese translation in the article (硅星人)" in text
    )
    assert "Note: The article does not say who answered." in text
    assert _answer_text(corpus, TEAM, 0, "en") in text


def test_text_chinese_is_intact_and_labelled_in_chinese(corpus: Corpus) -> None:
    text = cite(corpus, TEAM, "text", "zh")
    assert _answer_text(corpus, TEAM, 0, "zh") in text
    assert "回答 · 月之暗面团队（硅星人文章没有写明是谁回答的）" in text
    assert "〔硅星人文章的中文译文，并非答者原话。〕" in text
    digest = cite(corpus, TWO_ANSWERS, "text", "zh")
    assert "回答 · u/ComfortableAsk4494（杨植麟；硅星人文章“从回答阵容来看”的判断）" in digest
    assert "补充 · u/ppwwyyxx（吴育昕；据硅星人文章“据了解”的名单以排除法推断）" in digest
    assert digest.count("〔精炼版的意译，并非答者原话。〕") == 2
    assert "English rendering" not in digest


def test_text_both_gives_chinese_then_english_each_labelled(corpus: Corpus) -> None:
    text = cite(corpus, TWO_ANSWERS, "text", "both")
    zh, en = (
        _answer_text(corpus, TWO_ANSWERS, 0, "zh"),
        _answer_text(corpus, TWO_ANSWERS, 0, "en"),
    )
    assert text.index(zh) < text.index(en)
    assert (
        "[Chinese: The paraphrase (意译) in the digest; not the speaker's original wording.]"
        in text
    )
    assert (
        "[English: English rendering of the Chinese digest, itself a paraphrase (意译)"
        in text
    )


def test_sources_have_publisher_url_and_say_what_is_quoted(corpus: Corpus) -> None:
    text = cite(corpus, FOUR_ANSWERS, "text", "en")
    thread = corpus.source("reddit-thread")
    assert thread.url and thread.url in text
    assert (
        f"{thread.title} — {thread.publisher}: the speakers' own words; not quoted here."
        in text
    )
    assert "— 硅星人, via ZAKER: a Chinese translation; no URL known." in text
    assert all(_answer_text(corpus, FOUR_ANSWERS, i, "en") in text for i in range(4))


# ---------------------------------------------------------------- Markdown


def test_markdown_says_who_and_what_each_text_is_before_quoting_it(
    corpus: Corpus,
) -> None:
    """A pasted excerpt must show a paraphrase is one before its words: the label comes
    first, the `>` quote after it (the label used to follow the quote)."""
    text = cite(corpus, FOUR_ANSWERS, "markdown", "en")
    quotes = re.findall(r"(?:^>.*\n)+", text, re.MULTILINE)
    assert len(quotes) == 4
    assert (
        "> KDA is our latest experimental architecture.\n>\n> The related ideas" in text
    )
    before = text[: text.index(quotes[0])].rstrip("\n").splitlines()
    assert before[-1].startswith("*(English rendering of the Chinese digest")
    assert before[-1].endswith("not the speaker's original wording.)*")
    assert before[-3].startswith(
        "**Main answer** · u/zxytim — Zhou Xinyu (周昕宇), inferred by matching the "
        "DeepSeek-OCR answer, which the article credits to 周昕宇."
    )
    for quote in quotes:  # every quote: its label is the line just before it
        label = text[: text.index(quote)].rstrip("\n").splitlines()[-1]
        assert label.startswith("*(") and "wording" in label, label
    question = next(line for line in text.splitlines() if line.startswith("**Question:**"))
    assert question.startswith("**Question:** *(English rendering of the Chinese digest")
    assert (
        f"[{corpus.source('reddit-thread').title}]({corpus.source('reddit-thread').url})"
        in text
    )
    assert "Entry `kda-next-flagship` (kimi-ama-tui)" in text


def test_text_says_what_the_question_is_before_it(corpus: Corpus) -> None:
    lines = cite(corpus, FOUR_ANSWERS, "text", "en").splitlines()
    assert lines[0].startswith("[English rendering of the Chinese digest")
    assert lines[1].startswith("Question: ")


def test_markdown_team_and_chinese(corpus: Corpus) -> None:
    text = cite(corpus, TEAM, "markdown", "zh")
    quote = f"> {md_escape(_answer_text(corpus, TEAM, 0, 'zh'))}"
    assert quote in text
    assert (
        "**回答** · 月之暗面团队（硅星人文章没有写明是谁回答的）。\n\n*（硅星人文章的中文译文，并非答者原话。）*\n\n" + quote
        in text
    )


def test_markdown_escapes_corpus_text() -> None:
    assert (
        md_escape("see [Reddit][1] and *this* or <b>")
        == r"see \[Reddit\]\[1\] and \*this\* or \<b\>"
    )
    assert (
        md_escape("# not a heading\n1. not a list")
        == "\\# not a heading\n1\\. not a list"
    )
    assert (
        md_escape("snake_case stays, _emph_ does not")
        == r"snake_case stays, \_emph\_ does not"
    )


# ---------------------------------------------------------------- BibTeX


def test_bibtex_two_answers(corpus: Corpus) -> None:
    text = cite(corpus, TWO_ANSWERS, "bibtex", "en")
    assert (
        "author       = {{u/ComfortableAsk4494 (Yang Zhilin (杨植麟); as the article judges it "
        "'from the lineup of answers' (从回答阵容来看))} and {u/ppwwyyxx (Wu Yuxin (吴育昕); "
        "identified by elimination from the article's 据了解 (reportedly) list)}},"
        in text
    )
    assert f"url          = {{{corpus.source('reddit-thread').url}}}," in text
    assert (
        "made by this project (kimi-ama-tui); not the speaker's original wording."
        in text
    )
    annote = re.search(r"annote\s+= \{(.*)\},\n", text)[1]  # type: ignore[index]
    assert bib_escape(_answer_text(corpus, TWO_ANSWERS, 0, "en")) in annote
    assert bib_escape(_answer_text(corpus, TWO_ANSWERS, 1, "en")) in annote
    # the question's text follows the line saying whose words it is, as an answer's does
    # (the annote read "Question: [… not the asker's original wording.] Main answer · …")
    question = corpus.entry(TWO_ANSWERS).question.get("en")
    assert re.search(r"^Question: \[[^]]*\] " + re.escape(bib_escape(question)) + " Main answer", annote), annote[:300]
    assert "language     = {english}" in text


def test_bibtex_team_and_chinese(corpus: Corpus) -> None:
    text = cite(corpus, TEAM, "bibtex", "zh")
    assert "author       = {{月之暗面团队}}," in text
    assert "月之暗面团队（硅星人文章没有写明是谁回答的）" in text
    assert bib_escape(_answer_text(corpus, TEAM, 0, "zh")) in text
    assert (
        "title        = {{" + bib_escape(corpus.entry(TEAM).question.get("zh")) + "}},"
        in text
    )


def test_bibtex_escapes_latex_specials() -> None:
    assert bib_escape("50% of $4.6M & #1 {x} a_b ~ ^ \\") == (
        r"50\% of \$4.6M \& \#1 \textbraceleft{}x\textbraceright{} a\_b \textasciitilde{} \textasciicircum{} \textbackslash{}"
    )


# ---------------------------------------------------------------- CSL-JSON


def test_csl_json_two_answers_structure(corpus: Corpus) -> None:
    (item,) = json.loads(cite(corpus, TWO_ANSWERS, "csl-json", "en"))
    assert item["type"] == "post"
    assert item["author"] == [
        {
            "literal": "u/ComfortableAsk4494 (Yang Zhilin (杨植麟); as the article judges it "
            "'from the lineup of answers' (从回答阵容来看))"
        },
        {
            "literal": "u/ppwwyyxx (Wu Yuxin (吴育昕); identified by elimination from the "
            "article's 据了解 (reportedly) list)"
        },
    ]
    assert item["URL"] == corpus.source("reddit-thread").url
    assert item["language"] == "en"
    answers = item["custom"]["answers"]
    assert [a["role"] for a in answers] == ["main", "supplement"]
    assert [a["handle"] for a in answers] == ["ComfortableAsk4494", "ppwwyyxx"]
    assert answers[1]["texts"][0]["text"] == _answer_text(corpus, TWO_ANSWERS, 1, "en")
    assert "made by this project" in answers[1]["texts"][0]["wording"]
    assert "not the speaker's original wording" in item["note"]


def test_csl_json_team_and_chinese(corpus: Corpus) -> None:
    raw = cite(corpus, TEAM, "csl-json", "zh")
    assert "这是 LLMs 中相对较新的行为" in raw, (
        "Chinese is written as is, not \\u-escaped"
    )
    (item,) = json.loads(raw)
    (answer,) = item["custom"]["answers"]
    assert answer["handle"] is None
    assert answer["name"] == "月之暗面团队"
    assert answer["credit"] == "月之暗面团队（硅星人文章没有写明是谁回答的）"
    assert answer["texts"] == [
        {
            "lang": "zh",
            "text": _answer_text(corpus, TEAM, 0, "zh"),
            "wording": "硅星人文章的中文译文，并非答者原话。",
        }
    ]
    assert answer["attribution"] == "文章没有写明是谁回答的。"


def test_csl_json_both_languages(corpus: Corpus) -> None:
    (item,) = json.loads(cite(corpus, TWO_ANSWERS, "csl-json", "both"))
    texts = item["custom"]["answers"][0]["texts"]
    assert [t["lang"] for t in texts] == ["zh", "en"]
    assert "language" not in item


# ---------------------------------------------------------------- a user's own corpus


def test_small_corpus_team_supplement_from_the_digest_and_source_url(
    small_corpus: Path,
) -> None:
    corpus = load_corpus(small_corpus)
    text = cite(corpus, "kda-next-flagship", "text", "en")
    assert "Main answer · u/zxytim — Zhou Xinyu" in text
    assert (
        "Supplement (补充) · The Moonshot AI team (the digest names no one who answered)"
        in text
    )
    assert "Still experimenting." in text
    k3 = build(corpus, corpus.entry("k3"), "en")
    assert k3.url == "https://example.com/article"
    assert "https://example.com/article" in cite(corpus, "k3", "markdown", "en")


def test_markup_and_brackets_in_corpus_text_stay_literal(small_corpus: Path) -> None:
    raw = small_corpus.read_text(encoding="utf-8").replace(
        "We chose int4.", "We chose int4 ([Reddit][1]) close [/bold] *not bold*."
    )
    small_corpus.write_text(raw, encoding="utf-8")
    corpus = load_corpus(small_corpus)
    assert "We chose int4 ([Reddit][1]) close [/bold] *not bold*." in cite(
        corpus, "why-int4", "text", "en"
    )
    assert r"\[Reddit\]\[1\]" in cite(corpus, "why-int4", "markdown", "en")


# ---------------------------------------------------------------- ids


def test_closest_entry_id(corpus: Corpus) -> None:
    assert closest_entry_id(corpus, "kda-next-flagshp") == "kda-next-flagship"
    assert closest_entry_id(corpus, "int4") == "why-int4-not-fp4"
    assert closest_entry_id(corpus, "zzzz") is None


# ---------------------------------------------------------------- the cite command


def test_cite_command_prints_the_citation(
    corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["cite", TWO_ANSWERS, "--lang", "en"]) == 0
    assert capsys.readouterr().out == cite(corpus, TWO_ANSWERS, "text", "en")
    for fmt in FORMATS:
        assert main(["cite", TEAM, "--format", fmt, "--lang", "zh"]) == 0
        assert capsys.readouterr().out == cite(corpus, TEAM, fmt, "zh")


def test_cite_command_language_from_the_reader_option_then_the_locale(
    corpus: Corpus, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--lang", "both", "cite", TEAM]) == 0
    assert capsys.readouterr().out == cite(corpus, TEAM, "text", "both")
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["cite", TEAM]) == 0
    assert capsys.readouterr().out == cite(corpus, TEAM, "text", "zh")


def test_cite_command_unknown_id_is_one_line_with_a_suggestion(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["cite", "kda-next-flagshp"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err
        == "kimi-ama-tui cite: no entry with id 'kda-next-flagshp'; did you mean 'kda-next-flagship'?\n"
    )


def test_cite_command_honours_corpus(
    small_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--corpus", str(small_corpus), "cite", "k3", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out == cite(load_corpus(small_corpus), "k3", "text", "en")
    assert "Before Altman's trillion-dollar datacenter is built." in out
    assert main(["--corpus", str(small_corpus), "cite", TWO_ANSWERS]) == 1
    assert "no entry with id" in capsys.readouterr().err


def test_cite_command_bad_corpus_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('format = "kimi-ama-corpus/1"\ntitle = [', encoding="utf-8")
    assert main(["--corpus", str(bad), "cite", "k3"]) == 1
    assert "bad.toml" in capsys.readouterr().err


# ---------------------------------------------------------------- dates


def test_web_citations_carry_the_access_date(corpus: Corpus) -> None:
    from datetime import date

    day = date(2026, 3, 4)
    text = cite(corpus, TWO_ANSWERS, "text", "en", accessed=day)
    assert "(accessed 2026-03-04)" in text
    assert "(accessed 2026-03-04)" in cite(corpus, TWO_ANSWERS, "markdown", "en", accessed=day)
    assert "urldate      = {2026-03-04}" in cite(corpus, TWO_ANSWERS, "bibtex", "en", accessed=day)
    (item,) = json.loads(cite(corpus, TWO_ANSWERS, "csl-json", "en", accessed=day))
    assert item["accessed"] == {"date-parts": [[2026, 3, 4]]}
    assert date.today().isoformat() in cite(corpus, TWO_ANSWERS, "text", "en")


def test_no_answer_date_is_invented_where_the_corpus_has_none(corpus: Corpus) -> None:
    bibtex = cite(corpus, TWO_ANSWERS, "bibtex", "en")
    assert not re.search(r"^\s*date\s*=", bibtex, re.M)
    (item,) = json.loads(cite(corpus, TWO_ANSWERS, "csl-json", "en"))
    assert "issued" not in item


def test_an_answer_date_is_cited_where_the_corpus_has_one(corpus: Corpus) -> None:
    import dataclasses

    from corpus.citation import build, to_bibtex, to_csl_json, to_text

    citation = build(corpus, corpus.entry(TWO_ANSWERS), "en")
    dated = dataclasses.replace(
        citation, answers=(dataclasses.replace(citation.answers[0], date="2025-11-10"), *citation.answers[1:])
    )
    assert "· 2025-11-10" in to_text(dated)
    assert "date         = {2025-11-10}" in to_bibtex(dated)
    assert json.loads(to_csl_json(dated))[0]["issued"] == {"date-parts": [[2025, 11, 10]]}


def test_a_reading_note_goes_where_the_format_has_a_place(corpus: Corpus) -> None:
    note = "Compare with *FP4* {later}"
    assert "Reading note: Compare with *FP4* {later}" in cite(corpus, TWO_ANSWERS, "text", "en", note=note)
    assert "**Reading note:** Compare with \\*FP4\\* {later}" in cite(corpus, TWO_ANSWERS, "markdown", "en", note=note)
    assert r"annote       = {Reading note: Compare with *FP4* \textbraceleft{}later\textbraceright{}" in cite(corpus, TWO_ANSWERS, "bibtex", "en", note=note)
    (item,) = json.loads(cite(corpus, TWO_ANSWERS, "csl-json", "en", note=note))
    assert item["annote"] == note
    assert "Reading note" not in cite(corpus, TWO_ANSWERS, "text", "en")


def test_a_latin_source_name_after_chinese_is_spaced() -> None:
    """"提问者原话，据Reddit 原帖。" read as a typo: a space between a Chinese character and
    a Latin word, as the names themselves write it ("Reddit 原帖")."""
    from corpus.citation import wording
    from corpus.importer import import_files

    corpus = import_files([Path(__file__).parent / "fixtures" / "reddit" / "thread.json"]).corpus
    entry = next(e for e in corpus.entries() if e.asker)
    said = wording(corpus.source(entry.question_source), entry.question, "zh", "zh", "asker")
    assert "据 Reddit" in said and "据Reddit" not in said


@pytest.mark.parametrize(("lang", "words"), [("en", "the speakers' own words; not quoted here"), ("zh", "此处未引用")])
def test_bibtex_says_a_source_it_does_not_quote_is_not_quoted(corpus: Corpus, lang: str, words: str) -> None:
    """Plain text said of the Reddit thread 'the speakers' own words; not quoted here';
    BibTeX's note dropped 'not quoted here', as if the entry quoted the speakers."""
    from corpus.citation import cite

    note = next(line for line in cite(corpus, "k3-when", "bibtex", lang).split("\n") if "note" in line)
    assert words in note, note
