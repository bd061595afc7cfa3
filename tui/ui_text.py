"""The reader's own words (its chrome), in English and Chinese: the status line, the filter
bar's hint, the key bar's key descriptions, the tree's and the pane's own lines.

The words of notifications, dialogs, the help and the palette are in `tui.dialog_text`,
looked up here too. The corpus's texts have their own languages; these are the interface's. The language of
the chrome follows the reading language: English under `en`, Chinese under `zh` and `both`
(whose first language is Chinese: the corpus title comes in Chinese first there; the
pane's own labels, `entry_view.LABELS`, come in both, `tui.both_labels`). The owner
that knows the reading language (the screen, or a widget it pushed the language to) looks
its words up here; plain Python, no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from tui.dialog_text import DIALOG_WORDS

UiLang = Literal["en", "zh"]

WORDS: dict[UiLang, dict[str, str]] = {
    "en": {
        "entries": "{n} entries",
        "entry": "1 entry",
        "no_entry": "no entry matches",
        "loading": "loading…",
        "answers_loading": "loading the answers…",
        "questions_only": "questions only: the answers are loading…",
        "indexing": "indexing: slower searches…",
        "answers_only": "by:, src: and lang: wait for the answers (loading…)",
        "looking": "looking for more matches…",
        "searching": "searching…",
        "placeholder": "{filter} filter: words, 中文, typos ok, by:{by} src:{src} topic:… !not 'exact",
        "more_listed": "… {n} more {what}: {open} lists them",
        "more_unknown": "… more {what}: {open} looks for them",
        "matches": "matches",
        "entries_word": "entries",
        "unread": " · {n} unread",
        "questions": "{n} questions",
        "question": "1 question",
        "overview_more": "… and {n} more: type {filter} to filter",
        "overview_keys": "↑↓/{moves} move · {open} read · {filter} filter · {help} help",
        "no_match": "No entry matches the filter",
        "no_match_how": "Change the query, or press {clear} to clear it.",
        "answers_wait": "Loading the answers…",
        "hidden_match": "Matched in text not shown here:",
        "tag": "tag: ",
        "zh_text": "Chinese text: ",
        "en_text": "English text: ",
        "spoiler": "spoiler: ",
        "aside_fix": (
            "To get back what it held: quit the reader, mend the copy {copy} and move it back to {name} "
            "(this replaces what was saved since); or delete the copy."
        ),
        "toast_more": "… {n} more lines (a taller window shows them)",
        "journal_aside_fix": (
            "To get back the lines it skipped: quit the reader, mend them in the copy {copy} and add them to the end of "
            "{name} (make it if it is gone; each line sets its bookmark over what was saved since); or delete the copy."
        ),
        "as_is": "{text}",
        "kind_read_marks": "read marks",
        "kind_bookmarks": "bookmarks",
        "state_cannot_read": "{path}: cannot read the {kind} ({why}): {fix}; {then}",
        "state_fix_directory": "move the directory away",
        "state_fix_access": "give yourself read access to it",
        "state_starting_without": "starting without them",
        "state_damaged_left": (
            "{path}: damaged {kind} ({why}); nothing could be read from it; "
            "left as it is until the reader opens this corpus and sets it aside"
        ),
        "state_damaged_stuck": "{path}: damaged {kind} ({why}); it could not be moved aside: mend it or move it away; {then}",
        "state_damaged_aside": "{path}: damaged {kind} ({why}); moved to {aside}, {then}",
        "state_then_afresh": "starting afresh",
        "marks_kept_here": "the read marks this window had are kept and saved in a new one",
        "bookmarks_kept_here": "the bookmarks this window had are kept and saved in a new one",
        "marks_still_here": "the read marks this window had stay in it",
        "bookmarks_still_here": "the bookmarks this window had stay in it",
        "marks_not_saved": "read marks made now are not saved until it can be read or is moved away",
        "bookmarks_to_journal": "bookmarks made now are kept in {journal} beside it, and added to it once it can be read",
        "journal_cannot_read": "{journal}: cannot read the {kind} journal ({why}): give yourself read access to it; starting without it",
        "journal_damaged": "{journal}: damaged {kind} journal ({reasons}); {skipped}, {others}; {kept}",
        "journal_one_skipped": "that line skipped",
        "journal_some_skipped": "those {n} lines skipped",
        "journal_no_other": "no other change read",
        "journal_one_other": "1 other change read",
        "journal_others": "{n} other changes read",
        "journal_copy_kept": "a copy as it was kept in {aside}",
        "journal_mended": "a copy as it was kept in {aside}, only the changes left in it",
        "journal_no_copy": "left as it is (no copy could be kept: {why}; free some space or make the folder writable)",
        "journal_left_for_reader": "left as it is until the reader opens this corpus and keeps a copy of it aside",
        "cannot_write": "cannot write {path}: {why}",
        "cannot_remove": "cannot remove {path}: {why}",
    },
    "zh": {
        "entries": "{n} 个条目",
        "entry": "1 个条目",
        "no_entry": "没有匹配的条目",
        "loading": "加载中…",
        "answers_loading": "正在加载回答…",
        "questions_only": "只搜索提问：回答还在加载…",
        "indexing": "正在建索引：搜索较慢…",
        "answers_only": "by:、src: 和 lang: 要等回答加载完（加载中…）",
        "looking": "正在查找更多匹配…",
        "searching": "搜索中…",
        "ranked_none": "按相关度排序：没有条目包含全部词语",
        "ranked_one": "按相关度排序：只有 1 个条目包含全部词语",
        "ranked_some": "按相关度排序：只有 {n} 个条目包含全部词语",
        "placeholder": "{filter} 筛选：词语、English、拼错也行、by:{by} src:{src} topic:… !排除 '精确",
        "more_listed": "… 还有 {n} {what}：按 {open} 列出",
        "more_unknown": "… 还有更多{what}：按 {open} 查找",
        "matches": "个匹配",
        "entries_word": "个条目",
        "unread": " · {n} 未读",
        "questions": "{n} 个提问",
        "question": "1 个提问",
        "overview_more": "… 另有 {n} 个：按 {filter} 筛选",
        "overview_keys": "↑↓/{moves} 移动 · {open} 阅读 · {filter} 筛选 · {help} 帮助",
        "no_match": "没有条目符合筛选",
        "no_match_how": "请修改查询，或按 {clear} 清除。",
        "answers_wait": "正在加载回答…",
        "hidden_match": "匹配出现在这里未显示的文字中：",
        "tag": "标签：",
        "zh_text": "中文文本：",
        "en_text": "英文文本：",
        "spoiler": "剧透：",
        "aside_fix": "要找回其中的内容：退出阅读器，修好副本 {copy} 并把它移回 {name}（会替换此后保存的内容）；或删除该副本。",
        "journal_aside_fix": "要找回被跳过的行：退出阅读器，在副本 {copy} 中修好这些行并把它们加到 {name} 的末尾（该文件已不在就新建；每行都会覆盖此后保存的该书签）；或删除该副本。",
        "as_is": "{text}",
        "kind_read_marks": "已读标记",
        "kind_bookmarks": "书签",
        "state_cannot_read": "{path}：无法读取{kind}（{why}）：{fix}；{then}",
        "state_fix_directory": "请把该目录移走",
        "state_fix_access": "请给自己读取它的权限",
        "state_starting_without": "先不带它们启动",
        "state_damaged_left": "{path}：{kind}文件已损坏（{why}）；其中什么也读不出；保持原样，等阅读器打开这个语料库时再把它移到一旁",
        "state_damaged_stuck": "{path}：{kind}文件已损坏（{why}）；无法把它移到一旁：请修好它或把它移走；{then}",
        "state_damaged_aside": "{path}：{kind}文件已损坏（{why}）；已移到 {aside}，{then}",
        "state_then_afresh": "从头开始",
        "marks_kept_here": "这个窗口已有的已读标记都保留着，并存进新文件",
        "bookmarks_kept_here": "这个窗口已有的书签都保留着，并存进新文件",
        "marks_still_here": "这个窗口已有的已读标记仍保留在窗口中",
        "bookmarks_still_here": "这个窗口已有的书签仍保留在窗口中",
        "marks_not_saved": "此后做的已读标记不会保存，直到该文件可以读取或被移走",
        "bookmarks_to_journal": "此后做的书签记在旁边的 {journal} 中，等该文件可以读取时再并入",
        "journal_cannot_read": "{journal}：无法读取{kind}日志（{why}）：请给自己读取它的权限；先不带它启动",
        "journal_damaged": "{journal}：{kind}日志已损坏（{reasons}）；{skipped}，{others}；{kept}",
        "journal_one_skipped": "跳过了这一行",
        "journal_some_skipped": "跳过了这 {n} 行",
        "journal_no_other": "没有读到其他改动",
        "journal_one_other": "读到其他 1 项改动",
        "journal_others": "读到其他 {n} 项改动",
        "journal_copy_kept": "原样的副本保存在 {aside}",
        "journal_mended": "原样的副本保存在 {aside}，日志中只留下改动",
        "journal_no_copy": "保持原样（无法保存副本：{why}；请腾出空间或让该目录可写）",
        "journal_left_for_reader": "保持原样，等阅读器打开这个语料库时再把它的副本保存到一旁",
        "cannot_write": "无法写入 {path}：{why}",
        "cannot_remove": "无法删除 {path}：{why}",
        "toast_more": "…… 还有 {n} 行未显示（窗口更高时可见）",
    },
}
"""The chrome's words by key; `{n}` and the like are filled in by `words`."""

KEY_DESCRIPTIONS_ZH: dict[str, str] = {
    # anywhere
    "Quit": "退出",
    "Help": "帮助",
    "Commands": "命令",
    "Suspend (fg resumes)": "挂起（fg 恢复）",
    "Filter": "筛选",
    "Next pane": "下一栏",
    "Previous pane": "上一栏",
    "Clear filter": "清除筛选",
    "Next match": "下一个匹配",
    "Previous match": "上一个匹配",
    "Tree": "目录树",
    "Language": "语言",
    "Copy citation": "复制引用",
    "Cite as…": "引用格式…",
    # read marks, bookmarks, links
    "Read / unread": "已读/未读",
    "Next unread": "下一条未读",
    "Previous unread": "上一条未读",
    "Bookmark": "书签",
    "Bookmark note": "书签笔记",
    "Bookmarks": "书签列表",
    "Links": "链接",
    # tree, pane, filter bar
    "Down": "向下",
    "Up": "向上",
    "Collapse / parent": "折叠/上级",
    "Expand / child": "展开/下级",
    "First": "第一项",
    "Last": "最后一项",
    "Next entry": "下一条",
    "Prev entry": "上一条",
    "Next topic": "下一主题",
    "Previous topic": "上一主题",
    "Open": "打开",
    "Page down": "下一页",
    "Page up": "上一页",
    "Half page down": "下半页",
    "Half page up": "上半页",
    "Top": "顶部",
    "Bottom": "底部",
    "To results": "到结果",
    # dialogs
    "Close": "关闭",
    "Close help": "关闭帮助",
    "Cancel": "取消",
    "Select all": "全选",
    "Copy again": "再次复制",
    "Save note": "保存笔记",
    "Read it": "阅读",
}
"""The key bar's descriptions in Chinese, by the binding's (English) description."""

LANG_LABELS: dict[str, str] = {"en": "en", "zh": "中文", "both": "中英"}
"""The reading language as the status line names it (its chrome is Chinese under zh and both)."""


def ui_lang(lang: str) -> UiLang:
    """The chrome's language for a reading language: English only under `en`."""
    return "en" if lang == "en" else "zh"


def words(lang: str, key: str, **fields: object) -> str:
    """The chrome's words for `key` in the reading language `lang` (the dialogs' too:
    `dialog_text.DIALOG_WORDS`), fields filled in."""
    ui = ui_lang(lang)
    text = WORDS[ui][key] if key in WORDS[ui] else DIALOG_WORDS[ui][key]
    return text.format(**fields) if fields else text


def in_chrome(lang: str, english: str, chinese: Mapping[str, str]) -> str:
    """`english` (words the code itself holds: a binding's description, a group's title)
    in the chrome's language: itself under `en`, its Chinese from `chinese` under zh and
    both (itself where `chinese` has none)."""
    return english if ui_lang(lang) == "en" else chinese.get(english, english)


def entry_count(lang: str, n: int) -> str:
    """'38 entries' ('1 entry'), or '38 个条目'."""
    return words(lang, "entry") if n == 1 else words(lang, "entries", n=n)


def question_count(lang: str, n: int) -> str:
    """'9 questions' ('1 question'), or '9 个提问'."""
    return words(lang, "question") if n == 1 else words(lang, "questions", n=n)


def key_description(lang: str, description: str) -> str:
    """A key's description in the key bar: the binding's own (English) one, or its Chinese."""
    return in_chrome(lang, description, KEY_DESCRIPTIONS_ZH)


def lang_label(lang: str) -> str:
    """The reading language as the status line shows it."""
    return LANG_LABELS.get(lang, lang)


def ranking_note(lang: str, note: str, strict_count: int | None) -> str:
    """How relaxed matches were chosen: the engine's `note` (`SearchResult.ranking_note`),
    or the same in Chinese."""
    if ui_lang(lang) == "en":
        return note
    if not strict_count:
        return words(lang, "ranked_none")
    return words(lang, "ranked_one") if strict_count == 1 else words(lang, "ranked_some", n=strict_count)


_QUERY_HINTS_ZH: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"! needs a word after it, e\.g\. (\S+)"), r"! 后面要跟一个词，如 \1"),
    (re.compile(r'" needs a phrase, e\.g\. (".*")'), r'" 要跟一个短语，如 \1'),
    (re.compile(r"by: needs a name, e\.g\. (\S+) or (\S+)"), r"by: 要跟一个名字，如 \1 或 \2"),
    (re.compile(r"topic: needs a word, e\.g\. (\S+)"), r"topic: 要跟一个词，如 \1"),
    (re.compile(r"src: needs a source, e\.g\. (\S+), (\S+) or (\S+)"), r"src: 要跟一个来源，如 \1、\2 或 \3"),
    (re.compile(r"lang: needs zh or en, e\.g\. (\S+)"), r"lang: 要跟 zh 或 en，如 \1"),
    (re.compile(r"lang:(\S*) is not a language: use (\S+) or (\S+)"), r"lang:\1 不是语言：请用 \2 或 \3"),
    (re.compile(r"(\S) needs a word, e\.g\. (\S+)"), r"\1 后面要跟一个词，如 \2"),
    (re.compile(r"\$ needs a word before it, e\.g\. (\S+)"), r"$ 前面要有一个词，如 \1"),
    (re.compile(r"\| needs a term on each side, e\.g\. (.+)"), r"| 两边都要有词，如 \1"),
    (re.compile(r"src:(\S*) is not a source: use (.+)"), "src:{0} 不是来源：请用 {1}"),
    (re.compile(r"by:(\S*) names no speaker: try (.+)"), "by:{0} 对不上任何答者：试试 {1}"),
]
"""The search engine's hints about a malformed query (`corpus/query.py`,
`corpus/search/index.py`, which know no interface language), worded in Chinese."""


def query_hint(lang: str, hint: str) -> str:
    """The engine's hint about a malformed query in the chrome's language (a part this does
    not know stays as the engine words it)."""
    if ui_lang(lang) == "en":
        return hint
    return "；".join(_hint_zh(part) for part in hint.split("; "))


def _hint_zh(part: str) -> str:
    for pattern, wording in _QUERY_HINTS_ZH:
        found = pattern.fullmatch(part)
        if found is None:
            continue
        if "{0}" in wording:  # a list of examples: joined the Chinese way
            examples = "、".join(found.group(2).split(", "))
            return wording.format(found.group(1), examples)
        return found.expand(wording)
    return part
