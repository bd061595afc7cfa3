"""FittingFooter: the key bar, showing only keys it has room for, whole.

Textual's `Footer` lays every key in one row and cuts the row at the terminal's edge: at
80 columns the reader's bar ended `y Copy citat`, and `? Help` and `q Quit`, the two keys
that lead to the others, were never seen. This one shows Help and Quit whatever the
width, then the filter, the citation and the command palette, then the others, as many
as fit whole, each in its place in the row; the rest are in the help (`?`) and the
command palette. It is laid out again when its width changes, and when the reading
language it is given (`lang`, pushed down by its screen) changes: under Chinese the keys'
descriptions are Chinese (`tui.ui_text.key_description`).

Textual's footer is composed again whenever its screen's bindings may have changed (a
focus, a screen's `refresh_bindings`): seven times while the reader starts, each time
mounting every key again and styling it, under the first keys typed. This one is composed
again only when what it would show differs: the keys, their states, the width, the
language.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.events import Resize
from textual.reactive import reactive
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tui.ui_text import key_description

RANKS = {"help": 0, "quit": 0, "focus_filter": 1, "copy_citation": 1, "command_palette": 1}
"""Which keys have room first (by action): 0 whatever the width, then 1, then the rest."""


class FittingFooter(Footer):
    """A footer that drops the keys it has no room for instead of cutting the row."""

    lang: reactive[str] = reactive("en", recompose=True)
    """The reading language: the keys are described in it (English but for zh and both)."""

    def __init__(self, *args: object, lang: str = "en", **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.set_reactive(FittingFooter.lang, lang)
        self._laid_out_width = 0
        self._composed_for: tuple[object, ...] | None = None

    def _shows_for(self) -> tuple[object, ...] | None:
        """All that `compose` lays out from (None before the screen's bindings are ready)."""
        if not self._bindings_ready or not self.is_attached:
            return None
        active = self.screen.active_bindings
        shown = tuple(
            (binding.key, binding.action, binding.description, binding.group, enabled, tooltip)
            for (_, binding, enabled, tooltip) in active.values()
            if binding.show
        )
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        palette_shown = None if palette is None else (palette[1], palette[2], palette[3])
        width = self.size.width or self.app.size.width
        return (shown, palette_shown, width, self.lang, self.compact, self.show_command_palette, self.disabled)

    async def recompose(self) -> None:
        """Compose again, unless the keys to show are the ones shown."""
        shows_for = self._shows_for()
        if shows_for is not None and shows_for == self._composed_for:
            return
        await super().recompose()

    def compose(self) -> ComposeResult:
        self._composed_for = self._shows_for()
        keys = list(super().compose())
        for key in keys:
            if isinstance(key, FooterKey):
                key.description = key_description(self.lang, key.description)
        width = self.size.width or self.app.size.width
        self._laid_out_width = width
        room, shown = width, set()
        for n in sorted(range(len(keys)), key=lambda n: _rank(keys[n])):
            if _width(keys[n]) <= room or _rank(keys[n]) == 0:
                room -= _width(keys[n])
                shown.add(n)
        yield from (key for n, key in enumerate(keys) if n in shown)

    def on_resize(self, event: Resize) -> None:
        """Lay the keys out again for a new width."""
        if event.size.width != self._laid_out_width:
            self._laid_out_width = event.size.width
            self.call_after_refresh(self.recompose)


def _rank(widget: object) -> int:
    if not isinstance(widget, FooterKey):
        return 0
    return RANKS.get(widget.action.rpartition(".")[2], 2)


def _width(widget: object) -> int:
    """Columns a key takes: ' key description ' (the footer's paddings)."""
    if not isinstance(widget, FooterKey):
        return 0
    return cell_len(widget.key_display) + cell_len(widget.description) + 3
