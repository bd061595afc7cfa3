"""The reader's options from the command line, as one plain frozen dataclass.

No pydantic and no Textual import: this module is on the start-up path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

LangChoice = Literal["zh", "en", "both"]
ClipboardChoice = Literal["auto", "osc52", "tmux", "native", "off"]

LANG_CHOICES: tuple[LangChoice, ...] = ("zh", "en", "both")
CLIPBOARD_CHOICES: tuple[ClipboardChoice, ...] = ("auto", "osc52", "tmux", "native", "off")


@dataclass(frozen=True)
class ReaderOptions:
    """How the reader starts: which corpus, how it looks and what it shows first."""

    corpus_path: Path | None = None
    """A corpus file to read instead of the built-in one."""
    theme: str | None = None
    """A Textual theme name; None keeps the default."""
    filter: str = ""
    """A filter query to start with."""
    entry: str | None = None
    """The id of the entry to open first."""
    mouse: bool = True
    """Whether the reader captures the mouse (off lets the terminal select text)."""
    lang: LangChoice | None = None
    """Which language to show; None follows the locale."""
    clipboard: ClipboardChoice = "auto"
    """How copying reaches the clipboard: OSC 52, tmux's buffer, a native tool, or not at all."""
    keys: tuple[tuple[str, str], ...] = ()
    """The config file's keymap: (binding id, keys) pairs, Textual's `set_keymap`."""
    notices: tuple[str, ...] = ()
    """Problems found in the config file, one line each, shown once the reader is up."""


def default_lang() -> str:
    """The reading language the locale asks for: zh for LANG=zh_*, else en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"
