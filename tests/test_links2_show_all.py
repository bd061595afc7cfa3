"""`show --format markdown --all`: each entry's id line ran straight into the next entry's
`###` heading (a renderer that wants a blank line before a heading glued them into one
paragraph). Now a blank line comes before every entry, as in text."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import load_corpus
from corpus.model import Corpus
from tui.cli import main
from tui.linear import entry_markdown

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"


@pytest.fixture(scope="module")
def builtin() -> Corpus:
    return load_corpus(None)


@pytest.mark.parametrize("corpus", [None, THREAD])
@pytest.mark.parametrize("lang", ["en", "zh", "both"])
def test_every_heading_of_show_all_has_a_blank_line_before_it(
    corpus: Path | None, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    given = ["--corpus", str(corpus)] if corpus else []
    assert main([*given, "show", "--all", "--format", "markdown", "--lang", lang]) == 0
    lines = capsys.readouterr().out.splitlines()
    headings = [n for n, line in enumerate(lines) if line.startswith("#")]
    assert len([n for n in headings if lines[n].startswith("### ")]) >= 8
    glued = [f"{lines[n - 1]!r} / {lines[n]!r}" for n in headings[1:] if lines[n - 1].strip()]
    assert glued == []
    ids = [n for n, line in enumerate(lines) if line.startswith(("Entry id: `", "条目 id"))]
    assert len(ids) >= 8 and all(lines[n + 1] == "" for n in ids[:-1])


def test_one_entry_and_the_text_format_as_before(builtin: Corpus, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "k3-when", "--format", "markdown", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out == entry_markdown(builtin, builtin.entry("k3-when"), "en") and out.startswith("## ")
    assert main(["show", "--all", "--lang", "en"]) == 0
    assert capsys.readouterr().out.count("\n\nQ  ") == len(list(builtin.entries()))
