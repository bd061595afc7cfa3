"""The reading workflow keys in a real terminal (tmux): read marks, bookmarks, links."""

from __future__ import annotations

import json
import re
import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.terminal import Terminal

pytestmark = pytest.mark.slow


def _command() -> list[str]:
    script = shutil.which("kimi-ama-tui", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "tui.cli"]


def _bookmark_files() -> list[Path]:
    return list((Path(os.environ["XDG_DATA_HOME"]) / "kimi-ama-tui" / "bookmarks").glob("*.json"))


def _marks_files() -> list[Path]:
    return list((Path(os.environ["XDG_STATE_HOME"]) / "kimi-ama-tui" / "read").glob("*.json"))


@pytest.mark.parametrize("env", [{"TERM": "xterm-256color"}, {"TERM": "linux", "NO_COLOR": "1"}], ids=["256", "no-color"])
def test_read_marks_bookmark_and_note_in_a_real_terminal(env: dict[str, str]) -> None:
    with Terminal(120, 60, term=env["TERM"]) as term:
        term.start([*_command(), "--lang", "en", "--entry", "k3-when"], env=env)
        screen = term.wait_for(r"Sam's trillion")
        assert "• " in screen and " unread" in screen  # signs, not only colour
        count = re.search(r"Model lineup / sizes and roadmap  (\d+) · (\d+) unread", screen)
        assert count and count[1] == count[2]
        screen = term.wait_for(r"[├└] {4}When is K3 coming")  # read after a moment: its sign goes
        assert f"Model lineup / sizes and roadmap  {count[1]} · {int(count[1]) - 1} unread" in screen
        term.keys("m")
        term.wait_for(r"bookmarked")
        term.keys("M")
        term.wait_for(r"Ctrl\+S saves")
        term.type("to cite")
        term.wait_for(r"▊ to cite")  # in the editor
        term.keys("C-s")
        term.wait_for(r"note saved")
        term.wait_for(r"[├└]  \* When is K3 coming")  # read and bookmarked
        term.keys(")")
        term.wait_for(r"Q Model lineup / sizes and roadmap · moe-120b-100b-gpu-poor")  # the next unread
        term.keys("(")
        term.wait_for(r"Q Model lineup / sizes and roadmap · (?!k3-when|moe-120b)")  # back, past the read one
        term.keys("u")
        term.wait_for(r"marked (read|unread)")
        term.keys("B")
        term.wait_for(r"Bookmarks \(1\)")
        screen = term.wait_for(r"✎ to cite")
        assert "When is K3 coming?  k3-when" in screen
        term.keys("Escape")
        term.wait_for(r"▼ Evaluation / benchmarks")  # the list closed (q right after Escape is alt+q)
        term.keys("q")
        assert term.wait_exit() == 0
    (bookmarks,) = _bookmark_files()
    (item,) = json.loads(bookmarks.read_text(encoding="utf-8"))["bookmarks"]
    assert (item["entry"], item["note"]) == ("k3-when", "to cite")
    (marks,) = _marks_files()
    assert "k3-when" in json.loads(marks.read_text(encoding="utf-8"))["read"]


def test_u_marks_unread_and_the_link_picker_copies_into_tmux() -> None:
    with Terminal(120, 30, set_clipboard="on") as term:
        term.start([*_command(), "--lang", "en", "--entry", "k3-when"])
        term.wait_for(r"Sam's trillion")
        term.keys("o")
        screen = term.wait_for(r"Links of k3-when")
        assert "1  Source: AMA With Moonshot AI" in screen
        url = "https://www.reddit.com/r/LocalLLaMA/comments/1oth5pw/ama_with_moonshot_ai_the_opensource_frontier_lab"
        # shown whole, on lines that end at its separators (`tests/test_uifix_link_lines.py`)
        inside = [line.split("│")[1].strip() for line in screen.splitlines() if line.count("│") >= 2]
        start = next(n for n, line in enumerate(inside) if line.startswith("https://www.reddit.com/"))
        shown = [inside[start]]
        while len("".join(shown)) < len(url):
            shown.append(inside[start + len(shown)])
        assert "".join(shown) == url, shown
        term.keys("1")
        term.wait_for(r"Link sent via OSC 52")
        assert term.buffer() == url
        term.keys("q")
        assert term.wait_exit() == 0
