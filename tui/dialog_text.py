"""The reader's words in its notifications, dialogs, help and command palette, in English
and Chinese: data only, looked up through `tui.ui_text` (`words`, `help_words` ...) in
the chrome's language (English under `en`, Chinese under `zh` and `both`).

Key names (ctrl+s, Esc, j/k) stay as typed in either language; a key one of the reader's
bindings has is a field (`{clear}`, `{again}` ...) the caller fills in with the key bound now,
the config file's `[keys]` applied (`tui.keymap.bound_key`). What a notification
quotes (an entry id, a topic's name, a tool's error) is filled in literally by the caller.
"""

from __future__ import annotations

DIALOG_WORDS: dict[str, dict[str, str]] = {
    "en": {
        # the reader screen
        "no_entry_id": "No entry with id {id}.",
        "did_you_mean": " Did you mean {close}?",
        "not_in_filter": "Entry {id} does not match the filter {query}: press {clear} to clear it",
        "no_filter": "No filter is active: press {filter} to filter",
        "nothing_to_cite": "Move to an entry first: there is nothing to cite here",
        "cite_after_load": "Loading the corpus: the citation follows in a moment",
        "config_file": "Config file",
        "upgraded_title": "Restart kimi-ama-tui",
        "upgraded": "kimi-ama-tui was upgraded while running: restart it (could not load {modules})",
        # read marks and bookmarks
        "marks_problem": "Read marks and bookmarks",
        "not_saved": "Not saved",
        "marks_loading": "Still loading: read marks come with the corpus.",
        "marked_read": "{id}: marked read",
        "marked_unread": "{id}: marked unread",
        "no_unread": "No unread entries.",
        "no_unread_matches": "No unread entries among the matches.",
        "move_to_topic": "Move to a topic first.",
        "topic_read": "{topic}: all marked read",
        "topic_unread": "{topic}: all marked unread",
        "all_read": "Every entry marked read",
        "all_unread": "Every entry marked unread",
        "unbookmarked": "{id}: bookmark removed",
        "note_saved": "{id}: note saved",
        "bookmarks_loading": "Still loading: bookmarks come with the corpus.",
        # the note editor
        "note_heading": "Note on {id}: {question}",
        # the bookmark list
        "bookmarks_heading": "Bookmarks ({n})",
        "bookmarks_hint": "↑↓ or j k, g G, {read}: read it · {close} closes",
        "no_bookmarks": "No bookmarks yet: {bookmark} bookmarks the shown entry, {note} adds a note.",
        "bookmark_gone": "{id} is no longer in the corpus: nothing to read.",
        "not_in_corpus": "  (no longer in the corpus)",
        # links
        "no_links": "{id} has no links.",
        "links_heading": "Links of {id}",
        "links_hint": "{keys}, or ↑↓ j k and Enter: {action}{entries} · Esc closes",
        "links_entries": " (a see-also entry: opens it)",
        "link_copies": "copies it",
        "link_copies_opens": "copies it and opens it in your browser",
        "link": "Link",
        "link_source": "Source: {title}",
        "link_question": "The question on Reddit",
        "link_comment": "{role} by {handle} on Reddit",
        "link_in_question": "In the question",
        "link_in_comment": "In the {role} by {handle}",
        "link_see_also": "See also: {question}",
        "browser_opened": " Opened in your browser.",
        "no_browser": " No browser could be opened.",
        "browser_failed": " The browser could not be opened ({error}).",
        "clipboard_off": "The clipboard is off (--clipboard off).",
        # citations
        "citation": "Citation",
        "citation_heading": "Citation · {format} · {id}",
        "again_hint": "Not in your clipboard? Press {again} again to see the text and select it.",
        "off_note": "The clipboard is off (--clipboard off): here is the citation to select.",
        "here_to_select": "{message} Here it is to select.",
        "select_hint": (
            "Select with your terminal: Shift+drag (or start with --no-mouse), or tmux copy mode (prefix [). "
            "Here: shift+arrows select, a selects all, c copies the selection (or all), Esc closes."
        ),
        "cite_as": "Cite {id} as…",
        "cite_hint": "↑↓ j k choose, Enter copies · 1-4 copy at once · Esc cancels",
        # the clipboard's report ('Citation sent via OSC 52 and the tmux buffer.')
        "sent_via": "{what} sent via {how}.",
        "not_sent": "{what} not sent to any clipboard.",
        "failed_via": "Not sent via {how}: {reason}.",
        # the help screen
        "help_title": "Keys  ({close} closes; the right column is each binding's id, for [keys] in the config file)",
        "help_title_narrow": "Keys  ({close} closes; under each description, its binding's id, for [keys] in the config file)",
        "syntax_title": "Filter syntax (the filter bar and `search`)",
        "no_match_row": "(no match)",
        "no_match_finds": "when fewer than 3 entries hold every word, the best entries holding any of them, ranked by relevance",
        # the command palette
        "palette_key": "key: {keys}  ({place})",
        "palette_help": "key: {keys}  every key of the reader",
        "topic_command": "Topic: {topic}",
        "entry_command": "Entry: {question}",
        "mark_topic_read": "Mark topic read",
        "mark_topic_unread": "Mark topic unread",
        "cursor_topic": "every entry of the cursor's topic",
        "mark_all_read": "Mark all read",
        "mark_all_unread": "Mark all unread",
        "every_entry": "every entry of the corpus",
        "palette_placeholder": "Search for commands…",
        # messages naming a key: the key bound now ([keys] in the config file), filled in
        "move_to_entry_key": "Move to an entry first: {press} marks it read or unread.",
        "open_entry_bookmark_key": "Open an entry first: {press} bookmarks the entry the pane shows.",
        "bookmarked_keys": "{id}: bookmarked ({note} adds a note, {bookmarks} lists bookmarks)",
        "open_entry_note_key": "Open an entry first: {press} writes a note on the entry the pane shows.",
        "open_entry_links_key": "Open an entry first: {press} lists the links of the entry the pane shows.",
        "note_hint_keys": "{save} saves (and bookmarks the entry) · {cancel} cancels · an empty note removes the note",
        "note_hint_short": "{save} saves · {cancel} cancels",
    },
    "zh": {
        "no_entry_id": "没有 id 为 {id} 的条目。",
        "did_you_mean": "你要找的是不是 {close}？",
        "not_in_filter": "条目 {id} 不符合筛选 {query}：按 {clear} 清除筛选",
        "no_filter": "当前没有筛选：按 {filter} 开始筛选",
        "nothing_to_cite": "请先移到一个条目上：这里没有可引用的内容",
        "cite_after_load": "正在加载语料：稍后即复制引用",
        "config_file": "配置文件",
        "upgraded_title": "请重启 kimi-ama-tui",
        "upgraded": "kimi-ama-tui 在运行时被升级了：请重启它（无法加载 {modules}）",
        "marks_problem": "已读标记和书签",
        "not_saved": "未保存",
        "marks_loading": "仍在加载：已读标记随语料一起加载。",
        "marked_read": "{id}：已标为已读",
        "marked_unread": "{id}：已标为未读",
        "no_unread": "没有未读条目。",
        "no_unread_matches": "匹配结果中没有未读条目。",
        "move_to_topic": "请先移到一个主题上。",
        "topic_read": "{topic}：已全部标为已读",
        "topic_unread": "{topic}：已全部标为未读",
        "all_read": "所有条目已标为已读",
        "all_unread": "所有条目已标为未读",
        "unbookmarked": "{id}：已移除书签",
        "note_saved": "{id}：笔记已保存",
        "bookmarks_loading": "仍在加载：书签随语料一起加载。",
        "note_heading": "{id} 的笔记：{question}",
        "bookmarks_heading": "书签（{n}）",
        "bookmarks_hint": "↑↓ 或 j k、g G 移动，{read} 阅读 · {close} 关闭",
        "no_bookmarks": "还没有书签：按 {bookmark} 给当前条目加书签，按 {note} 添加笔记。",
        "bookmark_gone": "{id} 已不在语料中：没有可阅读的内容。",
        "not_in_corpus": "  （已不在语料中）",
        "no_links": "{id} 没有链接。",
        "links_heading": "{id} 的链接",
        "links_hint": "{keys}，或 ↑↓ j k 加 Enter：{action}{entries} · Esc 关闭",
        "links_entries": "（“另见”条目则打开它）",
        "link_copies": "复制链接",
        "link_copies_opens": "复制链接并在浏览器中打开",
        "link": "链接",
        "link_source": "来源：{title}",
        "link_question": "Reddit 上的提问",
        "link_comment": "{role}（{handle}，Reddit）",
        "link_in_question": "提问中的链接",
        "link_in_comment": "链接出自{role}（{handle}）",
        "link_see_also": "另见：{question}",
        "browser_opened": "已在浏览器中打开。",
        "no_browser": "无法打开浏览器。",
        "browser_failed": "浏览器无法打开（{error}）。",
        "clipboard_off": "剪贴板已关闭（--clipboard off）。",
        "citation": "引用",
        "citation_heading": "引用 · {format} · {id}",
        "again_hint": "剪贴板里没有？再按一次 {again} 查看文本，手动选择。",
        "off_note": "剪贴板已关闭（--clipboard off）：请在这里选择引用文本。",
        "here_to_select": "{message}请在这里选择文本。",
        "select_hint": (
            "用终端选择：Shift+拖动（或以 --no-mouse 启动），或 tmux 复制模式（prefix [）。"
            "这里：shift+方向键选择，a 全选，c 复制所选内容（未选则复制全部），Esc 关闭。"
        ),
        "cite_as": "选择 {id} 的引用格式…",
        "cite_hint": "↑↓ j k 选择、Enter 复制 · 1-4 直接复制 · Esc 取消",
        "sent_via": "{what}已发送（{how}）。",
        "not_sent": "{what}未发送到任何剪贴板。",
        "failed_via": "发送失败（{how}）：{reason}。",
        "help_title": "按键  （{close} 关闭；右列是各按键绑定的 id，供配置文件的 [keys] 使用）",
        "help_title_narrow": "按键  （{close} 关闭；每条说明下一行是该按键绑定的 id，供配置文件的 [keys] 使用）",
        "syntax_title": "筛选语法（筛选栏和 `search` 命令）",
        "no_match_row": "（无匹配时）",
        "no_match_finds": "包含全部词语的条目少于 3 个时，列出包含其中任一词语的最佳条目，按相关度排序",
        "palette_key": "按键：{keys}（{place}）",
        "palette_help": "按键：{keys}  阅读器的全部按键",
        "topic_command": "主题：{topic}",
        "entry_command": "条目：{question}",
        "mark_topic_read": "将主题标为已读",
        "mark_topic_unread": "将主题标为未读",
        "cursor_topic": "光标所在主题的所有条目",
        "mark_all_read": "全部标为已读",
        "mark_all_unread": "全部标为未读",
        "every_entry": "语料中的所有条目",
        "palette_placeholder": "搜索命令…",
        "move_to_entry_key": "请先移到一个条目上：按 {press} 标为已读或未读。",
        "open_entry_bookmark_key": "请先打开一个条目：按 {press} 给当前显示的条目加书签。",
        "bookmarked_keys": "{id}：已加书签（{note} 添加笔记，{bookmarks} 查看书签）",
        "open_entry_note_key": "请先打开一个条目：按 {press} 给当前显示的条目写笔记。",
        "open_entry_links_key": "请先打开一个条目：按 {press} 列出当前显示条目的链接。",
        "note_hint_keys": "{save} 保存（并给条目加书签）· {cancel} 取消 · 笔记留空即删除笔记",
        "note_hint_short": "{save} 保存 · {cancel} 取消",
    },
}
"""Notifications' and dialogs' words by key; `{id}` and the like are filled in by `ui_text.words`."""

PLACES_ZH: dict[str, str] = {
    "Anywhere": "任意位置",
    "Read marks, bookmarks, links": "已读标记、书签、链接",
    "Topic tree (arrows work too)": "目录树（方向键也可用）",
    "Answer pane (arrows, page up/down work too)": "回答栏（方向键、PageUp/PageDown 也可用）",
    "Filter bar": "筛选栏",
}
"""The help's group titles (`tui.keys.binding_groups`) in Chinese."""

SYNTAX_ZH: dict[str, str] = {
    "both words (space-separated terms are ANDed)": "同时包含两个词（空格分隔的词须全部出现）",
    "exact substring, no fuzzy match;  'int4'  whole word only": "精确子串，不做模糊匹配；'int4' 只匹配整词",
    "prefix / suffix of a field": "字段的开头 / 结尾",
    'exclude entries that contain "api"': "排除包含 “api” 的条目",
    "either": "两者之一",
    "field filters": "按字段筛选",
    "an escaped space keeps a phrase together": "转义的空格让短语保持完整",
    "a quoted phrase: that exact text (while typed, the text so far)": "引号内的短语：完全一致的文字（输入中则为已输入部分）",
    "either, with or without spaces around the bar": "两者之一，竖线两边有无空格均可",
}
"""The filter syntax's explanations (`corpus.query`'s docstring) in Chinese."""

FORMAT_NAMES_ZH: dict[str, str] = {"plain text": "纯文本"}
"""Citation formats' names (`corpus.citation.FORMAT_NAMES`) in Chinese where the name is a word (Markdown, BibTeX stay)."""

SYSTEM_COMMANDS_ZH: dict[str, str] = {
    "Theme": "主题配色",
    "Change the current theme": "更换当前配色主题",
    "Quit": "退出",
    "Quit the application as soon as possible": "立即退出程序",
    "Keys": "按键面板",
    "Hide the keys and widget help panel": "隐藏按键和控件帮助面板",
    "Show help for the focused widget and a summary of available keys": "显示当前控件的帮助和可用按键",
    "Minimize": "还原",
    "Minimize the widget and restore to normal size": "把控件还原为正常大小",
    "Maximize": "最大化",
    "Maximize the focused widget": "最大化当前控件",
    "Screenshot": "截图",
    "Save an SVG 'screenshot' of the current screen": "把当前屏幕保存为 SVG“截图”",
}
"""Textual's own palette commands (`App.get_system_commands`), title and help, in Chinese."""
