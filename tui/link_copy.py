"""Copying a link: the same clipboard path as citations (OSC 52, tmux's buffer, a native tool
on your own desktop), saying how it was sent; on your own desktop it also opens the browser.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from tui.clipboard import deliver, plan

if TYPE_CHECKING:
    from collections.abc import Callable

    from tui.app import ReaderApp
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
        app.notify(f"{entry_id} has no links.", markup=False)
        return
    desktop = on_own_desktop(os.environ, sys.platform)
    action = "copies it and opens it in your browser" if desktop else "copies it"

    def chosen(link: LinkChoice | None) -> None:
        if link is not None and link.entry:
            open_entry(link.entry)
        elif link is not None and link.url:
            copy_link(app, link.url, open_browser=desktop)

    app.push_screen(LinkPicker(entry_id, links, action), chosen)


def copy_link(app: ReaderApp, url: str, open_browser: bool) -> None:
    """Send `url` to the clipboard in a worker, then notify how; open it too if asked."""
    env = dict(os.environ)
    choice = app.options.clipboard
    transports, unavailable = plan(choice, env)

    def osc52(text: str) -> None:
        app.call_from_thread(app.copy_to_clipboard, text)

    def work() -> None:
        delivery = deliver(url, transports, osc52, env, unavailable)
        opened = ""
        if open_browser:
            import webbrowser

            try:
                opened = " Opened in your browser." if webbrowser.open(url) else " No browser could be opened."
            except Exception as err:  # webbrowser raises whatever its launcher does
                opened = f" The browser could not be opened ({err})."
        sent = delivery.summary("Link") if choice != "off" else "The clipboard is off (--clipboard off)."
        severity = "warning" if (delivery.problems or not delivery.sent) else "information"
        try:
            app.call_from_thread(
                app.notify, f"{sent}{opened}\n{url}", title="Link", severity=severity, timeout=8, markup=False
            )
        except RuntimeError:  # the app closed meanwhile
            pass

    app.run_worker(work, name="link-clipboard", group="clipboard", thread=True, exit_on_error=False)
