"""People, Recovery and Skills read again after an action (a refused one too) as every pane
does: damage met, or a table or column of the app's dropped, goes to the app's choices
(restore a backup, start fresh), as on the Pipeline.

They called their own ``reload()`` there, which said it inside the pane ("Could not read the
store" in a toast, the window carrying on over a damaged store), while the Pipeline, Today
and Reframe, re-read through ``reread()``, ended on the choices. Now all re-read through
``reread()``, and the base ``Pane.reload`` raises on what it is given to (kit/read_failed.py).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bounceback_tui.errors import ConflictError, StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.read_failure import read_failure
from bounceback_tui.ui.app import STORE_DAMAGED
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from tests.transfer_fixtures import fill_every_table
from tests.ui_harness import Running, app_on, settle_workers

REFUSED = ConflictError("This was deleted in another window.")


def _raising(error: Exception) -> Any:
    def read(*args: object, **kwargs: object) -> object:
        raise error

    return read


def _damage(paths: DataPaths) -> StoreError:
    """What a read says when it meets damage inside the store, as the store's reads say it."""
    return read_failure(
        sqlite3.DatabaseError("database disk image is malformed"),
        paths.database,
        "bounceback-tui repair",
    )


async def _until_closed(run: Running, act: Callable[[], Awaitable[object]]) -> None:
    """``act`` (keys pressed), beside the wait for the app to end: the app closes itself, and
    a press would wait for it."""
    acting = asyncio.create_task(act())
    for _ in range(400):
        if run.app.return_value is not None:
            break
        await asyncio.sleep(0.05)
    acting.cancel()


async def _refused_delete(run: Running) -> None:
    await run.pilot.press("d")
    await settle_workers(run.pilot)
    assert isinstance(run.app.screen, ConfirmScreen)
    await run.pilot.press("y")
    await settle_workers(run.pilot)


async def _refused_edit(run: Running) -> None:
    await run.pilot.press("e")
    await settle_workers(run.pilot)


async def _refused_move(run: Running) -> None:
    await run.pilot.press("space")
    await settle_workers(run.pilot)


# The pane, its action refused ("deleted in another window") and the read after it.
CASES = {
    "people": (
        "bounceback_tui.services.people_edits.delete_contact",
        _refused_delete,
        "bounceback_tui.services.people.list_contacts",
    ),
    "recovery": (
        "bounceback_tui.services.recovery.get_rejection",  # gone: "Not found"
        _refused_edit,
        "bounceback_tui.services.recovery_plans.plan_rows",
    ),
    "skills": (
        "bounceback_tui.services.skill_moves.step_status",
        _refused_move,
        "bounceback_tui.services.skills.list_skills",
    ),
}


@pytest.mark.parametrize("pane", list(CASES))
async def test_damage_met_after_a_refused_action_goes_to_the_choices(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, pane: str
) -> None:
    refused, act, read = CASES[pane]
    fill_every_table(opened_paths)
    async with app_on(opened_paths, pane) as run:
        await settle_workers(run.pilot)
        gone = pane == "recovery"
        monkeypatch.setattr(refused, (lambda *_, **__: None) if gone else _raising(REFUSED))
        monkeypatch.setattr(read, _raising(_damage(opened_paths)))
        await _until_closed(run, lambda: act(run))
    assert run.app.crash is None
    assert run.app.return_value == STORE_DAMAGED
    assert run.app.store_problem is not None and "is damaged inside" in str(run.app.store_problem)


@pytest.mark.parametrize("pane", list(CASES))
async def test_a_column_dropped_met_after_a_refused_action_goes_to_the_choices(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, pane: str
) -> None:
    """As the Pipeline's `]` does (tests/test_column_dropped_while_open.py): the launch's
    store-problem screen, not a toast over a pane that can no longer be read."""
    from bounceback_tui.errors import StoreLayoutError

    refused, act, _read = CASES[pane]
    fill_every_table(opened_paths)
    table, column = {
        "people": ("contact", "phone"),
        "recovery": ("rejection", "role"),
        "skills": ("skill", "notes"),
    }[pane]
    async with app_on(opened_paths, pane) as run:
        await settle_workers(run.pilot)
        gone = pane == "recovery"
        monkeypatch.setattr(refused, (lambda *_, **__: None) if gone else _raising(REFUSED))
        conn = sqlite3.connect(opened_paths.database)
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")  # another program
        conn.commit()
        conn.close()
        await _until_closed(run, lambda: act(run))
    assert run.app.crash is None and not run.app.return_code
    assert isinstance(run.app.store_lacks, StoreLayoutError)
    assert f"its table {table} lacks the column {column}" in str(run.app.store_lacks)
