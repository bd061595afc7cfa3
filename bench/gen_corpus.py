"""Write a synthetic corpus of N entries for the search benchmarks.

    python bench/gen_corpus.py N OUT.json [--seed S]

Deterministic for a given N and seed. Text comes from small Markov chains trained on
the AMA's own subject matter (a character chain for Chinese, a word chain for English)
plus a long tail of rare tokens (model names, versions, identifiers), so the vocabulary
grows with the corpus the way a real one does. Entries mix Chinese-only, English-only
and bilingual texts; answers are 100-600 characters. Sources and speakers are the
built-in corpus's own, so every reference resolves and `Corpus.model_validate` passes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUILTIN = ROOT / "corpus" / "data" / "kimi-ama.toml"

ZH_TRAINING = """\
KDA 加 NoPE 的混合注意力在我们同尺度的预训练与强化学习对比中优于用 RoPE 的全 MLA，更快、更省，便于更快预训练与上线，也能服务更多用户。
KDA 是最新的实验架构，历史上混合注意力很难在长输入和长输出上胜过全注意力，但在长链式推理等多个场景都有收益，相关思路大概率会用进 K3。
为了兼容非 Blackwell 架构的 GPU，并利用现有的 INT4 推理内核，我们选择了 INT4 而不是 FP4，工程师也写了中文长文解读。
我们先看损失、基准分与稳定性这些内部指标，再用多尺度的爬梯流程，小尺度过关才能上更大尺度，任何异常都先停下来查明。
最重要的超参是学习率和调度，先摸索参数地形再系统搜索；好数据就是训练中能带来良好基准曲线的数据，配比是一门艺术。
Muon 优化器在我们自己的多级缩放流程里被反复验证过才上大规模，数十种优化器和架构在严苛考验中被淘汰。
预训练与后训练都在塑造模型的味道，不同的强化学习配方会有不同的口味，写作风格也是后训练数据与评测的重要部分。
我们观察到把数据集合在一起时会带来更好的泛化，推理时长受接口吞吐影响，思考令牌数取决于训练策略。
我们计划把效率纳入奖励，让模型学会少想但想对，压缩思维链，原生 INT4 加上更快的接口会让速度更快。
目前优先绝对效果，但确实有提升令牌效率的空间，我们正在做；可以通过在强化学习中加入诚实奖励来减少幻觉。
已经发布了更小的线性注意力模型，后续可能继续做更小的研究演示，并逐步加入更多功能，建议我们都记录下来了。
在既定训练预算下寻求近似最优的配置，稀疏度来自实证的缩放实验，详情请看技术报告。
视觉语言模型在做了，先发文本版是因为视觉数据与训练要打磨更久，我们更倾向在特征空间内找到更通用的高效方法。
稀疏注意力肯定在我们的雷达上，我们会按自己的节奏推进研究，第三方代理端点可能导致显著的精度下降。
按请求计费与成本更贴合，也更直观，但你提到的问题很合理，我们会尽快改进文档与文件上传的行为。
我们用端到端的智能体强化学习训练，能产生数百步的工具调用链，并在中间步骤的检索中表现更好，适合科研与编程。
我们做过一百万的上下文，但当时推理太贵，未来会再看长上下文；当前主攻中文和英文，也欢迎社区共建多语言数据。
我们用配备 InfiniBand 的 H800 显卡训练，虽然比不上美国的高端显卡，数量上也处于劣势，但每张卡都用到了极致。
对 TensorBoard 颇多抱怨，扩展、管理大量实验、精确显示都不顺，已经做了内部改进，但替代品也很难找。
让模型呈现不同的口味是好事，未来会更偏多样化，这与我们在数据与评测上的取向有关，我们也在继续压降套话感。
开源能缓解顾虑，企业可以自己部署，建立信任需要时间，我们希望通用人工智能的追求能联合而不是分裂。
训练成本中很大一部分是研究和实验，所以很难量化具体数字，这不是官方数据。
"""

EN_TRAINING = """\
The hybrid attention with KDA and NoPE beat full MLA with RoPE in our fair comparisons of pretraining and RL at the same scale. It is faster and cheaper, so we can pretrain faster, ship sooner and serve more users.
KDA is our newest experimental architecture. Hybrid attention has historically struggled to beat full attention on long inputs and long outputs, but KDA shows gains in many settings including long chain of thought RL, and the ideas will likely go into K3.
We chose INT4 rather than FP4 for compatibility with non-Blackwell GPUs and to use the existing INT4 inference kernel, and one of our engineers wrote a long explanation in Chinese.
We look at loss, benchmark scores and stability as internal metrics, then climb a ladder of scales where a small scale must pass before a larger one, and we stop to investigate any anomaly first.
The most important hyperparameter is the learning rate and its schedule. We explore the parameter landscape before a systematic search. Good data is data that gives good benchmark curves during training, and the mixture is an art.
The Muon optimizer was validated again and again in our own multi-stage scaling process before we went large, and dozens of optimizers and architectures were eliminated along the way.
Both pretraining and post-training shape the taste of the model. Different RL recipes give different flavours, and writing style is an important part of the post-training data and evaluation.
We observed that combining the datasets brings better generalization. Inference time depends on API throughput, and the number of thinking tokens depends on the training strategy.
We plan to put efficiency into the reward so that the model learns to think less but think right, compressing the chain of thought. Native INT4 with a faster API will make it quicker.
For now we put absolute performance first, but there is room to improve token efficiency and we are working on it. Hallucination can be reduced by adding an honesty reward in RL.
We already released a smaller linear attention model and may keep building smaller research demos, adding features step by step. We noted the suggestion.
We looked for a near optimal configuration under a fixed training budget, and the sparsity came from empirical scaling experiments. See the technical report for details.
The vision language model is in progress. We shipped the text version first because vision data and training take longer to polish, and we prefer general methods that are efficient in feature space.
Sparse attention is definitely on our radar and we will push the research at our own pace. A third party proxy endpoint may cause a significant drop in accuracy.
Billing by request fits our costs better and is more intuitive, but the problem you raise is reasonable and we will improve the documentation and the file upload behaviour soon.
We train with end to end agentic RL, which produces tool call chains of hundreds of steps and does better at intermediate steps such as search, which suits research and programming.
We did try a context of one million tokens, but inference was too expensive then, and we will look at long context again. For now we focus on Chinese and English and welcome community data for more languages.
We train on H800 GPUs with InfiniBand. They are not as good as the high end cards in the United States and we have fewer of them, but we push every card to its limit.
We have many complaints about TensorBoard: scaling, managing many experiments and exact display without downsampling are all painful. We patched it internally but a replacement is hard to find.
It is good for models to have different flavours, and in the future we will lean toward more diversity. This comes from our choices in data and evaluation, and we keep reducing the slop.
Open source eases concerns because companies can deploy it themselves, and building trust takes time. We hope the pursuit of AGI can unite rather than divide.
A large part of the training cost is research and experiments, so it is hard to put a number on it, and that figure is not official.
"""

TOPICS = [
    ("architecture-training", "架构 / 训练", "Architecture / training"),
    ("inference-efficiency", "推理 / 效率", "Inference / efficiency"),
    ("model-lineup", "模型谱系 / 尺寸与路线", "Model line-up / sizes and roadmap"),
    ("multimodal", "多模态 / 语音", "Multimodal / speech"),
    ("evaluation", "评测 / 基准", "Evaluation / benchmarks"),
    ("product-ecosystem", "产品 / 生态", "Product / ecosystem"),
    ("context-multilingual", "上下文长度 / 多语言", "Context length / multilingual"),
    ("infrastructure", "基础设施 / 工程", "Infrastructure / engineering"),
    ("values-other", "价值观 / 其他", "Values / other"),
    ("data-mixture", "数据 / 配比", "Data / mixture"),
    ("safety-alignment", "安全 / 对齐", "Safety / alignment"),
    ("open-source", "开源 / 社区", "Open source / community"),
]
TAGS = ["INT4", "FP4", "KDA", "MLA", "Muon", "RL", "K3", "H800", "InfiniBand", "TensorBoard",
        "API", "agent", "benchmark", "量化", "幻觉", "训练成本", "开源", "多模态", "长上下文"]
RARE_SYLLABLES = ["ka", "zo", "mi", "ru", "te", "xa", "lo", "qu", "vin", "dra", "pel", "sor",
                  "nix", "bar", "el", "ost", "um", "ja", "fen", "gri"]


def train_chars(text: str, order: int = 2) -> dict[str, list[str]]:
    """A character Markov chain: every `order`-char context to the characters that follow."""
    chain: dict[str, list[str]] = defaultdict(list)
    for line in text.splitlines():
        line = "^" * order + line + "\n"
        for i in range(order, len(line)):
            chain[line[i - order : i]].append(line[i])
    return chain


def train_words(text: str) -> dict[str, list[str]]:
    """A word Markov chain: every word to the words that follow it."""
    chain: dict[str, list[str]] = defaultdict(list)
    for line in text.splitlines():
        words = ["^"] + line.split() + ["\n"]
        for a, b in zip(words, words[1:]):
            chain[a].append(b)
    return chain


class TextMaker:
    """Deterministic Chinese and English text of a requested length."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.zh = train_chars(ZH_TRAINING)
        self.en = train_words(EN_TRAINING)

    def rare_token(self) -> str:
        """A token from a long Zipf-like tail: the vocabulary keeps growing with N."""
        rank = int(self.rng.paretovariate(0.3)) % 200_000
        r = random.Random(rank)
        word = "".join(r.choice(RARE_SYLLABLES) for _ in range(r.randint(2, 4)))
        style = rank % 4
        if style == 1:
            word = f"{word}-{r.randint(2, 400)}b"
        elif style == 2:
            word = word.capitalize()
        elif style == 3:
            word = f"v{r.randint(0, 9)}.{r.randint(0, 20)}"
        return word

    def rare_hanzi(self) -> str:
        """A character from a long tail over the CJK block, as real Chinese text has."""
        rank = int(self.rng.paretovariate(0.5)) % 6000
        return chr(0x4E00 + rank * 7919 % 20902)

    def chinese(self, length: int) -> str:
        out: list[str] = []
        ctx = "^^"
        while len(out) < length:
            nxt = self.rng.choice(self.zh[ctx])
            if nxt == "\n":
                if out and out[-1] not in "。；，":
                    out.append("。")
                ctx = "^^"
                continue
            ctx = ctx[1] + nxt
            if self.rng.random() < 0.03:
                nxt = self.rare_hanzi()
            out.append(nxt)
        return "".join(out).rstrip("，、；") + "。"

    def english(self, length: int) -> str:
        out: list[str] = []
        size = 0
        word = "^"
        while size < length:
            word = self.rng.choice(self.en[word])
            if word == "\n":
                word = "^"
                continue
            token = self.rare_token() if self.rng.random() < 0.06 else word
            out.append(token)
            size += len(token) + 1
        text = " ".join(out)
        return text[0].upper() + text[1:].rstrip(",") + ("" if text.endswith(".") else ".")


def localized(maker: TextMaker, en_len: int, langs: str) -> dict[str, Any]:
    """A LocalizedText dict; Chinese is about 2.5x denser than English."""
    text: dict[str, Any] = {}
    if "zh" in langs:
        text["zh"] = maker.chinese(max(12, en_len * 2 // 5))
    if "en" in langs:
        text["en"] = maker.english(en_len)
    text["original"] = "zh" if "zh" in langs else "en"
    return text


def question(maker: TextMaker, langs: str) -> dict[str, Any]:
    text = localized(maker, maker.rng.randint(30, 120), langs)
    if "zh" in text:
        text["zh"] = text["zh"].rstrip("。") + "？"
    if "en" in text:
        text["en"] = text["en"].rstrip(".") + "?"
    return text


def entry(maker: TextMaker, index: int, speakers: list[str], sources: list[str]) -> dict[str, Any]:
    rng = maker.rng
    langs = rng.choices(["zh en", "zh", "en"], weights=[8, 1, 1])[0]
    answers = []
    for n in range(rng.choice([1, 1, 2, 2, 3])):
        answers.append(
            {
                "speaker": rng.choice(speakers),
                "role": "main" if n == 0 else rng.choice(["supplement", "additional"]),
                "source": rng.choice(sources),
                "text": localized(maker, rng.randint(100, 600), langs),
            }
        )
    q_source = rng.choice(sources)
    also = []
    if rng.random() < 0.2:
        also.append({"source": rng.choice(sources), "text": question(maker, langs)})
    used = {q_source} | {a["source"] for a in answers} | {t["source"] for t in also}
    return {
        "id": f"syn-{index:06d}",
        "question": question(maker, langs),
        "question_source": q_source,
        "also_asked": also,
        "answers": answers,
        "sources": sorted(used),
        "tags": rng.sample(TAGS, rng.randint(0, 3)),
    }


def generate(n: int, seed: int = 20251110) -> dict[str, Any]:
    """A corpus dict of `n` entries, ready for `Corpus.model_validate` or JSON."""
    builtin = tomllib.loads(BUILTIN.read_text(encoding="utf-8"))
    speakers = [s["id"] for s in builtin["speakers"]]
    sources = [s["id"] for s in builtin["sources"]]
    maker = TextMaker(random.Random(seed))
    per_topic = -(-n // len(TOPICS))
    topics = []
    for t, (topic_id, zh, en) in enumerate(TOPICS):
        first = t * per_topic
        entries = [entry(maker, i, speakers, sources) for i in range(first, min(n, first + per_topic))]
        if entries:
            title = {"zh": zh, "en": en, "original": "zh"}
            topics.append({"id": topic_id, "title": title, "entries": entries})
    return {
        "format": builtin["format"],
        "title": {"zh": f"合成语料（{n} 条）", "en": f"Synthetic corpus ({n} entries)", "original": "zh"},
        "sources": builtin["sources"],
        "speakers": builtin["speakers"],
        "topics": topics,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of entries")
    parser.add_argument("out", type=Path, help="output JSON file")
    parser.add_argument("--seed", type=int, default=20251110)
    parser.add_argument("--no-validate", action="store_true", help="skip Corpus.model_validate")
    args = parser.parse_args(argv)
    data = generate(args.n, args.seed)
    if not args.no_validate:
        sys.path.insert(0, str(ROOT))
        from corpus.model import Corpus

        Corpus.model_validate(data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.out} ({args.n} entries, {args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
