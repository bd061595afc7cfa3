"""The reader's `y` and `Y`: cite the shown entry, send it to the clipboard, say what was done.

`y` copies the plain-text citation in the reading language; `y` again while its
notification is up, that very citation (same entry, language, format and text) still the
last thing copied, opens `CitationView`, the citation as text to select, because the app
cannot see whether the terminal accepted OSC 52; a link or another format copied in between
makes `y` copy again. `Y` opens `CitationPicker` to choose the format first. The citation
always quotes whole answers, whatever the filter shows highlighted.

The sending itself, and the record of the last copy, are `tui.copying`'s.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from corpus.citation import FORMAT_NAMES, FORMATS, CiteLang, cite
from tui.copying import forget, last_sent, send
from tui.dialog_text import FORMAT_NAMES_ZH
from tui.keymap import bound_key
from tui.ui_text import in_chrome, words

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.notifications import SeverityLevel
    from textual.screen import Screen

    from tui.app import ReaderApp
    from tui.clipboard import Delivery

DEFAULT_FORMAT = "text"
AGAIN_SECONDS = 8.0
"""How long after a copy `y` opens the text instead of copying again (the notification's life)."""


@dataclass(frozen=True)
class Copied:
    """A citation sent: which entry, in which language and format, and its text."""

    entry_id: str
    lang: str
    fmt: str
    text: str

    @property
    def heading(self) -> str:
        """What the citation is, for a title: 'Citation · plain text · kda-next-flagship'
        ('引用 · 纯文本 · …' under zh and both)."""
        return words(self.lang, "citation_heading", format=format_name(self.lang, self.fmt), id=self.entry_id)


def format_name(lang: str, fmt: str) -> str:
    """A citation format as the reader names it in the chrome's language."""
    return in_chrome(lang, FORMAT_NAMES[fmt], FORMAT_NAMES_ZH)


def citation_text(app: ReaderApp, entry_id: str, fmt: str = DEFAULT_FORMAT) -> str:
    """The citation of an entry in the reader's current language."""
    assert app.corpus is not None, "cite only once the corpus is loaded"
    return cite(app.corpus, entry_id, fmt, _lang(app))  # type: ignore[arg-type]


def _lang(app: ReaderApp) -> CiteLang:
    return app.lang if app.lang in ("zh", "en", "both") else "en"  # type: ignore[return-value]


def copy_citation(app: ReaderApp, entry_id: str) -> None:
    """`y`: copy the default citation; pressed again soon after, while it is still the
    last thing copied, show it to select."""
    citation = Copied(entry_id, app.lang, DEFAULT_FORMAT, citation_text(app, entry_id))
    last = last_sent(app)
    if last is not None and last.what == citation and time.monotonic() - last.at < AGAIN_SECONDS:
        show_citation(app, citation)
        return
    send_text(app, citation)


def pick_citation(app: ReaderApp, entry_id: str) -> None:
    """`Y`: choose a format (with a preview of each), then copy."""
    from tui.screens.citation_dialog import CitationPicker

    previews: dict[str, str] = {
        fmt: citation_text(app, entry_id, fmt) for fmt in FORMATS
    }

    def chosen(fmt: str | None) -> None:
        if fmt in previews:
            send_citation(app, entry_id, fmt, previews[fmt])

    names: dict[str, str] = {fmt: format_name(app.lang, fmt) for fmt in FORMATS}
    app.push_screen(CitationPicker(entry_id, previews, names, app.lang), chosen)


def show_citation(app: ReaderApp, copied: Copied, note: str = "", toasts: bool = False) -> None:
    """Open the citation as selectable text (with `note` on top); `c` there sends the selection again.

    `toasts`: keep the notifications shown (else cleared: a toast would cover the text)."""
    from tui.screens.citation_dialog import CitationView

    forget(app)  # the next y copies again
    if not toasts:
        app.clear_notifications()

    def closed(text: str | None) -> None:
        if text:
            send_text(app, Copied(copied.entry_id, copied.lang, copied.fmt, text))

    app.push_screen(CitationView(copied.text, copied.heading, note, app.lang), closed)


def send_citation(
    app: ReaderApp, entry_id: str, fmt: str, text: str | None = None
) -> None:
    """Cite an entry in `fmt` and send it by the transports `--clipboard` allows."""
    text = text if text is not None else citation_text(app, entry_id, fmt)
    send_text(app, Copied(entry_id, app.lang, fmt, text))


def send_text(app: ReaderApp, copied: Copied) -> None:
    """Send a citation's text; the notification (or the view) follows when it is done."""
    if app.options.clipboard == "off":
        show_citation(app, copied, words(app.lang, "off_note"))
        return
    send(
        app,
        copied.text,
        copied,
        "citation-clipboard",
        lambda delivery: app.call_from_thread(report, app, copied, delivery),
    )


def report(app: ReaderApp, copied: Copied, delivery: Delivery) -> None:
    """Say exactly what was done; when nothing took the text, show it to select."""
    lang = copied.lang
    message = delivery.summary(words(lang, "citation"), lang)
    if not delivery.sent:
        when_reader_on_top(app, lambda later: show_citation(app, copied, words(lang, "here_to_select", message=message), later))
        return
    severity: SeverityLevel = "warning" if delivery.problems else "information"
    space = " " if lang == "en" else ""
    again = words(lang, "again_hint", again=bound_key("reader.copy-citation", dict(app.options.keys)))
    app.notify(
        f"{message}{space}{again}",
        title=copied.heading,
        severity=severity,
        timeout=AGAIN_SECONDS,
        markup=False,
    )


def when_reader_on_top(app: ReaderApp, show: Callable[[bool], None]) -> None:
    """Call `show` now if the reader is on top, else once every dialog opened over it since
    (the note editor, `y` then `M` at once) is closed: a view pushed over the editor took
    the keys typed into the note. `show` is told whether it was kept for later (then the
    toasts that came meanwhile, such as "note saved", are news to keep)."""
    reader = app.reader_screen
    if reader is None or app.screen is reader:
        show(False)
        return

    def changed(screen: Screen[object]) -> None:
        if screen is reader:  # (every view waiting is called in this same publish, before
            app.screen_change_signal.unsubscribe(reader)  # the reader's subscriptions go)
            reader.call_next(show, True)  # (after the closed dialog's result is handled)

    app.screen_change_signal.subscribe(reader, changed, immediate=True)
