"""StatusLine: the header line with the corpus title, the match count and where you are."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static


class StatusLine(Static):
    """One line: title · position · matches · language."""

    title: reactive[str] = reactive("")
    """The corpus title."""
    where: reactive[str] = reactive("")
    """The topic and entry under the cursor."""
    matches: reactive[str] = reactive("")
    """`7 / 38` while filtering, else the entry count."""
    hint: reactive[str] = reactive("")
    """A hint about the query (malformed filter), or a loading note."""
    lang: reactive[str] = reactive("")
    """The reading language."""

    def render(self) -> Text:
        """Render literally: corpus text is never markup."""
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(self.title, "bold")
        if self.matches:
            line.append(f"  {self.matches}")
        if self.where:
            line.append(f"  │ {self.where}")
        if self.hint:
            line.append(f"  │ {self.hint}", "italic")
        if self.lang:
            line.append(f"  │ {self.lang}")
        return line
