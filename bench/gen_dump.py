"""Write a synthetic Pushshift-style dump of one AMA thread: N comments and its submission.

    python bench/gen_dump.py N OUT_DIR [--seed S] [--zst]

Writes OUT_DIR/comments.jsonl (or .zst) and OUT_DIR/submissions.jsonl. Deterministic for
a given N and seed. The shape of a busy AMA: 3 hosts named in the post, about 40% of the
comments top-level questions, replies nested up to 8 deep, hosts answering about 1 comment
in 12, follow-ups, deleted and edited comments; bodies are made-up words with Markdown and
entity escaping (`&amp;`, `&gt;`) as Pushshift stores them. No real user's words.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

HOSTS = ("lab_account", "research_lead", "infra_person")
POST = "1bench"
WORDS = (
    "model context training data tokenizer quantization license release weights inference "
    "benchmark latency throughput gpu cluster moe experts attention router dataset filtering "
    "reasoning agents tools vision audio multilingual chinese english roadmap open source "
    "community fine-tuning lora distillation evaluation safety alignment cost price api"
).split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(5, 18))]
    return " ".join(words).capitalize() + rng.choice((".", "?", "!"))


def _body(rng: random.Random) -> str:
    parts = [" ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))]
    roll = rng.random()
    if roll < 0.1:
        parts.insert(0, "&gt; " + _sentence(rng))
    elif roll < 0.15:
        parts.append("- " + _sentence(rng) + "\n- " + _sentence(rng))
    elif roll < 0.18:
        parts.append("Q&amp;A: `a &lt; b`")
    return "\n\n".join(parts)


def comments(n: int, seed: int) -> list[dict[str, object]]:
    """The thread's comments, in time order as a dump holds them."""
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    depth: dict[str, int] = {}
    authors: dict[str, str] = {}
    t = 1762790400
    for i in range(n):
        cid = f"b{i:x}"
        t += rng.randint(0, 3)
        if i < 10 or rng.random() < 0.4:
            parent = f"t3_{POST}"
            level = 0
        else:
            target = out[rng.randint(max(0, i - 5000), i - 1)]
            parent = f"t1_{target['id']}"
            level = depth[str(target["id"])] + 1
            if level > 8:
                parent, level = f"t3_{POST}", 0
        parent_author = authors.get(parent[3:], "")
        if parent.startswith("t1_") and parent_author not in HOSTS and rng.random() < 0.2:
            author = rng.choice(HOSTS)  # a host answers
        elif parent_author in HOSTS and rng.random() < 0.3:
            author = authors.get(str(out[-1]["id"]), f"user{rng.randint(0, 20000)}")
        else:
            author = f"user{rng.randint(0, 20000)}"
        deleted = rng.random() < 0.02
        record = {
            "id": cid,
            "link_id": f"t3_{POST}",
            "parent_id": parent,
            "author": "[deleted]" if deleted else author,
            "body": "[deleted]" if deleted else _body(rng),
            "created_utc": t,
            "score": rng.randint(-5, 300),
            "edited": (t + 600) if rng.random() < 0.05 else False,
            "distinguished": None,
            "author_flair_text": "Lab" if author in HOSTS else None,
            "subreddit": "LocalLLaMA",
            "retrieved_on": t + 86400,
        }
        depth[cid] = level
        authors[cid] = str(record["author"])
        out.append(record)
    return out


def submission() -> dict[str, object]:
    """The thread's post, naming the hosts."""
    return {
        "id": POST, "title": "AMA with a synthetic lab", "author": HOSTS[0], "subreddit": "LocalLLaMA",
        "selftext": "Answering today: u/research_lead and u/infra_person, and me.",
        "created_utc": 1762790400, "author_flair_text": "Lab", "num_comments": 0,
    }


def write(n: int, out: Path, seed: int = 1, zst: bool = False) -> tuple[Path, Path]:
    """Write the dump; return (comments file, submissions file)."""
    out.mkdir(parents=True, exist_ok=True)
    data = "".join(json.dumps(c) + "\n" for c in comments(n, seed)).encode()
    path = out / ("comments.jsonl.zst" if zst else "comments.jsonl")
    if zst:
        import zstandard

        params = zstandard.ZstdCompressionParameters.from_level(3, window_log=31, enable_ldm=True)
        data = zstandard.ZstdCompressor(compression_params=params).compress(data)
    path.write_bytes(data)
    subs = out / "submissions.jsonl"
    subs.write_text(json.dumps(submission()) + "\n", encoding="utf-8")
    return path, subs


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--zst", action="store_true")
    args = parser.parse_args()
    print(*write(args.n, args.out, args.seed, args.zst))
