"""Every module the running reader may import later, imported as soon as it has loaded.

The reader imports some modules only when a key first needs them (help, the palette, the
citation dialog, the links picker, the bookmarks list, the note editor): start-up stays
fast. But a package upgraded or reinstalled while a reader runs (`pip install` over SSH)
replaces those files under it, and a later first use loaded the new files into the old
process, or found them gone mid-install: a traceback. So once loaded, the reader imports
them all (`preload`), in its loading thread, and reads no code from disk afterwards.

The list is derived, not written down: every module of the `tui` and `corpus` packages
but the command line's subcommands (`CLI_ONLY`), found with `pkgutil`; and the modules
outside them that their code imports inside functions (`ALSO_IMPORTED_LATER`), which
`tests/test_upgrade_while_running.py` checks against the code.
"""

from __future__ import annotations

import importlib
import pkgutil
import time
from collections.abc import Callable, Iterator

__all__ = ["ALSO_IMPORTED_LATER", "CLI_ONLY", "PACKAGES", "preload", "reader_modules"]

PACKAGES = ("tui", "corpus")
"""The packages whose every module the reader may import."""

CLI_ONLY = ("tui.commands", "tui.completion_scripts")
"""Modules (and packages, with all under them) only a subcommand uses, never the reader.
The subcommands' own modules are imported at start anyway (the parser registers them)."""

ALSO_IMPORTED_LATER = (
    # imported inside functions of the reader's modules; the standard library's too, so
    # that no code at all is read from disk once loaded
    "array", "ctypes", "difflib", "fcntl", "hashlib", "itertools", "json", "stat", "termios",
    "threading", "tomllib", "unicodedata", "weakref", "webbrowser",
    "msgspec", "pydantic", "rapidfuzz.distance.OSA", "rapidfuzz.process", "zstandard",
    "textual._xterm_parser", "textual.app", "textual.command", "textual.keys", "textual.theme",
    "textual.worker",
)  # fmt: skip
"""Modules outside `PACKAGES` that the reader's code imports inside functions."""


def reader_modules(failed: Callable[[str], object] = lambda name: None) -> Iterator[str]:
    """The names of the modules of `PACKAGES` the reader may import, packages first. A
    package that cannot be imported to look inside is given to `failed`."""
    for top in PACKAGES:
        try:
            package = importlib.import_module(top)
        except Exception:  # noqa: BLE001 - a broken install: nothing to preload here
            failed(top)
            continue
        yield top
        for module in pkgutil.walk_packages(package.__path__, f"{top}.", onerror=failed):
            name = module.name
            if not _cli_only(name) and name.rpartition(".")[2] != "__main__":
                yield name


def _cli_only(name: str) -> bool:
    return any(name == cli or name.startswith(f"{cli}.") for cli in CLI_ONLY)


def preload(stop: Callable[[], bool] = lambda: False) -> list[str]:
    """Import every module the reader may import later (`reader_modules`, then
    `ALSO_IMPORTED_LATER`), one at a time, until `stop()`; the names of those that could
    not be imported (a feature that may then fail; the reader itself goes on)."""
    failed: list[str] = []
    for name in (*reader_modules(failed.append), *ALSO_IMPORTED_LATER):
        if stop():
            break
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a module that cannot be imported must not end the reader
            failed.append(name)
        time.sleep(0)  # the GIL to the UI thread between two modules, if it waits for it
    return failed
