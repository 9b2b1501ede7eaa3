"""An interview deleted from Today (`N`, `d`, `y`) comes back with `u` on Today, as every other
delete does; and People's `u` on the same interview (scheduled there just before) says this
window deleted it on Today, never "another window" (a new user's walk: Today said "Nothing to
undo here", People blamed another window for this window's own delete).

Seeded (tests/test_people_pane.py): Acme's onsite on Wed 18 Mar 10:00 New York, Initech's
technical on Fri 13 Mar (asked "how did it go" on Today); Rita linked to Initech; the clock is
Mon 16 Mar 09:30 London.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from tests.test_people_pane import seeded  # noqa: F401
from tests.ui_harness import app_on, keep_toasts, settle, settle_workers
from tests.undo_panes import schedule_on_people

Seeded = tuple[DataPaths, dict[str, int]]


def _interview_ids(paths: DataPaths) -> list[int]:
    with sqlite3.connect(paths.database) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM interview ORDER BY id")]


async def _delete_on_today(pilot: object, app: object, typed: str) -> None:
    """On Today: `N`, the one whose line holds ``typed``, `d`, `y`."""
    await pilot.press("N")  # type: ignore[attr-defined]
    await settle(pilot)
    await pilot.press(*typed, "enter")  # type: ignore[attr-defined]
    await settle(pilot)
    assert isinstance(app.screen, InterviewChoiceScreen)  # type: ignore[attr-defined]
    await pilot.press("d")  # type: ignore[attr-defined]
    await settle(pilot)
    assert isinstance(app.screen, ConfirmScreen)  # type: ignore[attr-defined]
    await pilot.press("y")  # type: ignore[attr-defined]
    await settle_workers(pilot)


async def test_u_on_today_brings_back_the_interview_deleted_there(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, _ids = seeded
    before = _interview_ids(paths)
    async with app_on(paths, "today", size=(120, 40)) as (app, pilot, _pane):
        said = keep_toasts(app)
        await settle_workers(pilot)
        await _delete_on_today(pilot, app, "acme")
        assert len(_interview_ids(paths)) == len(before) - 1
        assert "Deleted the Onsite interview with Acme (Engineer)" in said[-1], said
        assert "u to undo" in said[-1], said  # the key it offers is Today's own
        await pilot.press("u")
        await settle_workers(pilot)
        assert _interview_ids(paths) == before
        assert said[-1] == "The Onsite interview with Acme (Engineer) is back.", said
        assert focus_problem(app) is None


async def test_people_u_names_this_windows_delete_on_today(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    db = Database(paths.database)
    try:
        people_edits.link_application(db, ids["rita"], ids["acme"])
    finally:
        db.dispose()
    before = _interview_ids(paths)
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await schedule_on_people(pilot, pane, ids["rita"], ids["acme"])
        assert len(_interview_ids(paths)) == len(before) + 1
        await pilot.press("1")
        await settle_workers(pilot)
        await _delete_on_today(pilot, app, "phone")
        assert _interview_ids(paths) == before
        await pilot.press("6")
        await settle_workers(pilot)
        await pilot.press("u")
        await settle_workers(pilot)
        assert "another window" not in said[-1], said
        assert said[-1] == (
            "The Phone screen interview with Acme (Engineer) is no longer there: you deleted "
            "it on Today, where u brings it back."
        ), said
        # Today's `u` brings it back, as the note says.
        await pilot.press("1")
        await settle_workers(pilot)
        await pilot.press("u")
        await settle_workers(pilot)
        assert said[-1] == "The Phone screen interview with Acme (Engineer) is back.", said
        assert len(_interview_ids(paths)) == len(before) + 1
        assert focus_problem(app) is None


async def test_a_busy_store_keeps_the_deleted_interview_for_the_next_u(
    seeded: Seeded,  # noqa: F811
    monkeypatch: object,
) -> None:
    # The receipt was let go before the interview was written back: a store busy at that
    # moment lost the only copy of what was deleted (the round's code review).
    import pytest

    from bounceback_tui.errors import StoreError
    from bounceback_tui.services import interview_undo

    paths, _ids = seeded
    before = _interview_ids(paths)
    bring_back = interview_undo.bring_back_interview
    calls: list[int] = []

    def busy_once(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise StoreError("The store is busy; nothing was changed. Try again in a moment.")
        return bring_back(*args, **kwargs)  # type: ignore[arg-type]

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(interview_undo, "bring_back_interview", busy_once)
    async with app_on(paths, "today", size=(120, 40)) as (app, pilot, _pane):
        said = keep_toasts(app)
        await settle_workers(pilot)
        await _delete_on_today(pilot, app, "acme")
        await pilot.press("u")  # the store busy
        await settle_workers(pilot)
        assert "busy" in said[-1], said
        assert len(_interview_ids(paths)) == len(before) - 1
        await pilot.press("u")  # again, the store free: it comes back
        await settle_workers(pilot)
        assert _interview_ids(paths) == before, said
        assert said[-1] == "The Onsite interview with Acme (Engineer) is back.", said


async def test_a_replaced_store_forgets_this_windows_deletes(
    seeded: Seeded,  # noqa: F811
) -> None:
    # Row ids of the old store said "you deleted it on Today" of another record in a store
    # restored or replaced since (the round's code review).
    from bounceback_tui.ui.kit import deleted_here
    from bounceback_tui.ui.kit.undo import drop_undo_everywhere

    paths, _ids = seeded
    async with app_on(paths, "today", size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await _delete_on_today(pilot, app, "acme")
        assert deleted_here._DELETED.get(app)  # noted as this window's delete
        drop_undo_everywhere(app)  # what a store replaced under the window does
        await settle(pilot)
        assert not deleted_here._DELETED.get(app)
