"""Undoing a rejection on the Pipeline (`u`) brings back the follow-up it cleared.

A rejected application shows no follow-up, and saving its edit form clears the day it kept
(docs/data-model.md). So Rejected chosen in the edit form, then `u`, put Acme back in
Applied with no follow-up, where it had one for 20 March; and so did `x`, an edit of the
role in this window, then `u` (the twenty-third round's left-alone list). The undo puts the
day back, in its own transaction and only if no other window changed the application since
(the rest of undo's check). `x` then `u` alone, and a delete brought back between, kept it
already."""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.dialogs import PlanOfferScreen
from tests.pipeline_fixtures import add, rows
from tests.screen_text import screen_lines
from tests.ui_harness import NO_IDLE_CHECK, app_on, fill, reject_without_plan, settle, toasts


async def _edit_role(pilot: Any) -> None:
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FormScreen)
    await fill(pilot, role="Designer")
    await pilot.press("ctrl+s")
    await settle(pilot)


async def _delete_and_bring_back(pilot: Any) -> None:
    await pilot.press("d")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ConfirmScreen)
    await pilot.press("y")
    await settle(pilot)
    await pilot.press("u")
    await settle(pilot)


async def _nothing(pilot: Any) -> None:
    return None


@pytest.mark.parametrize("between", [_nothing, _edit_role, _delete_and_bring_back])
async def test_undoing_a_rejection_brings_back_its_follow_up(
    opened_paths: DataPaths, db: Database, between: Any
) -> None:
    acme = add(db, "Acme", date_applied="2026-03-10", next_follow_up="2026-03-20")
    follow_up = "SELECT stage, next_follow_up FROM application WHERE id = ?"
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        await reject_without_plan(pilot, pane, acme)
        await between(pilot)
        await pilot.press("u")
        await settle(pilot)
        # Named as it reads now: a role edited since the rejection is the one said.
        named = "Acme (Designer)" if between is _edit_role else "Acme (Engineer)"
        said = " ".join(toasts(app))
        assert f"Rejection taken back: {named} is in Applied again" in said
        assert focus_problem(app) is None
        (shown,) = [line for line in screen_lines(app) if line.startswith(" Acme ")]
        assert shown.split()[-1] == "2026-03-20"  # the Follow-up column, last
    assert rows(opened_paths.database, follow_up, acme) == [("applied", "2026-03-20")]


async def test_undoing_a_rejection_saved_in_the_edit_form_brings_back_its_follow_up(
    opened_paths: DataPaths, db: Database
) -> None:
    """Rejected chosen in the edit form: its save clears the follow-up (a closed application
    keeps none), and `u` takes the rejection back."""
    acme = add(db, "Acme", date_applied="2026-03-10", next_follow_up="2026-03-20")
    follow_up = "SELECT stage, next_follow_up FROM application WHERE id = ?"
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        assert pane.select_item(acme)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        await fill(pilot, stage="rejected")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)  # the rejection's details
        await pilot.press("ctrl+s")
        await settle(pilot)
        if isinstance(app.screen, PlanOfferScreen):
            await pilot.press("n")
            await settle(pilot)
        assert rows(opened_paths.database, follow_up, acme) == [("rejected", None)]
        await pilot.press("u")
        await settle(pilot)
        said = " ".join(toasts(app))
        assert "Rejection taken back: Acme (Engineer) is in Applied again" in said
        assert focus_problem(app) is None
        (shown,) = [line for line in screen_lines(app) if line.startswith(" Acme ")]
        assert shown.split()[-1] == "2026-03-20"
    assert rows(opened_paths.database, follow_up, acme) == [("applied", "2026-03-20")]
