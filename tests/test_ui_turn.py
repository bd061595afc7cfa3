"""The UI's turn (issue 13: no freeze over 100 ms while a big file loads): when input
arrives, threads doing long work in slices (loading, scanning) wait at their next
`yield_to_other_threads` until the UI has drawn what the input did, or UI_TURN_MOST at
most; the UI thread itself never waits there."""

from __future__ import annotations

import codecs
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from textual.messages import InvokeLater

import corpus.text as text
from corpus.text import UI_TURN_MOST, ui_turn_begins, ui_turn_ends, yield_to_other_threads
from tui.escape_keys import EscapeSplitter
from tui.terminal_guard import GuardedDriver


@pytest.fixture(autouse=True)
def _no_turn() -> Iterator[None]:
    yield
    if text._ui_turn:
        ui_turn_ends(text._ui_turn)


def _yield_in_a_thread() -> float:
    """Seconds a worker thread spends in one `yield_to_other_threads` call."""
    took: list[float] = []

    def work() -> None:
        start = time.monotonic()
        yield_to_other_threads()
        took.append(time.monotonic() - start)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(5)
    return took[0]


def test_a_working_thread_waits_while_the_ui_has_input_to_handle() -> None:
    since = ui_turn_begins()
    threading.Timer(0.03, ui_turn_ends, (since,)).start()
    took = _yield_in_a_thread()
    assert 0.02 <= took < UI_TURN_MOST  # until the UI said it had drawn it
    assert _yield_in_a_thread() < 0.01  # no turn: on at once


def test_the_wait_is_bounded_when_the_ui_never_says_it_is_done() -> None:
    ui_turn_begins()
    took = _yield_in_a_thread()
    assert UI_TURN_MOST * 0.8 <= took < UI_TURN_MOST + 0.05


def test_an_older_input_s_end_does_not_end_a_newer_turn() -> None:
    older = ui_turn_begins()
    time.sleep(0.002)
    ui_turn_begins()
    ui_turn_ends(older)
    assert text._ui_turn != 0.0


def test_the_ui_thread_never_waits_for_itself() -> None:
    ui_turn_begins()
    worker = threading.Thread(target=time.sleep, args=(0.2,))  # (another thread: yields count)
    worker.start()
    start = time.monotonic()
    yield_to_other_threads()
    assert time.monotonic() - start < 0.01
    worker.join()


def test_input_read_by_the_reader_begins_a_turn_that_ends_after_the_refresh() -> None:
    """The reader's input thread begins the UI's turn as it reads keys, and sends the app
    what ends it once the screen has been refreshed (an InvokeLater, after the keys)."""
    from textual._xterm_parser import XTermParser

    driver: Any = object.__new__(GuardedDriver)
    read_end, write_end = os.pipe()
    sent: list[Any] = []
    driver.fileno, driver._escapes = read_end, EscapeSplitter()
    driver.process_message = sent.append
    driver.send_message = sent.append
    try:
        os.write(write_end, b"ab")
        decode = codecs.getincrementaldecoder("utf-8")(errors="replace").decode
        assert driver._read(decode, XTermParser())
    finally:
        os.close(read_end)
        os.close(write_end)
    assert text._ui_turn != 0.0  # the keys' turn began
    assert [getattr(m, "key", None) for m in sent[:-1]] == ["a", "b"]
    assert isinstance(sent[-1], InvokeLater)
    sent[-1].callback()  # (the app runs it after the refresh that draws the keys)
    assert text._ui_turn == 0.0
