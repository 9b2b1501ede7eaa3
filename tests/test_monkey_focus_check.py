"""The walk's focus check (``focus_dead_end``, tests/monkey/checks.py): after a key, the keys
must reach a widget a person can see on the active screen. It finds each dead end built here
(the only focusable widget removed, focus on a widget that is loading, hidden, scrolled out
of sight, covered by a box drawn over it, or on a screen under a dialog) and stays quiet on
a healthy screen, under a toast, with part of the widget covered, and on the app's panes."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.command import CommandPalette
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.monkey.checks import focus_dead_end


class Lone(Screen[None]):
    """A screen whose one focusable widget is a field (and a box that can be drawn over it)."""

    DEFAULT_CSS = """
    Lone { layers: base over; }
    #field { width: 30; }
    #over { layer: over; display: none; width: 40; height: 5; background: red; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Type here:")
        yield Input(id="field")
        yield Static("a box", id="over")


class Dialog(ModalScreen[None]):
    def compose(self) -> ComposeResult:
        yield Button("OK", id="ok")


class Host(App[None]):
    def on_mount(self) -> None:
        self.push_screen(Lone())


async def _found(change, size: tuple[int, int] = (80, 24)) -> str | None:  # type: ignore[no-untyped-def]  # a test's callback
    app = Host()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.screen.query_one("#field", Input).focus()
        await pilot.pause()
        assert focus_dead_end(app) is None  # the healthy screen first
        await change(app, pilot)
        await pilot.pause()
        await pilot.pause()
        return focus_dead_end(app)


async def test_the_only_focusable_widget_removed_is_a_dead_end() -> None:
    async def remove(app: Host, pilot: object) -> None:
        await app.screen.query_one("#field").remove()

    assert await _found(remove) == "nothing has focus on Lone"


async def test_a_focused_widget_that_is_loading_takes_no_keys() -> None:
    async def load(app: Host, pilot: object) -> None:
        app.screen.query_one("#field").loading = True

    problem = await _found(load)
    assert problem is not None and "Input#field" in problem and "loading" in problem


async def test_a_box_drawn_over_the_whole_focused_widget_hides_it() -> None:
    async def cover(app: Host, pilot: object) -> None:
        app.screen.query_one("#over").display = True

    problem = await _found(cover)
    assert problem == "Input#field has focus on Lone but Static#over covers all of it"


async def test_part_of_the_widget_in_sight_is_enough() -> None:
    async def cover_part(app: Host, pilot: object) -> None:
        over = app.screen.query_one("#over")
        over.styles.width = 20
        over.display = True

    assert await _found(cover_part) is None


async def test_a_toast_over_the_widget_does_not_count() -> None:
    async def toast(app: Host, pilot: object) -> None:
        app.screen.query_one("#field").styles.offset = (45, 18)  # under the toasts' corner
        app.notify("Saved, with a message long enough to cover the field.", timeout=30)

    assert await _found(toast) is None


async def test_a_hidden_focused_widget_is_found() -> None:
    # Textual blurs a widget made invisible, so the keys go nowhere; one hidden while it
    # keeps focus (set by hand here, as a widget's own code could) is found as hidden.
    async def invisible(app: Host, pilot: object) -> None:
        app.screen.query_one("#field").styles.visibility = "hidden"

    assert await _found(invisible) == "nothing has focus on Lone"

    async def kept(app: Host, pilot: object) -> None:
        field = app.screen.query_one("#field")
        field.styles.visibility = "hidden"
        await pilot.pause()  # type: ignore[attr-defined]  # a Pilot
        app.screen.focused = field

    assert await _found(kept) == "Input#field has focus on Lone but it is hidden"


async def test_focus_left_on_a_screen_under_a_dialog_is_found() -> None:
    # The dialog focuses nothing of its own (its button cannot take focus), so the keys go
    # nowhere: the field under the dialog does not count.
    async def dialog(app: Host, pilot: object) -> None:
        box = Dialog()
        await app.push_screen(box)
        box.query_one("#ok").can_focus = False
        box.set_focus(None)

    assert await _found(dialog) == "nothing has focus on Dialog"


class _Long(Screen[None]):
    """Sixty lines in a scrolling column, after an input if ``field``."""

    def __init__(self, *, field: bool = False) -> None:
        super().__init__()
        self._field = field

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            if self._field:
                yield Input(id="field")
            for number in range(60):
                yield Static(f"line {number}")


async def test_a_focused_widget_scrolled_out_of_sight_is_found() -> None:
    app = App[None]()
    async with app.run_test(size=(60, 12)) as pilot:
        await app.push_screen(_Long(field=True))
        await pilot.pause()
        app.screen.query_one("#field").focus()
        await pilot.pause()
        assert focus_dead_end(app) is None
        app.screen.query_one(VerticalScroll).scroll_end(animate=False)
        await pilot.pause()
        await pilot.pause()
        problem = focus_dead_end(app)
        assert problem is not None and "Input#field" in problem and "sight" in problem


async def test_the_apps_panes_and_a_dialog_over_them_are_healthy(data_paths: DataPaths) -> None:
    from bounceback_tui.store.sqlite_file import open_store

    open_store(data_paths)
    app = BouncebackApp(data_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("1", "2", "3", "4", "5", "6", "2", "a"):
            await pilot.press(key)
            await pilot.pause()
            assert focus_dead_end(app) is None, key


async def test_the_palette_whose_box_is_hidden_but_its_input_shown_is_healthy(
    data_paths: DataPaths,
) -> None:
    # Textual's palette hides its box (`visibility: hidden`) and shows the input and list in
    # it (`visibility: visible`): a hidden ancestor hides nothing that sets its own (the
    # first version of the check said otherwise, on every walk's first ctrl+p).
    from bounceback_tui.store.sqlite_file import open_store

    open_store(data_paths)
    app = BouncebackApp(data_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert focus_dead_end(app) is None
        await pilot.press("r", "e")
        await pilot.pause()
        assert focus_dead_end(app) is None


async def test_the_walk_waits_for_a_scroll_on_its_way_before_checking() -> None:
    # The check reads what is in sight, so a step is not over while Textual still animates
    # a scroll (tests/monkey/settle._still_working): mid-way a field may be out of sight.
    from tests.monkey.settle import _still_working

    app = App[None]()
    async with app.run_test(size=(60, 12)) as pilot:
        await app.push_screen(_Long())
        await pilot.pause()
        assert not _still_working(app)  # type: ignore[arg-type]  # any app will do
        # Three seconds: on a loaded machine one pause outlasted a half-second scroll.
        app.screen.query_one(VerticalScroll).scroll_end(duration=3)
        await pilot.pause()
        assert _still_working(app)  # type: ignore[arg-type]  # any app will do
        await pilot.wait_for_animation()
        await pilot.pause()
        assert not _still_working(app)  # type: ignore[arg-type]  # any app will do
