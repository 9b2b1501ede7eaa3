"""Focus is never lost: after any key something on the active screen has focus and the key
bar shows the pane's keys (issue 15: the dead ends seen in tmux, and the rule behind them)."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual import events
from textual.screen import ModalScreen

from bounceback_tui.domain.skills import SkillInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import skills as skill_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem, pane_keys_on_bar
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import add
from tests.recovery_fixtures import add_rejection
from tests.ui_harness import settle

SIZE = (100, 30)


def _fill(paths: DataPaths, what: str) -> None:
    db = Database(paths.database)
    try:
        if what == "pipeline":
            add(db, "Initech", "Analyst")
        elif what == "recovery":
            add_rejection(db, "Initech", "Analyst")
        elif what == "skills":
            skill_service.add_skill(db, SkillInput(title="Speak up in meetings"))
    finally:
        db.dispose()


@asynccontextmanager
async def on_pane(paths: DataPaths, key: str) -> AsyncIterator[Any]:
    app = BouncebackApp(paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        yield app, pilot


TABLES = {
    "pipeline": "SELECT company FROM application",
    "skills": "SELECT title FROM skill",
    "recovery": "SELECT company FROM rejection",
}


def _stored(paths: DataPaths, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(sql).fetchall()


def _bar_labels(app: BouncebackApp) -> list[str]:
    from bounceback_tui.ui.kit.key_bar import KeyBar

    return [label for _keys, label in app.screen.query_one(KeyBar).shown()]


# --- deleting the last item ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("pane", "key", "undo_brings"),
    [
        ("pipeline", "2", "Initech"),
        ("skills", "5", "Speak up in meetings"),
        ("recovery", "3", "Initech"),
    ],
)
async def test_deleting_the_last_item_keeps_the_panes_keys(
    opened_paths: DataPaths, pane: str, key: str, undo_brings: str
) -> None:
    _fill(opened_paths, pane)
    async with on_pane(opened_paths, key) as (app, pilot):
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot, 3)
        assert not isinstance(app.screen, ModalScreen)
        # Something of the pane has focus, and the bar shows more than "? Keys q Quit".
        assert app.focused is not None
        assert app.current_pane in app.focused.ancestors_with_self
        assert "Undo" in _bar_labels(app)
        assert focus_problem(app) is None
        # u works straight away: the item is back, and so is the list's focus.
        await pilot.press("u")
        await settle(pilot, 3)
        assert focus_problem(app) is None
        assert _stored(opened_paths, TABLES[pane]) == [(undo_brings,)]
        assert app.focused is not app.current_pane  # the list has it again


@pytest.mark.parametrize(("pane", "key"), [("pipeline", "2"), ("skills", "5")])
async def test_after_deleting_the_last_item_a_opens_the_add_form(
    opened_paths: DataPaths, pane: str, key: str
) -> None:
    _fill(opened_paths, pane)
    async with on_pane(opened_paths, key) as (app, pilot):
        await pilot.press("d", "y")
        await settle(pilot, 3)
        await pilot.press("a")
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)
        assert app.focused is not None


async def test_deleting_the_last_rejection_keeps_n(opened_paths: DataPaths) -> None:
    _fill(opened_paths, "recovery")
    async with on_pane(opened_paths, "3") as (app, pilot):
        await pilot.press("d", "y")
        await settle(pilot, 3)
        assert "New no" in _bar_labels(app)
        await pilot.press("n")
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)


# --- Reframe: a step with no field --------------------------------------------------------


async def test_rerate_with_no_feelings_focuses_the_steps_navigation(
    opened_paths: DataPaths,
) -> None:
    async with on_pane(opened_paths, "4") as (app, pilot):
        await pilot.press("a")
        await settle(pilot, 3)
        await pilot.press("ctrl+n", *"I always fail", "ctrl+n")  # thought; no feelings rated
        for _ in range(5):  # feelings, traps, for, against, balanced: all left empty
            await pilot.press("ctrl+n")
            await settle(pilot, 3)
        progress = str(app.query_one("#rf-progress").render())
        assert progress.startswith("Step 8 of 8")
        assert app.focused is not None
        assert focus_problem(app) is None
        labels = _bar_labels(app)
        assert "Next step" in labels and "Back" in labels
        await pilot.press("ctrl+b")  # back works without a Tab first
        await settle(pilot, 3)
        assert str(app.query_one("#rf-progress").render()).startswith("Step 7 of 8")
        await pilot.press("ctrl+n")
        await settle(pilot, 3)
        assert focus_problem(app) is None
        # Tab goes round the step's own fields and never changes the step; ctrl+n does.
        await pilot.press("tab")
        await settle(pilot, 3)
        assert str(app.query_one("#rf-progress").render()).startswith("Step 8 of 8")
        assert focus_problem(app) is None
        await pilot.press("ctrl+n")
        await settle(pilot, 3)
        assert app.current_pane.mode == "summary"  # type: ignore[attr-defined]
        assert focus_problem(app) is None


# --- quitting ignores what arrives after q ------------------------------------------------


@pytest.mark.parametrize("after", ["e", "a", "x", "i", "f", "comma", "d", "b"])
async def test_keys_after_q_are_ignored(opened_paths: DataPaths, after: str) -> None:
    _fill(opened_paths, "pipeline")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot, 3)
        # One burst, as a terminal delivers it: both keys queued before either is handled.
        for key in ("q", after):
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await settle(pilot, 3)
    # run_test re-raises whatever the app met on the way out (NoMatches before the fix).
    assert app.return_code == 0


# --- the rule itself ----------------------------------------------------------------------


async def test_focus_lost_any_other_way_comes_back_to_the_pane(opened_paths: DataPaths) -> None:
    """The mechanism, not a case: whatever drops focus, the pane's target takes it back."""
    _fill(opened_paths, "pipeline")
    async with on_pane(opened_paths, "2") as (app, pilot):
        app.screen.set_focus(None)
        await settle(pilot, 3)
        assert app.focused is not None
        assert pane_keys_on_bar(app)


async def test_a_modal_that_focuses_nothing_gets_focus(opened_paths: DataPaths) -> None:
    from textual.app import ComposeResult
    from textual.binding import Binding
    from textual.widgets import Button, Static

    class Bare(ModalScreen[None]):
        BINDINGS = [Binding("escape", "dismiss", "Close")]  # noqa: RUF012

        def compose(self) -> ComposeResult:
            yield Static("nothing focuses me")
            yield Button("Close", id="close")

    async with on_pane(opened_paths, "1") as (app, pilot):
        app.push_screen(Bare())
        await settle(pilot, 3)
        assert app.focused is not None
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle(pilot, 3)
        assert focus_problem(app) is None


# --- forms ----------------------------------------------------------------------------------


def _holds_controls(widget: Any) -> bool:
    """A scrolling box with fields in it (a field itself may be built of focusable parts)."""
    from textual.containers import ScrollableContainer

    if not isinstance(widget, ScrollableContainer):
        return False
    return any(w is not widget and w.focusable for w in widget.query("*"))


@pytest.mark.parametrize(
    ("keys", "screen_name"),
    [(("2", "a"), "FormScreen"), ((",",), "SettingsScreen")],
)
async def test_tab_and_shift_tab_land_only_on_controls(
    opened_paths: DataPaths, keys: tuple[str, ...], screen_name: str
) -> None:
    """Shift+Tab from a form's first field focused the scrolling box around the fields: no
    field showed focus, typing went nowhere and Enter did not save, though the form said
    "Enter save" (seen in tmux on "Follow a job board": a fix to the board link typed after
    Shift+Tab was lost, Enter did nothing). Settings had the same blind stop. A box that
    holds fields never takes focus itself: each field scrolls into view as it takes focus."""
    from tests.quiet import until_quiet

    async with on_pane(opened_paths, keys[0]) as (app, pilot):
        await pilot.press(*keys[1:])
        await until_quiet(pilot)
        screen = app.screen
        assert screen_name in [kind.__name__ for kind in type(screen).__mro__]
        first = app.focused
        assert first is not None
        stops = len([w for w in screen.query("*") if w.focusable])
        seen = []
        for key in ["shift+tab"] + ["tab"] * (stops + 1):
            await pilot.press(key)
            await pilot.pause()
            seen.append(app.focused)
        first.focus()
        await pilot.pause()
        blind = [type(w).__name__ for w in seen if w is None or _holds_controls(w)]
        assert blind == [], blind
        await pilot.press("shift+tab", "tab")  # back and forth from the first control
        await pilot.pause()
        assert app.focused is first
