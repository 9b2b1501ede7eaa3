"""People's details say a follow-up past its day as Today does: "5 days late".

A tester's walk: Today listed "Follow up with Aiko Sato … 5 days late" while People's details
for her said "Follow up 2026-03-11 5 days ago" for the same follow-up. Both say it through one
helper now (``domain/due_said.follow_up_said``); a day still ahead reads as before.
"""

from __future__ import annotations

from datetime import timedelta

from bounceback_tui.domain.people import ContactInput, ContactKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.people_edits import add_contact
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def _line(app: object, words: str) -> str:
    lines = screen_lines(app)  # type: ignore[arg-type]
    found = [line for line in lines if words in line]
    assert found, "\n".join(lines)
    return found[0]


async def test_a_late_follow_up_reads_alike_on_today_and_in_people(
    opened_paths: DataPaths, db: Database
) -> None:
    day = FIXED_TODAY - timedelta(days=5)
    add_contact(
        db,
        ContactInput("Aiko Sato", ContactKind.RECRUITER, company="Mirai Cloud", next_follow_up=day),
    )
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _):
        await settle_workers(pilot)
        assert "5 days late" in _line(app, "Aiko Sato")
        await pilot.press("6")
        await settle_workers(pilot)
        follow_up = _line(app, "Follow up ")
        assert f"{day.isoformat()} 5 days late" in follow_up
        assert "ago" not in follow_up


async def test_a_follow_up_ahead_still_says_when(opened_paths: DataPaths, db: Database) -> None:
    day = FIXED_TODAY + timedelta(days=4)
    add_contact(db, ContactInput("Ben Ode", ContactKind.PEER, next_follow_up=day))
    async with app_on(opened_paths, "people", size=(120, 40)) as (app, pilot, _):
        await settle_workers(pilot)
        assert f"{day.isoformat()} in 4 days" in _line(app, "Follow up ")
