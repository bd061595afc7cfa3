"""StatusLine: the header line with the corpus title, the match count and where you are."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from tui.ui_text import lang_label
from tui.wrap import truncate_with_ellipsis


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
    """The reading language (shown as `ui_text.lang_label` names it: `中文` under zh)."""

    def render(self) -> Text:
        """Render literally (corpus text is never markup). When the line is too narrow, the
        corpus title gives way first, then the topic's name (on a topic's own row, its
        end), then the end of a long hint, then the hint, then the end of an entry id
        longer than the line; the match count and the language stay. Without the title
        the line starts with text."""
        width = max(self.content_region.width, 1)
        line = Text(no_wrap=True, overflow="ellipsis")
        tail = Text()
        if self.matches:
            tail.append(f"  {self.matches}")
        where = self.where
        hint, lang = self.hint, f"  │ {lang_label(self.lang)}" if self.lang else ""
        room_for_where = width - tail.cell_len - (cell_len(hint) + 4 if hint else 0) - cell_len(lang) - 4
        if where and cell_len(where) > room_for_where and " › " in where:
            topic, _, entry = where.rpartition(" › ")
            keep = room_for_where - cell_len(entry) - 3
            where = (_cut(topic, keep) + " › " if keep >= 4 else "") + entry
        elif where and cell_len(where) > room_for_where:  # a topic's row: its name alone
            where = _cut(where, max(room_for_where, 8))
        room_for_id = width - tail.cell_len - cell_len(lang) - 4  # the hint gone, if need be
        if where and cell_len(where) > room_for_id:  # an entry id longer than the line
            where = _cut(where, room_for_id) if room_for_id >= 8 else ""
        if where:
            tail.append(f"  │ {where}")
        hint_room = width - tail.cell_len - cell_len(lang) - 4
        if hint and hint_room >= 4:  # shortened, then left out, before the language goes
            tail.append(f"  │ {_cut(hint, hint_room)}", "italic")
        tail.append(lang)
        room = width - tail.cell_len
        if room >= 8:
            line.append(_cut(self.title, room), "bold")
        else:  # the line starts with the count (or the place), not with the gap before it
            tail = tail[len(tail.plain) - len(tail.plain.lstrip(" │")) :]
        line.append_text(tail)
        return line


def _cut(text: str, cells: int) -> str:
    """`text` cut to `cells` cells with an ellipsis."""
    if cell_len(text) <= cells:
        return text
    out = Text(text)
    truncate_with_ellipsis(out, max(cells, 1))
    return out.plain.rstrip(" ")
