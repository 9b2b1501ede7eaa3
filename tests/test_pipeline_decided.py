"""`]` or `[` out of a decision (Rejected, Withdrawn) asks first; a key with nothing to act
on says why.

A new user's walk: `]` on an application rejected at Offer moved it to Accepted with one key,
and `]` at Accepted, `x` on a no already recorded and `u` with nothing to undo did nothing
at all, without a word.
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import D, dump, put, stage_of
from tests.ui_harness import app_on, settle, toasts


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    from bounceback_tui.services.recovery import insert_rejection

    ids: dict[str, int] = {}
    ids["Northwind"] = put(
        db,
        "Northwind",
        [
            ("applied", D(2026, 1, 12)),
            ("screening", D(2026, 1, 19)),
            ("interviewing", D(2026, 2, 2)),
            ("offer", D(2026, 3, 2)),
            ("rejected", D(2026, 3, 10)),
        ],
        date_applied=D(2026, 1, 12),
    )
    with db.write(count_activity=False) as session:
        insert_rejection(
            session,
            company="Northwind",
            role="Engineer",
            rejected_on=D(2026, 3, 10),
            stage_reached="offer",
            reason="",
            application_id=ids["Northwind"],
        )
    ids["Kestrel"] = put(
        db,
        "Kestrel",
        [
            ("applied", D(2026, 2, 2)),
            ("interviewing", D(2026, 2, 20)),
            ("withdrawn", D(2026, 3, 1)),
        ],
        date_applied=D(2026, 2, 2),
    )
    ids["Harbor"] = put(
        db,
        "Harbor",
        [("applied", D(2026, 1, 5)), ("ghosted", D(2026, 2, 20))],
        date_applied=D(2026, 1, 5),
    )
    ids["Quarry"] = put(
        db,
        "Quarry",
        [("applied", D(2026, 1, 2)), ("offer", D(2026, 2, 20)), ("accepted", D(2026, 3, 1))],
        date_applied=D(2026, 1, 2),
    )
    ids["Paperkite"] = put(db, "Paperkite", [("saved", D(2026, 3, 14))])
    return ids


async def pick(pilot: Any, pane: Any, app_id: int) -> None:
    assert pane.select_item(app_id)
    await settle(pilot)


async def test_moving_on_from_a_no_asks_first_and_no_changes_nothing(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    before = dump(opened_paths.database)
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        await pick(pilot, pane, ids["Northwind"])
        await pilot.press("]")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        asked = str(app.screen.question) + " " + str(app.screen.detail)
        assert "Northwind (Engineer) said no at Offer" in asked
        assert "Accepted" in asked
        assert "Recovery" in asked
        await pilot.press("n")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert dump(opened_paths.database) == before
        assert app.focused is pane.table
        assert focus_problem(app) is None
        # Yes moves it on, as `]` did before.
        await pilot.press("]")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert stage_of(opened_paths.database, ids["Northwind"]) == "accepted"
        assert focus_problem(app) is None


async def test_moving_on_from_a_withdrawal_asks_and_a_ghosted_one_moves_at_once(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        await pick(pilot, pane, ids["Kestrel"])
        await pilot.press("]")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        asked = str(app.screen.question)
        assert "You withdrew from Kestrel (Engineer) at Interviewing" in asked
        assert "Offer" in asked
        await pilot.press("escape")
        await settle(pilot)
        assert stage_of(opened_paths.database, ids["Kestrel"]) == "withdrawn"
        # A ghosted application that finally replies moves on without a question.
        await pick(pilot, pane, ids["Harbor"])
        await pilot.press("]")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert stage_of(opened_paths.database, ids["Harbor"]) == "screening"


async def test_taking_a_decision_back_with_the_left_bracket_asks_too(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    # A stranger's walk (twentieth round): `]` asked, `[` took a no of days ago back to
    # the stage it reached without a word.
    before = dump(opened_paths.database)
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        await pick(pilot, pane, ids["Northwind"])
        await pilot.press("[")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Northwind (Engineer) said no at Offer. Take the no back, to Offer?" in str(
            app.screen.question
        )
        await pilot.press("n")
        await settle(pilot)
        assert dump(opened_paths.database) == before
        assert focus_problem(app) is None
        await pick(pilot, pane, ids["Kestrel"])
        await pilot.press("[")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert (
            "You withdrew from Kestrel (Engineer) at Interviewing. Take that back, to Interviewing?"
            in (str(app.screen.question))
        )
        await pilot.press("y")
        await settle(pilot)
        assert stage_of(opened_paths.database, ids["Kestrel"]) == "interviewing"
        assert focus_problem(app) is None


async def test_keys_with_nothing_to_act_on_say_why(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    before = dump(opened_paths.database)
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        await pilot.press("u")
        await settle(pilot)
        assert toasts(app)[-1] == "Nothing to undo here."
        await pick(pilot, pane, ids["Quarry"])
        await pilot.press("]")
        await settle(pilot)
        assert toasts(app)[-1] == "Quarry (Engineer) is at the last stage: Accepted."
        await pick(pilot, pane, ids["Paperkite"])
        await pilot.press("[")
        await settle(pilot)
        assert toasts(app)[-1] == "Paperkite (Engineer) is at the first stage: Saved."
        await pick(pilot, pane, ids["Northwind"])
        await pilot.press("x")
        await settle(pilot)
        assert toasts(app)[-1] == "Northwind (Engineer) is already a no; its plan is in Recovery."
        assert focus_problem(app) is None
    assert dump(opened_paths.database) == before


@pytest.mark.parametrize("pane_id", ["recovery", "reframe", "skills", "people"])
async def test_u_with_nothing_to_undo_says_so_in_every_pane(
    opened_paths: DataPaths, pane_id: str
) -> None:
    async with app_on(opened_paths, pane_id) as (app, pilot, _pane):
        await pilot.press("u")
        await settle(pilot)
        assert toasts(app) == ["Nothing to undo here."]
        assert focus_problem(app) is None
