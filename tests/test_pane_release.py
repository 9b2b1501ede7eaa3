"""What the app lets go of (ui/kit/pane_release.py): the panes of a store it has left, and
what Textual's caches keep of a dialog once it has closed; and that nothing shown changes."""

from __future__ import annotations

import gc
import weakref

import pytest
from textual._styles_cache import StylesCache
from textual.widget import Widget
from textual.widgets import Input, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.pane import Pane
from bounceback_tui.ui.pipeline.pane import PipelinePane

SIZE = (100, 30)


def _one_message_each(app: BouncebackApp) -> None:
    """A parked node keeps the last message it handled, which names its sender (see
    test_a_closed_dialogs_drawn_lines_are_let_go): give each one another, as the next key would."""
    for node in [app, *app.screen.walk_children(with_self=True)]:
        node.call_later(lambda: None)


async def _until_let_go(app: BouncebackApp, pilot, refs: list) -> list:  # type: ignore[no-untyped-def,type-arg]
    """What of ``refs`` is still alive once the app has had its turns: each node given one
    message (``_one_message_each``) and a full collection, again until nothing is left or
    after 150 rounds. A closed widget's own timers (a field's cursor blink) hold it until
    their next tick, up to half a second; what the app keeps for good is never let go."""
    for _ in range(150):
        _one_message_each(app)
        await pilot.pause(0.02)
        gc.collect()
        alive = [ref() for ref in refs if ref() is not None]
        if not alive:
            return []
        del alive
    return [ref() for ref in refs if ref() is not None]


async def _until(pilot, done, rounds: int = 250) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``done()`` came within ``rounds`` of the app's turns (a pane builds some of
    its widgets after its first frame)."""
    for _ in range(rounds):
        if done():
            return True
        await pilot.pause(0.02)
    return bool(done())


async def _settle(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.app_gc_freeze
async def test_the_panes_of_a_store_left_are_collected(opened_paths: DataPaths) -> None:
    """The app freezes what a built pane holds; a frozen object is never collected, so the
    panes of the store left (the demo and back) would stay for as long as the app runs."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        for key in "234561":  # every pane built (and frozen) on the empty store
            await pilot.press(key)
            await _settle(app, pilot)
        old = [weakref.ref(pane) for pane in app.query(Pane)]
        assert len(old) == 6
        app.action_open_demo()
        await _settle(app, pilot)
        await pilot.pause()
        assert app.demo
        gc.collect()
        assert [ref() for ref in old if ref() is not None] == []
        # The demo store's data shows, in new panes.
        await pilot.press("2")
        await _settle(app, pilot)
        pipeline = app.current_pane
        assert isinstance(pipeline, PipelinePane)
        assert not pipeline.query_one("#pipeline-empty").display
        assert len(pipeline.rows) == 60  # the demo's applications (services/demo.py)
        assert gc.isenabled()


async def test_a_closed_dialogs_drawn_lines_are_let_go(opened_paths: DataPaths) -> None:
    """Textual's ``StylesCache.get_inner_outer`` is cached with each widget's StylesCache in
    its key, so the lines a dialog drew outlived it (up to 1,024 widgets' worth)."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        dialog = app.screen
        assert dialog is not app.screen_stack[0]
        caches = [weakref.ref(w._styles_cache) for w in dialog.query(Widget)]
        assert caches
        assert all(isinstance(ref(), StylesCache) for ref in caches)
        del dialog
        await pilot.press("escape")
        await pilot.pause()
        # Textual's message loop holds the last message a node handled until it handles the
        # next, and a message names the node that sent it (a Prompt from the dialog, here);
        # Pilot's wait no longer wakes a node with nothing to do (tests/pilot_waits.py), so
        # each node is given one message to handle, as the next key would.
        for node in [app, *app.screen.walk_children(with_self=True)]:
            node.call_later(lambda: None)
        await pilot.pause()
        gc.collect()
        assert sum(ref() is not None for ref in caches) == 0
        assert app.screen is app.screen_stack[0]


async def test_a_closed_dialogs_text_areas_are_let_go(opened_paths: DataPaths) -> None:
    """Textual's TextArea watches the app's theme from a list on the app that only a theme
    change prunes, so every form with a text area stayed alive, its dialog with it (60 of
    them at step 1,000 of the long walk)."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await _settle(app, pilot)
        dialogs = []
        for _ in range(3):
            await pilot.press("a")  # the Pipeline's add form: it has text areas
            await _settle(app, pilot)
            assert app.screen is not app.screen_stack[0]
            areas = list(app.screen.query(TextArea))
            assert areas
            for area in areas:  # each takes focus once, as a person tabbing through
                area.focus()
                await pilot.pause()
            dialogs += [weakref.ref(app.screen), *map(weakref.ref, areas)]
            del areas, area
            await pilot.press("escape")
            await _settle(app, pilot)
            assert app.screen is app.screen_stack[0]
        assert await _until_let_go(app, pilot, dialogs) == []
        assert app.focused is not None


async def test_the_fields_of_a_store_left_are_let_go(opened_paths: DataPaths) -> None:
    """Textual's Input and TextArea subscribe to their screen's text selection signal with a
    callback that names them, so the main screen kept every field of the panes removed by a
    store switch (17 a switch), until a text selection started."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        for key in "234561":
            await pilot.press(key)
            await _settle(app, pilot)
            if key in "23456":  # a filter bar's box is made when it is first opened
                await pilot.press("slash", "escape")
                await _settle(app, pilot)
        # Reframe builds its exercise (its first step's field) once its first frame is up.
        assert await _until(pilot, lambda: bool(app.query("#rf-step-0 TextArea")))
        fields = [weakref.ref(field) for field in app.query(Input)]
        fields += [weakref.ref(area) for area in app.query(TextArea)]
        assert len(fields) > 5
        app.action_open_demo()
        await _settle(app, pilot)
        await pilot.pause()
        assert app.demo
        assert await _until_let_go(app, pilot, fields) == []
        assert app.focused is not None


async def test_the_screen_and_the_switcher_keep_no_lines_of_their_own(
    opened_paths: DataPaths,
) -> None:
    """They draw nothing but their background under the panes: their lines are made blank
    when drawn (Textual's ``BLANK``), not kept line by line with every cut of them."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        for key in "21":
            await pilot.press(key)
            await _settle(app, pilot)
        screen = app.screen_stack[0]
        switcher = app.query_one("#panes")
        assert app.current_pane.id == "today"
        assert screen._styles_cache._cache == {}
        assert switcher._styles_cache._cache == {}
        # What is drawn in a pane still keeps its lines (Today's pane itself is BLANK too:
        # what it holds is looked at).
        assert any(widget._styles_cache._cache for widget in app.current_pane.query("*"))


def test_equal_lines_are_handed_over_as_one_object() -> None:
    from rich.segment import Segment
    from rich.style import Style
    from textual.strip import Strip

    from bounceback_tui.ui.kit.shared_lines import MAX_SHARED, shared_lines

    blue = Style(bgcolor="blue")
    lines = [Strip([Segment(" " * 10, blue)], 10) for _ in range(5)]
    other = Strip([Segment("x", blue), Segment(" " * 9, blue)], 10)
    table: dict = {}  # type: ignore[type-arg]
    out = shared_lines(table, [*lines, other])
    assert all(line is lines[0] for line in out[:5])
    assert out[5] is other
    assert [list(line) for line in out] == [list(line) for line in [*lines, other]]
    many = [Strip([Segment(str(n).ljust(10), blue)], 10) for n in range(MAX_SHARED * 2)]
    shared_lines(table, many)
    assert len(table) <= MAX_SHARED


async def test_a_panes_blank_rows_are_one_line(opened_paths: DataPaths) -> None:
    """A pane draws the same blank line on every row; kept once, it is cut once per set of
    cuts instead of once per row (kit/shared_lines.py)."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        pane = app.current_pane
        lines = pane.render_lines(pane.size.region)
        assert len(lines) == pane.size.height
        assert len({id(line) for line in lines}) == 1


async def test_a_panes_finished_thread_worker_is_let_go(opened_paths: DataPaths) -> None:
    """Textual names a thread worker in its pool thread's context and never unsets it, so
    the thread kept the worker, and its pane, until it ran another worker (the Today pane of
    a store left stayed alive that way)."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        pane = app.current_pane
        seen: list[str] = []

        def read() -> str:
            seen.append("read")
            return "done"

        worker = pane.run_worker(read, thread=True, name="read")
        assert await worker.wait() == "done"
        assert worker.name == "read"
        await _settle(app, pilot)
        # Textual's message loop holds the last message a node handled (here the worker's
        # StateChanged) until it handles the next; Pilot's wait no longer wakes a node with
        # nothing to do (tests/pilot_waits.py), so the pane is given one message to handle.
        pane.call_later(lambda: None)
        await pilot.pause()
        gone = weakref.ref(worker)
        del worker
        gc.collect()
        assert seen == ["read"]
        assert gone() is None
