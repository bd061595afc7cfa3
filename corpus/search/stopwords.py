"""Words a typed question carries that say nothing about what it asks (English and
Chinese), and a light English stemmer, for the relevance fallback (`relevance.py`).

The English list is the usual function words plus the question words a reader types
("how", "did", "they"); the Chinese one is question phrases (有没有, 什么时候, 为什么),
pronouns and particles. Chinese has no spaces: multi-character stop phrases are cut out
of a run first, then the particles split what is left (的, 了, 吗), then the single
characters that only ever frame a question (是, 会, 能) are trimmed from a piece's ends,
so a content word holding one of them (上下文, 会员) is never broken.
"""

from __future__ import annotations

import re

ENGLISH = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing done down during
    each either else ever every few for from further get gets getting got had has have
    having he her here hers him his how however i if in into is it its itself just kind
    know let like made make makes many may me might mine more most much must my myself
    no nor not now of off on once only or other others our ours out over own per please
    quite rather really same say says see seem seems shall she should so some such than
    thank thanks that the their theirs them then there these they thing things think this
    those though through thus to too under until up upon us very via want wants was way
    we well were what whats when where whether which while who whom whose why will with
    would yet you your yours yourself anyone anything someone something going gonna guys
    hi hello hey ok okay sure actually still even lot lots
    """.split()
)
"""English function and question words (compared lower-cased)."""

CHINESE_PHRASES = tuple(
    sorted(
        """
        有没有 是不是 会不会 能不能 可不可以 要不要 有木有 什么时候 为什么 为何 什么 怎么样
        怎么 怎样 如何 哪些 哪个 哪里 多少 是否 可以 能否 可能 你们 我们 他们 她们 它们
        咱们 这个 那个 这些 那些 这样 那样 一个 一下 还是 或者 以及 而且 但是 因为 所以
        如果 就是 已经 还有 请问 到底 究竟 一些 有些 有点 一点 比较 非常 真的 觉得 认为
        打算 吗 呢 吧 啊 呀 嘛
        """.split(),
        key=len,
        reverse=True,
    )
)
"""Chinese question phrases, pronouns and fillers, longest first (cut out of a run)."""

CHINESE_PARTICLES = frozenset("的了吗呢吧啊呀嘛么和与及或也都就还又很太更最让把被给对着过")
"""Characters that split a run: they join words rather than make them."""

CHINESE_FRAMES = frozenset("是在有会能要想用做出来去到上下个这那你我他她它谁哪")
"""Characters trimmed from the ends of a piece only (inside a word they are kept)."""

_PHRASES = re.compile("|".join(map(re.escape, CHINESE_PHRASES)))


def chinese_pieces(run: str, words: frozenset[str] = frozenset(), longest: int = 6) -> list[str]:
    """The content pieces of a run of Chinese characters: known `words` (the corpus's
    own, see `lexicon.chinese_words`) kept whole, longest first; elsewhere stop phrases
    and particles removed and framing characters trimmed from each piece's ends."""
    pieces: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(run):
        for n in range(min(longest, len(run) - i), 1, -1):
            if run[i : i + n] in words:
                pieces += _unknown_pieces("".join(rest))
                pieces.append(run[i : i + n])
                rest = []
                i += n
                break
        else:
            rest.append(run[i])
            i += 1
    return pieces + _unknown_pieces("".join(rest))


def _unknown_pieces(run: str) -> list[str]:
    pieces: list[str] = []
    for part in _PHRASES.split(run):
        piece: list[str] = []
        for ch in part + "的":
            if ch in CHINESE_PARTICLES:
                word = "".join(piece)
                start, end = 0, len(word)
                while start < end and word[start] in CHINESE_FRAMES:
                    start += 1
                while end > start and word[end - 1] in CHINESE_FRAMES:
                    end -= 1
                if start < end:
                    pieces.append(word[start:end])
                piece = []
            else:
                piece.append(ch)
    return pieces


def stem(word: str) -> str:
    """A light English stem (plural, -ing, -ed, -ly), so that the stem found as a word
    prefix in the index matches the other forms: gpus -> gpu, considered -> consider,
    hallucinating -> hallucinat. Four-letter words lose a plural s only."""
    if not word.isascii() or not word.isalnum() or len(word) < 4:
        return word
    if len(word) == 4:  # gpus -> gpu, apis -> api; bias, this kept
        return word[:-1] if word.endswith("s") and not word.endswith(("ss", "is", "as")) else word
    if not word.isalpha():
        return word
    for suffix, keep in (("ies", "y"), ("ing", ""), ("edly", ""), ("ed", ""), ("ly", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "es" and not word.endswith(("sses", "shes", "ches", "xes")):
                continue
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            base = word[: len(word) - len(suffix)] + keep
            if suffix in ("ing", "ed") and len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # stopped -> stop, planning -> plan
            return base
    return word
