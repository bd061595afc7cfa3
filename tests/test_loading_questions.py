"""First start of a big corpus file (issue 13): no index is cached yet, so the questions
are indexed from the outline and the filter works on them at once, saying so, while the
answers are validated and indexed; a query naming a speaker, source or language waits for
the whole index; then everything is searched."""

from __future__ import annotations

from pathlib import Path

import pytest

import corpus.loader
from corpus.outline import Outline
from corpus.outline_index import answers_only, questions_index
from tests.reader_support import hold_corpus_load, index_first, ready


def _json_file(small_corpus: Path, tmp_path: Path) -> Path:
    path = tmp_path / "big.json"
    path.write_text(corpus.loader.dump_corpus(corpus.loader.load_corpus(small_corpus)), encoding="utf-8")
    return path


def test_the_questions_index_searches_questions_and_topic_titles_only(small_corpus: Path) -> None:
    index = questions_index(Outline.from_corpus(corpus.loader.load_corpus(small_corpus)))
    assert [m.entry_id for m in index.search("flagship").matches] == ["kda-next-flagship"]
    assert [m.entry_id for m in index.search("旗舰").matches] == ["kda-next-flagship"]
    assert index.search("Blackwell", relax=False).matches == ()  # only in an answer
    assert index.size == 3


@pytest.mark.parametrize(
    ("query", "waits"),
    [("int4", False), ("topic:k3 when", False), ("by:zxytim", True), ("int4 src:article", True), ("lang:en x", True)],
)
def test_filters_the_outline_cannot_answer_wait(query: str, waits: bool) -> None:
    assert answers_only(query) is waits


async def test_a_first_start_filters_the_questions_while_the_answers_load(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.app
    from tui.app import first_screen_outline, make_app
    from tui.options import ReaderOptions

    path = _json_file(small_corpus, tmp_path)
    monkeypatch.setattr(tui.app, "OUTLINE_FIRST_BYTES", 100)
    outline = first_screen_outline(path)
    assert outline is not None
    release = hold_corpus_load(monkeypatch)
    app = make_app(ReaderOptions(corpus_path=path, lang="en"), None, outline)
    async with app.run_test(size=(140, 30)) as pilot:
        await index_first(pilot)
        assert app.index_partial
        screen = app.reader_screen
        assert screen is not None
        await pilot.press("slash", *"flagship")
        await pilot.pause(0.3)
        assert screen.result is not None and [m.entry_id for m in screen.result.matches] == ["kda-next-flagship"]
        assert screen.shown_entry == "kda-next-flagship"
        assert "questions only" in screen.status.hint
        for _ in "flagship":
            await pilot.press("backspace")
        await pilot.press(*"by:zxytim")
        await pilot.pause(0.3)
        assert screen.result is not None and screen.result.query != "by:zxytim"  # not searched yet
        assert "wait for the answers" in screen.status.hint
        release.set()
        await ready(pilot)
        await pilot.pause(0.3)
        assert not app.index_partial and app.corpus is not None
        assert screen.result is not None and screen.result.query == "by:zxytim"
        assert {m.entry_id for m in screen.result.matches} == {"why-int4", "kda-next-flagship"}
        assert "questions only" not in screen.status.hint
