"""Getting text to the user's clipboard: OSC 52, tmux's paste buffer, a native tool.

No Textual import: the OSC 52 write is passed in (the app's `copy_to_clipboard`), so
the choice of transports and their failures can be tested without an app.

The user often runs the reader on a remote machine over SSH, inside tmux. OSC 52 travels
through SSH to the local terminal, which alone decides whether to accept it; tmux's
default `set-clipboard external` drops it, so inside tmux the text also goes to tmux's
buffer with `tmux load-buffer -w -` (on stdin: any size, Chinese intact), which tmux
forwards to the outer terminal. A native tool (wl-copy, xclip, xsel, pbcopy) is used only
on the user's own desktop: over SSH it would fill the REMOTE machine's clipboard.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

TransportKind = Literal["osc52", "tmux", "native"]

OSC52_LIMIT = 1_000_000
"""Most base64 bytes sent in one OSC 52 sequence: tmux drops one of about 1 MiB or more
(its input buffer limit), and terminals have limits of their own."""

TIMEOUT = 5.0
"""Seconds a tmux or native tool may take before it is reported as not answering."""

NATIVE_TOOLS: dict[str, tuple[str, ...]] = {
    "wl-copy": ("wl-copy",),
    "xclip": ("xclip", "-selection", "clipboard", "-in"),
    "xsel": ("xsel", "--clipboard", "--input"),
    "pbcopy": ("pbcopy",),
}
"""Each native tool's command line; the text goes on its standard input."""


@dataclass(frozen=True)
class Transport:
    """One way to send text: its kind, how a notification names it, and its command."""

    kind: TransportKind
    name: str
    argv: tuple[str, ...] = ()


OSC52 = Transport("osc52", "OSC 52")
TMUX = Transport("tmux", "the tmux buffer", ("tmux", "load-buffer", "-w", "-"))
TRANSPORT_NAMES_ZH = {"the tmux buffer": "tmux 缓冲区"}
"""A transport's name in a Chinese notification (OSC 52 and the tools keep theirs)."""


@dataclass(frozen=True)
class Attempt:
    """What happened when one transport was tried (or refused before trying)."""

    transport: Transport
    ok: bool
    reason: str = ""
    """Why it failed or was refused; for a success, a caveat worth saying."""


@dataclass(frozen=True)
class Delivery:
    """Every attempt for one text, and the transports asked for that could not be used."""

    attempts: tuple[Attempt, ...] = ()
    unavailable: tuple[str, ...] = field(default=())
    """Why a transport the user asked for (--clipboard tmux/native) could not be used."""

    @property
    def sent(self) -> list[str]:
        """Names of the transports that took the text."""
        return [a.transport.name for a in self.attempts if a.ok]

    @property
    def problems(self) -> list[str]:
        """One phrase per failed, refused or unavailable transport."""
        failed = [
            f"not sent via {a.transport.name}: {a.reason}"
            for a in self.attempts
            if not a.ok
        ]
        return failed + list(self.unavailable)

    def summary(self, what: str, lang: str = "en") -> str:
        """'Citation sent via OSC 52 and the tmux buffer.', then each problem, one sentence
        each; under zh and both, '引用已发送（OSC 52 和 tmux 缓冲区）。' (a tool's or the
        system's own words in a problem stay as they are)."""
        from tui.ui_text import in_chrome, ui_lang, words

        if ui_lang(lang) == "en":
            caveats = [a.reason for a in self.attempts if a.ok and a.reason]
            head = f"{what} sent via {join(self.sent)}" if self.sent else f"{what} not sent to any clipboard"
            tail = [_sentence(p) for p in caveats + self.problems]
            return " ".join([head + "."] + tail)
        names = [in_chrome(lang, name, TRANSPORT_NAMES_ZH) for name in self.sent]
        how = join_zh(names) if names else ""
        parts = [words(lang, "sent_via", what=what, how=how) if self.sent else words(lang, "not_sent", what=what)]
        parts += [f"{a.reason.rstrip('.')}。" for a in self.attempts if a.ok and a.reason]
        parts += [
            words(lang, "failed_via", how=in_chrome(lang, a.transport.name, TRANSPORT_NAMES_ZH), reason=a.reason.rstrip("."))
            for a in self.attempts
            if not a.ok
        ]
        parts += [f"{p.rstrip('.')}。" for p in self.unavailable]
        return "".join(parts)


def join(names: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def join_zh(names: list[str]) -> str:
    """'a', 'a 和 b', 'a、b 和 c' (和 spaced from Latin letters only: 'tmux 缓冲区和 xclip')."""
    if len(names) == 1:
        return names[0]
    before = "、".join(names[:-1])
    return f"{before}{' ' if before[-1].isascii() else ''}和 {names[-1]}"


def _sentence(phrase: str) -> str:
    phrase = phrase.rstrip(".")
    return f"{phrase[:1].upper()}{phrase[1:]}."


# ---------------------------------------------------------------- choosing transports


def over_ssh(env: Mapping[str, str]) -> bool:
    """Whether the app runs in an SSH session (so this machine is not the user's)."""
    return bool(
        env.get("SSH_CONNECTION") or env.get("SSH_TTY") or env.get("SSH_CLIENT")
    )


def on_own_desktop(env: Mapping[str, str], platform: str) -> bool:
    """Whether the app runs on the user's own desktop: a display (or macOS) and no SSH."""
    display = (
        bool(env.get("WAYLAND_DISPLAY") or env.get("DISPLAY")) or platform == "darwin"
    )
    return display and not over_ssh(env)


def x_forwarded(env: Mapping[str, str]) -> bool:
    """Whether X11 is forwarded over SSH (DISPLAY=localhost:10.0): xclip reaches the user's desktop."""
    display = env.get("DISPLAY", "")
    return over_ssh(env) and bool(display) and not display.startswith(":")


def native_tool(env: Mapping[str, str], platform: str) -> Transport | None:
    """The native clipboard tool for this desktop, if one is installed."""
    path = env.get("PATH", os.defpath)
    if platform == "darwin":
        names = ["pbcopy"]
    else:
        names = (["wl-copy"] if env.get("WAYLAND_DISPLAY") else []) + (
            ["xclip", "xsel"] if env.get("DISPLAY") else []
        )
    for name in names:
        found = shutil.which(name, path=path)
        if found:
            return Transport("native", name, (found, *NATIVE_TOOLS[name][1:]))
    return None


def plan(
    choice: str, env: Mapping[str, str], platform: str = sys.platform
) -> tuple[list[Transport], list[str]]:
    """The transports for `--clipboard choice` here, and why any asked for cannot be used."""
    if choice == "off":
        return [], []
    transports: list[Transport] = []
    unavailable: list[str] = []
    if choice in ("auto", "osc52"):
        transports.append(OSC52)
    if choice in ("auto", "tmux"):
        if env.get("TMUX"):
            transports.append(TMUX)
        elif choice == "tmux":
            unavailable.append(
                "not sent to the tmux buffer: the app is not inside tmux ($TMUX is not set)"
            )
    if choice == "auto" and on_own_desktop(env, platform):
        tool = native_tool(env, platform)
        if tool:
            transports.append(tool)
    if choice == "native":
        tool = native_tool(env, platform)
        if tool is None:
            unavailable.append(
                "no native clipboard tool: none of wl-copy, xclip, xsel, pbcopy is installed for this display "
                "(DISPLAY / WAYLAND_DISPLAY)"
            )
        elif over_ssh(env) and not x_forwarded(env):
            unavailable.append(
                f"not copied with {tool.name}: the app runs over SSH, so it would fill the remote machine's "
                "clipboard, not yours"
            )
        else:
            transports.append(tool)
    return transports, unavailable


# ---------------------------------------------------------------- sending


def deliver(
    text: str,
    transports: list[Transport],
    osc52: Callable[[str], None],
    env: Mapping[str, str] | None = None,
    unavailable: list[str] | None = None,
) -> Delivery:
    """Send `text` by each transport; failures are reported in the result, never raised."""
    attempts = []
    for transport in transports:
        if transport.kind == "osc52":
            attempts.append(_osc52(text, osc52))
        else:
            attempts.append(_run(transport, text, env))
    return Delivery(tuple(attempts), tuple(unavailable or ()))


def osc52_size(text: str) -> int:
    """How many base64 bytes an OSC 52 sequence carrying `text` holds."""
    return len(base64.b64encode(text.encode("utf-8")))


def _osc52(text: str, write: Callable[[str], None]) -> Attempt:
    size = osc52_size(text)
    if size > OSC52_LIMIT:
        reason = (
            f"{size:,} bytes of base64 is over the {OSC52_LIMIT:,} that tmux and terminals accept "
            "(they drop larger ones silently), so it was not sent"
        )
        return Attempt(OSC52, False, reason)
    try:
        write(text)
    except (OSError, RuntimeError, ValueError) as err:  # reported, not raised
        return Attempt(OSC52, False, f"{type(err).__name__}: {err}")
    return Attempt(OSC52, True)


def _run(transport: Transport, text: str, env: Mapping[str, str] | None) -> Attempt:
    attempt = _run_once(transport, transport.argv, text, env)
    if transport.kind == "tmux" and not attempt.ok and _old_tmux(attempt.reason):
        plain = tuple(arg for arg in transport.argv if arg != "-w")
        retry = _run_once(transport, plain, text, env)
        if retry.ok:
            return Attempt(
                transport,
                True,
                "this tmux is older than 3.2, so it does not forward its buffer to your terminal",
            )
        return retry
    return attempt


def _old_tmux(reason: str) -> bool:
    return "unknown flag" in reason or "usage:" in reason or "invalid option" in reason


def _run_once(
    transport: Transport,
    argv: tuple[str, ...],
    text: str,
    env: Mapping[str, str] | None,
) -> Attempt:
    """Run a tool with `text` on stdin. Its stdout is not captured: xclip and wl-copy stay
    behind to serve the selection, and a pipe they hold would never reach end of file."""
    program = argv[0]
    path = (env or os.environ).get("PATH", os.defpath)
    if shutil.which(program, path=path) is None:
        return Attempt(transport, False, f"{os.path.basename(program)} not found")
    with tempfile.TemporaryFile() as errors:
        try:
            result = subprocess.run(
                argv,
                input=text.encode("utf-8"),
                stdout=subprocess.DEVNULL,
                stderr=errors,
                env=dict(env) if env is not None else None,
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return Attempt(
                transport,
                False,
                f"{os.path.basename(program)} did not finish within {TIMEOUT:g} s",
            )
        except OSError as err:
            return Attempt(
                transport,
                False,
                f"{os.path.basename(program)} could not run: {err.strerror or err}",
            )
        if result.returncode != 0:
            errors.seek(0)
            message = errors.read(2000).decode("utf-8", "replace").strip().splitlines()
            detail = message[0] if message else f"exit status {result.returncode}"
            return Attempt(
                transport,
                False,
                f"{' '.join(os.path.basename(a) if i == 0 else a for i, a in enumerate(argv))} failed: {detail}",
            )
    return Attempt(transport, True)
