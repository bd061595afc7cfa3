"""HelpScreen: every key of the reader, generated from the bindings themselves, described
in the reading language (Chinese under zh and both: `tui.ui_text`)."""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.dialog_text import PLACES_ZH, SYNTAX_ZH
from tui.keymap import app_keymap, binding_keys, typed_key
from tui.keys import binding_groups
from tui.scrolling import page, scroll_now, scroll_to_now
from tui.ui_text import in_chrome, key_description, words
from tui.widgets.fitting_footer import FittingFooter
from tui.wrap import HANG, wrap_text


ACTION_MIN = 16
"""The fewest cells an action's description gets: below, the ids are left out (at 60
columns the descriptions were cut to two letters, `Qu…`, beside whole ids)."""


FINDS_MIN = 20
"""The fewest cells the filter syntax's explanations get beside the examples: below, each
goes under its examples (at 40 columns they had 15 cells, `(space-separate` / `d terms`)."""


class _IfRoom:
    """What is shown where the columns fit side by side (`wide`: the binding ids beside the
    descriptions), and what where not (`narrow`: each id on the line under its description)."""

    def __init__(self, wide: RenderableType, narrow: RenderableType, needs: int) -> None:
        self.wide, self.narrow, self.needs = wide, narrow, needs

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.wide if options.max_width >= self.needs else self.narrow


class _Wrapped:
    """A title or an explanation wrapped as a reader of Chinese expects (`tui.wrap`): Rich
    folded "PageUp/PageDown" inside the word at 40 columns, the Chinese before it being one
    "word", and an explanation's `'int4'` at 60; `hang`: as `tui.wrap.wrap_lines`."""

    def __init__(self, title: Text, hang: int = HANG) -> None:
        self.title, self.hang = title, hang

    def __str__(self) -> str:
        return self.title.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        title = wrap_text(self.title, options.max_width, self.hang)
        title.end = "\n"
        yield title


class _Examples:
    """A query's examples, whole: as many on a line as fit, two spaces apart. Rich folded
    them at the column's width (`topic:mult` / `imodal`); an example wider than the line
    (only on a screen too narrow for the widest) breaks at its spaces."""

    def __init__(self, examples: str) -> None:
        self.examples = examples
        self.each = re.split(r"\s{2,}", examples)

    def __str__(self) -> str:
        return self.examples

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max(cell_len(example) for example in self.each)
        return Measurement(widest, widest)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        lines: list[str] = []
        for example in self.each:
            if lines and cell_len(lines[-1]) + 2 + cell_len(example) <= width:
                lines[-1] += "  " + example
            else:
                lines += wrap_text(Text(example), width, 0).plain.split("\n")
        yield Text("\n".join(lines), "bold", end="\n")


class _Heading(Static):
    """The help's heading, pointing at the ids where they are: the right column, or the
    line under each description where the ids do not fit beside it."""

    def __init__(self, wide: Text, narrow: Text, needs: int) -> None:
        super().__init__(wide, markup=False, id="help-title")
        self.wide, self.narrow, self.needs = wide, narrow, needs

    def on_resize(self, event: events.Resize) -> None:
        """Choose the heading for the width it has now."""
        self.update(self.wide if event.size.width >= self.needs else _Wrapped(self.narrow))


def _query_syntax(key_width: int, lang: str) -> tuple[Table, RenderableType]:
    """The filter's query language, from `corpus.query`'s own summary of it: as a table,
    and as what is shown (the table, or each explanation under its examples where the
    table would leave the explanations too few cells)."""
    import corpus.query

    title = words(lang, "syntax_title")
    table = Table(title=title, title_justify="left", show_header=False, box=None, expand=True, padding=(0, 0, 0, 1))
    # the examples column is as wide as its widest example, never split (`_Examples`); the
    # explanations take the rest (at 90 columns they were cut to a letter beside a one-line
    # list of examples)
    table.add_column("query", min_width=key_width)
    # (wrapped by `tui.wrap`: a Chinese explanation is one "word" to Rich, and was cut with
    # an ellipsis, then folded inside `'int4'`; nothing may hang past a cell: it was cut off)
    table.add_column("finds", min_width=FINDS_MIN, ratio=1)
    under: list[RenderableType] = [_Wrapped(Text(title, style="table.title"))]
    found = [re.match(r"^    (.*\S)\s{3,}(\S.*)$", line) for line in (corpus.query.__doc__ or "").splitlines()]
    rows = [match.groups() for match in found if match] + [(words(lang, "no_match_row"), words(lang, "no_match_finds"))]
    widest = key_width
    for query, finds in rows:
        examples, explanation = _Examples(query), _Wrapped(Text(in_chrome(lang, finds, SYNTAX_ZH)), hang=0)
        table.add_row(examples, explanation)
        under += [Padding(examples, (0, 0, 0, 1)), Padding(explanation, (0, 0, 0, 5))]
        widest = max(widest, *(cell_len(example) for example in examples.each))
    # (each column has a cell of padding on its left)
    return table, _IfRoom(table, Group(*under), widest + FINDS_MIN + 2)


class HelpScreen(ModalScreen[None]):
    """A modal list of keys, grouped by where they work."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]
    """Under 60 columns the help takes the whole width: at 40 its four-fifths left the ids no room."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
        Binding("space,pagedown", "scroll_page(1)", "Page down", show=False, id="help.page-down"),
        Binding("b,pageup", "scroll_page(-1)", "Page up", show=False, id="help.page-up"),
        Binding("g,home", "scroll_to(0)", "Top", show=False, id="help.top"),
        Binding("G,end", "scroll_to(-1)", "Bottom", show=False, id="help.bottom"),
    ]

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        """The reading language: the keys are described in it."""
        self.rows: list[tuple[str, str, str]] = []
        """(where, keys, what) for every key shown, in order."""
        self.tables: list[Table] = []
        """The tables shown: one per group of keys, then the filter syntax."""
        self.ids: dict[str, str] = {}
        """Binding id → what it does, for every id shown (the config file's [keys] names them)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            keymap = app_keymap(self)
            # (the title names the key that closes it as its rows and its footer do: `esc`, in either language)
            close = typed_key("help.close", keymap, HelpScreen)
            groups = binding_groups()
            # one width for every group's key column, so the columns line up
            key_width = max(len(binding_keys(b, keymap)) for _, bindings in groups for b in bindings) + 2
            # and for the ids: every group's id column then starts at the same place
            id_width = max(len(b.id or "") for _, bindings in groups for b in bindings)
            needs = key_width + id_width + ACTION_MIN
            # (below that the ids were left out, and the heading still pointed at their column:
            # at 60 and 40 columns no id could be found for [keys]; now each goes under its description)
            beside, under = (Text(words(self.lang, key, close=close), "bold") for key in ("help_title", "help_title_narrow"))
            yield _Heading(beside, under, needs)
            for where, bindings in groups:
                title = in_chrome(self.lang, where, PLACES_ZH)
                table = Table(title=title, title_justify="left", show_header=False, box=None, expand=True)
                table.add_column("key", style="bold", no_wrap=True, width=key_width)
                table.add_column("action", ratio=1, overflow="fold")  # (the one column that takes the rest)
                table.add_column("id", style="dim", no_wrap=True, width=id_width)
                narrow = Table(show_header=False, box=None, expand=True, padding=(0, 1, 0, 0))
                narrow.add_column("key", style="bold", no_wrap=True, width=key_width)
                narrow.add_column("action", ratio=1, overflow="fold")
                seen: set[tuple[str, str]] = set()
                for binding in bindings:
                    label = binding_keys(binding, keymap)
                    if (label, binding.description) in seen:
                        continue
                    seen.add((label, binding.description))
                    what = key_description(self.lang, binding.description)
                    table.add_row(Text(label), Text(what), Text(binding.id or ""))
                    under = Text(binding.id or "", style="dim", overflow="fold")
                    narrow.add_row(Text(" " + label), Group(Text(what), under) if binding.id else Text(what))
                    if binding.id:
                        self.ids[binding.id] = what
                    self.rows.append((title, label, what))
                self.tables.append(table)
                yield Static(_IfRoom(table, Group(_Wrapped(Text(title, style="table.title")), narrow), needs), markup=False)
            syntax, shown = _query_syntax(key_width, self.lang)
            self.tables.append(syntax)
            yield Static(shown, markup=False, id="help-query")
        yield FittingFooter(lang=self.lang)

    def action_scroll(self, lines: int) -> None:
        """Scroll the help text (every key of a burst counts: `tui.scrolling`)."""
        scroll_now(self.query_one("#help-body", VerticalScroll), lines)

    def action_scroll_page(self, pages: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        scroll_now(body, pages * page(body))

    def action_scroll_to(self, where: int) -> None:
        """The top (0) or the bottom (-1)."""
        body = self.query_one("#help-body", VerticalScroll)
        scroll_to_now(body, body.max_scroll_y if where < 0 else 0)
