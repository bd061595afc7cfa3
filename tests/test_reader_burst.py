"""Keys that arrive together (a slow SSH link, `tmux send-keys -l`) in the real terminal: the
answer pane must end on the entry `search --json` ranks first, or on no entry at all.

Run on the inline path (the built-in corpus is searched on the UI thread) and on the thread
worker's path (`KIMI_AMA_TUI_INLINE_SEARCH=0`), where results can arrive after newer keys.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.terminal import Terminal

pytestmark = pytest.mark.slow

QUERIES = ["tensrboard", "muon", "hallucination", "int4", "training cost", "幻觉", "muon xyzzy", "xyzzy", "by:zxytim ocr"]


def _command() -> list[str]:
    script = shutil.which("kimi-ama-tui", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "tui.cli"]


def _best(query: str) -> str | None:
    out = subprocess.run([*_command(), "search", query, "--json", "--limit", "1"], capture_output=True, text=True)
    rows = json.loads(out.stdout) if out.stdout.strip() else []
    return rows[0]["id"] if rows else None


def _pane_entry(screen: str) -> str | None:
    """The entry id in the pane's heading line (`Q  topic  ·  entry-id`), if it shows one."""
    for line in screen.splitlines():
        found = re.search(r"▕ Q +.* · +([a-z0-9-]+)\s*$", line)
        if found:
            return found.group(1)
    return None


def _wait_loaded(term: Terminal, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while "loading…" in term.screen():
        assert time.monotonic() < deadline, "the corpus never finished loading"
        time.sleep(0.1)


@pytest.mark.parametrize("inline", ["2000", "0"], ids=["inline", "worker"])
def test_a_burst_of_keys_ends_on_the_best_match(inline: str) -> None:
    want = {query: _best(query) for query in QUERIES}
    with Terminal(160, 40) as term:
        term.start([*_command(), "--lang", "en"], env={"LANG": "C.UTF-8", "KIMI_AMA_TUI_INLINE_SEARCH": inline})
        term.wait_for(r"38 entries")
        _wait_loaded(term)
        wrong = []
        for query in QUERIES:
            term.keys("/")
            term.keys(query, literal=True)
            term.wait_for(r"\d+ / 38")
            time.sleep(0.8)  # the pane follows after a pause in typing; late echoes land by now
            screen = term.screen()
            got = _pane_entry(screen)
            if want[query] is None and "No entry matches the filter" not in screen:
                got = got or "(no 'No entry matches' message)"
            if got != want[query]:
                wrong.append((query, got, want[query]))
            term.keys("Escape")
            term.wait_for(r"38 entries")
        term.keys("q")
        assert term.wait_exit() == 0
    assert not wrong, f"pane shows the wrong entry after a burst: {wrong}"
