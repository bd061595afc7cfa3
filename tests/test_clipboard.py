"""Clipboard transports: which are chosen where, size refusals, and real tmux and tool processes."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.clipboard import (
    OSC52,
    OSC52_LIMIT,
    TMUX,
    Delivery,
    Transport,
    deliver,
    osc52_size,
    plan,
)

SYSTEM_PATH = "/usr/bin:/bin"
"""Where sh, cat and sleep are, for the fake tools' scripts (after the fakes)."""
CHINESE = "问：为什么选择 INT4，而不是 FP4？\n回答 · u/zxytim（周昕宇）\n〔精炼版的意译，并非答者原话。〕\n"


def kinds(transports: list[Transport]) -> list[str]:
    return [t.kind for t in transports]


def tool(directory: Path, name: str, body: str) -> Path:
    """An executable shell script `name` in `directory`."""
    path = directory / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    path = tmp_path / "bin"
    path.mkdir()
    return path


# ---------------------------------------------------------------- choosing transports


def test_auto_outside_tmux_without_a_display_is_osc52_only() -> None:
    transports, unavailable = plan("auto", {"PATH": os.defpath}, "linux")
    assert kinds(transports) == ["osc52"] and unavailable == []


def test_auto_inside_tmux_adds_the_tmux_buffer() -> None:
    transports, _ = plan("auto", {"TMUX": "/tmp/tmux-0/default,1,0"}, "linux")
    assert transports == [OSC52, TMUX]
    assert TMUX.argv == ("tmux", "load-buffer", "-w", "-")


def test_auto_on_the_users_own_desktop_adds_the_native_tool(bin_dir: Path) -> None:
    tool(bin_dir, "xclip", "cat >/dev/null")
    tool(bin_dir, "wl-copy", "cat >/dev/null")
    x11 = {"DISPLAY": ":0", "PATH": str(bin_dir)}
    assert [t.name for t in plan("auto", x11, "linux")[0]] == ["OSC 52", "xclip"]
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "PATH": str(bin_dir)}
    assert [t.name for t in plan("auto", wayland, "linux")[0]] == ["OSC 52", "wl-copy"]
    tool(bin_dir, "pbcopy", "cat >/dev/null")
    assert [t.name for t in plan("auto", {"PATH": str(bin_dir)}, "darwin")[0]] == [
        "OSC 52",
        "pbcopy",
    ]


@pytest.mark.parametrize("ssh", ["SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT"])
def test_auto_over_ssh_never_fills_the_remote_clipboard(
    bin_dir: Path, ssh: str
) -> None:
    tool(bin_dir, "xclip", "cat >/dev/null")
    tool(bin_dir, "pbcopy", "cat >/dev/null")
    env = {"DISPLAY": ":0", "PATH": str(bin_dir), ssh: "10.0.0.1 5555 10.0.0.2 22"}
    assert kinds(plan("auto", env, "linux")[0]) == ["osc52"]
    assert kinds(plan("auto", {**env, "TMUX": "/t,1,0"}, "darwin")[0]) == [
        "osc52",
        "tmux",
    ]


def test_auto_with_a_display_but_no_tool_is_osc52_only(bin_dir: Path) -> None:
    assert kinds(plan("auto", {"DISPLAY": ":0", "PATH": str(bin_dir)}, "linux")[0]) == [
        "osc52"
    ]


def test_explicit_choices(bin_dir: Path) -> None:
    tool(bin_dir, "xsel", "cat >/dev/null")
    in_tmux = {"TMUX": "/t,1,0", "DISPLAY": ":0", "PATH": str(bin_dir)}
    assert kinds(plan("osc52", in_tmux, "linux")[0]) == ["osc52"]
    assert kinds(plan("tmux", in_tmux, "linux")[0]) == ["tmux"]
    assert [t.name for t in plan("native", in_tmux, "linux")[0]] == ["xsel"]
    assert plan("off", in_tmux, "linux") == ([], [])


def test_explicit_tmux_outside_tmux_says_why() -> None:
    transports, unavailable = plan("tmux", {}, "linux")
    assert transports == []
    assert unavailable == [
        "not sent to the tmux buffer: the app is not inside tmux ($TMUX is not set)"
    ]


def test_explicit_native_over_ssh_is_refused_unless_x_is_forwarded(
    bin_dir: Path,
) -> None:
    tool(bin_dir, "xclip", "cat >/dev/null")
    remote = {"DISPLAY": ":0", "PATH": str(bin_dir), "SSH_CONNECTION": "a 1 b 22"}
    transports, unavailable = plan("native", remote, "linux")
    assert transports == []
    assert unavailable == [
        "not copied with xclip: the app runs over SSH, so it would fill the remote machine's clipboard, not yours"
    ]
    forwarded = {**remote, "DISPLAY": "localhost:10.0"}
    assert [t.name for t in plan("native", forwarded, "linux")[0]] == ["xclip"]


def test_explicit_native_without_a_tool_says_why(bin_dir: Path) -> None:
    transports, unavailable = plan(
        "native", {"DISPLAY": ":0", "PATH": str(bin_dir)}, "linux"
    )
    assert (
        transports == []
        and "none of wl-copy, xclip, xsel, pbcopy is installed" in unavailable[0]
    )


# ---------------------------------------------------------------- OSC 52


def test_osc52_sends_through_the_callable() -> None:
    written: list[str] = []
    delivery = deliver(CHINESE, [OSC52], written.append)
    assert written == [CHINESE]
    assert delivery.sent == ["OSC 52"] and delivery.problems == []
    assert delivery.summary("Citation") == "Citation sent via OSC 52."


def test_osc52_refuses_what_tmux_and_terminals_would_drop() -> None:
    big = "中" * 800_000  # 2.4 MB of UTF-8, 3.2 MB of base64
    assert osc52_size(big) > OSC52_LIMIT
    written: list[str] = []
    delivery = deliver(big, [OSC52], written.append)
    assert written == [], "nothing is written that would be dropped silently"
    assert delivery.sent == []
    assert delivery.summary("Citation") == (
        "Citation not sent to any clipboard. Not sent via OSC 52: 3,200,000 bytes of base64 is over the "
        "1,000,000 that tmux and terminals accept (they drop larger ones silently), so it was not sent."
    )
    just_fits = "a" * (OSC52_LIMIT // 4 * 3)
    assert osc52_size(just_fits) == OSC52_LIMIT
    assert deliver(just_fits, [OSC52], written.append).sent == ["OSC 52"]


def test_osc52_write_error_is_reported_not_raised() -> None:
    def broken(text: str) -> None:
        raise OSError("output closed")

    delivery = deliver("x", [OSC52], broken)
    assert delivery.problems == ["not sent via OSC 52: OSError: output closed"]


# ---------------------------------------------------------------- tmux, for real


@pytest.fixture
def tmux_server() -> Iterator[dict[str, str]]:
    """A private tmux server; the environment a program running inside it would see."""
    tmux = shutil.which("tmux")
    if tmux is None:
        pytest.skip("tmux is not installed (apt-get install tmux)")
    name = f"kimi-clip-{uuid.uuid4().hex[:10]}"
    env = {k: v for k, v in os.environ.items() if k != "TMUX"}
    base = [tmux, "-L", name, "-f", "/dev/null", "-u"]
    subprocess.run(
        [*base, "new-session", "-d", "-s", "t", "sleep 600"],
        env=env,
        check=True,
        timeout=10,
    )
    try:
        where = subprocess.run(
            [*base, "display-message", "-p", "#{socket_path},#{pid},0"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        yield {**env, "TMUX": where, "_SERVER": name}
    finally:
        subprocess.run(
            [*base, "kill-server"],
            env=env,
            capture_output=True,
            timeout=10,
            check=False,
        )


def show_buffer(env: dict[str, str]) -> str:
    result = subprocess.run(
        ["tmux", "-L", env["_SERVER"], "show-buffer"],
        capture_output=True,
        timeout=10,
        env={k: v for k, v in env.items() if k != "TMUX"},
        check=False,
    )
    return result.stdout.decode("utf-8")


def test_tmux_load_buffer_gets_chinese_exactly(tmux_server: dict[str, str]) -> None:
    transports, _ = plan("auto", tmux_server, "linux")
    assert transports == [OSC52, TMUX]
    written: list[str] = []
    delivery = deliver(CHINESE, transports, written.append, tmux_server)
    assert (
        delivery.summary("Citation") == "Citation sent via OSC 52 and the tmux buffer."
    )
    assert show_buffer(tmux_server) == CHINESE


def test_tmux_takes_what_osc52_refuses(tmux_server: dict[str, str]) -> None:
    big = ("长文本 long text " * 100_000)[:1_500_000]
    written: list[str] = []
    delivery = deliver(big, [OSC52, TMUX], written.append, tmux_server)
    assert delivery.sent == ["the tmux buffer"] and written == []
    assert delivery.summary("Citation").startswith(
        "Citation sent via the tmux buffer. Not sent via OSC 52: "
    )
    assert show_buffer(tmux_server) == big


def test_tmux_not_found_is_reported(bin_dir: Path) -> None:
    delivery = deliver(
        "x", [TMUX], lambda t: None, {"PATH": str(bin_dir), "TMUX": "/nowhere,1,0"}
    )
    assert delivery.problems == ["not sent via the tmux buffer: tmux not found"]
    assert delivery.summary("Citation") == (
        "Citation not sent to any clipboard. Not sent via the tmux buffer: tmux not found."
    )


def test_tmux_load_buffer_error_is_reported(tmp_path: Path) -> None:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    env = {"PATH": os.environ["PATH"], "TMUX": f"{tmp_path}/no-server,1,0"}
    delivery = deliver("x", [OSC52, TMUX], lambda t: None, env)
    assert delivery.sent == ["OSC 52"]
    (problem,) = delivery.problems
    assert problem.startswith(
        "not sent via the tmux buffer: tmux load-buffer -w - failed: "
    )
    assert "no-server" in problem
    assert delivery.summary("Citation").startswith(
        "Citation sent via OSC 52. Not sent via the tmux buffer: tmux load-buffer -w - failed: "
    )


def test_tmux_older_than_3_2_without_w_still_fills_the_buffer(
    bin_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "buffer"
    tool(
        bin_dir,
        "tmux",
        f'case " $* " in *" -w "*) echo "unknown flag -w" >&2; exit 1;; esac\ncat > "{out}"',
    )
    env = {"PATH": f"{bin_dir}:{SYSTEM_PATH}", "TMUX": "/t,1,0"}
    delivery = deliver(CHINESE, [TMUX], lambda t: None, env)
    assert delivery.sent == ["the tmux buffer"]
    assert out.read_text(encoding="utf-8") == CHINESE
    assert delivery.summary("Citation") == (
        "Citation sent via the tmux buffer. This tmux is older than 3.2, so it does not forward its "
        "buffer to your terminal."
    )


# ---------------------------------------------------------------- native tools


def test_native_tool_gets_the_text_on_stdin(bin_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "clip"
    tool(
        bin_dir,
        "xclip",
        f'[ "$*" = "-selection clipboard -in" ] || exit 3\ncat > "{out}"',
    )
    env = {"DISPLAY": ":0", "PATH": f"{bin_dir}:{SYSTEM_PATH}"}
    transports, _ = plan("auto", env, "linux")
    delivery = deliver(CHINESE, transports, lambda t: None, env)
    assert delivery.summary("Citation") == "Citation sent via OSC 52 and xclip."
    assert out.read_text(encoding="utf-8") == CHINESE


def test_a_tool_that_stays_behind_does_not_hang(bin_dir: Path, tmp_path: Path) -> None:
    # xclip and wl-copy fork a child that keeps serving the selection, holding its fds
    out = tmp_path / "clip"
    tool(bin_dir, "wl-copy", f'cat > "{out}"\nsleep 8 &')
    env = {"WAYLAND_DISPLAY": "wayland-0", "PATH": f"{bin_dir}:{SYSTEM_PATH}"}
    transports, _ = plan("native", env, "linux")
    started = time.monotonic()
    delivery = deliver(CHINESE, transports, lambda t: None, env)
    assert time.monotonic() - started < 3
    assert delivery.sent == ["wl-copy"]
    assert out.read_text(encoding="utf-8") == CHINESE


def test_a_failing_tool_is_reported_with_its_message(bin_dir: Path) -> None:
    tool(bin_dir, "xclip", 'echo "Error: Can\'t open display: :0" >&2\nexit 1')
    env = {"DISPLAY": ":0", "PATH": str(bin_dir)}
    delivery = deliver("x", plan("auto", env, "linux")[0], lambda t: None, env)
    assert delivery.sent == ["OSC 52"]
    assert delivery.problems == [
        "not sent via xclip: xclip -selection clipboard -in failed: Error: Can't open display: :0"
    ]


def test_unavailable_transports_are_in_the_summary() -> None:
    delivery = Delivery(
        (),
        ("not sent to the tmux buffer: the app is not inside tmux ($TMUX is not set)",),
    )
    assert delivery.summary("Citation") == (
        "Citation not sent to any clipboard. Not sent to the tmux buffer: the app is not inside tmux "
        "($TMUX is not set)."
    )
