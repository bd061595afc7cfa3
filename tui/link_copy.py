"""Copying a link: the same clipboard path as citations (OSC 52, tmux's buffer, a native tool
on your own desktop), saying how it was sent; on your own desktop it also opens the browser.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from tui.copying import send
from tui.ui_text import words

if TYPE_CHECKING:
    from collections.abc import Callable

    from tui.app import ReaderApp
    from tui.clipboard import Delivery
    from tui.links import LinkChoice


def pick_link(app: ReaderApp, entry_id: str, lang: str, open_entry: Callable[[str], None]) -> None:
    """`o`: the entry's links in a `LinkPicker`; the one chosen is copied (and opened, on
    the user's own desktop only), a "see also" entry chosen is shown (`open_entry`)."""
    import sys

    from tui.clipboard import on_own_desktop
    from tui.links import entry_links
    from tui.screens.link_picker import LinkPicker

    assert app.corpus is not None
    links = entry_links(app.corpus, app.corpus.entry(entry_id), app.outline, lang)
    if not links:
        app.notify(words(lang, "no_links", id=entry_id), markup=False)
        return
    desktop = on_own_desktop(os.environ, sys.platform)
    action = words(lang, "link_copies_opens" if desktop else "link_copies")

    def chosen(link: LinkChoice | None) -> None:
        if link is not None and link.entry:
            open_entry(link.entry)
        elif link is not None and link.url:
            copy_link(app, link.url, open_browser=desktop)

    app.push_screen(LinkPicker(entry_id, links, action, lang), chosen)


def copy_link(app: ReaderApp, url: str, open_browser: bool) -> None:
    """Send `url` to the clipboard in a worker, then notify how; open it too if asked."""
    choice, lang = app.options.clipboard, app.lang

    def then(delivery: Delivery) -> None:
        opened = ""
        if open_browser:
            import webbrowser

            try:
                opened = words(lang, "browser_opened" if webbrowser.open(url) else "no_browser")
            except Exception as err:  # webbrowser raises whatever its launcher does
                opened = words(lang, "browser_failed", error=err)
        sent = delivery.summary(words(lang, "link"), lang) if choice != "off" else words(lang, "clipboard_off")
        severity = "warning" if (delivery.problems or not delivery.sent) else "information"
        app.call_from_thread(
            app.notify, f"{sent}{opened}\n{url}", title=words(lang, "link"), severity=severity, timeout=8, markup=False
        )

    send(app, url, url, "link-clipboard", then)
