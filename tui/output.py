"""How the command line writes: UTF-8 output whatever the locale, and a bad corpus's problems.

Used by the CLI and by `tui.app.run_reader`, so the app never imports the CLI."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.loader import CorpusError


def report_corpus_error(err: CorpusError) -> int:
    """Print each problem of a bad corpus file on its own line to stderr; return 1."""
    for problem in err.problems:
        print(problem, file=sys.stderr)
    return 1


def write_stdout(text: str) -> None:
    """Write to stdout as UTF-8 whatever the locale says: JSON is UTF-8 by definition."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()
