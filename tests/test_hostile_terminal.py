"""Issue 10 in a real terminal (tmux): hostile arguments, signals and bytes.

Item 2: escape sequences in arguments never reach the terminal (window title, clipboard).
Item 3: SIGTERM, SIGHUP, SIGQUIT and SIGINT restore the terminal (alternate screen and
mouse reporting off) and exit 128+n; with SIGHUP ignored, a closed terminal ends the reader.
Item 8: an invalid UTF-8 byte typed does not end the reader.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import sys
import time
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


def _start_with_pid(term: Terminal, tmp_path: Path, prelude: str = "") -> int:
    """Start the reader in `term` (after the shell `prelude`); its process id."""
    pid_file = tmp_path / "pid"
    reader = shlex.join([*_command(), "--lang", "en"])
    term.start(f"sh -c {shlex.quote(f'{prelude} echo $$ > {shlex.quote(str(pid_file))}; exec {reader}')}")
    term.wait_for(r"38 entries")
    return int(pid_file.read_text().strip())


def _modes(term: Terminal) -> str:
    return term.display("#{alternate_on} #{mouse_any_flag}")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGINT], ids=lambda s: signal.Signals(s).name)
def test_signal_restores_the_terminal_and_exits_128_plus_n(signum: int, tmp_path: Path) -> None:
    with Terminal(100, 30) as term:
        pid = _start_with_pid(term, tmp_path)
        try:
            assert _modes(term) == "1 1"  # the reader is up: alternate screen, mouse on
            os.kill(pid, signum)
            assert term.wait_exit(10) == 128 + signum
            assert _modes(term) == "0 0"
        finally:
            _kill(pid)


@pytest.mark.parametrize("prelude", ["", "trap '' HUP;"], ids=["sighup", "sighup-ignored"])
def test_closed_terminal_ends_the_reader(prelude: str, tmp_path: Path) -> None:
    term = Terminal(100, 30)
    pid = _start_with_pid(term, tmp_path, prelude=prelude)
    try:
        term.close()  # the terminal goes away (with SIGHUP ignored: as under nohup)
        deadline = time.monotonic() + 10
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(pid), "the reader is still running without a terminal"
    finally:
        _kill(pid)


@pytest.mark.parametrize("hex_bytes", [["ff"], ["9b"], ["c3", "28"], ["e9"]], ids=["ff", "9b", "c3-28", "meta-e9"])
def test_invalid_utf8_byte_typed_does_not_end_the_reader(hex_bytes: list[str]) -> None:
    with Terminal(100, 30) as term:
        term.start([*_command(), "--lang", "en"])
        term.wait_for(r"38 entries")
        term.keys("-H", *hex_bytes)
        time.sleep(0.3)  # read alone: a lead byte (e9, c3) is half a character so far
        term.keys("j")
        time.sleep(0.5)
        assert not term.exited(), term.history()
        screen = term.wait_for(r"38 entries")
        assert "Traceback" not in screen
        term.keys("q")
        assert term.wait_exit() == 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie has ended
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _kill(pid: int) -> None:
    """End a reader this test started, if a failure left it running."""
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)


def test_a_paste_with_escapes_reaches_neither_title_nor_clipboard() -> None:
    with Terminal(100, 30, set_clipboard="on") as term:
        term.start([*_command(), "--lang", "en"])
        term.wait_for(r"38 entries")
        term.keys("/")
        term.paste("int4\x1b]0;PWNED-TITLE\x07\x1b]52;c;UFdORUQtQ0xJUA==\x07\u202e")
        screen = term.wait_for(r"/ 38")  # (the OSC strings dropped from the paste)
        assert screen.splitlines()[1].strip() == "int4", screen
        assert "Traceback" not in screen
        assert "PWNED-TITLE" not in term.display("#{pane_title}")
        assert "PWNED-CLIP" not in term.buffer()
        term.keys("Escape")
        term.wait_for(r"38 entries")
        term.keys("q")
        assert term.wait_exit() == 0


def test_a_paste_never_presses_a_key() -> None:
    """Text after an ESC in a paste was issued as keys by Textual's parser: Enter, then
    `q` in the tree, quit the reader."""
    with Terminal(100, 30) as term:
        term.start([*_command(), "--lang", "en"])
        term.wait_for(r"38 entries")
        term.keys("/")
        term.paste("int4 \x1b[31mred\x1b[0m \x1bx\rjjq")
        screen = term.wait_for(r" / 38 ")
        time.sleep(1.0)  # (the keys, had any been pressed, handled)
        screen = term.screen()
        assert screen.splitlines()[1].strip() == "int4 red x", screen  # (a paste's first line)
        term.keys("Escape")
        term.wait_for(r"38 entries")
        term.keys("q")
        assert term.wait_exit() == 0


def test_corpus_escapes_and_bidi_never_reach_the_terminal(tmp_path: Path) -> None:
    from tests.hostile_support import write_hostile_corpus

    tail = "\x1b]0;PWNED-TITLE\x07\x1b]52;c;UFdORUQtQ0xJUA==\x07 \u202eevil\u202c \u200bzw \x9b31m"
    path = write_hostile_corpus(tmp_path, tail)
    with Terminal(160, 40, set_clipboard="on") as term:
        term.start([*_command(), "--lang", "en", "--corpus", str(path), "--entry", "entry-one"])
        screen = term.wait_for(r"answer-en")
        term.keys("C-p")
        term.wait_for(r"Search for commands")
        term.type("question")
        screen += term.wait_for(r"Entry: question-en")
        term.keys("Escape")
        time.sleep(0.5)  # a lone ESC is told from alt+key by a pause
        assert "PWNED-TITLE" not in term.display("#{pane_title}")
        assert "PWNED-CLIP" not in term.buffer()
        for hidden in ("\u202e", "\u202c", "\u200b", "\x9b", "\x1b"):
            assert hidden not in screen, repr(hidden)
        assert "]0;PWNED-TITLE" in screen  # the rest is inert text
        term.keys("q")
        assert term.wait_exit() == 0


def test_markup_in_a_corpus_is_shown_literally_in_a_real_terminal(tmp_path: Path) -> None:
    from tests.hostile_support import MARKUP, write_hostile_corpus

    path = write_hostile_corpus(tmp_path)
    with Terminal(200, 40) as term:
        term.start([*_command(), "--lang", "en", "--corpus", str(path), "--entry", "entry-one"])
        screen = term.wait_for(r"answer-en")
        assert f"answer-en {MARKUP}" in screen
        # the status line cuts the title to leave room for the count and the entry: a literal prefix
        assert f"corpus-title-en {MARKUP[:24]}" in screen
        term.keys("C-p")
        term.wait_for(r"Search for commands")
        term.type("question")
        screen = term.wait_for(r"Entry: question-en")
        assert f"Entry: question-en {MARKUP}" in screen  # the palette hit, literally
        term.keys("Enter")
        time.sleep(0.5)
        term.keys("?")
        term.wait_for(r"Keys")
        term.keys("Escape")
        time.sleep(0.5)
        assert not term.exited()
        term.keys("q")
        assert term.wait_exit() == 0


def test_the_reader_with_stdout_closed_draws_and_quits() -> None:
    """`kimi-ama-tui >&-`: Textual reads the terminal's size through stdout, so it took the
    terminal for 80x24, resized back and forth for ever at full CPU, and ignored `q`."""
    with Terminal(120, 30) as term:
        reader = shlex.join([*_command(), "--lang", "en"])
        term.start(f"{reader} >&-")
        screen = term.wait_for(r"38 entries")
        time.sleep(1.0)
        screen = term.screen()
        assert max(len(line) for line in screen.splitlines()) > 100, screen  # drawn 120 wide, not 80
        term.keys("q")
        assert term.wait_exit(10) == 0


@pytest.mark.parametrize("redirect", ["2>/dev/null", "2>&-"])
def test_the_reader_with_stderr_away_says_why_on_the_terminal(redirect: str) -> None:
    """The reader draws on stderr; sent away, it exited 2 and said why there, unseen."""
    with Terminal(120, 30) as term:
        reader = shlex.join([*_command(), "--lang", "en"])
        term.start(f"{reader} {redirect}; echo EXIT=$?; sleep 5")
        screen = term.wait_for(r"EXIT=\d+")
        assert "EXIT=2" in screen
        assert "standard error, which is not a terminal" in screen, screen
