"""Pilot tests of the reading workflow keys: read marks (u, ), (), bookmarks (m, M, B),
the link picker (o), and what the tree shows."""

from __future__ import annotations

import asyncio
import json
import webbrowser
from pathlib import Path
from typing import Any

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widgets import OptionList, TextArea

from corpus.loader import load_corpus
from tests.reader_support import reader, ready, settle
from tui.app import ReaderApp
from tui.screens.bookmark_list import BookmarkList
from tui.widgets.bookmark_rows import BookmarkRows
from tui.screens.help import HelpScreen
from tui.screens.link_picker import LinkPicker
from tui.screens.note_editor import NoteEditor
from tui.userdata import corpus_bookmarks, corpus_marks


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not inside tmux, not over SSH, no desktop: whoever runs the tests."""
    for var in ("TMUX", "SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(autouse=True)
def slow_read_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry is marked read only after 30 s, so keys pressed on a busy machine race no
    timer; the tests of the timer itself set the moment back."""
    import tui.screens.reading_workflow

    monkeypatch.setattr(tui.screens.reading_workflow, "READ_AFTER", 30.0)


def notes(app: ReaderApp) -> list[str]:
    """Every notification the app has sent from now on."""
    calls: list[str] = []
    original = app.notify

    def notify(message: str, **kwargs: Any) -> None:
        calls.append(message)
        original(message, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return calls


def tree_line(app: ReaderApp, entry_id: str) -> str:
    """The tree label of an entry, as plain text."""
    tree = app.reader_screen.topic_tree  # type: ignore[union-attr]
    for topic in tree.root.children:
        for child in topic.children:
            if child.data and child.data.entry_id == entry_id:
                return str(child.label)
    raise AssertionError(f"{entry_id} not in the tree")


def topic_line(app: ReaderApp, topic_id: str) -> str:
    tree = app.reader_screen.topic_tree  # type: ignore[union-attr]
    return next(str(t.label) for t in tree.root.children if t.data and t.data.topic_id == topic_id)


async def test_an_entry_shown_for_a_moment_is_marked_read_and_saved(small_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.screens.reading_workflow

    monkeypatch.setattr(tui.screens.reading_workflow, "READ_AFTER", 2.0)
    app = reader(corpus_path=small_corpus, entry="why-int4")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        assert tree_line(app, "why-int4").startswith("• ")
        assert "· 2 unread" in topic_line(app, "architecture")
        await pilot.pause(2.4)
        assert "why-int4" in screen.read_ids
        assert tree_line(app, "why-int4").startswith("   ")  # no sign once read
        assert "· 1 unread" in topic_line(app, "architecture")
    assert corpus_marks(load_corpus(small_corpus)).is_read("why-int4")


async def test_moving_on_at_once_does_not_mark_read(small_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.screens.reading_workflow

    monkeypatch.setattr(tui.screens.reading_workflow, "READ_AFTER", 2.5)  # ample, on a busy machine
    app = reader(corpus_path=small_corpus, entry="why-int4")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        app.reader_screen.topic_tree.focus()  # type: ignore[union-attr]
        await pilot.press("]")
        await pilot.pause(3.0)
        assert app.reader_screen.read_ids == {"kda-next-flagship"}  # type: ignore[union-attr]


async def test_a_match_previewed_while_typing_is_not_marked_read(small_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The best match shown while a query is typed lost its unread mark a second later,
    never opened (found by the hands-on sweep). It is read once the user leaves the bar
    and it stays."""
    import tui.screens.reading_workflow

    monkeypatch.setattr(tui.screens.reading_workflow, "READ_AFTER", 1.0)
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        screen.set_read(["k3"], True)
        await pilot.press("slash", *"int4")
        await pilot.pause(1.6)
        assert screen.shown_now == "why-int4" and "why-int4" not in screen.read_ids
        await pilot.press("enter")  # to the results: the entry stays
        await pilot.pause(1.6)
        assert "why-int4" in screen.read_ids


async def test_u_toggles_read_on_the_cursor_entry(small_corpus: Path) -> None:
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        screen.topic_tree.focus()
        await pilot.press("u")
        assert "k3" in screen.read_ids
        await pilot.press("u")
        assert "k3" not in screen.read_ids
    assert not corpus_marks(load_corpus(small_corpus)).is_read("k3")


async def test_parens_jump_between_unread_entries(small_corpus: Path) -> None:
    marks = corpus_marks(load_corpus(small_corpus))
    marks.set_read(["kda-next-flagship"])
    marks.save()
    app = reader(corpus_path=small_corpus, entry="why-int4")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        screen.topic_tree.focus()
        await pilot.press(")")
        await pilot.pause()
        assert screen.shown_entry == "k3"  # kda-next-flagship is read: skipped
        await pilot.press("(")
        await pilot.pause()
        assert screen.shown_entry == "why-int4"
        screen.set_read(["why-int4", "k3"], True)
        calls = notes(app)
        await pilot.press(")")
        assert any("No unread entries" in c for c in calls)


async def test_new_entries_after_the_corpus_grows_are_marked_new(small_corpus: Path) -> None:
    from tests.test_userdata import EXTRA_ENTRY

    marks = corpus_marks(load_corpus(small_corpus))
    marks.save()
    small_corpus.write_text(small_corpus.read_text(encoding="utf-8") + EXTRA_ENTRY, encoding="utf-8")
    app = reader(corpus_path=small_corpus, entry="why-int4")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        assert tree_line(app, "k4").startswith("+ ")
        assert tree_line(app, "k3").startswith("• ")


async def test_palette_marks_a_topic_or_everything(small_corpus: Path) -> None:
    from tui.palette import reader_commands

    app = reader(corpus_path=small_corpus, entry="why-int4")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        commands = {c.title: c.callback for c in reader_commands(app)}
        commands["Mark topic read"]()
        assert screen.read_ids == {"why-int4", "kda-next-flagship"}
        commands["Mark all read"]()
        assert screen.read_ids == {"why-int4", "kda-next-flagship", "k3"}
        commands["Mark topic unread"]()
        assert screen.read_ids == {"k3"}
        commands["Mark all unread"]()
        assert screen.read_ids == set()
        assert "Bookmarks" in commands


async def test_m_bookmarks_and_M_writes_a_note(small_corpus: Path) -> None:
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        await pilot.press("m")
        assert screen.bookmarked_ids == {"k3"}
        assert tree_line(app, "k3")[1] == "*"
        await pilot.press("m")
        assert screen.bookmarked_ids == set()
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(TextArea).insert("a joke [b]not markup[/b]")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.bookmarked_ids == {"k3"}
    (bookmark,) = corpus_bookmarks(load_corpus(small_corpus)).items
    assert (bookmark.entry_id, bookmark.note) == ("k3", "a joke [b]not markup[/b]")


async def test_escape_leaves_the_note_as_it_was(small_corpus: Path) -> None:
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("M")
        await pilot.pause()
        app.screen.query_one(TextArea).insert("draft")
        await pilot.press("escape")
        await pilot.pause()
        assert app.reader_screen.bookmarked_ids == set()  # type: ignore[union-attr]


async def test_B_lists_bookmarks_and_jumps(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    marks = corpus_bookmarks(corpus)
    marks.set_note("kda-next-flagship", "Will KDA be in the next flagship?", "check later")
    marks.toggle("gone-entry", "An entry no longer there")
    marks.save()
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarkList)
        rows = app.screen.query_one(BookmarkRows)
        region = rows.scrollable_content_region
        lines = [strip.text for strip in rows.render_lines(Region(0, 0, region.width, region.height))]
        assert "check later" in lines[1]
        assert "no longer in the corpus" in lines[2] and "An entry no longer there" in lines[2]
        assert not "".join(lines[4:]).strip()
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, BookmarkList), "a bookmark no longer in the corpus has nothing to show"
        await pilot.press("k", "enter")
        await pilot.pause()
        assert app.reader_screen.shown_entry == "kda-next-flagship"  # type: ignore[union-attr]


async def test_the_pickers_move_with_vim_keys(small_corpus: Path) -> None:
    """j/k/g/G move in the bookmarks list, the links picker and the citation formats, as
    in the tree (only the arrows did: B, j, Enter opened the first bookmark)."""
    corpus = load_corpus(small_corpus)
    marks = corpus_bookmarks(corpus)
    marks.toggle("kda-next-flagship", "Will KDA be in the next flagship?")
    marks.toggle("why-int4", "Why INT4?")
    marks.save()
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarkList)
        await pilot.press("j")
        assert app.screen.query_one(BookmarkRows).highlighted == 1
        await pilot.press("k", "G")
        assert app.screen.query_one(BookmarkRows).highlighted == 1
        await pilot.press("g", "j", "enter")
        await pilot.pause()
        assert app.reader_screen.shown_entry == "why-int4"  # type: ignore[union-attr]
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinkPicker)
        await pilot.press("j")
        assert isinstance(app.screen, LinkPicker) and app.screen.query_one(OptionList).highlighted == 1
        await pilot.press("escape", "Y")
        await pilot.pause()
        picker = app.screen
        await pilot.press("j", "j")
        assert picker.query_one(OptionList).highlighted == 2


async def test_a_damaged_bookmarks_file_is_reported_and_the_reader_starts(small_corpus: Path) -> None:
    path = corpus_bookmarks(load_corpus(small_corpus)).path
    path.parent.mkdir(parents=True)
    path.write_text("\x00garbage", encoding="utf-8")
    app = reader(corpus_path=small_corpus, entry="k3")
    calls = notes(app)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert any("damaged bookmarks" in c for c in calls)
        await pilot.press("m")
        assert app.reader_screen.bookmarked_ids == {"k3"}  # type: ignore[union-attr]
    (aside,) = path.parent.glob(path.name + ".damaged-*")
    assert aside.read_text(encoding="utf-8") == "\x00garbage"
    assert json.loads(path.read_text(encoding="utf-8"))["bookmarks"][0]["entry"] == "k3"


async def test_o_lists_every_link_and_copies_the_chosen_one(small_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    app = reader(corpus_path=small_corpus, entry="why-int4")
    calls = notes(app)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinkPicker)
        prompts = [_shown(app.screen.query_one(OptionList).get_option_at_index(i).prompt) for i in range(2)]
        assert prompts[0].startswith("1  Source: 文章") and "https://example.com/article" in prompts[0]
        assert prompts[1].startswith("2  Marlin") and "https://github.com/IST-DASLab/marlin" in prompts[1]
        await pilot.press("2")
        for _ in range(50):
            await pilot.pause(0.02)
            if any(c.startswith("Link sent") for c in calls):
                break
        assert app.clipboard == "https://github.com/IST-DASLab/marlin"
        assert any(c.startswith("Link sent via OSC 52.") and "https://github.com/IST-DASLab/marlin" in c for c in calls)
    assert opened == []  # no display: not the user's own desktop


@pytest.mark.parametrize(("env", "opens"), [({"DISPLAY": ":0"}, True), ({"DISPLAY": ":0", "SSH_CONNECTION": "1 2 3 4"}, False)])
async def test_the_browser_opens_only_on_the_users_own_desktop(
    small_corpus: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], opens: bool
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    app = reader(corpus_path=small_corpus, entry="why-int4", clipboard="osc52")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("1")
        for _ in range(50):
            await pilot.pause(0.02)
            if app.clipboard:
                break
        await asyncio.sleep(0.1)
    assert app.clipboard == "https://example.com/article"
    assert opened == (["https://example.com/article"] if opens else [])


async def test_o_opens_a_see_also_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A "see also" entry was an id in the pane with no way to go there but the palette:
    `o` lists it after the URLs, and choosing it shows that entry (nothing copied)."""
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinkPicker)
        links = app.screen.links
        urls = [link for link in links if link.url]
        assert urls and links[: len(urls)] == urls  # the URLs first
        (see,) = [link for link in links if link.entry]
        assert see.entry == "sparse-attention-moba-dsa" and see is links[-1] and not see.url
        prompt = _shown(app.screen.query_one(OptionList).get_option_at_index(len(links) - 1).prompt)
        assert prompt.startswith(f"{see.key}  See also: ") and "→ sparse-attention-moba-dsa" in prompt
        await pilot.press(see.key)
        await settle(pilot)
        assert not isinstance(app.screen, LinkPicker)
        assert app.reader_screen is not None and app.reader_screen.shown_now == "sparse-attention-moba-dsa"
        assert not app.clipboard


async def test_o_without_links_says_so(small_corpus: Path) -> None:
    app = reader(corpus_path=small_corpus, entry="kda-next-flagship")
    calls = notes(app)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert not isinstance(app.screen, LinkPicker)
        assert any("has no links" in c for c in calls)


async def test_keys_from_the_config_are_applied(small_corpus: Path) -> None:
    app = reader(corpus_path=small_corpus, entry="k3", keys=(("reader.bookmark", "x"),))
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("x")
        assert app.reader_screen.bookmarked_ids == {"k3"}  # type: ignore[union-attr]
        await pilot.press("m")
        assert app.reader_screen.bookmarked_ids == {"k3"}  # type: ignore[union-attr]


async def test_config_problems_are_shown_once_the_reader_is_up(small_corpus: Path) -> None:
    app = reader(corpus_path=small_corpus, notices=("c.toml:3: unknown setting 'colour'; ignored",))
    calls = notes(app)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        assert any("c.toml:3: unknown setting 'colour'" in c for c in calls)


async def test_help_shows_binding_ids(small_corpus: Path) -> None:
    app = reader(corpus_path=small_corpus)
    async with app.run_test(size=(110, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        assert screen.ids["reader.bookmark"] == "Bookmark" and screen.ids["reader.links"] == "Links"
        svg = app.export_screenshot()
        for binding_id in ("reader.bookmark", "reader.links", "reader.toggle-read", "reader.next-unread"):
            assert binding_id in svg, binding_id


async def test_help_shows_the_keys_the_config_file_gives(small_corpus: Path) -> None:
    app = reader(corpus_path=small_corpus, keys=(("reader.bookmark", "x"),))
    async with app.run_test(size=(110, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert ("Read marks, bookmarks, links", "x", "Bookmark") in app.screen.rows


async def test_with_a_filter_the_pane_opens_at_the_first_match(small_corpus: Path) -> None:
    long_answer = "\\n\\n".join(f"Paragraph {n} says nothing much." for n in range(40)) + "\\n\\nThe zeppelin is here."
    text = small_corpus.read_text(encoding="utf-8").replace(
        'en = "Before Altman\'s trillion-dollar datacenter is built."', f'en = "{long_answer}"'
    )
    small_corpus.write_text(text, encoding="utf-8")
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        pane = screen.pane
        assert pane.scroll_y == 0
        await pilot.press("slash", *"zeppelin", "enter")
        await settle(pilot, "zeppelin")
        for _ in range(20):
            await pilot.pause(0.05)
            if pane.scroll_y > 0:
                break
        assert screen.shown_entry == "k3"
        top = int(pane.scroll_y)
        visible = pane.text.plain.split("\n")[top : top + pane.scrollable_content_region.height]
        assert any("zeppelin" in line for line in visible)
        await pilot.press("escape")
        await settle(pilot, "")
        screen.open_entry("why-int4")
        await pilot.pause()
        assert pane.scroll_y == 0  # no filter: from the top


async def test_an_entry_marked_unread_by_hand_is_not_read_again_by_the_timer(
    small_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.screens.reading_workflow

    monkeypatch.setattr(tui.screens.reading_workflow, "READ_AFTER", 3.0)
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        await pilot.press("u", "u")  # read, then unread again, while the entry stays shown
        await pilot.pause(3.5)
        assert "k3" not in screen.read_ids


def _shown(prompt: object) -> str:
    """An option's prompt as the terminal shows it (wide enough for a whole URL)."""
    from io import StringIO

    from rich.console import Console

    console = Console(width=200, record=True, file=StringIO())
    console.print(prompt)
    return console.export_text()


@pytest.mark.parametrize("note", ["a quick note", "int4/fp8 vs k3"])
@pytest.mark.parametrize("focus", ["tree", "pane"])
async def test_a_note_typed_in_the_burst_that_opens_the_editor_is_saved_whole(focus: str, note: str) -> None:
    """`M`, a note and ctrl+s in one read (a burst over SSH): the editor opened after the
    note's text had gone by, and ctrl+s saved an empty note ('note saved'). A `/` in the
    note (the filter's key, a priority binding) moved the focus to the filter bar."""
    from textual import events

    from tests.reader_support import reader, ready

    app = reader(entry="k3-when")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        if focus == "pane":
            await pilot.press("tab")
            await pilot.pause()
        names = {" ": "space", "/": "slash"}
        burst = [("M", "M")] + [(names.get(c, c), c) for c in note] + [("ctrl+s", None)]
        for key, character in burst:  # all queued before any is handled, as one read is
            app.post_message(events.Key(key, character))
        for _ in range(50):
            await pilot.pause()
            bookmark = app.reader_screen.bookmarks.get("k3-when")
            if bookmark is not None and app.screen is app.reader_screen:
                break
        assert bookmark is not None and bookmark.note == note, bookmark
        assert app.screen is app.reader_screen  # the editor closed; nothing else was pressed
        assert app.focused is not app.reader_screen.filter_bar


async def test_a_note_pasted_with_bidi_and_control_characters_is_shown_cleaned() -> None:
    """The note editor showed a pasted right-to-left override at work (`‮evil‬`) until
    the note was saved, where it was dropped."""
    from textual import events
    from textual.widgets import TextArea

    from tests.reader_support import reader, ready

    app = reader(entry="k3-when")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("M")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        app.post_message(events.Paste("pasted \u202eevil\u202c\u200b and\x07 more\r\nline"))
        await pilot.pause()
        assert area.text == "pasted evil and more\nline"


@pytest.mark.parametrize("status", [129, 143, 0], ids=["hangup", "terminate", "quit"])
async def test_a_note_being_typed_is_kept_when_the_reader_ends(small_corpus: Path, status: int) -> None:
    """A dropped SSH connection (SIGHUP), a SIGTERM, or ctrl+c while the note editor is open:
    the note typed so far was lost. It is saved as the entry's note."""
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(TextArea).insert("half a long note")
        app.exit(None, status)  # as the terminal guard does on a signal
        await pilot.pause()
    (bookmark,) = corpus_bookmarks(load_corpus(small_corpus)).items
    assert (bookmark.entry_id, bookmark.note) == ("k3", "half a long note")


async def test_an_unchanged_note_is_not_saved_when_the_reader_ends(small_corpus: Path) -> None:
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("M")
        await pilot.pause()
        app.exit(None, 129)
        await pilot.pause()
    assert corpus_bookmarks(load_corpus(small_corpus)).items == []  # opening the editor bookmarks nothing
