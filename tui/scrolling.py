"""Scrolling by keys that may arrive together.

Textual's scroll actions aim from `scroll_target_y` (or `scroll_y`) and apply the scroll
after the next refresh: keys read in one go (a burst over SSH, a held key, `tmux
send-keys`) are all handled before that refresh, so twenty `j` moved the answer pane one
line and two spaces one page. Here each key's scroll is applied at once, without
animation, from where the previous key left it.
"""

from __future__ import annotations

from textual.widget import Widget


def scroll_now(view: Widget, lines: float) -> None:
    """Scroll `view` by `lines` (negative: up) now, from where the last key left it."""
    view.scroll_to(y=view.scroll_target_y + lines, animate=False, immediate=True)


def scroll_to_now(view: Widget, y: float) -> None:
    """Scroll `view` to line `y` now (0: the top; a large number: the bottom)."""
    view.scroll_to(y=min(y, view.max_scroll_y), animate=False, immediate=True)


def page(view: Widget, fraction: float = 1.0) -> int:
    """How many lines a page (or a `fraction` of one) of `view` is."""
    return max(1, int(view.scrollable_content_region.height * fraction))
