"""A refusal written in services/ names the keys as the person's keymap has them.

"Press d to delete it." after `u` on an application changed since it was added, "Press I,
then d, …" for a line of People's log, Recovery's "Move it out of Rejected there first ([ or
]), or press u there": each spelled out the usual key, and a person who moved the delete (or
the stage keys, or undo) in settings.toml read a key that did nothing. services/ and domain/
cannot ask the keymap; the UI now hands them the keys as bound (tests/key_hint_guard.py
keeps them from being written by hand again).
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.people import ContactInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import BouncebackError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.people_edits import add_contact_undoable
from bounceback_tui.services.take_back import can_take_back
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import put
from tests.test_keymap import _keymapped
from tests.ui_harness import fill, settle, settle_workers
from tests.written_over import another_program_writes

MOVED = (
    "[keymap]\n"
    '"pipeline.delete" = "f6"\n'
    '"pipeline.stage_back" = "f7"\n'
    '"pipeline.stage_next" = "f8"\n'
    '"pipeline.undo" = "f9"\n'
    '"people.delete" = "f10"\n'
)


async def test_undo_of_an_add_changed_since_names_the_delete_as_bound(
    opened_paths: DataPaths,
) -> None:
    async with _keymapped(opened_paths, MOVED) as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("a")
        await settle(pilot, 3)
        await fill(pilot, company="Initech", role="Engineer")
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        # another window changes it
        another_program_writes(
            opened_paths, "UPDATE application SET notes = 'Called', version = version + 1"
        )
        await pilot.press("f9")
        await settle_workers(pilot)
        said = [m for m in app.messages if "has changed since you added it" in m]
        assert said, app.messages
        assert said[-1].endswith("so it stays. Press f6 to delete it."), said
        assert focus_problem(app) is None


async def test_recovery_names_the_pipelines_keys_as_bound(
    opened_paths: DataPaths, db: Database
) -> None:
    app_id = put(db, "Initech", [("applied", date(2026, 3, 2))], date_applied=date(2026, 3, 2))
    moves.mark_rejected(db, app_id, RejectionInput(date(2026, 3, 14), Stage.APPLIED))
    async with _keymapped(opened_paths, MOVED) as (app, pilot):
        await pilot.press("3")
        await settle_workers(pilot)
        await pilot.press("d")
        await settle_workers(pilot)
        said = [m for m in app.messages if "still marked rejected" in m]
        assert said, app.messages
        assert said[-1].endswith(
            "Move it out of Rejected there first (f7 or f8), or press f9 there straight after "
            "marking it."
        ), said
        assert focus_problem(app) is None


async def test_take_back_names_the_panes_delete_as_bound(
    opened_paths: DataPaths, db: Database
) -> None:
    added = add_contact_undoable(db, ContactInput("Rita Lopez"))
    # changed since, in another window
    another_program_writes(
        opened_paths, "UPDATE contact SET notes = 'Met at the meetup', version = version + 1"
    )
    async with _keymapped(opened_paths, MOVED) as (app, _pilot):
        try:
            can_take_back(db, added, app.key_label)
        except BouncebackError as refused:
            said = str(refused)
        else:
            raise AssertionError("taken back although changed since")
    assert said == (
        "Rita Lopez has changed since you added them, so they stay. Press f10 to delete them."
    )
