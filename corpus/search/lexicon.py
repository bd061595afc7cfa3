"""The cross-language vocabulary of the relevance fallback, and the Chinese words it keeps
whole when it cuts a question into terms.

Both come from the corpus itself first, then from a short documented list:

- **Tag pairs**: an entry's tags are written in pairs, an English tag then its Chinese
  (`"training cost", "训练成本"`). A pair counts only where the entry's aligned texts
  bear it out: some field holds the Chinese word in its `zh` text and the English words
  in its `en` text, and the `zh` text does not carry the English word itself (so `K3`
  next to `架构` is not taken for a translation).
- **Aligned fields**: an English word and a Chinese word that appear together in the
  `zh` and `en` texts of the same field in at least two fields, and (nearly) never
  apart, are taken as each other's rendering.
- **`AMA_TERMS`**: a few groups of the AMA's own terms where the project's English
  rendering and the Chinese use different words, or a reader's word is not the
  corpus's (a laptop is an edge device; 显卡 is rendered "card" and "GPU").

Only the first `SAMPLE` entries are read, so a huge corpus costs no more than a big one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from corpus import text as _text
from corpus.query import fold_case
from corpus.search.stopwords import CHINESE_PARTICLES, ENGLISH, stem
from corpus.search.text import _CJK_RUN

if TYPE_CHECKING:
    from corpus.search.state import IndexState

SAMPLE = 1000
"""Entries read to derive the vocabulary."""
BETWEEN_TURNS = 50
"""Entries the derivation reads before it lets the UI have its turn (~3-5 ms of work): it
runs in a reader's loading thread as a big corpus's whole index arrives (~0.1 s at 100k
entries), and read in one go, a key typed meanwhile waited for it (the event loop 75 ms
late, the UI at half its speed)."""
PAIR_BUDGET = 100_000
"""Most (word, bigram) pairs counted in the aligned fields."""

AMA_TERMS: tuple[tuple[str, ...], ...] = (
    ("显卡", "gpu", "card"),
    ("训练成本", "training cost"),
    ("成本", "cost"),
    ("笔记本", "laptop", "本地", "locally", "边缘设备", "edge device", "单卡", "single gpu", "消费级", "consumer"),
    ("架构", "architecture"),
    ("优化器", "optimizer"),
    ("幻觉", "hallucination"),
    ("视觉", "vision"),
    ("上下文", "context"),
    ("开源", "open source", "open weights"),
    ("闭源", "closed", "proprietary"),
    ("多语言", "multilingual", "languages"),
    ("计费", "billing", "pricing", "price"),
    ("订阅", "subscription", "会员", "membership"),
    ("烧钱", "burning money", "spend"),
    ("恭维", "flattery", "拍马屁", "sycophancy"),
    ("发布", "release"),
    ("万亿", "trillion", "1t"),
    ("百万", "million"),
    ("数量", "number", "多少", "how many"),
)
"""Groups of words that mean the same thing in this AMA, each word standing for the
others. Kept short: the tag pairs and aligned fields give the rest. A group may hold a
question phrase (`how many`, `多少`): it then stands for what the question asks about."""

_TAG = re.compile(r"tags\.\d+$")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9.+-]*")


def chinese_words(index: IndexState) -> frozenset[str]:
    """Chinese words to keep whole when a question is cut into terms: every run of
    Chinese in the corpus's tags and topic titles, and the Chinese of `AMA_TERMS`."""
    words: set[str] = set()
    texts = [text for _, zh, _ in index.topics if zh for text in [zh]]
    for n, fields in enumerate(_sampled_fields(index), 1):
        texts += [text for key, text in fields if _TAG.match(key)]
        _turn(n)
    for text in texts:
        words.update(run for run in _CJK_RUN.findall(text) if len(run) >= 2)
    for group in AMA_TERMS:
        words.update(word for word in group if _CJK_RUN.fullmatch(word))
    return frozenset(words)


def translations(index: IndexState) -> dict[str, tuple[str, ...]]:
    """Folded word (English words stemmed) -> the words that render it in the other
    language, from the tag pairs, the aligned fields and `AMA_TERMS`."""
    pairs: set[tuple[str, str]] = set()
    fields_of = list(_sampled_fields(index))
    for n, fields in enumerate(fields_of, 1):
        _turn(n)
        aligned = _aligned(fields)
        tags = [text for key, text in fields if _TAG.match(key)]
        for en, zh in zip(tags, tags[1:]):
            if en.isascii() and _CJK_RUN.fullmatch(zh) and _borne_out(en, zh, aligned):
                pairs.add((fold_case(en), zh))
    pairs |= _cooccurring(fields_of)
    out: defaultdict[str, set[str]] = defaultdict(set)
    for en, zh in pairs:
        out[_key(en)].add(zh)
        out[zh].add(en)
    for group in AMA_TERMS:
        for word in group:
            out[_key(word)].update(other for other in group if other != word)
    return {key: tuple(sorted(found)) for key, found in out.items()}


def _turn(n: int) -> None:
    """The UI's turn, every `BETWEEN_TURNS` entries (`yield_to_other_threads`)."""
    if not n % BETWEEN_TURNS:
        _text.yield_to_other_threads()


def _key(word: str) -> str:
    """How a word is looked up: folded, each English word stemmed."""
    if _CJK_RUN.fullmatch(word):
        return word
    return " ".join(stem(part) for part in fold_case(word).split())


def _sampled_fields(index: IndexState) -> list[list[tuple[str, str]]]:
    """(field key, text) of each of the first `SAMPLE` entries."""
    layouts, texts = index.layouts, index.entry_texts
    out = []
    for i in range(min(SAMPLE, index.size)):
        out.append([(key, text) for (key, _), text in zip(layouts[index.entry_layout[i]], texts[i])])
        _turn(i + 1)
    return out


def _aligned(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(zh, en) texts of the same field of one entry."""
    by_field: dict[str, dict[str, str]] = defaultdict(dict)
    for key, text in fields:
        base, _, lang = key.rpartition(".")
        if lang in ("zh", "en") and not base.startswith(("speaker", "topic")):
            by_field[base][lang] = text
    return [(both["zh"], both["en"]) for both in by_field.values() if len(both) == 2]


def _borne_out(en: str, zh: str, aligned: list[tuple[str, str]]) -> bool:
    """Whether a field has `zh` in its Chinese, and each word of `en` (its stem, give or
    take an ending) in its English but not in its Chinese."""
    stems = [word[: max(4, len(word) - 3)] for word in fold_case(en).split()]
    for zh_text, en_text in aligned:
        if zh not in zh_text:
            continue
        en_folded, zh_folded = fold_case(en_text), fold_case(zh_text)
        if all(s in en_folded for s in stems) and not any(s in zh_folded for s in stems):
            return True
    return False


def _cooccurring(fields_of: list[list[tuple[str, str]]]) -> set[tuple[str, str]]:
    """(English word, Chinese bigram) seen together in the aligned texts of at least
    three fields and seldom apart (Dice >= 0.7). English words the Chinese text itself
    carries are left out (they need no translation), and so are bigrams holding a
    particle (的优). Long fields are skipped and the work is capped (`PAIR_BUDGET`)."""
    together: Counter[tuple[str, str]] = Counter()
    english: Counter[str] = Counter()
    chinese: Counter[str] = Counter()
    budget = PAIR_BUDGET
    for n, fields in enumerate(fields_of, 1):
        _turn(n)
        for zh_text, en_text in _aligned(fields):
            carried = {w.lower() for w in _LATIN.findall(zh_text)}
            words = {
                stem(w.lower()) for w in _LATIN.findall(en_text)
                if w.lower() not in ENGLISH and w.lower() not in carried and len(w) > 2
            }
            grams = {
                gram
                for run in _CJK_RUN.findall(zh_text)
                for gram in (run[j : j + 2] for j in range(len(run) - 1))
                if CHINESE_PARTICLES.isdisjoint(gram)
            }
            if len(words) * len(grams) > 2000:
                continue
            budget -= len(words) * len(grams)
            if budget < 0:
                break
            english.update(words)
            chinese.update(grams)
            together.update((w, g) for w in words for g in grams)
        if budget < 0:
            break
    return {
        (w, g)
        for (w, g), n in together.items()
        if n >= 3 and 2 * n >= 0.7 * (english[w] + chinese[g])
    }
