"""The project's own headings in an imported corpus are written in Chinese and English.

"From the hosts", "The post: …" and the other headings the importer writes were English
only, so `--lang zh` showed them in English among Chinese notes. The thread's own words
quoted in a heading stay verbatim in both languages; a file imported before keeps its
English headings and still loads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corpus.importer import import_files
from corpus.loader import load_corpus, warnings
from corpus.model import Corpus
from tests.test_import_post import thread_with_post
from tui.cli import main

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"
POST = "post-ama-with-lumen-labs-makers-1abcde"
HOSTS = "from-hosts-thanks-everyone-we-ll-h1"
FIRST = "Hi r/LocalLLaMA! We are the team behind Glow-9B. Answering today:"
THANKS = "Thanks everyone! We'll be back tomorrow for the questions we missed."


def _saved(corpus: Corpus, path: Path) -> Path:
    path.write_text(json.dumps(corpus.model_dump(mode="json", exclude_none=True), ensure_ascii=False), encoding="utf-8")
    return path


def test_the_headings_are_in_both_languages_the_quote_verbatim() -> None:
    corpus = import_files([THREAD]).corpus
    post, hosts = corpus.entry(POST), corpus.entry(HOSTS)
    assert post.question.get("en") == f"The post: {FIRST}" and post.question.get("zh") == f"帖子：{FIRST}"
    assert hosts.question.get("en") == f"From the hosts: {THANKS}"
    assert hosts.question.get("zh") == f"来自主持人：{THANKS}"
    assert post.question.by_project and hosts.question.by_project
    titles = {t.id: t.title for t in corpus.topics}
    assert titles["from-the-hosts"].get("zh") == "来自主持人"
    assert titles["other-questions"].get("zh") == "其他问题"
    assert not warnings(corpus)
    flat = import_files([THREAD], topics="flat").corpus
    assert flat.topics[0].title.get("zh") == "全部问题"


@pytest.mark.parametrize(
    ("fields", "en", "zh"),
    [
        ({"selftext": "[deleted]"}, "The post: its text was deleted or removed", "帖子：正文已被删除或移除"),
        ({"selftext": ""}, "The post: it has no text", "帖子：没有正文"),
        (
            {"selftext": "", "url": "https://example.com/paper", "is_self": False},
            "The post: a link, https://example.com/paper",
            "帖子：链接 https://example.com/paper",
        ),
    ],
)
def test_every_kind_of_post_has_a_chinese_heading(tmp_path: Path, fields: dict[str, Any], en: str, zh: str) -> None:
    corpus = import_files([thread_with_post(tmp_path, **fields)]).corpus
    (post,) = [e for e in corpus.entries() if e.post]
    assert (post.question.get("en"), post.question.get("zh")) == (en, zh)
    if not fields["selftext"] and "url" not in fields:  # the project's note in place of a text
        assert post.answers[0].text.get("zh") == "（该帖没有正文：Reddit 给出的正文为空。）"


def test_a_missing_question_and_topics_from_topics_have_chinese(tmp_path: Path) -> None:
    data = json.loads(THREAD.read_text(encoding="utf-8"))
    data[1]["data"]["children"] = [c for c in data[1]["data"]["children"] if c["data"].get("id") != "q1"]
    q1 = json.loads(THREAD.read_text(encoding="utf-8"))[1]["data"]["children"]
    answer = next(c for c in q1 if c["data"].get("id") == "q1")["data"]["replies"]["data"]["children"][0]
    data[1]["data"]["children"].append(answer)  # the answer survives, its question is gone
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (missing,) = [e for e in import_files([path]).corpus.entries() if e.question_missing]
    assert missing.question.get("zh") == "（导入的文件中没有这条回答所回复的评论。）"
    merged = import_files([THREAD], topics_from=load_corpus(), topics_from_name="builtin").corpus
    titles = {t.title.get("en"): t.title.get("zh") for t in merged.topics}
    assert titles["Not in the built-in corpus"] == "不在内置语料库中"
    assert titles["From the hosts"] == "来自主持人"


@pytest.mark.parametrize(
    ("lang", "said", "unsaid"),
    [
        ("zh", ["Q  来自主持人  ·", f"帖子：{FIRST}"], ["From the hosts", "The post:"]),
        ("en", ["Q  From the hosts  ·", f"The post: {FIRST}"], ["来自主持人", "帖子："]),
    ],
)
def test_show_and_cite_give_the_headings_in_the_language(
    capsys: pytest.CaptureFixture[str], lang: str, said: list[str], unsaid: list[str]
) -> None:
    assert main(["--corpus", str(THREAD), "show", POST, "--lang", lang]) == 0
    shown = capsys.readouterr().out
    assert all(s in shown for s in said) and not any(u in shown for u in unsaid)
    assert main(["--corpus", str(THREAD), "cite", POST, "--lang", lang]) == 0
    cited = capsys.readouterr().out
    assert said[1] in cited and not any(u in cited for u in unsaid)
    assert cited.count(FIRST) == 2  # the heading's quote and the post's text, verbatim


async def test_the_reader_switches_the_headings_with_l(tmp_path: Path) -> None:
    from tests.reader_support import reader, ready

    path = _saved(import_files([THREAD]).corpus, tmp_path / "imported.json")
    app = reader(corpus_path=path, lang="zh", entry=POST)
    async with app.run_test(size=(130, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None

        def seen() -> tuple[list[str], list[str], str]:
            tree = screen.topic_tree
            topics = [str(t.label) for t in tree.root.children]
            labels = [str(n.label) for t in tree.root.children for n in t.children]
            return topics, labels, "\n".join(block.plain for block in screen.pane.blocks)

        topics, labels, pane = seen()
        assert any(t.startswith("来自主持人") for t in topics)
        assert any("帖子：Hi r/LocalLLaMA!" in label for label in labels)
        assert any("来自主持人：Thanks everyone!" in label for label in labels)
        assert f"帖子：{FIRST}" in pane and "The post:" not in pane and "From the hosts" not in pane
        await pilot.press("L")  # zh -> en
        await pilot.pause()
        topics, labels, pane = seen()
        assert any(t.startswith("From the hosts") for t in topics)
        assert any("The post: Hi r/LocalLLaMA!" in label for label in labels)
        assert f"The post: {FIRST}" in pane and "帖子：" not in pane


def test_a_file_imported_before_keeps_its_english_headings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An earlier version wrote the headings in English alone: such a file still loads and
    shows them (the reader's fallback language), no check error."""
    data = json.loads(_saved(import_files([THREAD]).corpus, tmp_path / "new.json").read_text(encoding="utf-8"))
    for topic in data["topics"]:
        if topic["title"].get("written_by") == "project":
            topic["title"].pop("zh", None)
        for entry in topic["entries"]:
            if entry["question"].get("written_by") == "project":
                entry["question"] = {"en": entry["question"]["en"], "original": "en", "written_by": "project"}
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["check", str(old)]) == 0
    capsys.readouterr()
    assert main(["--corpus", str(old), "show", POST, "--lang", "zh"]) == 0
    assert f"The post: {FIRST}" in capsys.readouterr().out
