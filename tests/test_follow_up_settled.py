"""Being in touch settles the follow-up: a line logged on or after its day clears it.

A stranger's month: Priya Shah's follow-up was set for 13 January. On the 29th a thank-you
went to her, on the 31st a check-in from People (`m`, ctrl+s). People still said "1 person
· 1 to follow up", with "Last in touch 2027-01-31 today" right above "Follow up
2027-01-13 / 18 days ago", and Today and `bounceback-tui today` kept "Follow up with Priya
Shah (Northwind) (overdue 18 days)". Now any line of the log dated on or after the day of
its person's follow-up, or of its open application's, clears that day in the same
transaction, and the toast names it with the day it had (so one still wanted can be set
again). A line dated before the day, a day still to come and a closed application's day
are left as they were.

Today is Monday 16 March 2026 (tests/conftest.py). Priya's follow-up is on 2 March, Acme's
(applied) on 10 March; Initech said no, with a day left on it from before.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import pytest

from bounceback_tui.domain.due import DueKind
from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.people_log import LoggedInteraction, log_interaction
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.message import MessageScreen
from tests.conftest import FIXED_TODAY
from tests.people_fixtures import seed_people
from tests.screen_text import screen_text
from tests.ui_harness import app_on, fill, keep_toasts, settle
from tests.written_over import another_program_writes

PRIYA = {
    "name": "Priya Shah",
    "kind": "recruiter",
    "company": "Acme",
    "email": "priya@acme.example",
}


def _seed(paths: DataPaths, *, priya: str = "2026-03-02", acme: str = "2026-03-10") -> dict:
    ids = seed_people(
        paths, reached=Stage.APPLIED, acme_stage=Stage.APPLIED, people={"priya": (PRIYA, ("acme",))}
    )
    another_program_writes(paths, "UPDATE contact SET next_follow_up = ?", (priya,))
    # Sent on 1 March: too recent to be asked about as "ghosted?" (21 days) instead.
    another_program_writes(
        paths,
        "UPDATE application SET date_applied = '2026-03-01', next_follow_up = ? WHERE id = ?",
        (acme, ids["acme"]),
    )
    # A day left on Initech from before its no: a closed application follows nothing up.
    another_program_writes(
        paths,
        "UPDATE application SET next_follow_up = '2026-03-01' WHERE id = ?",
        (ids["initech"],),
    )
    return ids


def _days(paths: DataPaths) -> dict[str, str | None]:
    with sqlite3.connect(paths.database) as conn:
        rows = conn.execute(
            "SELECT name, next_follow_up FROM contact UNION ALL "
            "SELECT company, next_follow_up FROM application"
        ).fetchall()
    conn.close()
    return dict(rows)


def _follow_ups_on_today(paths: DataPaths) -> list[str]:
    kinds = (DueKind.FOLLOW_UP, DueKind.PERSON_FOLLOW_UP)
    return [i.title for i in load_today(paths.database, FIXED_TODAY).due if i.kind in kinds]


def _log(paths: DataPaths, ids: dict, on: date, *, application: bool = True) -> LoggedInteraction:
    db = Database(paths.database)
    try:
        logged = log_interaction(
            db,
            InteractionInput(InteractionKind.SENT, on, "Checked in"),
            application_id=ids["acme"] if application else None,
            contact_id=ids["priya"],
        )
    finally:
        db.dispose()
    return logged


def _settled(logged: LoggedInteraction) -> list[tuple[str, date, bool]]:
    return [(s.name, s.day, s.person) for s in logged.settled]


def test_a_line_on_or_after_the_day_settles_the_persons_and_the_applications(
    opened_paths: DataPaths,
) -> None:
    ids = _seed(opened_paths)
    assert _follow_ups_on_today(opened_paths) == [
        "Follow up with Priya Shah (Acme)",
        "Follow up with Acme (Engineer)",
    ]
    logged = _log(opened_paths, ids, FIXED_TODAY)
    assert _days(opened_paths) == {"Priya Shah": None, "Acme": None, "Initech": "2026-03-01"}
    assert _follow_ups_on_today(opened_paths) == []
    assert _settled(logged) == [
        ("Priya Shah", date(2026, 3, 2), True),
        ("Acme (Engineer)", date(2026, 3, 10), False),  # an application by its role too
    ]


def test_a_line_on_the_day_itself_settles_it(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    logged = _log(opened_paths, ids, date(2026, 3, 2), application=False)
    assert _days(opened_paths)["Priya Shah"] is None
    assert _days(opened_paths)["Acme"] == "2026-03-10"  # the line is not about Acme
    assert _settled(logged) == [("Priya Shah", date(2026, 3, 2), True)]


def test_a_line_before_the_day_or_a_day_to_come_is_left(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    _log(opened_paths, ids, date(2026, 3, 1))
    assert _days(opened_paths) == {
        "Priya Shah": "2026-03-02",
        "Acme": "2026-03-10",
        "Initech": "2026-03-01",
    }
    ids = _seed(opened_paths, priya="2026-03-20", acme="2026-03-23")
    assert _settled(_log(opened_paths, ids, FIXED_TODAY)) == []
    assert _days(opened_paths)["Priya Shah"] == "2026-03-20"
    assert _days(opened_paths)["Acme"] == "2026-03-23"


@pytest.fixture
def seeded(opened_paths: DataPaths) -> tuple[DataPaths, dict]:
    return opened_paths, _seed(opened_paths)


async def test_a_check_in_from_people_settles_both_and_says_so(
    seeded: tuple[DataPaths, dict],
) -> None:
    paths, ids = seeded
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(ids["priya"])
        await settle(pilot)
        assert "1 to follow up" in screen_text(app)
        await pilot.press("m")
        await settle(pilot)
        await pilot.press(*"check-in", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, MessageScreen)
        assert said[-1] == (
            "Marked as sent, and logged. That settles your 2 Mar follow-up with Priya Shah "
            "and your 10 Mar one with Acme (Engineer). u takes it away."
        )
        assert "to follow up" not in screen_text(app)
        assert focus_problem(app) is None
    assert _days(paths) == {"Priya Shah": None, "Acme": None, "Initech": "2026-03-01"}


async def log_a_call_to_priya(pilot: Any, pane: Any, ids: dict, said: list[str]) -> None:
    """People's `i` on Priya Shah: a call about no application, saved; the toast says it
    settles her follow-up (tests/test_follow_up_settled_undo.py goes on from here)."""
    assert pane.select_item(ids["priya"])
    await settle(pilot)
    await pilot.press("i")
    await settle(pilot)
    await fill(pilot, kind="called", application="none", note="A quick call")
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert said[-1] == (
        "Logged. That settles your 2 Mar follow-up with Priya Shah. u takes it away."
    )


async def test_a_line_logged_in_people_settles_the_persons_and_says_so(
    seeded: tuple[DataPaths, dict],
) -> None:
    paths, ids = seeded
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await log_a_call_to_priya(pilot, pane, ids, said)
        assert "to follow up" not in screen_text(app)
        assert focus_problem(app) is None
    assert _days(paths) == {"Priya Shah": None, "Acme": "2026-03-10", "Initech": "2026-03-01"}
