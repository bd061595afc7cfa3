"""Wrapping: a lone mark between words (` · `) never starts a line.

The Q line's ` · ` before the entry's id, longer under 中英 (its topic in both languages),
started a wrapped line at some widths (`· kimi-for-coding-billing`): the wrapper took the
spaced mark for closing punctuation that could neither hang nor start a line, and broke
before it. It now hangs with the space before it, or takes the word before it along.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from tui.wrap import CLOSING, HANG, wrap_text

def test_a_lone_mark_between_words_never_starts_a_line() -> None:
    """A ` · ` separator (the Q line's, longer under 中英) started a wrapped line at some
    widths: it now hangs, or takes the word before it along."""
    line = "Q  产品 / 生态（API、计费、订阅、Agent） Product / ecosystem (API, billing, subscriptions, Agent)  ·  kimi-for-coding-billing"
    for width in range(60, 110):
        for wrapped in wrap_text(Text(line), width).plain.split("\n"):
            assert not wrapped.startswith("·"), (width, wrapped)


def test_a_spaced_mark_hangs_or_carries_the_word_before_it() -> None:
    for width in range(20, 60):
        for line in wrap_text(Text("回答 Main answer · u/zxytim · 周昕宇 · note · more words here"), width).plain.split("\n"):
            assert line[:1] not in CLOSING and cell_len(line) <= width + HANG, (width, line)
