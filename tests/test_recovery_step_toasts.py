"""Removing a plan step and taking it back name the step, cut once to 60 cells.

A tester's walk: in Recovery, Enter on a plan, `d`, `y` on a step said only "Step removed /
Removed. Press u to undo.", where other panes name what went; and `u` said "The step “Which
of the posting's …" with "asks did…” is back." on the next line: the title was cut twice.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep
from bounceback_tui.ui.kit.focus import focus_problem
from tests.recovery_fixtures import add_rejection, steps_of
from tests.ui_harness import app_on, keep_toasts, settle

# 70 characters: the toasts show the first 59 and "…" (60 cells).
LONG = "Which of the posting's asks did my answers cover, and which [b]ones[/b] not?"
SHOWN = "Which of the posting's asks did my answers cover, and which…"


async def test_removing_a_step_names_it_and_undo_says_it_once(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Acme")
    first = steps_of(db, rid)[0]
    with db.write() as session:
        step = session.get(RecoveryStep, first.id)
        assert step is not None
        step.title = LONG
        session.add(step)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        said = keep_toasts(app)
        await settle(pilot, 4)
        await pilot.press("enter")
        await settle(pilot, 3)
        await pilot.press("d")
        await settle(pilot, 3)
        await pilot.press("y")
        await settle(pilot, 4)
        assert len(steps_of(db, rid)) == 14
        assert said[-1] == f"Removed “{SHOWN}”. Press u to undo.", said
        await pilot.press("u")
        await settle(pilot, 4)
        assert len(steps_of(db, rid)) == 15
        assert said[-1] == f"The step “{SHOWN}” is back.", said
        assert focus_problem(app) is None
