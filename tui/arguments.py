"""Command-line arguments are untrusted text: cleaned before anything shows or prints them.

`clean_arguments` drops control, bidi and zero-width characters from every string
argument (a `--filter` of `ESC ] 52 ; ...` would otherwise write the clipboard from the
filter bar); paths are kept as given, to open the file, and shown through
`corpus.text.visible`. `ArgumentParser` writes argparse's own messages (which quote what
was typed) the same way.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from corpus.text import clean_text, visible


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser whose error messages show typed text escaped, never raw."""

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """Exit, the message's unsafe characters made visible (one line per line)."""
        if message:
            message = "\n".join(visible(line) for line in message.rstrip("\n").split("\n")) + "\n"
        super().exit(status, message)


KEPT_AS_TYPED = frozenset({"entry_id", "entry", "thread", "topics_from"})
"""Arguments looked up as typed, never cleaned: an entry id (also the reader's `--entry`:
its notice quotes it with repr) and `import --thread` (a slug
or a Reddit id holds no control, bidi or zero-width character, so one typed with such a
character names nothing, and is quoted escaped, as typed; cleaned, it named another
entry or thread, or was quoted as nobody typed it: `--thread t3_ESC[2J` was `'[2J'`);
`import --topics-from`, a path like the others (those are `Path`s, never cleaned): cleaned,
a name holding a zero-width character opened another file."""


def clean_arguments(args: argparse.Namespace) -> argparse.Namespace:
    """Every string (and list of strings) in `args` cleaned with `clean_text`, in place,
    but for those `KEPT_AS_TYPED`."""
    for name, value in vars(args).items():
        if name in KEPT_AS_TYPED:
            continue
        if isinstance(value, str):
            setattr(args, name, clean_text(value))
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            setattr(args, name, [clean_text(item) for item in value])
    return args
