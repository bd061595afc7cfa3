"""A big corpus file's whole search index, built and cached in a child process.

On a first start of a big file nothing is cached: building the index is ~15 s of pure
Python at 100k entries, and built in the reader's loading thread it shares the GIL with
the UI (keys typed meanwhile echoed 225-459 ms late). The reader starts
`python -m corpus.search.build_cache FILE` instead (`CacheBuild.start`): the child loads
the file, builds the index and writes the index cache exactly as `cached_index(FILE)`
would (same key, atomically), on the machine's other core, while the reader decodes the
corpus itself; the reader then waits for it without holding the GIL and reads the cache.

The child runs in a session of its own and reads nothing from its standard input but a
pipe from the reader: it ends when the reader writes `STOP` there (a load that failed or
took far too long), not when the pipe closes. When the reader ends however it ends (quit,
a signal, its terminal closed, SIGKILL) before the cache is written, the child finishes
it, so the next start is not a first start again; one build of a file runs at a time (a
lock beside the cache). Its output goes to a temporary file, never to the reader's
terminal; a failure comes back as one line (`CacheBuild.wait`), and the reader then
builds the index itself, as before.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

__all__ = ["CHILD_MIN_BYTES", "CacheBuild", "build_in_background", "file_size", "lock_path", "main"]

CHILD_MIN_BYTES = 10_000_000
"""A corpus file smaller than this is indexed in the reader's own process. Measured in one
run (load 1.1-1.3, generated corpora): 5.5 MB indexes in 0.48 s here (decoded and indexed
0.73 s) against 1.39 s to the index read back from a child; 18 MB in 1.52 s (2.0 s) against
3.1 s. The child's start is ~0.1 s, but it decodes the file again and writes the cache
the reader then reads: worth it only when the build it takes off the UI's GIL is over a
second or so (about 10 MB, 5,500 entries; several seconds on a loaded machine)."""

CHILD_NICE = 10
"""How much lower the child's CPU priority is than the reader's: on a busy machine (more
runnable processes than cores) the reader's UI thread gets a core first when a key comes."""

BUILT, FAILED, BAD_FILE, NOT_CACHED, STOPPED = 0, 1, 2, 3, 4
"""The child's exit statuses: the cache is written; it failed (its last line says why);
the corpus file is refused; there is no cache to write (caching off, file unreadable);
the reader told it to stop (`CacheBuild.stop`)."""

STOP = b"stop\n"
"""What the reader writes on the child's standard input to end it (`CacheBuild.stop`).
The pipe closing alone (the reader quit, or its terminal went away) does not: the child
finishes the cache for the next start, which would otherwise be a first start again."""

_ROOT = str(Path(__file__).resolve().parent.parent.parent)
"""The folder holding the `corpus` package: the child runs this very code."""


def file_size(path: Path) -> int:
    """The size of the file at `path` in bytes; 0 when it cannot be read (whoever reads
    it says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def lock_path(cache: Path) -> Path:
    """The lock a child building `cache` holds (an flock, let go by the kernel however
    the child ends): one build of a file's index at a time."""
    return cache.with_name(f".{cache.name}.lock")


def child_command(path: Path, detached: bool = False) -> list[str]:
    """The child's command line: this interpreter, isolated (no current folder or
    PYTHON* variables on its path, which could shadow a module), running this module."""
    code = f"import sys; sys.path.insert(0, {_ROOT!r}); from corpus.search.build_cache import run; run()"
    return [sys.executable, "-I", "-c", code, *(["--detached"] if detached else []), os.fsdecode(path)]


def build_in_background(path: Path, found: tuple[Path, str] | None = None) -> bool:
    """After a `search` command answered by scanning `path` (no index cached), start a
    child that builds and caches its index for the next search, detached (its own
    session, no terminal, niced) so the command exits at once; unless one is already at
    it: the child holds a lock on `.NAME.lock` beside the cache (an flock, let go by the
    kernel however the child ends), or the cache is there. Whether a child was started.
    The reader starts one too when it quits before its own child cached the index.
    `found`: `index_cache(path)`, when the caller has it already (hashing the file takes
    0.25 s at 100k entries)."""
    from corpus.search.cache import index_cache

    try:
        import fcntl
    except ImportError:  # not a POSIX system: the next search scans again
        return False
    found = found or index_cache(path)
    if found is None or found[0].exists() or not sys.executable:
        return False
    try:
        lock = os.open(lock_path(found[0]), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return False
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        subprocess.Popen(
            child_command(path, detached=True),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(lock,),  # the lock, held as long as the child lives
            start_new_session=True,
        )
    except (OSError, ValueError, subprocess.SubprocessError):
        return False  # (an OSError from flock: another child holds the lock)
    finally:
        os.close(lock)
    return True


class CacheBuild:
    """A child process building the index cache of one corpus file."""

    def __init__(self, process: subprocess.Popen[bytes], errors: IO[bytes], limit: float) -> None:
        self.process = process
        self._errors = errors
        self._limit = limit

    @classmethod
    def start(cls, path: Path) -> CacheBuild | None:
        """Start building `path`'s index cache in a child, when that is worth it: a file
        of at least CHILD_MIN_BYTES, with caching on. None: build it in this process."""
        from corpus.search.cache import index_cache

        size = file_size(path)
        if size < CHILD_MIN_BYTES or not sys.executable or index_cache(path) is None:
            return None
        errors = tempfile.TemporaryFile(prefix="kimi-ama-index-")
        try:
            process = subprocess.Popen(
                child_command(path),
                stdin=subprocess.PIPE,  # `stop` is written there (its end alone is no stop)
                stdout=subprocess.DEVNULL,
                stderr=errors,
                close_fds=True,
                # its own session: a hangup of the reader's terminal (its pane or SSH
                # connection closed) is not sent to it, and it finishes the cache
                start_new_session=True,
            )
        except (OSError, ValueError, subprocess.SubprocessError):
            errors.close()
            return None
        # generous: ~15 s of work at 100k entries idle, minutes on a loaded machine
        return cls(process, errors, 120.0 + size / 250_000)

    def wait(self, stop: Callable[[], bool] = lambda: False) -> str | None:
        """Wait for the child (sleeping, the GIL let go); None when it wrote the cache,
        else one line saying why not. The wait ends as soon as `stop()` is true (the
        reader is closing: the child is let go to finish the cache, `release`); the child
        is ended when it takes far too long."""
        deadline = time.monotonic() + self._limit
        try:
            while True:
                try:
                    status = self.process.wait(0.1)
                    break
                except subprocess.TimeoutExpired:
                    if stop():
                        self.release()
                        return "the reader is closing"
                    if time.monotonic() > deadline:
                        self.stop()
                        return f"the indexing process took over {self._limit:.0f} s: ended"
            return None if status == BUILT else self._why(status)
        finally:
            self._errors.close()

    def stop(self) -> None:
        """End the child: told to stop (it removes its half-written cache), then killed if
        it has not ended within a second."""
        try:
            if self.process.stdin is not None and not self.process.stdin.closed:
                with contextlib.suppress(OSError):  # (it has ended: the pipe is broken)
                    self.process.stdin.write(STOP)
                self.process.stdin.close()
            self.process.wait(1.0)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()

    def release(self) -> None:
        """Let the child finish the cache on its own (the reader is closing): its pipe
        closed without `STOP`. Whether it has ended by then or not, it is not waited for."""
        with contextlib.suppress(OSError):
            if self.process.stdin is not None:
                self.process.stdin.close()

    def running(self) -> bool:
        """Whether the child is still at work."""
        return self.process.poll() is None

    def _why(self, status: int) -> str:
        """One line for a child that did not write the cache: its status and last line."""
        from corpus.text import visible

        if status < 0:
            how = f"was killed (signal {-status})"
        else:
            how = f"exited with status {status}"
        try:
            self._errors.seek(0, os.SEEK_END)
            self._errors.seek(max(0, self._errors.tell() - 4096))
            tail = self._errors.read().decode("utf-8", "replace")
        except OSError:
            tail = ""
        lines = [line.strip() for line in tail.splitlines() if line.strip()]
        said = f": {visible(lines[-1])[:200]}" if lines else ""
        return f"the indexing process {how}{said}"


# -- in the child ----------------------------------------------------------------------


def lower_priority(nice: int) -> None:
    """Lower this process's CPU priority by `nice`: its own nice value, and, when it leads
    a session of its own (as the reader's and a search's children do), that session's.
    Linux's scheduler (with autogroups, the default on most distributions) shares the
    CPU fairly between sessions first, and a nice value weighs only against the
    processes of its own session: the child alone in its session was as heavy as the
    reader's whole session however niced (a first start at 100k entries: the niced child
    took 44-60% of a core while the reader and its search child waited for theirs). A
    session's nice is its autogroup's (`/proc/self/autogroup`); a process that does not
    lead its session (run by hand in a shell) leaves the shell's alone."""
    try:
        os.nice(nice)
    except OSError:
        pass
    if not hasattr(os, "getsid") or os.getsid(0) != os.getpid():
        return
    for _ in range(3):  # (Linux takes one such write every 0.1 s, from anyone: EAGAIN)
        try:
            with open("/proc/self/autogroup", "w", encoding="ascii") as group:
                group.write(str(nice))
            return
        except BlockingIOError:
            time.sleep(0.11)
        except OSError:  # no autogroups (another system, or turned off)
            return


def run() -> None:
    """The child's entry point: build, flush, and exit at once with the status (tearing
    down a 100k corpus and its index would take seconds)."""
    status = main(sys.argv[1:])
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(status)


def main(args: list[str]) -> int:
    """Build and cache the index of the corpus file `args[0]`; the exit status."""
    import gc

    detached = args[:1] == ["--detached"]
    args = args[detached:]
    if len(args) != 1:
        print("usage: python -m corpus.search.build_cache [--detached] CORPUS_FILE", file=sys.stderr)
        return FAILED
    gc.disable()  # (the collector made loading and indexing a big corpus 2-3x slower)
    lower_priority(CHILD_NICE)  # the reader's UI (or the user's next command) first
    partial: list[Path] = []
    if not detached:  # (detached: started by a command that has exited, no one to stop it)
        _stop_when_told(partial)
    path = Path(args[0])
    try:
        from corpus.loader import CorpusError
        from corpus.search.cache import build_index, index_cache

        found = index_cache(path)
        if found is None:
            print(f"no index cache for {path}: caching is off or the file cannot be read", file=sys.stderr)
            return NOT_CACHED
        if not detached and _wait_for_other_builds(found[0]):
            return BUILT  # another build (a `search` left one) wrote it meanwhile
        # (`corpus.caches.write_atomically`'s temporary name, removed if the reader ends)
        partial.append(found[0].with_name(f".{found[0].name}.{os.getpid()}.tmp"))
        try:
            _, written = build_index(path, None, found)
        except CorpusError as error:
            print(str(error).splitlines()[0] if str(error) else "the corpus file is refused", file=sys.stderr)
            return BAD_FILE
        if not written:
            print(f"cannot write the index cache {found[0]}", file=sys.stderr)
            return FAILED
        return BUILT
    except KeyboardInterrupt:
        return FAILED
    except Exception as error:  # noqa: BLE001 - reported in one line; the reader builds it instead
        print(f"{type(error).__name__}: {error}".splitlines()[0], file=sys.stderr)
        return FAILED


def _wait_for_other_builds(cache: Path) -> bool:
    """Take the build lock of `cache` (kept until this process ends), waiting while
    another build holds it (a detached child of `search`: two builds at once would take
    both cores, the reader's too); whether the cache is there once the lock is ours."""
    try:
        import fcntl

        lock = os.open(lock_path(cache), os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(lock, fcntl.LOCK_EX)  # (`STOP` from the reader still ends this wait)
    except (ImportError, OSError):
        return False  # no lock to take: build
    return cache.exists()


def _stop_when_told(partial: list[Path]) -> None:
    """Exit as soon as the reader writes `STOP` on standard input, removing the `partial`
    files (a cache half written). The pipe's end is no stop: the reader quit or its
    terminal went away, and the cache is finished for its next start."""

    def watch() -> None:
        said = b""
        try:
            while chunk := os.read(0, 4096):
                said += chunk
                if STOP in said:
                    break
            else:
                return  # the pipe's end: carry on
        except OSError:
            return
        try:
            for path in partial:
                path.unlink(missing_ok=True)
        finally:
            os._exit(STOPPED)

    threading.Thread(target=watch, name="stop when told", daemon=True).start()


if __name__ == "__main__":
    run()
