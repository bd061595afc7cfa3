"""The real `kimi-ama-tui` in a private tmux server: `y` lands in tmux's buffer, Chinese intact.

tmux's `set-clipboard` decides what happens to an application's OSC 52: `on` stores it
in a paste buffer, the default `external` drops it. With `--clipboard auto` the reader
also runs `tmux load-buffer -w -`, so the buffer gets the citation either way.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.terminal import Clipboard, Terminal

pytestmark = pytest.mark.slow

ENTRY = "why-int4-not-fp4"
"""Chinese text, a URL and two answers (one by the unnamed team)."""
NO_DESKTOP = {
    "DISPLAY": "",
    "WAYLAND_DISPLAY": "",
    "SSH_CONNECTION": "",
    "SSH_TTY": "",
    "SSH_CLIENT": "",
}
"""Whatever the machine running the tests has: no native clipboard tool in play."""


def console_script() -> str:
    """The installed `kimi-ama-tui` next to this Python; skip (fail on CI) when it is missing."""
    script = Path(sys.executable).parent / "kimi-ama-tui"
    if not script.exists():
        message = f"{script} is not installed: run `pip install -e .` in the venv"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return str(script)


def cite_output(script: str, entry: str, lang: str) -> str:
    """What `kimi-ama-tui cite ENTRY --lang LANG` prints, as bytes decoded from UTF-8."""
    env = {**os.environ, "LANG": "C.UTF-8"}
    result = subprocess.run(
        [script, "cite", entry, "--lang", lang],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result.stdout.decode("utf-8")


def wait_for_buffer(term: Terminal, timeout: float = 10.0) -> str:
    """tmux's newest buffer, once there is one."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        buffer = term.buffer()
        if buffer:
            return buffer
        time.sleep(0.05)
    return ""


@pytest.mark.parametrize("set_clipboard", ["on", "external"])
def test_y_fills_the_tmux_buffer_with_the_cite_output(set_clipboard: Clipboard) -> None:
    script = console_script()
    expected = cite_output(script, ENTRY, "zh")
    assert "为兼容非 Blackwell GPU" in expected
    with Terminal(120, 32, set_clipboard=set_clipboard) as term:
        term.start([script, "--entry", ENTRY, "--lang", "zh"], env=NO_DESKTOP)
        term.wait_for(r"为兼容非")
        assert term.buffer() == ""
        term.keys("y")
        assert wait_for_buffer(term) == expected
        # (worded in Chinese under zh: the notification and the view are the reader's own words)
        screen = term.wait_for(r"引用已发送（OSC 52 和 tmux")
        assert "引用 · 纯文本 · why-int4-not-fp4" in screen
        assert "Copied!" not in screen
        # y again while the notification is up: the citation as text to select
        term.keys("y")
        screen = term.wait_for(r"用终端选择")
        assert "问：为什么选择 INT4，而不是 FP4？" in screen
        assert "〔精炼版的意译，并非答者原话。〕" in screen
        term.keys("Escape")
        term.wait_for(r"38 个条目")  # the reader again, not the view (its count, worded in Chinese under zh)
        term.keys("q")
        assert term.wait_exit() == 0


def test_osc52_alone_reaches_the_buffer_only_with_set_clipboard_on() -> None:
    script = console_script()
    expected = cite_output(script, ENTRY, "en")
    for set_clipboard, buffer in (("on", expected), ("external", "")):
        with Terminal(120, 32, set_clipboard=set_clipboard) as term:  # type: ignore[arg-type]
            term.start(
                [script, "--entry", ENTRY, "--lang", "en", "--clipboard", "osc52"],
                env=NO_DESKTOP,
            )
            term.wait_for(r"non-Blackwell")
            term.keys("y")
            term.wait_for(r"Citation sent via OSC 52\. Not in your")
            assert (
                wait_for_buffer(term, timeout=2.0 if not buffer else 10.0) == buffer
            ), set_clipboard
            term.keys("q")
            assert term.wait_exit() == 0


def test_Y_then_markdown_in_both_languages() -> None:
    script = console_script()
    env = {**os.environ, "LANG": "C.UTF-8"}
    result = subprocess.run(
        [script, "--lang", "both", "cite", ENTRY, "--format", "markdown"],
        capture_output=True,
        env=env,
        timeout=60,
        check=True,
    )
    expected = result.stdout.decode("utf-8")
    assert "> 为兼容非 Blackwell GPU" in expected
    with Terminal(120, 32, set_clipboard="external") as term:
        term.start([script, "--entry", ENTRY, "--lang", "both"], env=NO_DESKTOP)
        term.wait_for(r"为兼容非")
        term.keys("Y")
        term.wait_for(r"选择 why-int4-not-fp4 的引用格式")  # (both: the chrome is Chinese)
        term.keys("2")
        assert wait_for_buffer(term) == expected
        term.wait_for(r"引用 · Markdown · why-int4-not-fp4")
        term.keys("q")
        assert term.wait_exit() == 0
