"""A source whose publisher is not named: `publisher` is left out, and every surface (the
pane, the linear exports, each citation format, `schema`, `check`) says so in the reader's
language, or leaves the field out where a record has a publisher field; no English
sentence made up by the project, no 'None', no empty '— '. A plain publisher string still
loads and shows as it is."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpus.citation import FORMATS, cite
from corpus.loader import load_corpus
from corpus.model import Corpus, Source
from tests.conftest import SMALL_CORPUS
from tests.reader_support import reader, ready
from tui.cli import main
from tui.linear import entry_json, entry_markdown, entry_text

DIGEST_ENTRY = "writing-style-k2-instruct"
"""Built-in corpus: two answers from the digest; sources the Reddit thread and the digest."""
NOT_NAMED = {"zh": "未署名", "en": "publisher not named"}
OPEN = {"zh": "（", "en": " ("}
"""What opens the bracket saying what a source is: full-width in Chinese."""
MADE_UP = re.compile(r"author not named|question-by-question|None")
"""The English description the built-in corpus used to give as the digest's publisher,
and what a missing value would print as."""
EMPTY_PUBLISHER = re.compile(r"— *[:：(（]|— *$", re.MULTILINE)
"""A dash followed by no publisher."""


@pytest.fixture(scope="module")
def builtin() -> Corpus:
    return load_corpus()


@pytest.fixture()
def unnamed(tmp_path: Path) -> Path:
    """The small corpus with the digest's publisher left out (the article keeps 硅星人)."""
    path = tmp_path / "unnamed.toml"
    path.write_text(SMALL_CORPUS.replace('publisher = "Test digest"\n', ""), encoding="utf-8")
    return path


def test_the_built_in_digest_names_no_publisher(builtin: Corpus) -> None:
    assert builtin.source("digest").publisher is None
    assert builtin.source("article").publisher == "硅星人"


def test_a_plain_publisher_string_still_loads(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    assert corpus.source("digest").publisher == "Test digest"
    text = entry_text(corpus, corpus.entry("why-int4"), "zh")
    assert "• 精炼版 — Test digest（" in text and "未署名" not in text
    assert "— Test digest：" in cite(corpus, "why-int4", "text", "zh")


def test_a_blank_publisher_is_still_refused() -> None:
    with pytest.raises(ValueError, match="text is empty"):
        Source(id="d", kind="digest", title="t", publisher=" ", language="zh", wording="paraphrase")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_answer_pane_says_not_named_in_the_reader_s_language(builtin: Corpus, lang: str) -> None:
    text = entry_text(builtin, builtin.entry(DIGEST_ENTRY), lang)
    assert f"• Kimi-AMA — {NOT_NAMED[lang]}{OPEN[lang]}" in text, text
    assert "• AMA With Moonshot AI" in text and f"— r/LocalLLaMA (Reddit){OPEN[lang]}" in text
    assert not MADE_UP.search(text) and not EMPTY_PUBLISHER.search(text), text


async def test_the_zh_pane_on_screen_shows_the_chinese_wording() -> None:
    app = reader(lang="zh", entry=DIGEST_ENTRY)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        shown = screen.pane.text.plain
        assert "• Kimi-AMA — 未署名（意译，并非原话）" in shown, shown
        assert not MADE_UP.search(shown), shown


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_markdown_and_json_exports(builtin: Corpus, lang: str) -> None:
    entry = builtin.entry(DIGEST_ENTRY)
    markdown = entry_markdown(builtin, entry, lang)
    assert f"- Kimi-AMA — {NOT_NAMED[lang]}{OPEN[lang]}" in markdown, markdown
    assert not MADE_UP.search(markdown) and not EMPTY_PUBLISHER.search(markdown)
    sources = {s["id"]: s for s in entry_json(builtin, entry, lang)["sources"]}
    assert sources["digest"]["publisher"] is None
    assert sources["reddit-thread"]["publisher"] == "r/LocalLLaMA (Reddit)"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_citation_format_of_a_digest_answer(builtin: Corpus, fmt: str, lang: str) -> None:
    text = cite(builtin, DIGEST_ENTRY, fmt, lang)  # type: ignore[arg-type]
    assert not MADE_UP.search(text) and not EMPTY_PUBLISHER.search(text), text
    sep = "：" if lang == "zh" else ": "
    if fmt == "text":
        assert f"- Kimi-AMA — {NOT_NAMED[lang]}{sep}" in text, text
    elif fmt == "markdown":
        assert f"- *Kimi-AMA* — {NOT_NAMED[lang]}{sep}" in text, text
    elif fmt == "bibtex":
        assert not re.search(r"^\s*publisher\s*=", text, re.MULTILINE)
        assert f"Kimi-AMA ({NOT_NAMED[lang]}; " in text, text  # the note's list of sources
    else:
        item = json.loads(text)[0]
        assert item["publisher"] == "r/LocalLLaMA (Reddit)"
        digest = next(s for s in item["custom"]["sources"] if s["id"] == "digest")
        assert "publisher" not in digest
        assert NOT_NAMED[lang] not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_citation_whose_sources_name_no_publisher_has_no_publisher_field(unnamed: Path, lang: str) -> None:
    corpus = load_corpus(unnamed)
    item = json.loads(cite(corpus, "kda-next-flagship", "csl-json", lang))[0]  # type: ignore[arg-type]
    assert "publisher" not in item
    plain = cite(corpus, "why-int4", "text", lang)  # type: ignore[arg-type]
    assert f"— {NOT_NAMED[lang]}" in plain and "— 硅星人" in plain and "None" not in plain


@pytest.mark.parametrize(("lang", "name"), [("zh", "未署名文章"), ("en", "the article")])
def test_an_article_without_a_publisher_is_named_without_none(unnamed: Path, lang: str, name: str) -> None:
    path = unnamed.with_name("no-article-publisher.toml")
    path.write_text(unnamed.read_text(encoding="utf-8").replace('publisher = "硅星人"\n', ""), encoding="utf-8")
    corpus = load_corpus(path)
    for fmt in FORMATS:
        text = cite(corpus, "why-int4", fmt, lang)  # type: ignore[arg-type]
        assert "None" not in text and not EMPTY_PUBLISHER.search(text), text
    assert name in cite(corpus, "why-int4", "text", lang)  # type: ignore[arg-type]


def test_check_accepts_a_source_without_a_publisher(unnamed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(unnamed)]) == 0
    assert capsys.readouterr().out.startswith("OK: ")


def test_schema_makes_the_publisher_optional_and_says_what_absent_means(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    source = json.loads(capsys.readouterr().out)["$defs"]["Source"]
    assert "publisher" not in source["required"]
    assert "absent" in source["properties"]["publisher"]["description"]


def test_the_carrying_site_is_said_in_chinese_too(builtin: Corpus) -> None:
    """'硅星人, via ZAKER' was English in Chinese citations and left out of the Markdown export."""
    entry = builtin.entry("kda-next-flagship")
    assert "— 硅星人，ZAKER 转载：" in cite(builtin, entry.id, "text", "zh")
    assert "— 硅星人, via ZAKER: " in cite(builtin, entry.id, "text", "en")
    assert "— 硅星人，ZAKER 转载（" in entry_markdown(builtin, entry, "zh")
    assert "— 硅星人, via ZAKER (" in entry_markdown(builtin, entry, "en")
    item = json.loads(cite(builtin, entry.id, "csl-json", "zh"))[0]
    assert item["publisher"] == "r/LocalLLaMA (Reddit); 硅星人，ZAKER 转载"


def test_an_export_leaves_the_publisher_out_and_loads_again(builtin: Corpus, tmp_path: Path) -> None:
    from corpus.loader import dump_corpus

    path = tmp_path / "export.json"
    path.write_text(dump_corpus(builtin), encoding="utf-8")
    digest = next(s for s in json.loads(path.read_text(encoding="utf-8"))["sources"] if s["id"] == "digest")
    assert "publisher" not in digest
    assert load_corpus(path) == builtin
