"""Over SSH: the real `kimi-ama-tui` on the "remote" side of `ssh -tt`, run inside a local tmux.

The test starts its own `sshd` on 127.0.0.1 (a free port, a throwaway host key, one
authorized key, its own config: no PAM, StrictModes off). The remote app is not inside
tmux and sees SSH_CONNECTION, so `y` sends OSC 52 alone; it travels through SSH to the
local tmux (`set-clipboard on`), whose buffer must then hold exactly what `cite` prints.
The remote side also has a display and an `xclip` on its PATH: the app must not use it,
since that would fill the remote machine's clipboard.

When sshd is missing or cannot start here, the test skips and prints why; on CI
(`CI=true`) that is a failure instead (`.ci/run` installs openssh-server).
"""

from __future__ import annotations

import getpass
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

from tests.terminal import Terminal
from tests.test_copy_tmux import ENTRY, cite_output, console_script, wait_for_buffer

pytestmark = pytest.mark.slow

SSHD_CANDIDATES = ("/usr/sbin/sshd", "/usr/local/sbin/sshd", "/usr/bin/sshd")


def cannot_run(reason: str) -> NoReturn:
    """Skip, saying why even under output capture; on CI, fail."""
    message = f"SSH test cannot run here: {reason}"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (on CI it must run: .ci/run installs openssh-server)")
    if sys.__stderr__ is not None:  # shown even when pytest captures output
        sys.__stderr__.write(f"\n{message}\n")
    pytest.skip(message)


@dataclass(frozen=True)
class SshServer:
    """A running test sshd and how to reach it."""

    port: int
    key: Path
    user: str
    log: Path

    def ssh(self, *remote: str, tty: bool = False) -> list[str]:
        """An ssh command line to run `remote` (one shell string) on this server."""
        return [
            "ssh", *(["-tt"] if tty else []), "-F", "/dev/null", "-p", str(self.port), "-i", str(self.key),
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "GlobalKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
            "-o", "LogLevel=ERROR", f"{self.user}@127.0.0.1", *remote,
        ]  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def keygen(path: Path) -> None:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "kimi-test", "-f", str(path)],
                   check=True, capture_output=True, timeout=30)  # fmt: skip


@pytest.fixture
def sshd(tmp_path: Path) -> Iterator[SshServer]:
    """An sshd of our own on 127.0.0.1, stopped at the end (only the process we started)."""
    binary = next((p for p in SSHD_CANDIDATES if os.access(p, os.X_OK)), None)
    if binary is None:
        cannot_run("sshd is not installed (apt-get install openssh-server)")
    for tool in ("ssh", "ssh-keygen"):
        if shutil.which(tool) is None:
            cannot_run(f"{tool} is not installed (apt-get install openssh-client)")
    if os.geteuid() == 0 and not Path("/run/sshd").is_dir():
        Path("/run/sshd").mkdir(
            mode=0o755, parents=True
        )  # sshd's privilege separation directory
    host_key, key = tmp_path / "host_ed25519", tmp_path / "client_ed25519"
    keygen(host_key)
    keygen(key)
    authorized = tmp_path / "authorized_keys"
    authorized.write_text(key.with_suffix(".pub").read_text())
    authorized.chmod(0o600)
    user, port, log = getpass.getuser(), free_port(), tmp_path / "sshd.log"
    config = tmp_path / "sshd_config"
    config.write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {host_key}\nPidFile {tmp_path}/sshd.pid\n"
        f"AuthorizedKeysFile {authorized}\nAllowUsers {user}\nStrictModes no\nUsePAM no\n"
        "PubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
        "PermitRootLogin prohibit-password\nPermitTTY yes\nPrintMotd no\nX11Forwarding no\n"
        "LogLevel VERBOSE\n"
    )
    check = subprocess.run(
        [binary, "-t", "-f", str(config)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if check.returncode != 0:
        cannot_run(f"sshd rejects its test config: {check.stderr.strip()}")
    with log.open("w") as log_file:
        server = subprocess.Popen(
            [binary, "-D", "-e", "-f", str(config)], stdout=log_file, stderr=log_file
        )
    try:
        deadline = time.monotonic() + 15
        while not listening(port):
            if server.poll() is not None or time.monotonic() > deadline:
                cannot_run(
                    f"sshd did not start: {log.read_text().strip() or 'no output'}"
                )
            time.sleep(0.05)
        ssh = SshServer(port, key, user, log)
        probe = subprocess.run(ssh.ssh("echo", "ok"), capture_output=True, text=True, timeout=30,
                               stdin=subprocess.DEVNULL, check=False)  # fmt: skip
        if probe.stdout.strip() != "ok":
            cannot_run(
                f"cannot log in to the test sshd: {probe.stderr.strip()}; sshd log: {log.read_text()[-800:]}"
            )
        yield ssh
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def test_y_over_ssh_reaches_the_local_tmux_buffer_and_never_the_remote_clipboard(
    sshd: SshServer, tmp_path: Path
) -> None:
    script = console_script()
    expected = cite_output(script, ENTRY, "zh")
    fake_bin = tmp_path / "remote-bin"
    fake_bin.mkdir()
    marker = tmp_path / "remote-clipboard"
    xclip = fake_bin / "xclip"
    xclip.write_text(f'#!/bin/sh\ncat > "{marker}"\n')
    xclip.chmod(0o755)
    remote = shlex.join(
        [
            "env",
            "DISPLAY=:0",
            f"PATH={fake_bin}:/usr/bin:/bin",
            script,
            "--entry",
            ENTRY,
            "--lang",
            "zh",
        ]
    )
    with Terminal(120, 32, set_clipboard="on") as term:
        term.start(
            sshd.ssh(remote, tty=True), env={"DISPLAY": "", "WAYLAND_DISPLAY": ""}
        )
        term.wait_for(r"为兼容非", timeout=40)
        term.keys("y")
        assert wait_for_buffer(term) == expected, (
            f"sshd log:\n{sshd.log.read_text()[-2000:]}"
        )
        screen = term.wait_for(r"引用已发送（OSC 52）。剪贴板里没有")  # (zh: the reader's own words in Chinese)
        assert "tmux" not in screen, "the remote app is not inside tmux"
        assert "xclip" not in screen
        assert not marker.exists(), "a native tool over SSH fills the remote clipboard"
        term.keys("q")
        assert term.wait_exit(timeout=30) == 0
    assert "Accepted publickey" in sshd.log.read_text(), (
        "the app ran through the test's sshd"
    )
