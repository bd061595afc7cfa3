"""An imported thread in the real reader, in tmux: filter, read, `y` copies the permalink."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.terminal import Terminal
from tests.test_copy_tmux import NO_DESKTOP, console_script, wait_for_buffer

pytestmark = pytest.mark.slow

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"


def test_read_and_cite_an_imported_thread(tmp_path: Path) -> None:
    script = console_script()
    corpus = tmp_path / "ama.toml"
    result = subprocess.run(
        [script, "import", str(THREAD), "-o", str(corpus)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    with Terminal(110, 34, set_clipboard="on") as term:
        term.start([script, "--corpus", str(corpus), "--lang", "en"], env=NO_DESKTOP)
        term.wait_for(r"8 entries")  # (seven questions, and the post)
        term.keys("/")
        term.type("tokenizer")
        screen = term.wait_for(r"1 / 8")
        assert "Does the tokenizer keep" in screen
        term.keys("Enter")
        screen = term.wait_for(r"Main answer · u/Byte_Smith")
        assert "https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/a5/" in screen
        assert "score 25" in screen and "comments of this thread are not in the imported files" in screen
        assert "Yes: &gt; stays &gt; and <b> stays <b>." in screen  # literal, as typed
        term.keys("y")
        buffer = wait_for_buffer(term)
        assert "Main answer · u/Byte_Smith · 2025-11-10" in buffer
        assert "— https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/a5/" in buffer
        assert "[The speaker's own words, as the Reddit thread prints them.]" in buffer
        term.keys("q")
        assert term.wait_exit() == 0


def test_corpus_option_opens_a_thread_json_directly() -> None:
    script = console_script()
    with Terminal(110, 34) as term:
        term.start([script, "--corpus", str(THREAD), "--lang", "en", "--entry", "deleted-question-q2"], env=NO_DESKTOP)
        screen = term.wait_for(r"The question's comment was deleted")
        assert "[deleted]" in screen and "u/lumen_lab" in screen
        term.keys("q")
        assert term.wait_exit() == 0
