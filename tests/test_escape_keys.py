"""Escape pressed just before another key and read together (a burst over SSH, `tmux
send-keys Escape j j`) is the Escape key and then that key, never Alt+key: the reader
binds no Alt key, and the filter bar typed Alt+j as "j"."""

from __future__ import annotations

import time

import pytest
from textual import events
from textual._xterm_parser import XTermParser

from tests.test_reader_burst import _command, _pane_entry, _wait_loaded
from tests.terminal import Terminal
from tui.escape_keys import ESCAPE, EscapeSplitter, without_alt


def _keys(*reads: str) -> list[str]:
    """The keys the reader gets for these reads, as its input thread makes them."""
    parser, splitter, out = XTermParser(), EscapeSplitter(), []
    for text in [*reads, None]:
        # (at the end, as when nothing more comes in time: what was held, then "": no input)
        pieces = [*splitter.release(), ""] if text is None else splitter.pieces(text)
        for piece in pieces:
            made = [events.Key("escape", "\x1b")] if piece is ESCAPE else list(parser.feed(piece))
            for event in made:
                out += [_name(e) for e in without_alt(event)]
    return out


def _name(event: events.Event) -> str:
    return event.key if isinstance(event, events.Key) else f"Paste {event.text!r}" if isinstance(event, events.Paste) else type(event).__name__


def _parser_alone(text: str) -> list[str]:
    parser = XTermParser()
    return [_name(e) for e in [*parser.feed(text), *parser.feed("")]]


@pytest.mark.parametrize(
    ("reads", "keys"),
    [
        (["kda\x1bjj"], ["k", "d", "a", "escape", "j", "j"]),
        (["\x1b/"], ["escape", "slash"]),  # (the parser dropped the escape)
        (["\x1b1"], ["escape", "1"]),  # (the parser made it "¡")
        (["\x1bb"], ["escape", "b"]),  # (the parser made it ctrl+left)
        (["\x1bJ"], ["escape", "J"]),
        (["kda\x1b", "j"], ["k", "d", "a", "escape", "j"]),  # ESC and j in two reads
        (["\x1b\x1bj"], ["escape", "escape", "j"]),
        (["\x1b中"], ["escape", "中"]),  # (the parser made it alt+中, which the filter typed)
        (["kda\x1b", "中"], ["k", "d", "a", "escape", "中"]),
    ],
)
def test_an_escape_before_a_key_is_the_escape_key_then_the_key(reads: list[str], keys: list[str]) -> None:
    assert _keys(*reads) == keys


@pytest.mark.parametrize(
    ("reads", "keys"),
    [
        (["\x1b[A", "\x1bOB"], ["up", "down"]),  # CSI and SS3 sequences
        (["\x1b[1;5C"], ["ctrl+right"]),
        (["\x1b[200~a b\x1b[201~"], ["Paste 'a b'"]),
        (["\x1b[200~a ", "b\x1b[201~x"], ["Paste 'a b'", "x"]),  # a paste over two reads
    ],
)
def test_sequences_and_pastes_are_left_as_they_are(reads: list[str], keys: list[str]) -> None:
    assert _keys(*reads) == keys


@pytest.mark.parametrize(
    ("reads", "keys"),
    [
        (["\x1b[200~a\x1bjb\x1b[201~"], ["Paste 'ajb'"]),
        (["\x1b[200~a\x1bj", "b\x1b[201~"], ["Paste 'ajb'"]),  # over two reads
        (["\x1b[200~a\x1b", "jb\x1b[201~"], ["Paste 'ajb'"]),  # the ESC ends a read
        # text copied from a coloured terminal: its SGR sequences go, Enter and q stay text
        (["\x1b[200~int4 \x1b[31mred\x1b[0m\rq\x1b[201~"], ["Paste 'int4 red\\rq'"]),
        (["\x1b[200~a\x1b]0;TITLE\x07b\x1b]52;c;QQ==\x1b\\c\x1b[201~"], ["Paste 'abc'"]),  # OSC strings
        (["\x1b[200~a\x1b[200~b\x1b[201~"], ["Paste 'ab'"]),  # a start marker inside
    ],
)
def test_a_paste_is_text_whatever_escapes_it_holds(reads: list[str], keys: list[str]) -> None:
    """(Textual's parser ends a paste's text at an ESC inside it and issues the rest as
    keys: `int4 ESC x CR q` pasted into the filter bar quit the reader.)"""
    assert _keys(*reads) == keys


@pytest.mark.parametrize("cut", range(1, len("\x1b[201~")))
def test_a_paste_ends_where_its_end_marker_is_cut_between_reads(cut: int) -> None:
    end = "\x1b[201~"
    assert _keys("\x1b[200~a\x1bb" + end[:cut], end[cut:] + "j") == ["Paste 'ab'", "j"]


@pytest.mark.parametrize(
    ("reads", "keys"),
    [
        (["k3\x1b]]j"], ["k", "3", "escape", "right_square_bracket", "right_square_bracket", "j"]),
        (["\x1b[j"], ["escape", "left_square_bracket", "j"]),
        (["\x1b[[j"], ["escape", "left_square_bracket", "left_square_bracket", "j"]),
        (["\x1b\\j"], ["escape", "backslash", "j"]),
        (["\x1b_j"], ["escape", "underscore", "j"]),
        (["\x1b^"], ["escape", "circumflex_accent"]),
        # the Escape key at the end of one read, the key in the next (typed quickly)
        (["k3\x1b", "]j"], ["k", "3", "escape", "right_square_bracket", "j"]),
        (["\x1b[", "j"], ["escape", "left_square_bracket", "j"]),
        (["\x1b", "[", "[j"], ["escape", "left_square_bracket", "left_square_bracket", "j"]),
        (["\x1b"], ["escape"]),  # alone: the Escape key once nothing follows
        (["\x1b["], ["escape", "left_square_bracket"]),
    ],
)
def test_an_escape_before_a_bracket_is_the_escape_key(reads: list[str], keys: list[str]) -> None:
    """`[` and `]` move between entries: Escape then `]` (leave the filter, next entry),
    read together, was taken for the start of an OSC string, and the Escape was lost."""
    assert _keys(*reads) == keys


@pytest.mark.parametrize(
    "reads",
    [
        ["\x1b[[A"],  # F1 on the Linux console
        ["\x1b[a"],  # shift+up in rxvt
        ["\x1b[Z"],
        ["\x1b[<0;10;5M"],  # a mouse click
        ["\x1b[I"],  # focus in
        ["\x1b[97;5u"],  # ctrl+a, kitty's keyboard protocol
        ["\x1b[?2026;2$y"],  # a mode report
    ],
)
def test_sequences_a_terminal_sends_stay_whole(reads: list[str]) -> None:
    assert _keys(*reads) == _parser_alone("".join(reads))


@pytest.mark.parametrize("cut", range(1, len("\x1b[<0;10;5M")))
def test_a_sequence_cut_between_reads_is_read_whole(cut: int) -> None:
    sequence = "\x1b[<0;10;5M"
    assert _keys(sequence[:cut], sequence[cut:] + "j") == [*_parser_alone(sequence), "j"]


def _filtered(term: Terminal, query: str, count: str) -> None:
    """Start the reader in `term` and filter for `query` (the status line counting `count`)."""
    term.start([*_command(), "--lang", "en"], env={"LANG": "C.UTF-8"})
    term.wait_for(r"38 entries")
    _wait_loaded(term)
    term.keys("/")
    term.type(query)
    term.wait_for(rf" {count} / 38")


@pytest.mark.slow
def test_esc_j_j_in_one_burst_leaves_the_filter_and_moves_down() -> None:
    """In the real terminal: `/kda`, then Escape j j sent together (one write)."""
    with Terminal(160, 40) as term:
        _filtered(term, "kda", "1")
        first = "kda-next-flagship"
        deadline = time.monotonic() + 10
        while _pane_entry(term.screen()) != first and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _pane_entry(term.screen()) == first
        term.keys("Escape", "j", "j")
        screen = term.wait_for(r"  38 entries")
        third = "choosing-architecture-data-hyperparams"
        deadline = time.monotonic() + 10  # (until both moves are drawn, not the first alone)
        while _pane_entry(screen) != third and time.monotonic() < deadline:
            time.sleep(0.1)
            screen = term.screen()
        assert "kdajj" not in screen and "kda" not in screen.splitlines()[1]
        assert _pane_entry(screen) == third, screen
        assert f"› {third}" in screen.splitlines()[0], screen  # the status line names it too


def _escape_then_j(together: bool) -> tuple[str | None, str]:
    """/int4, enter, j (onto the next topic's line), then escape and j: apart, or in one
    write. The pane's entry and the status line."""
    with Terminal(160, 40) as term:
        _filtered(term, "int4", "3")
        term.keys("Enter")
        time.sleep(0.5)
        term.keys("j")
        time.sleep(0.8)
        if together:
            term.keys("Escape", "j")
        else:
            term.keys("Escape")
            term.wait_for(r"  38 entries")
            time.sleep(0.5)
            term.keys("j")
        term.wait_for(r"  38 entries")
        time.sleep(1.0)
        screen = term.screen()
        return _pane_entry(screen), screen.splitlines()[0]


@pytest.mark.slow
def test_escape_from_the_results_then_j_in_one_burst_moves_as_typed_apart() -> None:
    """Escape in the tree clears the filter; j behind it in the same read must move on the
    whole tree, as when typed apart (it moved on the filtered one, then the tree was
    rebuilt under it)."""
    apart = _escape_then_j(together=False)
    assert apart[0] is not None and apart[0] in apart[1]
    assert _escape_then_j(together=True) == apart


def _escape_then_brackets(how: str) -> tuple[str | None, str, str]:
    """/k3, then Escape ] ]: each key apart, Escape and ] typed quickly (two reads within
    the escape delay), or all in one write. The pane's entry, the status line, the filter bar."""
    with Terminal(160, 40) as term:
        _filtered(term, "k3", "2")
        deadline = time.monotonic() + 10
        while _pane_entry(term.screen()) != "k3-when" and time.monotonic() < deadline:
            time.sleep(0.1)
        if how == "together":
            term.keys("Escape", "]", "]")
        elif how == "quickly":
            term.keys("Escape")
            time.sleep(0.02)
            term.keys("]", "]")
        else:
            for key in ("Escape", "]", "]"):
                term.keys(key)
                time.sleep(0.6)
        term.wait_for(r"  38 entries")
        time.sleep(1.0)
        lines = term.screen().splitlines()
        return _pane_entry("\n".join(lines)), lines[0], lines[1]


@pytest.mark.slow
def test_escape_then_brackets_move_as_typed_apart() -> None:
    """Escape then `]` in one read was an OSC string to the parser: the Escape was lost and
    `]]` typed into the filter."""
    apart = _escape_then_brackets("apart")
    assert apart[0] not in (None, "k3-when") and apart[0] in apart[1]
    assert "]" not in apart[2]
    assert _escape_then_brackets("together") == apart
    assert _escape_then_brackets("quickly") == apart
