"""An application is named in full where its text has the room, cut at a word where not.

A stranger's round (demo store, the frozen clock, 120x40): "Oakleaf Insurance (Site
Reliability Engineer)" was cut to "Oakleaf Insurance (Site Reliability Engine…)" everywhere a
sentence named it, each part at 24 cells, in lines with room to spare and in text that wraps
(Today's next step, the "How did it go?" line and dialog, the command line's `today`); at
80x24 Today's interview strip read "Final: Cinder… (Engineer…)" for an Engineering Manager,
a cut that reads as another job. The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.text import app_name
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import D, put
from tests.recovery_fixtures import add_rejection
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle, settle_workers

OAKLEAF = "Oakleaf Insurance (Site Reliability Engineer)"


def _interview(db: Database, company: str, role: str, kind: str, day: str, **more: str) -> None:
    app_id = put(db, company, [("interviewing", D(2026, 3, 2))], role=role)
    interviews.add_interview(
        db,
        app_id,
        validate_interview(
            {"kind": kind, "day": day, "at": "14:30", "zone": "Europe/London"} | more, FIXED_TODAY
        ),
    )


async def test_todays_next_step_names_a_fresh_no_in_full_at_120x40(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Oakleaf Insurance", "Site Reliability Engineer", date(2026, 3, 15))
    async with app_on(opened_paths, "today", size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        shown = screen_text(app)
    assert f"Next step: Start your recovery plan for {OAKLEAF}" in shown
    assert f"{OAKLEAF} said no yesterday" in " ".join(shown.split())


def test_the_today_command_names_the_application_in_full(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.cli import main

    add_rejection(db, "Oakleaf Insurance", "Site Reliability Engineer", date(2026, 3, 15))
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert f"Next step: Start your recovery plan for {OAKLEAF}" in out


async def test_how_did_it_go_names_the_application_in_full_at_120x40(
    opened_paths: DataPaths, db: Database
) -> None:
    _interview(db, "Oakleaf Insurance", "Site Reliability Engineer", "phone_screen", "2026-03-13")
    async with app_on(opened_paths, "today", size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        shown = screen_text(app)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        title = str(app.screen.form_title)
    assert f"How did it go? Phone screen at {OAKLEAF}" in shown
    assert title == f"How did it go at {OAKLEAF}?"


async def test_the_interview_strip_cuts_a_role_at_a_word_at_80x24(
    opened_paths: DataPaths, db: Database
) -> None:
    _interview(
        db,
        "Cinder Audio",
        "Engineering Manager",
        "final",
        "2026-03-17",
        zone="America/Argentina/Buenos_Aires",
        at="10:30",
        prep_notes="Re-read the posting and the notes from the last round",
    )
    _interview(db, "Larkspur AI", "Platform Engineer", "onsite", "2026-03-17")
    add_rejection(db, "Oakleaf Insurance", "Site Reliability Engineer", date(2026, 3, 15))
    async with app_on(opened_paths, "today", size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        shown = screen_text(app)
    print(shown)
    final = next(line for line in shown.splitlines() if "Final: " in line)
    assert "(Engineering" in final, final
    assert "(Engineer…)" not in final


def test_a_sentence_cuts_only_a_name_pasted_long_and_at_a_word() -> None:
    named = app_name("Oakleaf " * 1000, "Site Reliability Engineer " * 1000)
    assert len(named) <= 56
    assert named.startswith("Oakleaf Oakleaf")
    assert named.endswith("Reliability…)") or named.endswith("Engineer…)")
    assert "Oakle…" not in named and "Engine…" not in named
