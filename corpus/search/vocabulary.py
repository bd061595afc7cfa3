"""The index's vocabulary: its unique words, sorted and joined in one string, so that
one scan finds every word holding a term; prefixes and lengths for typo matching."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import repeat

from corpus.search.text import EXACT, PREFIX, SUBSTRING


class _Vocabulary:
    """Sorted unique words joined in one string, so one scan finds every word holding a term."""

    def __init__(self, words: list[str], starts: list[int] | None = None, owner: bytes = b"") -> None:
        self.words = words
        self.members = frozenset(words)
        self.joined = "\n" + "\n".join(words) + "\n"
        if starts is None:
            starts = []
            found = array("i", [0])
            for wid, word in enumerate(words):
                starts.append(len(found))
                found.extend(repeat(wid, len(word) + 1))
        else:
            found = array("i")
            found.frombytes(owner)
        self.starts = starts
        self.owner = found
        self._prefixes: dict[int, list[str]] = {}
        self._lengths: dict[int, list[str]] = {}

    def state(self) -> tuple[list[str], list[int], bytes]:
        """Plain data to rebuild this vocabulary from."""
        return self.words, self.starts, self.owner.tobytes()

    @classmethod
    def from_state(cls, state: tuple[list[str], list[int], bytes]) -> _Vocabulary:
        """The vocabulary `state()` describes."""
        return cls(*state)

    def containing(self, text: str) -> list[tuple[str, int]]:
        """(word, kind) for every word that contains `text` (which holds no newline)."""
        joined, owner, starts, words = self.joined, self.owner, self.starts, self.words
        out: list[tuple[str, int]] = []
        n = len(text)
        pos = joined.find(text)
        while pos >= 0:
            wid = owner[pos]
            start, word = starts[wid], words[wid]
            out.append((word, (EXACT if len(word) == n else PREFIX) if pos == start else SUBSTRING))
            pos = joined.find(text, start + len(word) + 1)
        return out

    @staticmethod
    def narrow(previous: list[tuple[str, int]], text: str) -> list[tuple[str, int]]:
        """`containing(text)` from the words that contained a prefix of `text`."""
        out: list[tuple[str, int]] = []
        n = len(text)
        for word, _ in previous:
            pos = word.find(text)
            if pos >= 0:
                out.append((word, (EXACT if len(word) == n else PREFIX) if pos == 0 else SUBSTRING))
        return out

    def with_prefix(self, prefix: str) -> list[str]:
        """Every word starting with `prefix`."""
        lo = bisect_left(self.words, prefix)
        return self.words[lo : bisect_left(self.words, prefix + "\U0010ffff", lo)]

    def prefixes(self, length: int) -> list[str]:
        """Distinct `length`-character prefixes of the words (whole words of that length too)."""
        found = self._prefixes.get(length)
        if found is None:
            found = list(dict.fromkeys(w[:length] for w in self.words if len(w) >= length))
            self._prefixes[length] = found
        return found

    def of_length(self, length: int) -> list[str]:
        """The words of exactly `length` characters."""
        found = self._lengths.get(length)
        if found is None:
            found = self._lengths[length] = [w for w in self.words if len(w) == length]
        return found

