"""Today draws plans at a company of 10,000 characters (pasted or imported), alone at it and
two at it, at 80x24 and 60x20.

A plan's line tried its company cut at every width down from its whole length (10,000 cuts of
10,000 characters), and two at one company every width up to it: Today never drew, and a gate
waited on `test_form_long_title.py` until stopped (the lead's merge of this round)."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.recovery_fixtures import add_rejection
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers

LONG = ("Initech " * 1250).strip()  # 10,000 characters


@pytest.mark.parametrize("roles", [("Analyst",), ("Analyst", "Engineer")])
@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_plans_at_a_huge_company_are_drawn(
    opened_paths: DataPaths, roles: tuple[str, ...], size: tuple[int, int]
) -> None:
    db = Database(opened_paths.database)
    try:
        for role in roles:
            add_rejection(db, company=LONG, role=role)
    finally:
        db.dispose()
    async with app_on(opened_paths, "today", size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        shown = screen_text(app)
        # The plan's line names the company, cut, in the due list.
        assert "☐ Initech" in shown, shown
