"""Keys typed right after the key that opens a dialog reach the dialog, in order.

A person presses `a` and types at once. Textual sends each key to the focused widget as it
arrives and checks bindings when it comes back up, so the letters after `a` had been sent
to the pane before `a` opened the form: they were dropped (found in tmux on a loaded
machine: a whole skill title lost, then "The title is required."). Pilot waits for the app
to be idle after every key, so these tests post the burst the way a terminal delivers it:
all keys queued before the app handles the first.
"""

from __future__ import annotations

import sqlite3

from textual import events

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from bounceback_tui.ui.skills.form import SkillFormScreen
from tests.built_stores import store_once
from tests.skills_fixtures import seed_backlog
from tests.ui_harness import app_on, post_burst, settle


def _letters(text: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in text]


def _seed_skills(paths: DataPaths) -> None:
    store_once(paths, seed_backlog)


def _count(paths: DataPaths, sql: str) -> int:
    with sqlite3.connect(paths.database) as connection:
        return int(connection.execute(sql).fetchone()[0])


async def test_the_company_typed_right_after_a_lands_in_the_form(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        post_burst(app, ["a", *_letters("Acme Corp")])
        await settle(pilot, 4)
        assert isinstance(app.screen, ApplicationFormScreen)
        assert app.screen.query_one("#field-company").value == "Acme Corp"


async def test_letters_that_are_pane_keys_go_to_the_form_not_the_pane(
    opened_paths: DataPaths,
) -> None:
    # In Skills `A` accepts the suggested soft skill, `e` edits, `d` deletes: typed after `a`
    # they are the title's letters, and the backlog behind the form is left alone.
    _seed_skills(opened_paths)
    before = _count(opened_paths, "SELECT count(*) FROM skill")
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        post_burst(app, ["a", *_letters("Ace a demo day")])
        await settle(pilot, 4)
        assert isinstance(app.screen, SkillFormScreen)
        assert app.screen.query_one("#field-title").value == "Ace a demo day"
        assert len(app.screen_stack) == 2
    assert _count(opened_paths, "SELECT count(*) FROM skill") == before


async def test_escape_typed_ahead_still_closes_the_form(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        post_burst(app, ["a", "escape"])
        await settle(pilot, 4)
        assert not isinstance(app.screen, ApplicationFormScreen)
        assert focus_problem(app) is None


async def test_enter_typed_ahead_after_the_company_reaches_the_form_after_it(
    opened_paths: DataPaths,
) -> None:
    # (A Tab inside such a burst is not promised: Textual moves focus only when the Tab
    # comes back up to the app, after the keys behind it were sent to the old field.)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        post_burst(app, ["a", *_letters("Initech"), "enter"])
        await settle(pilot, 6)
        assert isinstance(app.screen, ApplicationFormScreen)
        assert app.screen.query_one("#field-company").value == "Initech"
        assert "required" in str(app.screen.query_one("#error-role").render()).lower()
    assert _count(opened_paths, "SELECT count(*) FROM application") == 0


async def test_delete_then_yes_in_one_burst_still_asks_and_deletes(
    opened_paths: DataPaths,
) -> None:
    _seed_skills(opened_paths)
    before = _count(opened_paths, "SELECT count(*) FROM skill")
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        post_burst(app, ["d"])
        await settle(pilot, 2)
        assert isinstance(app.screen, ConfirmScreen)
        post_burst(app, ["escape", "d", "y"])
        await settle(pilot, 4)
        assert not isinstance(app.screen, ConfirmScreen)
        assert focus_problem(app) is None
    assert _count(opened_paths, "SELECT count(*) FROM skill") == before - 1


async def test_a_paste_right_after_a_lands_in_the_form(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        post_burst(app, ["a"])
        app.post_message(events.Paste("Café [b]Zürich[/b]"))
        await settle(pilot, 4)
        assert isinstance(app.screen, ApplicationFormScreen)
        assert app.screen.query_one("#field-company").value == "Café [b]Zürich[/b]"
