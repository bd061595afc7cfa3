"""Issue 10 in a real terminal (tmux): hostile arguments, signals and bytes.

Item 2: escape sequences in arguments never reach the terminal (window title, clipboard).
Item 3: SIGTERM, SIGHUP, SIGQUIT and SIGINT restore the terminal (alternate screen and
mouse reporting off) and exit 128+n; with SIGHUP ignored, a closed terminal ends the reader.
Item 8: an invalid UTF-8 byte typed does not end the reader.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

import pytest

from tests.terminal import Terminal

pytestmark = pytest.mark.slow


def _command() -> list[str]:
    script = shutil.which("kimi-ama-tui", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "tui.cli"]


def test_escapes_in_filter_argument_do_not_set_title_or_clipboard() -> None:
    title = "\x1b]0;PWNED-TITLE\x07"
    clip = "\x1b]52;c;UFdORUQtQ0xJUA==\x07"  # base64 of PWNED-CLIP
    with Terminal(120, 30, set_clipboard="on") as term:
        term.start([*_command(), "--lang", "en", "--filter", f"int4 {title}{clip}"])
        screen = term.wait_for(r"/ 38")
        term.keys("j")  # repaint the filter bar at least once more
        screen = term.wait_for(r"/ 38")
        assert "PWNED-TITLE" not in term.display("#{pane_title}")
        assert "PWNED-CLIP" not in term.buffer()
        assert "Traceback" not in screen
        term.keys("q")
        assert term.wait_exit() == 0


def test_escapes_in_search_argument_are_not_printed_raw(tmp_path: Path) -> None:
    out = tmp_path / "out"
    query = shlex.quote("lang:\x1b]0;PWNED-TITLE\x07")
    with Terminal(120, 30) as term:
        command = shlex.join([*_command(), "search"])
        term.start(f"{command} {query} 2> {shlex.quote(str(out))}; s=$?; cat {shlex.quote(str(out))}; sleep 1; exit $s")
        assert term.wait_exit() == 2
        assert "PWNED-TITLE" not in term.display("#{pane_title}")
    assert b"\x1b" not in out.read_bytes() and b"\x07" not in out.read_bytes()
