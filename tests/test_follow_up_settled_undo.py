"""`u` after a line that settled a follow-up puts the follow-up back with the line.

A line logged in People (`i`) on or after a follow-up's day settles it: the day is cleared,
and the toast says "That settles your 2 Mar follow-up with Priya Shah. u takes it
away.". `u` took the line away but left the follow-up cleared, so a line logged by mistake
cost the person their reminder for good. Now the line's receipt keeps each follow-up it
cleared (``Added.cleared``), and `u` puts its day back in the same transaction, while the
follow-up is still empty; one set again since keeps its new day, and the note says so.

Seeded as tests/test_follow_up_settled.py: today is Mon 16 Mar 2026; Priya Shah's
follow-up is on 2 March, Acme's (applied, Priya linked to it) on 10 March.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.people_log import log_interaction
from bounceback_tui.services.take_back import TakenBack, take_back
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.helpers import usual_keys
from tests.screen_text import screen_text
from tests.test_follow_up_settled import _days, log_a_call_to_priya, seeded  # noqa: F401
from tests.ui_harness import app_on, keep_toasts, settle
from tests.written_over import another_program_writes

THING = "your follow-up with {name}"


def _interactions(paths: DataPaths) -> int:
    with sqlite3.connect(paths.database) as conn:
        (count,) = conn.execute("SELECT count(*) FROM interaction").fetchone()
    conn.close()
    return int(count)


async def test_u_takes_the_line_away_and_the_follow_up_is_back(
    seeded: tuple[DataPaths, dict],  # noqa: F811
) -> None:
    paths, ids = seeded
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await log_a_call_to_priya(pilot, pane, ids, said)
        assert _days(paths)["Priya Shah"] is None
        assert _interactions(paths) == 1

        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: the log line of 16 Mar (Called) is removed. "
            "Your follow-up with Priya Shah is back on 2 Mar."
        ), said
        assert _interactions(paths) == 0
        assert _days(paths) == {
            "Priya Shah": "2026-03-02",
            "Acme": "2026-03-10",
            "Initech": "2026-03-01",
        }
        assert "1 to follow up" in screen_text(app)
        assert pane.selected is not None and pane.selected.id == ids["priya"]
        assert focus_problem(app) is None


def test_a_follow_up_set_again_since_keeps_its_new_day(
    seeded: tuple[DataPaths, dict],  # noqa: F811
) -> None:
    """The line settled Priya's and Acme's; Priya's was set to 20 March since (another
    window): `u` takes the line away, puts Acme's back, and leaves Priya's new day."""
    paths, ids = seeded
    db = Database(paths.database)
    try:
        logged = log_interaction(
            db,
            InteractionInput(InteractionKind.SENT, date(2026, 3, 16), "Checked in"),
            application_id=ids["acme"],
            contact_id=ids["priya"],
        )
        assert logged.added is not None
        another_program_writes(paths, "UPDATE contact SET next_follow_up = '2026-03-20'")
        done = take_back(db, logged.added, usual_keys)
    finally:
        db.dispose()
    assert _interactions(paths) == 0
    assert _days(paths) == {
        "Priya Shah": "2026-03-20",
        "Acme": "2026-03-10",
        "Initech": "2026-03-01",
    }
    # What the receipt and the note name (both came with the fix, so imported here: before
    # it, the test fails on the days above).
    from bounceback_tui.services.added import Cleared
    from bounceback_tui.ui.kit.undo import put_back_note

    assert done == TakenBack(
        put_back=(
            Cleared(
                "application",
                ids["acme"],
                "next_follow_up",
                date(2026, 3, 10),
                THING,
                "Acme (Engineer)",
            ),
        ),
        set_since=(
            Cleared(
                "contact", ids["priya"], "next_follow_up", date(2026, 3, 20), THING, "Priya Shah"
            ),
        ),
    )
    assert str(put_back_note(done)) == (
        " Your follow-up with Acme (Engineer) is back on 10 Mar."
        " Your follow-up with Priya Shah stays on 20 Mar, the day you set since."
    )
