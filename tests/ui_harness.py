"""The one way tests start the app on a pane, wait for it, fill a form and read toasts.

    async with app_on(paths, "pipeline") as (app, pilot, pane):
        ...

Tests about typing press keys; tests about something else set a field's value directly
(``fill``), which costs one message instead of a Pilot round trip per letter.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, NamedTuple

from textual import events

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp

SIZE = (100, 30)
# The idle check (App._watch_tick) off: a test decides when the store is read again.
NO_IDLE_CHECK = 3600.0


class Running(NamedTuple):
    app: Any
    pilot: Any
    pane: Any


@asynccontextmanager
async def app_on(
    paths: DataPaths,
    pane: str | None = None,
    *,
    size: tuple[int, int] = SIZE,
    notifications: bool = False,
    watch_seconds: float | None = None,
    app_class: type[BouncebackApp] = BouncebackApp,
) -> AsyncIterator[Running]:
    """The app on ``paths`` in a ``size`` terminal, switched to ``pane`` (its id, e.g.
    "pipeline") with its number key as a person would; ``pane`` None stays on the first
    screen. Leaving the block re-raises anything the app raised meanwhile."""
    from bounceback_tui.ui.panes import PANES_BY_ID

    app = app_class(paths)
    if watch_seconds is not None:
        app.watch_seconds = watch_seconds
    async with app.run_test(size=size, notifications=notifications) as pilot:
        if pane is not None:
            await pilot.press(PANES_BY_ID[pane].key)
        await pilot.pause()
        yield Running(app, pilot, app.current_pane if pane is not None else None)


async def settle(pilot: Any, times: int = 2) -> None:
    """Let messages posted by the last step (and those they post) be handled."""
    for _ in range(times):
        await pilot.pause()


async def tab_to_field(pilot: Any, name: str, limit: int = 20) -> Any:
    """Tab from where focus is to the form's field ``name``, as a person would; the field."""
    screen = pilot.app.screen
    field = screen.query_one(f"#field-{name}")
    for _ in range(limit):
        if screen.focused is field:
            break
        await pilot.press("tab")
        await settle(pilot)
    assert screen.focused is field
    return field


async def settle_workers(pilot: Any) -> None:
    """As ``settle``, and wait for the app's workers (reads and writes in threads) between."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def fill(pilot: Any, **values: str) -> None:
    """Set the active screen's fields (``#field-<name>``, inputs and selects) directly."""
    screen = pilot.app.screen
    for name, value in values.items():
        widget = screen.query_one(f"#field-{name}")
        if hasattr(widget, "load_text"):
            widget.load_text(value)
        else:
            widget.value = value
    await pilot.pause()


def toasts(app: Any) -> list[str]:
    """The text of every notification shown so far (a message may be Content)."""
    return [str(n.message) for n in app._notifications]


def keep_toasts(app: Any) -> list[str]:
    """A list that gets the text of every notification ``app`` shows from now on, in order,
    and keeps it after its toast has gone. ``toasts`` reads the toasts still up, and a toast
    goes once its time is up (5 s, Textual's clock, not the test's): on a loaded machine two
    steps of a test can take that long, and a toast read after them was not there."""
    kept: list[str] = []
    notes = app._notifications
    add = notes.add

    def add_and_keep(notification: Any) -> Any:
        kept.append(str(notification.message))
        return add(notification)

    notes.add = add_and_keep
    return kept


_NAMED_CHARACTERS = {"space": " ", "tab": "\t", "enter": "\r", "escape": "\x1b"}


def post_burst(app: Any, keys: list[str]) -> None:
    """Queue every key before the app handles the first, as a fast typist's terminal (or a
    text expander) delivers them; Pilot's ``press`` waits between keys."""
    for key in keys:
        character = _NAMED_CHARACTERS.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, character))


def post_double_click(app: Any, x: int, y: int) -> None:
    """Queue a double-click at (x, y) as the terminal delivers one: press, release, press,
    release, all before the app handles the first (Textual makes the Click of each, the
    second with ``chain`` 2). Pilot's ``click`` waits between them."""
    for event_class in (events.MouseDown, events.MouseUp) * 2:
        app.post_message(
            event_class(None, x, y, 0, 0, 1, False, False, False, screen_x=x, screen_y=y)
        )


_WHEEL = {
    "down": events.MouseScrollDown,
    "up": events.MouseScrollUp,
    "right": events.MouseScrollRight,
    "left": events.MouseScrollLeft,
}


def post_wheel(app: Any, x: int, y: int, way: str = "down", times: int = 1) -> None:
    """Queue ``times`` turns of the mouse wheel (``way``: down, up, right or left) at (x, y)
    on the terminal, as it delivers them: the app sends each to the widget under the mouse,
    and it goes up from there to one that scrolls."""
    for _ in range(times):
        app.post_message(
            _WHEEL[way](None, x, y, 0, 0, 0, False, False, False, screen_x=x, screen_y=y)
        )


async def open_message_template(app: Any, pilot: Any, index: int) -> Any:
    """Settings (`,`), then the message template at ``index`` of its list opened in its form;
    returns the form."""
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.screens.settings_templates import MessageTemplateList

    await pilot.press("comma")
    await settle(pilot)
    templates = app.screen.query_one(MessageTemplateList)
    templates.focus()
    templates.highlighted = index
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)
    return app.screen


async def reject_without_plan(pilot: Any, pane: Any, app_id: int) -> None:
    """On the Pipeline: `x` on the application, its form saved as it comes, and `n` to the
    plan's offer (no plan opened)."""
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.pipeline.dialogs import PlanOfferScreen

    assert pane.select_item(app_id)
    await settle(pilot)
    await pilot.press("x")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FormScreen)
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, PlanOfferScreen)
    await pilot.press("n")
    await settle(pilot)


async def reframe_to_the_feelings(app: Any, pilot: Any, thought: str = "Nobody wants me") -> None:
    """Reframe (`4`), a new record (`a`), the situation left empty, ``thought`` as the
    thought, and on to the feelings step with Sad's rating focused."""
    from textual.widgets import Input, TextArea

    from tests.quiet import until_quiet

    await pilot.press("4")
    await until_quiet(pilot)
    await pilot.press("a")
    await until_quiet(pilot)
    await pilot.press("ctrl+n")  # the situation left empty: on to the thought
    await until_quiet(pilot)
    area = app.focused
    assert isinstance(area, TextArea)
    area.insert(thought)
    await pilot.pause()
    await pilot.press("ctrl+n")
    await until_quiet(pilot)
    assert app.focused is app.query_one("#rf-preset-0", Input)  # Sad's rating


def field_line(screen: Any, name: str) -> str:
    """What the line under a form's field ``name`` says (its refusal or note), "" while
    there is none."""
    from textual.widgets import Static

    found = screen.query(f"#error-{name}")
    line = found.first(Static) if found else None
    if line is None or not line.display:
        return ""
    return " ".join(str(line.render()).split())
