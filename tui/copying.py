"""Sending text to the clipboard from the reader, and remembering the last text sent.

Every copy (`y` and `Y` in `citing`, a link in `link_copy`) goes through `send`, so the
last copy has one owner: `y` shows a citation to select only when that very citation
was the last thing this reader copied, never after a link or another format.

The tools (tmux, xclip ...) run in a thread worker, so one that hangs never freezes the
reader; every failure ends up in the `Delivery` handed to `then`, none is raised.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.clipboard import Delivery, deliver, plan

if TYPE_CHECKING:
    from collections.abc import Callable

    from tui.app import ReaderApp


@dataclass(frozen=True)
class Sent:
    """The last copy: what it was (a citation's `Copied`, a link's URL), and when."""

    what: object
    at: float


def last_sent(app: ReaderApp) -> Sent | None:
    """What this reader copied last, if anything since it was forgotten."""
    sent = app.last_copy
    return sent if isinstance(sent, Sent) else None


def forget(app: ReaderApp) -> None:
    """Forget the last copy (its text was shown to select)."""
    app.last_copy = None


def send(app: ReaderApp, text: str, what: object, name: str, then: Callable[[Delivery], None]) -> None:
    """Record `text` as the last copy and send it by the transports `--clipboard` allows;
    `then` gets the result in the worker thread (it calls back into the app itself)."""
    app.last_copy = Sent(what, time.monotonic())
    env = dict(os.environ)
    transports, unavailable = plan(app.options.clipboard, env)

    def osc52(sent: str) -> None:
        app.call_from_thread(app.copy_to_clipboard, sent)

    def work() -> None:
        delivery = deliver(text, transports, osc52, env, unavailable)
        try:
            then(delivery)
        except RuntimeError:  # the app closed meanwhile: nobody to tell
            pass

    app.run_worker(work, name=name, group="clipboard", thread=True, exit_on_error=False)
