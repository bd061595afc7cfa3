"""Text helpers with no heavy imports: cleaning, width folding and language picking.

The reader's first screen is drawn from these alone, before pydantic is imported.

Untrusted text (a corpus, an argument, a file name, a cache) goes through one of two
helpers before it reaches a terminal or standard output:

- `clean_text` for text that is read (corpus strings, a query): C0/C1 controls (but
  newline and tab), lone surrogates and every Unicode format character (bidi overrides
  and isolates U+202A-202E, U+2066-2069, marks U+200E/F, zero-width U+200B-200D, U+2060,
  U+FEFF, soft hyphen, tag characters) are dropped. They are invisible or act on the
  terminal; dropped, no text can make a URL or a name look like another (a ZWJ emoji
  sequence shows as its separate emoji).
- `visible` for names and error lines (file names, ids, the values `check` quotes): the
  same characters, and line breaks, are written as escapes (`\\x1b`, `\\u202e`) so the
  reader sees that they are there, on one line.
"""

from __future__ import annotations

import re
import threading
import time
from typing import Any

FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
"""Unicode's format characters (category Cf: bidi controls, zero-width ...), as a regex class body."""

UNSEEN_CHARACTERS = f"\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029{FORMAT_CHARACTERS}"
"""What `visible` writes as escapes (controls, surrogates, line separators, format
characters), as a regex class body."""

_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{FORMAT_CHARACTERS}]")
_UNSEEN = re.compile(f"[{UNSEEN_CHARACTERS}]")
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\r": "\n"})
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def clean_text(value: str) -> str:
    """Drop C0/C1 controls (but newline and tab), lone surrogates and format characters
    (bidi, zero-width); line ends (CR LF, CR, U+2028/9) become newlines."""
    if "\r" in value or "\u2028" in value or "\u2029" in value:
        value = value.replace("\r\n", "\n").translate(_LINE_BREAKS)
    return _CONTROL.sub("", value)


_RISKY_ESCAPE = re.compile(r'\\[^nt"\\/]')
_RISKY_BUT_U = re.compile(r'\\[^nt"\\/u]')


def needs_no_cleaning(text: str) -> bool:
    """True when no string parsed from this JSON or TOML file text could hold anything
    `clean_text` changes: every line is printable (no control, format, line-separator or
    surrogate character: `str.isprintable` is False for all of them) and no escape could
    make one (only \\n, \\t, \\", \\\\, \\/). About 4x faster at 100k entries than
    cleaning each string; a False only means each string is cleaned."""
    if "\\" in text and _RISKY_ESCAPE.search(text.replace("\\\\", "")):
        return False
    for start in range(0, len(text), _SLICE):
        # a slice at a time, yielding between them: a loading thread must not hold the
        # GIL for the whole text (0.25 s at 100k entries on a busy machine)
        if not all(map(str.isprintable, text[start : start + _SLICE].split("\n"))):
            return False
        yield_to_other_threads()
    return True


def piece_needs_no_cleaning(piece: str, escapes: bool = False) -> bool:
    """`needs_no_cleaning` of one piece of a file's text, for a file checked a piece at a
    time (`corpus.compact`): the file needs no cleaning when each of its pieces does not,
    provided no piece ends inside a run of backslashes. `escapes`: \\u escapes are let
    through (a JSON file written with only ASCII characters escapes every other one),
    for the caller to check what they stand for once decoded."""
    if "\\" in piece and (_RISKY_BUT_U if escapes else _RISKY_ESCAPE).search(piece.replace("\\\\", "")):
        return False
    return all(map(str.isprintable, piece.split("\n")))


class LoadingStopped(BaseException):
    """Raised by `yield_to_other_threads` in a thread told to stop (`stop_when`): the reader
    is closing and its loading thread ends within a slice of work. A BaseException, so no
    `except Exception` on its way (a decoder's fallback) swallows it."""


_STOPS: dict[int, Any] = {}
"""Per thread (by ident), when to stop: set by `stop_when`."""


def stop_when(check: Any) -> None:
    """In this thread, make `yield_to_other_threads` raise LoadingStopped once `check()` is
    true (None: never). Asyncio waits for a thread worker to end before the process may
    exit, so a loading thread must end soon after the reader is asked to quit."""
    if check is None:
        _STOPS.pop(threading.get_ident(), None)
    else:
        _STOPS[threading.get_ident()] = check


def yield_to_other_threads() -> None:
    """Let another thread (the reader's UI) run, if there is one: long work in a loading
    thread calls this between slices (LoadingStopped when the thread is told to stop,
    `stop_when`), and waits here while the UI has input to handle (`ui_turn_begins`).
    Alone (a command) it costs nothing: 300 idle `time.sleep(0)` calls took 0.3 s of a
    busy machine."""
    if threading.active_count() > 1:
        check = _STOPS.get(threading.get_ident())
        if check is not None and check():
            raise LoadingStopped
        since = _ui_turn
        if since and threading.current_thread() is not threading.main_thread():
            left = since + UI_TURN_MOST - time.monotonic()
            if left > 0:
                _ui_idle.wait(left)  # (asleep, the GIL let go, until the turn ends)
        time.sleep(0)


ENTRIES_BETWEEN_TURNS = 500
"""How many entries a loading thread adds or reads before it lets the UI have its turn
(`yield_to_other_threads`; ~3-5 ms of work). Once per topic, a topic of 8k entries (100k
in twelve) held its turns ~50-80 ms: on a first start a key typed meanwhile echoed 103 ms
late as the outline's questions were indexed, 104-111 ms as a cached index was given the
corpus's texts (`corpus.search.cache.share_texts`). Every turn is a wait while keys come
(up to `UI_TURN_MOST`). The outline's questions listed for the decoder with turns as well
(`corpus.compactload._questions`): in two runs interleaved with the code before, keys
typed throughout at 100k on a busy machine, all was loaded at 46 and 56 s against 33 and
46 s, RSS once loaded 600 and 618 MB against 575 and 597 MB: not kept."""


def by_entry_id(topics: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """({entry id: entry}, {entry id: its topic}) over `topics` (each with `.entries`, each
    with `.id`), made `ENTRIES_BETWEEN_TURNS` entries at a time with the UI's turn between:
    made in one go each (~25 ms a table at 100k entries) in a loading thread as the first
    keys came, they held the event loop 100 ms late."""
    entry_of: dict[str, Any] = {}
    topic_of: dict[str, Any] = {}
    for topic in topics:
        entries = topic.entries
        for at in range(0, len(entries), ENTRIES_BETWEEN_TURNS):
            some = entries[at : at + ENTRIES_BETWEEN_TURNS]
            ids = [entry.id for entry in some]
            entry_of.update(zip(ids, some))
            topic_of.update(dict.fromkeys(ids, topic))
            yield_to_other_threads()
    return entry_of, topic_of


UI_TURN_MOST = 0.06
"""Seconds, at most, that work in other threads gives way to the UI after input arrives
(it says sooner when it has drawn what the input did: `ui_turn_ends`)."""
_ui_turn = 0.0
"""When the input the UI is handling arrived (`time.monotonic`); 0: none."""
_ui_idle = threading.Event()
"""Set when no turn is on: what the waiting threads sleep on."""
_ui_idle.set()
_ui_lock = threading.Lock()


def ui_turn_begins() -> float:
    """Input arrived (the reader's input thread): until `ui_turn_ends`, or UI_TURN_MOST,
    threads at `yield_to_other_threads` wait, and the UI has the GIL to itself. Keys typed
    at 100k entries while a first start loaded echoed up to 200-270 ms late, the UI
    sharing the GIL with the loading and search threads at every step of a keystroke.
    The moment, to hand `ui_turn_ends`."""
    global _ui_turn
    with _ui_lock:
        _ui_turn = time.monotonic()
        _ui_idle.clear()
        return _ui_turn


def ui_turn_ends(since: float) -> None:
    """The UI has drawn what the input that arrived at `since` did (a later input's turn
    goes on)."""
    global _ui_turn
    with _ui_lock:
        if _ui_turn == since:
            _ui_turn = 0.0
            _ui_idle.set()


_SLICE = 1 << 22
"""Characters checked between two pauses (~10 ms)."""


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 answer', '2 answers' ('1 reply', '2 replies' with `many`)."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def visible(value: object) -> str:
    """`value` as text for one terminal line: every control, format (bidi, zero-width) and
    line-break character written as an escape (`\\x1b`, `\\u202e`): seen, never acted on."""
    return _UNSEEN.sub(_escape, str(value))


def _escape(found: re.Match[str]) -> str:
    code = ord(found[0])
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


_URL_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%\u0080-\U0010ffff]")


def url_escape(url: str) -> str:
    """`url` with every ASCII character that can end or break a link in Markdown, BibTeX
    or LaTeX (parentheses, brackets, braces, angle brackets, backslash, quote, caret,
    pipe, backquote, space) percent-encoded: the same address, safe in any format."""
    return _URL_UNSAFE.sub(lambda found: "".join(f"%{b:02X}" for b in found[0].encode()), url)


def pick(raw: Any, lang: str) -> str:
    """The `lang` text of a raw localized value (a string or a {zh, en, original} table)."""
    if isinstance(raw, str):
        return clean_text(raw)
    text = raw.get(lang) or raw.get(raw.get("original", "zh")) or raw.get("zh") or raw.get("en")
    return clean_text(str(text or ""))
