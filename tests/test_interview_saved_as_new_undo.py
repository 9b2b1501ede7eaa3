"""`u` takes away an interview saved as new over one deleted in another window.

Left alone in the twenty-sixth round: an interview's edit form (`N`, then `e`) open while
another window deleted it; the conflict dialog's "Save as new" added it again, but `u` could
not take that add back, as it takes back an interview scheduled with `n`. Now the edit gives
the add's receipt to the pane, the note ends "u takes it away.", and `u` takes it away in
one transaction, on People (the kit's `AddUndo`) and on the Pipeline (its own stack). Today
has no `u` for interviews, and says none.

Seeded (tests/test_people_pane.py): Initech's technical on Fri 13 Mar 14:00 London, Rita in
it; Acme's onsite on Wed 18 Mar 10:00 New York; the clock is Mon 16 Mar 09:30 London.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.interview_undo import remove_interview
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from tests.test_people_pane import seeded  # noqa: F401
from tests.ui_harness import app_on, fill, keep_toasts, settle
from tests.written_over import another_program_writes

Seeded = tuple[DataPaths, dict[str, int]]


def _interviews(paths: DataPaths) -> list[tuple[Any, ...]]:
    """(application, kind) of every interview, and how many people are in each."""
    with sqlite3.connect(paths.database) as conn:
        found = conn.execute(
            "SELECT application_id, kind, "
            "(SELECT count(*) FROM interview_contact c WHERE c.interview_id = v.id) "
            "FROM interview v ORDER BY id"
        ).fetchall()
    conn.close()
    return found


def _delete_elsewhere(paths: DataPaths, application_id: int) -> None:
    """Another window deletes the application's interview."""
    with sqlite3.connect(paths.database) as conn:
        (interview_id,) = conn.execute(
            "SELECT id FROM interview WHERE application_id = ?", (application_id,)
        ).fetchone()
    conn.close()
    db = Database(paths.database)
    try:
        remove_interview(db, interview_id)
    finally:
        db.dispose()


async def _edit_and_save_as_new(pilot: Any, app: Any, paths: DataPaths, application: int) -> None:
    """`N`, `e`, the interview deleted in another window, a new time, ctrl+s, "Save as new"."""
    await pilot.press("N")
    await settle(pilot)
    assert isinstance(app.screen, InterviewChoiceScreen)
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)
    _delete_elsewhere(paths, application)
    await fill(pilot, at="15:00")
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert isinstance(app.screen, ConflictScreen)
    await pilot.press("n")  # save as new
    await settle(pilot, 4)
    assert not isinstance(app.screen, (FormScreen, ConflictScreen))


async def test_people_u_takes_away_an_interview_saved_as_new(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    acme = (ids["acme"], "onsite", 0)
    assert _interviews(paths) == [(ids["initech"], "technical", 1), acme]
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        await _edit_and_save_as_new(pilot, app, paths, ids["initech"])
        assert said[-1] == (
            "Interview saved: Initech (Analyst). Today and the calendar follow. u takes it away."
        ), said
        assert _interviews(paths) == [acme, (ids["initech"], "technical", 1)]
        assert pane.check_action("undo", ()) is True

        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: the Technical interview with Initech (Analyst) is removed."
        ), said
        assert _interviews(paths) == [acme]
        assert pane.selected is not None and pane.selected.id == ids["rita"]
        assert focus_problem(app) is None
        await pilot.press("u")  # taken away once: the delete was another window's
        await settle(pilot, 2)
        assert said[-1] == "Nothing to undo here.", said
    assert _interviews(paths) == [acme]


async def test_the_pipeline_u_takes_away_an_interview_saved_as_new(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    initech = (ids["initech"], "technical", 1)
    async with app_on(paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(ids["acme"])
        await settle(pilot)
        await _edit_and_save_as_new(pilot, app, paths, ids["acme"])
        assert said[-1] == (
            "Interview saved: Acme (Engineer). Today and the calendar follow. u takes it away."
        ), said
        assert _interviews(paths) == [initech, (ids["acme"], "onsite", 0)]

        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == "Taken back: the Onsite interview with Acme (Engineer) is removed.", said
        assert _interviews(paths) == [initech]
        assert focus_problem(app) is None


async def test_an_interview_saved_as_new_changed_since_stays(seeded: Seeded) -> None:  # noqa: F811
    """Moved in another window after it was saved as new: `u` leaves the key bar, and
    pressed, says why, with nothing changed."""
    paths, ids = seeded
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        await _edit_and_save_as_new(pilot, app, paths, ids["initech"])
        another_program_writes(
            paths, "UPDATE interview SET kind = 'final' WHERE application_id = ?", (ids["initech"],)
        )
        assert pane.check_action("undo", ()) is False
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == (
            "The Technical interview with Initech (Analyst) has changed since you scheduled it, "
            "so it stays. Press N, then d, to delete it."
        ), said
        assert (ids["initech"], "final", 1) in _interviews(paths)
        assert focus_problem(app) is None
