"""Notifications raised in one go (a start-up with two damaged files, a key saying two
things) each show as one toast: the second placement ran before the first one's toasts
were mounted, found none, and mounted every toast again."""

from __future__ import annotations

from tests.reader_support import reader, ready


async def test_two_notifications_at_once_show_two_toasts() -> None:
    from tui.toasts import ReaderToast

    app = reader()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await ready(pilot)

        def say_two() -> None:
            app.notify("first of two", markup=False)
            app.notify("second of two", markup=False)

        app.call_later(say_two)
        for _ in range(5):
            await pilot.pause()
        shown = [str(toast.notification.message) for toast in app.screen.query(ReaderToast)]
        assert sorted(shown) == ["first of two", "second of two"]
        app.notify("third", markup=False)
        for _ in range(5):
            await pilot.pause()
        shown = [str(toast.notification.message) for toast in app.screen.query(ReaderToast)]
        assert sorted(shown) == ["first of two", "second of two", "third"]
