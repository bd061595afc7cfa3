"""Styles: what the answer pane's text is styled with, taken from the theme by the widget.

A module of its own, light to import: the pane draws an entry's question from the outline
while the corpus loads, and reading the styles must not import the corpus model (pydantic:
~0.4 s on the UI thread, the first key typed after a second start's first screen waiting
for it)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style


@dataclass(frozen=True)
class Styles:
    """Styles the view uses, taken from the theme by the widget."""

    heading: Style = Style(bold=True)
    speaker: Style = Style(bold=True)
    dim: Style = Style(dim=True)
    note: Style = Style(italic=True)
    match: Style = Style(reverse=True)
    link: Style = Style(underline=True)
