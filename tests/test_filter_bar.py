"""The one filter bar (ui/kit/filter_bar): opens focused, tells each change, closes quietly."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Button

from bounceback_tui.ui.kit.filter_bar import FilterBar


class BarApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.changes: list[str] = []
        self.submitted: list[str] = []

    def compose(self) -> ComposeResult:
        yield FilterBar("Filter things", id="bar", input_id="bar-input", status=True)
        yield Button("elsewhere")

    def on_filter_bar_changed(self, event: FilterBar.Changed) -> None:
        assert event.control.id == "bar"
        self.changes.append(event.value)

    def on_filter_bar_submitted(self, event: FilterBar.Submitted) -> None:
        self.submitted.append(event.value)


async def test_the_bar_opens_focused_tells_changes_and_closes_without_telling() -> None:
    app = BarApp()
    async with app.run_test() as pilot:
        bar = app.query_one(FilterBar)
        assert not bar.display and not bar.is_open and not bar.is_active
        bar.open()
        await pilot.pause()
        assert bar.display and bar.input.has_focus and bar.input.id == "bar-input"
        await pilot.press("a", "c")
        await pilot.press("enter")
        await pilot.pause()
        assert app.changes == ["a", "ac"] and app.submitted == ["ac"]
        bar.value = "set from code"
        await pilot.pause()
        assert app.changes[-1] == "set from code"
        bar.close()
        await pilot.pause()
        assert bar.value == "" and not bar.display and not bar.is_active
        assert app.changes[-1] == "set from code"  # closing says nothing


async def test_the_status_shows_a_persons_text_as_typed() -> None:
    app = BarApp()
    async with app.run_test() as pilot:
        bar = app.query_one(FilterBar)
        bar.open()
        from bounceback_tui.ui.kit.text import plain

        bar.show_status(plain("[b]12[/b] of 300"))
        await pilot.pause()
        status = bar.query_one(".filter-bar--status")
        assert str(status.render()) == "[b]12[/b] of 300"


class _Layouts:
    """Counts the screen's layout passes (each reflows and repaints the whole screen)."""

    def __init__(self, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        from textual.screen import Screen

        self.count = 0
        original = Screen._refresh_layout

        def counted(screen, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.count += 1
            return original(screen, *args, **kwargs)

        monkeypatch.setattr(Screen, "_refresh_layout", counted)


async def test_typing_and_a_same_width_status_lay_nothing_out(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A keystroke repaints the box and the status, not the screen: Textual's Input and
    Static each asked for a layout pass on every change (two a filter keystroke)."""
    from bounceback_tui.ui.kit.text import plain

    app = BarApp()
    async with app.run_test(size=(60, 10)) as pilot:
        bar = app.query_one(FilterBar)
        bar.open()
        bar.show_status(plain("443 of 10,000"))
        await pilot.pause()
        layouts = _Layouts(monkeypatch)
        for letter in "nor":
            await pilot.press(letter)
            bar.show_status(plain(f"{ord(letter)} of 10,000"))  # 110, 111, 114: one width
            await pilot.pause()
        await pilot.press("backspace")
        await pilot.pause()
        assert layouts.count == 0
        assert bar.value == "no"
        status = bar.query_one(".filter-bar--status")
        assert str(status.render()) == "114 of 10,000"  # the last one shown


async def test_a_wider_status_is_laid_out_once_and_the_box_gives_it_room(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bounceback_tui.ui.kit.text import plain

    app = BarApp()
    async with app.run_test(size=(60, 10)) as pilot:
        bar = app.query_one(FilterBar)
        bar.open()
        bar.show_status(plain("9 of 10"))
        await pilot.pause()
        status = bar.query_one(".filter-bar--status")
        narrow_box, narrow_status = bar.input.region.width, status.region.width
        layouts = _Layouts(monkeypatch)
        bar.show_status(plain("9,881 of 10,000"))
        await pilot.pause()
        assert layouts.count == 1  # Textual's Static asked for a second, needless one
        assert status.region.width == narrow_status + 8
        assert bar.input.region.width == narrow_box - 8
        assert bar.input.region.right <= status.region.x


async def test_text_longer_than_the_box_scrolls_to_the_cursor_and_back() -> None:
    app = BarApp()
    async with app.run_test(size=(40, 10)) as pilot:
        bar = app.query_one(FilterBar)
        bar.open()
        await pilot.pause()
        box = bar.input
        await pilot.press(*"abcdefghijklmnopqrstuvwxyz0123456789abcdefghij")
        await pilot.pause()
        assert box.content_region.width < 46

        def shown() -> str:
            return box.render_line(0).text

        assert box.scroll_x > 0 and shown().rstrip().endswith("89abcdefghij")  # the end
        await pilot.press("home")
        await pilot.pause()
        assert box.scroll_x == 0 and shown().startswith("abcdefghij")
        await pilot.press("end", *["backspace"] * 40)
        await pilot.pause()
        assert box.value == "abcdef" and box.scroll_x == 0 and shown().startswith("abcdef ")


class TypedApp(App[None]):
    """A bar handed a ``typed`` function, as the Pipeline's is."""

    def __init__(self) -> None:
        super().__init__()
        self.typed: list[tuple[str, str]] = []
        self.changes: list[str] = []

    def compose(self) -> ComposeResult:
        yield FilterBar("Filter things", id="bar", status=True, typed=self.on_typed)

    def on_typed(self, value: str) -> None:
        # What the box holds when the function runs: the new text, inside the keystroke.
        self.typed.append((value, self.query_one(FilterBar).value))

    def on_filter_bar_changed(self, event: FilterBar.Changed) -> None:
        self.changes.append(event.value)


async def test_a_typed_function_hears_each_change_in_the_keystroke_and_not_the_closing() -> None:
    app = TypedApp()
    async with app.run_test() as pilot:
        bar = app.query_one(FilterBar)
        bar.open()
        await pilot.press("a", "c", "backspace")
        bar.value = "from code"
        await pilot.pause()
        assert app.typed == [("a", "a"), ("ac", "ac"), ("a", "a"), ("from code", "from code")]
        bar.close()
        await pilot.pause()
        assert bar.value == "" and app.typed[-1] == ("from code", "from code")
        assert app.changes == []  # no message as well: the pane would filter twice


async def test_the_rows_come_in_the_keystrokes_own_frame(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What ``typed`` draws is on screen in the first frame after the key: through the
    ``Changed`` message the box was painted first and the rest a frame or two later."""
    frames: list[str] = []

    class Counting(TypedApp):
        def on_typed(self, value: str) -> None:
            self.query_one(FilterBar).show_status(f"{len(value)} typed")

    original = App._display

    def display(app, screen, update):  # type: ignore[no-untyped-def]
        frames.append(str(app.query_one(".filter-bar--status").render()))
        return original(app, screen, update)

    monkeypatch.setattr(App, "_display", display)
    app = Counting()
    async with app.run_test() as pilot:
        app.query_one(FilterBar).open()
        await pilot.pause()
        frames.clear()
        await pilot.press("x")
        await pilot.pause()
        await pilot.pause(0.1)
        assert frames and frames[0] == "1 typed"
