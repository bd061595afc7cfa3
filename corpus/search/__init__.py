"""The search engine shared by the reader's filter bar and `kimi-ama-tui search`.

Plain Python (rapidfuzz for typos), no Textual import. `SearchIndex.build(corpus)` makes
an index once; `search(query, limit)` is safe to call from worker threads.

Design, for speed at 100k entries (see bench/bench_search.py for the figures):
- Texts are kept as the model has them; matching folds width (ＩＮＴ４ = INT4) and case
  in a length-preserving way, so spans index the model's own strings. Fields fall in
  three classes, best first: the question (and also_asked), the entry's meta (topic
  title, tags, speaker handles and names), the answers.
- An inverted index maps each word (case kept) and each CJK character to the entries
  holding it, per class, as a bitmap (a Python int, bit i = entry i) or, for rare keys, a
  list. A term is matched against the unique-word vocabulary, never against documents:
  a scan of the joined vocabulary finds the words that contain it, rapidfuzz finds the
  words (and word prefixes) one typo away. One-letter terms use bitmaps made at build.
  A CJK run is checked, for the entries holding all its characters, in each entry's
  non-ASCII text of the class; phrases and anchored terms are checked likewise.
- A term scores 4 x (match kind x 3 + field class + 1) + the number of field classes
  it matched in; scores are summed over the query's clauses with bit-sliced arithmetic
  on the bitmaps, so ranking never loops over entries. Spans are computed only for the
  matches returned, so `limit` bounds the work.
- Term results are cached; a term that extends the previous keystroke's term scans only
  the words that matched before.
- When fewer than three entries hold every term, a question typed as a sentence is ranked
  by relevance to any of its content words instead (`relevance`, `question`, `stopwords`,
  `lexicon`): stop words dropped, Chinese cut into words or bigrams, BM25-style weights,
  a cross-language vocabulary; the result says so (`SearchResult.relaxed`).

Modules: `index` (SearchIndex), `builder`, `words` and `terms` (term matching),
`ranking`, `spans`, `bitmaps`, `vocabulary`, `text`, `state` (dumps/loads), `cache`
(`cached_index`: a corpus file's index, built once and reused while the file is unchanged),
`store` (the cache file: small tables, then blocks) and `lazy` (an index read from it
whole, or a block at a time as searches need them), `integrity` (checks on what is read).
"""

from __future__ import annotations

from corpus.search.bitmaps import Posting, bit_list, from_indices, iter_bits
from corpus.search.builder import entry_fields
from corpus.search.cache import CACHE_ENV, cached_index
from corpus.search.index import SearchIndex
from corpus.search.results import Match, SearchResult
from corpus.search.state import FORMAT
from corpus.search.text import (
    ANSWER,
    CJK_RE,
    CLASSES,
    EXACT,
    FUZZY,
    FUZZY_MIN,
    META,
    PREFIX,
    QUESTION,
    SUBSTRING,
    TERM_SCORE_MAX,
    TRAILING,
    WORD_RE,
    level,
    normalize,
    text_keys,
)

__all__ = [
    "ANSWER",
    "CACHE_ENV",
    "CJK_RE",
    "CLASSES",
    "EXACT",
    "FORMAT",
    "FUZZY",
    "FUZZY_MIN",
    "META",
    "PREFIX",
    "QUESTION",
    "SUBSTRING",
    "TERM_SCORE_MAX",
    "TRAILING",
    "WORD_RE",
    "Match",
    "Posting",
    "SearchIndex",
    "SearchResult",
    "bit_list",
    "cached_index",
    "entry_fields",
    "from_indices",
    "iter_bits",
    "level",
    "normalize",
    "text_keys",
]
