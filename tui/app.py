"""The reader app: one factory (`make_app`) used by the command line and every test.

Start-up draws the first screen from the corpus outline; the validated pydantic corpus
and the search index are loaded in a thread right after the first paint, so the
reader starts about as fast as an empty Textual app.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from corpus.outline import BUILTIN_CORPUS, Outline
from corpus.text import visible
from tui.loading import freeze_loaded
from tui.options import ReaderOptions, default_lang
from tui.output import not_a_terminal as _not_a_terminal
from tui.screens.reader import ReaderScreen
from tui.toasts import ToastClock, place_toasts
from tui.ui_text import words
from tui.widgets.keys_in_turn import HandedBackFirst

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.widget import Widget

    from corpus.model import Corpus
    from corpus.search import SearchIndex
    from corpus.search.scan_server import RemoteIndex, ScanServer
    from tui.view_styles import Styles
    from tui.userdata import ReadingState


def styles_dir() -> Path:
    """The .tcss folder: `tui/styles` in an installed wheel, `styles/` in a checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "styles"
    return installed if installed.is_dir() else here.parent / "styles"


def default_theme() -> str:
    """A theme that reads well on this terminal: the terminal's own 16 colours if it has few."""
    term = os.environ.get("TERM", "")
    many = "256" in term or os.environ.get("COLORTERM") in ("truecolor", "24bit")
    return "textual-dark" if many else "ansi-dark"


def _literal_commands() -> type[Provider]:
    """The palette's commands, shown literally (imported when the palette first opens)."""
    from tui.palette import LiteralCommands

    return LiteralCommands


AHEAD = (events.Key, events.Paste, events.MouseEvent)
"""Input that waits, in turn, for the reader screen to be ready (`ReaderApp.on_event`)."""


def _as_typed(event: events.Event) -> events.Event:
    """A key typed ahead of the reader as the key pressed: Enter typed while the terminal
    was still in the shell's mode reads as ctrl+j (the tty turns CR into LF), so `/muon`
    Enter `y` typed ahead put `muony` in the filter."""
    if isinstance(event, events.Key) and event.key == "ctrl+j":
        return events.Key("enter", "\r")
    return event


class ReaderApp(HandedBackFirst, App[int]):
    """kimi-ama-tui: read the Kimi K2 Thinking AMA."""

    CSS_PATH = [styles_dir() / "reader.tcss"]
    TITLE = "kimi-ama-tui"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = {_literal_commands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="app.quit-ctrl-c"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("f1", "help", "Help", show=False, id="app.help-f1"),
        Binding("ctrl+p", "command_palette", "Commands", id="app.palette"),
        Binding("ctrl+z", "suspend_process", "Suspend (fg resumes)", show=False, id="app.suspend"),
    ]

    def __init__(self, options: ReaderOptions, outline: Outline, corpus: Corpus | None = None) -> None:
        super().__init__()
        self.options = options
        self.outline = outline
        self.corpus = corpus
        self.index: SearchIndex | RemoteIndex | None = None
        self.scan_server: ScanServer | None = None
        """A first start's search child (`corpus.search.scan_server`), forked before this
        app, until the loading thread lets it go."""
        self.index_partial = False
        """Whether `index` holds the outline's questions only (the whole one is being built)."""
        self.indexing = False
        """Whether `index` scans the texts (the same results, slower) while the whole one is built."""
        self.lang = options.lang or default_lang()
        self.theme = options.theme or default_theme()
        self.last_copy: object = None
        """What this reader copied last (`tui.copying.Sent`), until forgotten: `y` shows a
        citation's text only right after copying that very citation."""
        self._keys_ahead: list[events.Event] | None = []
        """Input read before the reader screen is ready (None once it is): see `on_event`."""
        self._toast_clock = ToastClock()
        """Stops the notifications' time while a dialog hides them (`tui.toasts`)."""

    async def on_event(self, event: events.Event) -> None:
        """Keys read before the reader screen is mounted (typed ahead of the reader, right
        behind the Enter that started it) wait for it, then act as if typed a moment later:
        they reached the screen before its mount, which then put the focus on the tree, so
        `/mu` left `mu` in the filter and the rest of the query ran as commands (`o`, `q`).
        A paste or a click read meanwhile waits with them, in turn (a paste behind a `/`
        went to the tree, before the `/`)."""
        if self._keys_ahead is not None and isinstance(event, AHEAD) and not event.is_forwarded:
            self._keys_ahead.append(event)
            return
        await super().on_event(event)

    @on(ReaderScreen.Ready)
    def _reader_ready(self) -> None:
        self.call_after_refresh(self._keys_typed_ahead)  # (the tree laid out, its cursor set)

    async def _keys_typed_ahead(self) -> None:
        """Handle the keys typed ahead, now, in the order typed. Not posted again: keys
        the app had read behind them, not yet handled (a loaded machine), came first;
        `/` then `tokenizer` put the `/` after the query, whose `t` hid the tree."""
        keys, self._keys_ahead = self._keys_ahead or [], None
        for key in keys:
            await super().on_event(_as_typed(key))

    def get_default_screen(self) -> Screen[Any]:
        """The reader is the first screen: nothing else is composed or painted before it."""
        return ReaderScreen()

    def action_command_palette(self) -> None:
        """Open the command palette (`tui.palette.ReaderPalette`: Textual's, taking the keys
        typed behind ctrl+p in one read)."""
        from textual.command import CommandPalette

        from tui.palette import ReaderPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]  # App[int], not App[object]
            self.push_screen(ReaderPalette(placeholder=words(self.lang, "palette_placeholder"), id="--command-palette"))

    def _refresh_notifications(self) -> None:
        """Textual's one place deciding where the notifications show (called on every notify,
        expiry and clear, and whenever a screen comes back on top): here, on the screen on top
        unless it is a dialog, their time stopped meanwhile (`tui.toasts`). Decided when it
        runs, after the screens pushed meanwhile: a toast raised just before a dialog opened
        stayed on the reader, drawn behind the dialog."""
        self.call_later(lambda: place_toasts(self.screen_stack, self._notifications, self._toast_clock))

    def on_mount(self) -> None:
        """Once the first screen is up, load what it did not need."""
        if self.options.keys:
            self.set_keymap(dict(self.options.keys))  # the config file's [keys]
        for notice in self.options.notices:
            self.notify(notice, title=words(self.lang, "config_file"), severity="warning", timeout=15, markup=False)
        self.app_resume_signal.subscribe(self, self._redraw_all)
        self.call_after_refresh(self._load_in_background)

    def _redraw_all(self, _app: object = None) -> None:
        """Back from a suspend (ctrl+z, then fg; or `kill -TSTP`): the terminal's screen
        was given back blank, and Textual draws only what changed: everything is drawn."""
        for screen in self.screen_stack:
            screen.refresh(repaint=True, layout=True)

    def _load_in_background(self) -> None:
        from tui.loading import load_corpus_and_index

        load_corpus_and_index(self)

    def index_ready(self, index: SearchIndex | RemoteIndex, partial: bool = False) -> None:
        """Called on the UI thread when an index arrives before the corpus: a cached one,
        or (`partial`) one of the outline's questions while the whole one is built. The
        filter works from here on; the answers follow with the corpus. The questions'
        index that comes after an index of every text (the search child's) is dropped."""
        if partial and self.index is not None and not self.index_partial:
            return
        self.index, self.index_partial = index, partial
        screen = self.reader_screen
        if screen is not None:
            screen.index_ready()

    def loaded(
        self, corpus: Corpus, index: SearchIndex | RemoteIndex, reading: ReadingState, indexing: bool = False
    ) -> None:
        """Called on the UI thread when the corpus and index are ready, with the read
        marks and bookmarks (`reading`), handed on to the reader screen, their owner.
        `indexing`: the index scans the texts while the whole one is built."""
        self.corpus, self.index, self.index_partial, self.indexing = corpus, index, False, indexing
        # The corpus and index live as long as the app: keep the collector from walking
        # them again and again while the user types (pauses of tens of milliseconds).
        freeze_loaded()
        screen = self.reader_screen
        if screen is not None:
            screen.corpus_ready(reading)

    def index_built(self, index: SearchIndex) -> None:
        """Called on the UI thread when the whole index replaces the scan the reader
        searched with while it was built (a first start): the same results, sooner."""
        self.index, self.indexing = index, False
        freeze_loaded()
        screen = self.reader_screen
        if screen is not None:
            screen.index_built()

    def load_failed(self, message: str) -> None:
        """The corpus could not be loaded: say why and exit non-zero."""
        self.exit(1, return_code=1, message=message)

    def preload_failed(self, modules: list[str]) -> None:
        """Called on the UI thread when modules a later key would import could not be
        imported once loaded (`tui.preload`): the package was upgraded or damaged meanwhile."""
        shown = ", ".join(visible(name) for name in modules[:3]) + (", …" if len(modules) > 3 else "")
        self.notify(
            words(self.lang, "upgraded", modules=shown),
            title=words(self.lang, "upgraded_title"),
            severity="warning",
            timeout=30,
            markup=False,
        )

    @property
    def reader_screen(self) -> ReaderScreen | None:
        """The reader screen, once it is on the stack."""
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    def view_styles(self, widget: Widget) -> Styles:
        """The answer pane's styles from the current theme."""
        from tui.view_styles import Styles

        def style(name: str):  # type: ignore[no-untyped-def]
            return widget.get_component_rich_style(f"answer-pane--{name}", partial=True)

        return Styles(
            heading=style("heading"),
            speaker=style("speaker"),
            dim=style("dim"),
            note=style("note"),
            match=style("match"),
            link=style("link"),
        )

    def action_help(self) -> None:
        """Show every key, generated from the bindings."""
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.lang))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Palette commands: every keyed action, themes, and jumps to topics and entries."""
        from tui.palette import reader_commands, textual_commands

        yield from textual_commands(self.lang, super().get_system_commands(screen))
        yield from reader_commands(self)


def make_app(options: ReaderOptions, corpus: Corpus | None = None, outline: Outline | None = None) -> ReaderApp:
    """The one app factory: the built-in corpus (fast path) unless a corpus is given; an
    `outline` alone (of `options.corpus_path`) draws the first screen while it loads."""
    if corpus is not None:
        return ReaderApp(options, outline or Outline.from_corpus(corpus), corpus)
    if outline is not None:
        return ReaderApp(options, outline)
    return ReaderApp(options, Outline.read_builtin(BUILTIN_CORPUS))


OUTLINE_FIRST_BYTES = 5_000_000
"""A JSON corpus file this big shows its outline first and is validated behind it."""


def first_screen_outline(path: Path) -> Outline | None:
    """The outline to draw a corpus file's first screen from before it is validated
    (validation goes on in the loading thread; a bad file then ends the reader with its
    problems): the cached outline of these exact bytes if they passed before, else for a
    big JSON file its outline decoded alone (corpus.fastload); None: validate first."""
    try:
        big = path.suffix.lower() == ".json" and path.stat().st_size >= OUTLINE_FIRST_BYTES
    except OSError:
        return None  # (validating says what is wrong with the path)
    if big:
        from corpus.fastload import read_outline

        outline = read_outline(path)
        if outline is not None:
            return outline
    return Outline.read_validated(path)


def run_reader(options: ReaderOptions, server: ScanServer | None = None) -> int:
    """Run the reader in this terminal; the exit status. `server`: the corpus file's
    search child, forked already (`tui.loading.start_search_child`): it is the app's
    from now on, and ended here at the latest."""
    try:
        return _run_reader(options, server)
    finally:
        if server is not None:
            server.close()  # (once the app has let it go, nothing more is done)


def _run_reader(options: ReaderOptions, server: ScanServer | None) -> int:
    import sys

    from textual.theme import BUILTIN_THEMES

    if options.theme and options.theme not in BUILTIN_THEMES:
        names = ", ".join(sorted(BUILTIN_THEMES))
        print(f"kimi-ama-tui: unknown theme {options.theme!r}; choose one of: {names}", file=sys.stderr)
        return 2
    corpus = None
    outline = first_screen_outline(options.corpus_path) if options.corpus_path is not None else None
    if options.corpus_path is not None and outline is None:
        from corpus.loader import CorpusError, load_corpus
        from tui.output import report_corpus_error

        size = options.corpus_path.stat().st_size if options.corpus_path.is_file() else 0
        if size > 5_000_000:
            shown = visible(options.corpus_path)
            print(f"kimi-ama-tui: reading {shown} ({size / 1e6:.0f} MB)…", file=sys.stderr)
        try:
            corpus = load_corpus(options.corpus_path)
        except CorpusError as error:
            return report_corpus_error(error)
    unusable = _not_a_terminal()
    if unusable:
        # (said where it can be read: with stderr closed or sent away, on the terminal's stdout)
        stderr_seen = sys.__stderr__ is not None and sys.__stderr__.isatty()
        where = sys.stdout if not stderr_seen and sys.stdout is not None and sys.stdout.isatty() else sys.stderr
        print(f"kimi-ama-tui: {unusable}", file=where)
        return 2
    from tui.terminal_guard import TerminalGuard

    # A COLUMNS or LINES left in the environment (from another terminal's size) would fix
    # the app's size for the whole run: the terminal itself says how big it is.
    for stale in ("COLUMNS", "LINES"):
        os.environ.pop(stale, None)
    app = make_app(options, corpus, outline)
    app.scan_server = server
    with TerminalGuard(app):  # signals, a lost terminal, bad input bytes: restored, no hang
        app.run(mouse=options.mouse)
    return app.return_code or 0
