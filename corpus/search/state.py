"""The data a search index holds, its per-instance caches, and `dumps()`/`loads()`
(marshal: plain data only, so loading a cached index runs no code)."""

from __future__ import annotations

import marshal
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from corpus.search.bitmaps import Posting
from corpus.search.vocabulary import _Vocabulary

if TYPE_CHECKING:
    from typing import Self

    from corpus.search.hits import _TermHits
    from corpus.search.results import Match

FORMAT = "kimi-ama-search/1"
"""Version of `SearchIndex.dumps()` output; bump when the index's data changes shape."""


class IndexState:
    """The plain data of a `SearchIndex` (filled by the builder) and its caches."""

    def __init__(self) -> None:
        self.entry_ids: list[str] = []
        self.entry_topics: list[int] = []
        self.topics: list[tuple[str, str | None, str | None]] = []
        self.speakers: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.layouts: list[tuple[tuple[str, int], ...]] = []
        self.class_fields: list[tuple[tuple[int, ...], ...]] = []
        self.entry_layout: list[int] = []
        self.entry_texts: list[tuple[str, ...]] = []
        self.postings: dict[str, tuple[Posting | None, Posting | None, Posting | None]] = {}
        self.starts: list[dict[str, Posting]] = [{}, {}, {}]
        self.ends: list[dict[str, Posting]] = [{}, {}, {}]
        self.filters: dict[str, dict[str, int]] = {}
        self.source_kinds: dict[str, str] = {}
        self.wide: set[int] = set()
        self.blobs: list[list[str]] = [[], [], []]
        self.chars: dict[str, tuple[int, int, int]] = {}
        self.vocab = _Vocabulary([])
        """Folded words; `variants` maps each to the words (case kept) it stands for."""
        self.vocab_cs = _Vocabulary([])
        self.variants: dict[str, tuple[str, ...]] = {}
        self.start_keys: list[list[str]] = [[], [], []]
        self.end_keys: list[list[str]] = [[], [], []]
        self._init_caches()

    def clear_caches(self) -> None:
        """Forget every cached term result (for benchmarks; searching never needs it)."""
        self._init_caches()

    def _init_caches(self) -> None:
        self._lock = threading.Lock()
        self._terms: OrderedDict[tuple[Any, ...], _TermHits] = OrderedDict()
        self._lazy: dict[Any, Any] = {}
        self._everything: tuple[Match, ...] | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        for key in ("_lock", "_terms", "_lazy", "_everything"):
            state.pop(key, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._init_caches()

    def dumps(self) -> bytes:
        """The index as bytes (marshal: plain data only, so loading runs no code)."""
        return marshal.dumps(self.plain())

    def plain(self) -> tuple[str, dict[str, Any]]:
        """(FORMAT, the index's data as plain lists, dicts, strings and ints)."""
        state = self.__getstate__()
        for name in ("vocab", "vocab_cs"):
            state[name] = state[name].state()
        return FORMAT, state

    @classmethod
    def loads(cls, data: bytes) -> Self:
        """An index from `dumps()`; ValueError if the bytes are not one of this version."""
        try:
            plain = marshal.loads(data)
        except (EOFError, ValueError, TypeError) as err:
            raise ValueError(f"not a search index: {err}") from None
        return cls.from_plain(plain)

    @classmethod
    def from_plain(cls, plain: Any) -> Self:
        """An index from `plain()`; ValueError if it is not one of this version."""
        try:
            found, state = plain
        except (ValueError, TypeError) as err:
            raise ValueError(f"not a search index: {err}") from None
        if found != FORMAT:
            raise ValueError(f"search index format {found!r}, expected {FORMAT!r}")
        for name in ("vocab", "vocab_cs"):
            state[name] = _Vocabulary.from_state(state[name])
        index = cls.__new__(cls)
        index.__setstate__(state)
        return index

    @property
    def size(self) -> int:
        """Number of entries indexed."""
        return len(self.entry_ids)

    @property
    def all_bits(self) -> int:
        """The bitmap of every entry."""
        return (1 << self.size) - 1

    def topic_of(self, entry_id: str) -> tuple[str, str | None, str | None]:
        """The topic (id, Chinese title, English title) an entry is filed under."""
        return self.topics[self.entry_topics[self._position(entry_id)]]

    def fields(self, entry_id: str) -> dict[str, str]:
        """Every searchable field of an entry: span key -> the text the spans index."""
        i = self._position(entry_id)
        layout = self.layouts[self.entry_layout[i]]
        return {key: text for (key, _), text in zip(layout, self.entry_texts[i])}

    def question_pairs(self, entries: list[int]) -> list[tuple[str, str]]:
        """The question of each of these entries (by number) in (Chinese, English), ""
        for a language it lacks (an index read lazily reads these without the answers)."""
        questions = getattr(self.entry_texts, "questions", None)
        if questions is not None:
            return questions(entries)  # type: ignore[no-any-return]
        texts, layouts = self.entry_texts, self.entry_layout
        where: dict[int, tuple[int | None, int | None]] = {}
        out = []
        for i in entries:
            found = where.get(layouts[i])
            if found is None:
                keys = [key for key, _ in self.layouts[layouts[i]]]
                found = where[layouts[i]] = tuple(keys.index(k) if k in keys else None for k in ("question.zh", "question.en"))  # type: ignore[assignment]
            every = texts[i]
            out.append(tuple(every[j] if j is not None else "" for j in found))  # type: ignore[union-attr]
        return out  # type: ignore[return-value]

    def positions(self) -> dict[str, int]:
        """Entry id -> its number (made once)."""
        positions = self._lazy.get("positions")
        if positions is None:
            positions = self._lazy["positions"] = {e: i for i, e in enumerate(self.entry_ids)}
        return positions

    def _position(self, entry_id: str) -> int:
        return self.positions()[entry_id]

