"""`u` in the Pipeline after this window's own later writes.

An attacker's walks: marking Tessellate rejected, deleting it and pressing `u` brought it
back, but the next `u` said "Tessellate was changed in another window since it was marked
rejected, so nothing was taken back." The same after an edit of its role in this window.
After that refusal `u` took back an older rejection of another application without a
word, and after adding an application `u` took back the rejection before it instead of
the add. Now this window's own writes are known as its own (store/own_writes.py): the
rejection is taken back, an add is taken back first, and a refusal says what the next
`u` would take back.
"""

from __future__ import annotations

from sqlalchemy import text

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import add, rows, stage_of
from tests.ui_harness import NO_IDLE_CHECK, app_on, fill, reject_without_plan, settle, toasts


async def test_u_takes_back_a_rejection_after_this_window_deleted_and_brought_it_back(
    opened_paths: DataPaths, db: Database
) -> None:
    tessellate = add(db, "Tessellate")
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        await reject_without_plan(pilot, pane, tessellate)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert "Tessellate (Engineer) is back." in toasts(app)
        await pilot.press("u")
        await settle(pilot)
        said = " ".join(toasts(app))
        assert "another window" not in said
        assert "Rejection taken back: Tessellate (Engineer) is in Applied again" in said
        assert focus_problem(app) is None
    assert stage_of(opened_paths.database, tessellate) == "applied"
    assert rows(opened_paths.database, "SELECT count(*) FROM rejection") == [(0,)]


async def test_u_takes_back_a_rejection_after_this_window_edited_the_role(
    opened_paths: DataPaths, db: Database
) -> None:
    tessellate = add(db, "Tessellate", role="Designer")
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        await reject_without_plan(pilot, pane, tessellate)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, role="Designers")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert "another window" not in " ".join(toasts(app))
    assert rows(
        opened_paths.database, "SELECT stage, role FROM application WHERE id = ?", tessellate
    ) == [("applied", "Designers")]


async def test_a_refused_undo_says_what_the_next_u_takes_back(
    opened_paths: DataPaths, db: Database
) -> None:
    acme, tessellate = add(db, "Acme"), add(db, "Tessellate")
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        await reject_without_plan(pilot, pane, acme)
        await reject_without_plan(pilot, pane, tessellate)
        # Another window (its own handle on the store) renames Tessellate's role.
        with db.write() as session:
            session.execute(
                text("UPDATE application SET role = 'Lead' WHERE id = :id"), {"id": tessellate}
            )
        await pilot.press("u")
        await settle(pilot)
        assert (
            "Tessellate (Lead) was changed in another window since it was marked rejected, so "
            "nothing was taken back. u now takes back marking Acme (Engineer) rejected."
        ) in toasts(app)
        assert stage_of(opened_paths.database, tessellate) == "rejected"
        assert stage_of(opened_paths.database, acme) == "rejected"


async def test_u_after_adding_takes_back_the_add_not_the_rejection_before_it(
    opened_paths: DataPaths, db: Database
) -> None:
    acme = add(db, "Acme")
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        await reject_without_plan(pilot, pane, acme)
        await pilot.press("a")
        await settle(pilot)
        await fill(pilot, company="NewCo", role="Role")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert rows(opened_paths.database, "SELECT company FROM application ORDER BY id") == [
            ("Acme",),
            ("NewCo",),
        ]
        await pilot.press("u")
        await settle(pilot)
        assert (
            "Taken back: NewCo (Role) is removed. "
            "“Send the next application” in your plan is open again." in toasts(app)
        )
        assert focus_problem(app) is None
    assert rows(opened_paths.database, "SELECT company FROM application") == [("Acme",)]
    assert stage_of(opened_paths.database, acme) == "rejected"


async def test_an_add_changed_since_is_not_taken_back_and_d_is_named(
    opened_paths: DataPaths,
) -> None:
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        await fill(pilot, company="NewCo", role="Role")
        await pilot.press("ctrl+s")
        await settle(pilot)
        new_id = rows(opened_paths.database, "SELECT id FROM application")[0][0]
        other = Database(opened_paths.database)
        try:
            applications.set_follow_up(other, new_id, FIXED_TODAY)
        finally:
            other.dispose()
        await pilot.press("u")
        await settle(pilot)
        assert (
            "NewCo (Role) has changed since you added it, so it stays. Press d to delete it."
            in (toasts(app))
        )
    assert rows(opened_paths.database, "SELECT company FROM application") == [("NewCo",)]


def test_only_this_handles_committed_writes_count_as_its_own(opened_paths: DataPaths) -> None:
    mine, theirs = Database(opened_paths.database), Database(opened_paths.database)
    try:
        data = validate_application({"company": "Acme", "role": "Analyst"}, FIXED_TODAY)
        app = applications.add_application(mine, data)
        assert app.id is not None
        start = app.version
        applications.set_follow_up(mine, app.id, FIXED_TODAY)
        after_mine = rows(opened_paths.database, "SELECT version FROM application")[0][0]
        assert mine.own_writes.made_by_me(app.id, start, after_mine)
        applications.set_follow_up(theirs, app.id, None)
        after_theirs = rows(opened_paths.database, "SELECT version FROM application")[0][0]
        assert not mine.own_writes.made_by_me(app.id, start, after_theirs)
        assert theirs.own_writes.made_by_me(app.id, after_mine, after_theirs)
    finally:
        mine.dispose()
        theirs.dispose()


def test_the_steps_kept_are_bounded_by_the_applications_written_lately() -> None:
    """An import of many rows keeps no step for each of them for the window's life: past
    2,000 applications the least lately written are let go; one written again stays."""
    from bounceback_tui.store.own_writes import OwnWrites

    own = OwnWrites()
    own.keep([(1, (5, 6)), (2, (5, 6))])
    assert own.made_by_me(1, 5, 6) and own.made_by_me(2, 5, 6)
    own.keep([(2, (6, 7))])  # 2 written again: now the latest
    own.keep([(row, (1, 2)) for row in range(3, 2_002)])  # 1,999 more: 2,001 in all
    assert not own.made_by_me(1, 5, 6)  # the least lately written, let go
    assert own.made_by_me(2, 5, 7)  # its two steps kept
    assert own.made_by_me(2_001, 1, 2)
