"""An application whose day another program wrote over is still booked, moved and written to.

A tester's walk: `sqlite3 store "update application set date_applied='[b]x[/]'"`, then in
the Pipeline `I` (an interview for it), `]` (move it on), and its follow-up message: each
ended in "Something went wrong (ValueError: Invalid isoformat string …)", as the
application was read through its days. Its days now read as no day there, and what is
written leaves the stored text alone: only what the person changed is written.

The clock is Mon 16 Mar 2026 09:30 London (tests/conftest.py).
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.messages import MessageKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.messages import draft_for
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, fill, keep_toasts, settle
from tests.written_over import another_program_writes

WRITTEN = "[b]x[/]"


def _acme_written_over(paths: DataPaths) -> int:
    db = Database(paths.database)
    try:
        acme = add_application(
            db, ApplicationInput(company="Acme", role="Engineer", stage=Stage.SCREENING)
        )
    finally:
        db.dispose()
    assert acme.id is not None
    another_program_writes(
        paths,
        "UPDATE application SET date_applied = ?, updated_at = ?, posted_on = ? WHERE id = ?",
        (WRITTEN, WRITTEN, WRITTEN, acme.id),
    )
    return acme.id


def _stored(paths: DataPaths, app_id: int) -> tuple[str, str, str, int]:
    """(stage, date applied, the posting's date, interviews) as stored."""
    with sqlite3.connect(paths.database) as conn:
        found = conn.execute(
            "SELECT stage, date_applied, posted_on, (SELECT count(*) FROM interview) "
            "FROM application WHERE id = ?",
            (app_id,),
        ).fetchone()
    conn.close()
    return found


async def test_an_application_with_an_unreadable_day_is_booked_moved_and_written_to(
    opened_paths: DataPaths,
) -> None:
    app_id = _acme_written_over(opened_paths)
    db = Database(opened_paths.database)
    try:  # its follow-up message, as People's `m` opens it
        written = draft_for(db, MessageKind.FOLLOW_UP, app_id)
    finally:
        db.dispose()
    assert "Acme" in written.draft.body
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(app_id)
        await settle(pilot)
        await pilot.press("I")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, kind="technical", day="2026-03-18", at="15:00")
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        assert not isinstance(app.screen, FormScreen), said
        assert not any("went wrong" in line for line in said), said
        assert focus_problem(app) is None
        # Booked, and the application's days as the other program wrote them.
        assert _stored(opened_paths, app_id) == ("screening", WRITTEN, WRITTEN, 1)

        await pilot.press("right_square_bracket")
        await settle(pilot, 4)
        assert not any("went wrong" in line for line in said), said
        assert focus_problem(app) is None
    # Moved on: dated that day, as one with no day applied is; the posting's day untouched.
    assert _stored(opened_paths, app_id) == ("interviewing", "2026-03-16", WRITTEN, 1)
