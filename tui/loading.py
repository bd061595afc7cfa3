"""Loading the validated corpus and its search index in a thread, after the first paint.

The index of a `--corpus` file comes from the index cache while the file is unchanged;
the built-in corpus is small enough to index on every start. A `--corpus` file validated
before (same bytes) starts from its cached outline and is validated again here."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.app import ReaderApp


def load_corpus_and_index(app: ReaderApp) -> None:
    """Start a thread worker that loads what the app lacks, then hands it over."""

    def work() -> None:
        # Python's cyclic collector would walk the hundreds of thousands of objects being
        # made again and again (json.loads 2.2x, validation 2.7x slower at 100k entries):
        # it is off while loading, and what was loaded is frozen out of its reach after.
        gc.disable()
        try:
            load()
        finally:
            try:
                app.call_from_thread(_collector_back_on)
            except RuntimeError:  # the app has already closed
                _collector_back_on()

    def load() -> None:
        from corpus.search import SearchIndex

        path = app.options.corpus_path
        corpus = app.corpus
        # the outline's lookup by entry id, made here and not on the UI thread when it is
        # first asked (55 ms at 100k entries)
        app.outline.has_entry("")
        validated_before_start = corpus is not None
        early = None
        if corpus is None and path is not None:
            # a file drawn from its outline: a cached index of these bytes lets the filter
            # work now, while the corpus (the answers) is validated behind it
            from corpus.search.cache import cached_index_only

            early = cached_index_only(path, app.outline.entry_ids())
            if early is not None:
                app.call_from_thread(app.index_ready, early)
            else:
                # not indexed yet (a first start): the questions are searchable in seconds,
                # while the answers are validated and indexed (tens of seconds at 100k)
                from corpus.outline_index import questions_index

                app.call_from_thread(app.index_ready, questions_index(app.outline), True)
        if corpus is None:
            # the built-in corpus, or a file whose outline came from the cache of its
            # last validation: loaded and validated again here, behind the first screen
            from corpus.compactload import load_compact
            from corpus.loader import CorpusError, load_corpus
            from corpus.outline import BUILTIN_CORPUS, Outline

            # compact structs (a third of the pydantic corpus's memory, decoded in
            # slices); pydantic when they cannot be made, and to word what is wrong
            corpus = load_compact(path or BUILTIN_CORPUS, app.outline)
            if corpus is None:
                try:
                    corpus = load_corpus(path or BUILTIN_CORPUS)
                except CorpusError as error:
                    app.call_from_thread(app.load_failed, str(error))
                    return
            if path is not None and Outline.from_corpus(corpus) != app.outline:
                from corpus.text import visible

                message = f"{visible(path)}: the file changed while the reader started: start it again"
                app.call_from_thread(app.load_failed, message)
                return
        if early is not None:
            from corpus.search.cache import share_texts

            index = early
            share_texts(index, corpus)
        elif path is not None:
            # a corpus file: its index is cached, so a big one is indexed once, not per start
            from corpus.search import cached_index

            index = cached_index(path, corpus)
        else:
            index = SearchIndex.build(corpus)
        # warm up here, off the UI thread, what the first keystroke would otherwise import
        index.search("warm up", limit=1)
        import tui.entry_view  # noqa: F401

        app.call_from_thread(app.loaded, corpus, index)
        if path is not None and validated_before_start:
            app.outline.remember_validated(path)  # the next start draws it at once
        del corpus, index, early
        return_freed_memory()

    app.run_worker(work, thread=True, group="load", name="load corpus")


def return_freed_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's `malloc_trim`), so the
    reader's resident size once loaded is what it holds, not what loading used on the
    way (the file's bytes, decoded slices). ctypes lets go of the GIL for the call."""
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)  # the process's own symbols: glibc's, on Linux
    except (OSError, AttributeError, TypeError):  # not glibc: nothing to do
        pass


def _collector_back_on() -> None:
    """On the UI thread, after the hand-over: keep what was loaded out of the collector's
    reach (`gc.freeze`, instant) and turn it back on; no full collection on this thread."""
    gc.freeze()
    gc.enable()
