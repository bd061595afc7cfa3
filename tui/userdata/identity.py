"""A corpus's identity: what keys its read marks and bookmarks.

Not its path (a moved or copied file keeps its marks) and not its whole content (a thread
imported again with more answers is the same corpus, whose new entries show as new): the
corpus title in every language and its sources' ids and URLs, hashed.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.model import Corpus


def corpus_identity(corpus: Corpus) -> str:
    """A short stable hex key for this corpus, the same wherever its file lives."""
    key = {
        "title": corpus.title.all_texts(),
        "sources": sorted([source.id, source.url or ""] for source in corpus.sources),
    }
    digest = hashlib.sha256(json.dumps(key, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return digest.hexdigest()[:16]
