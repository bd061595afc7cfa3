"""Issue 10, item 10: URLs and text cannot break out of a citation format.

A URL such as `https://x.example/a)},note={INJ}` passed validation and added a field to
BibTeX and a link to Markdown. URLs are percent-encoded per format, every BibTeX field is
escaped so that BibTeX's brace counting (which ignores backslashes) stays balanced, and
URLs with whitespace or control characters are refused when the corpus is loaded.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from corpus.citation import cite
from corpus.loader import CorpusError, load_corpus
from tests.conftest import SMALL_CORPUS

EVIL_URL = "https://x.example/a)},note={INJ}](https://evil.example)"
EVIL_TEXT = "Why }, note = {INJ}, x = { ) ] (https://evil.example) \\}"


def _evil_corpus(tmp_path: Path) -> Path:
    text = SMALL_CORPUS.replace('url = "https://example.com/article"', f'url = "{EVIL_URL}"')
    text = text.replace('{ label = "Marlin", url = "https://github.com/IST-DASLab/marlin"', f'{{ label = "Marlin", url = "{EVIL_URL}"')
    text = text.replace('en = "Why INT4?"', 'en = "' + EVIL_TEXT.replace("\\", "\\\\") + '"')
    path = tmp_path / "evil.toml"
    path.write_text(text, encoding="utf-8")
    return path


def bibtex_fields(entry: str) -> list[str]:
    """Field names of one BibTeX entry, parsed as BibTeX does: every brace counts."""
    head = re.match(r"@misc\{[^,{}]+,", entry)
    assert head, entry
    names, at = [], head.end()
    while True:
        field = re.compile(r"\s*([a-z]+)\s*=\s*\{").match(entry, at)
        if field is None:
            assert re.fullmatch(r"\s*\}\s*", entry[at:]), entry[at:]
            return names
        names.append(field[1])
        depth, at = 1, field.end()
        while depth:
            assert at < len(entry), f"field {field[1]} never closes"
            depth += {"{": 1, "}": -1}.get(entry[at], 0)
            at += 1
        assert entry[at] in ",}" or entry[at:].strip().startswith("}"), entry[at : at + 40]
        if entry[at] == ",":
            at += 1


@pytest.mark.parametrize("lang", ["en", "zh", "both"])
def test_bibtex_fields_cannot_be_added_by_corpus_text(tmp_path: Path, lang: str) -> None:
    corpus = load_corpus(_evil_corpus(tmp_path))
    for entry_id in ("why-int4", "k3"):
        entry = cite(corpus, entry_id, "bibtex", lang)  # type: ignore[arg-type]
        names = bibtex_fields(entry)
        assert len(names) == len(set(names)), names
        assert set(names) <= {"title", "author", "howpublished", "url", "urldate", "date", "note", "annote", "language"}, names


def test_markdown_links_keep_the_whole_url(tmp_path: Path) -> None:
    corpus = load_corpus(_evil_corpus(tmp_path))
    text = cite(corpus, "k3", "markdown", "en")
    targets = re.findall(r"\]\(([^)]*)\)", text)
    assert targets and all(unquote(target) == EVIL_URL for target in targets), targets
    assert "(https://evil.example)" not in text.replace("\\(", "").replace("\\)", "")


@pytest.mark.parametrize(
    "url",
    ["https://x.example/a\\n", " https://x.example/", "https://x.example/ a", "https://x.example/\\t",
     "https://x.exa\\u001bmple/", "https://x.example/\\u202egnp.exe", "https://x.example/\\u200b"],
)
def test_urls_with_whitespace_or_hidden_characters_are_refused(tmp_path: Path, url: str) -> None:
    text = SMALL_CORPUS.replace('url = "https://example.com/article"', f'url = "{url}"')
    path = tmp_path / "bad-url.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        load_corpus(path)
    (problem,) = caught.value.problems
    assert "url" in problem.where and "is not an http(s) URL" in problem.message
    shown = str(problem)
    assert "\x1b" not in shown and "\u202e" not in shown and "\n" not in shown


def test_markdown_keeps_a_publishers_link_and_a_urls_parenthesis_inert(small_corpus: Path) -> None:
    """cite --format markdown rendered a publisher's '[site](https://evil.example/)' as a
    live link inside the wording line; show --format markdown ended a source's link at a
    ')' in its URL and rendered what followed as Markdown ('**INJ**' bold)."""
    from corpus.citation import cite
    from corpus.loader import load_corpus
    from tui.linear import entry_markdown

    text = small_corpus.read_text(encoding="utf-8")
    text = text.replace('publisher = "硅星人"', 'publisher = "Reuters, see [official site](https://evil.example/)"')
    text = text.replace('url = "https://example.com/article"', 'url = "https://example.com/a)**INJ**"')
    small_corpus.write_text(text, encoding="utf-8")
    corpus = load_corpus(small_corpus)
    for markdown in (cite(corpus, "why-int4", "markdown", "en"), entry_markdown(corpus, corpus.entry("why-int4"), "en")):
        assert "](https://evil.example/)" not in markdown.replace("\\]", ""), markdown
        assert "a)**INJ**" not in markdown and "a%29" in markdown, markdown
