"""Back after a gap: Today welcomes the person and says what waited gently, once.

A stranger's month: back after three weeks away, Today read "Due now · 19" over eleven lines
of "overdue 5–21 days" in the warning colour, Tailspin twice (its follow-up and "ghosted?"),
and the next step "Ask Contoso for feedback — The suggested day passed 21 days ago"; the
gentler words came only after a low check-in. Now a week (7 days) or more without an action (the
store's activity days), and none yet today, is a return (``domain/care.is_back_after_gap``):
the next step is "Welcome back" (`n` opens the check-in) and the list says what is late as
on a hard day (``domain/due_said.as_said``), in the pane and in `bounceback-tui today` alike. The
first action of the day ends it. And an application is listed once, gap or not: Tailspin,
quiet for weeks with its follow-up set and late, is listed for its follow-up (a follow-up
the person set is theirs until they act on it), not asked about as "ghosted?" too.

Today is Monday 16 March 2026 (tests/conftest.py); the last action was on 23 February, 21
days ago. Northwind's follow-up was on 4 March (12 days ago); Tailspin, still in Applied,
was sent on 20 January (more than the 21 days "ghosted?" waits) with a follow-up on 1 March.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta

import pytest

from bounceback_tui.domain.due import DueKind, feedback_item
from bounceback_tui.domain.next_step import StepFacts, choose_next_step
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.test_people_pane import seeded  # noqa: F401  (an interview at Initech, just past)
from tests.ui_harness import app_on, fill, settle, settle_workers
from tests.written_over import another_program_writes

WELCOME = (
    "It has been 21 days. A check-in (c) is a gentle start; what waited is below, and there "
    "is no rush."
)
# In a shell "(c)" means nothing: the `today` command says what to do instead.
WELCOME_IN_A_SHELL = (
    "It has been 21 days. What waited is below, and there is no rush. Opening the app and "
    "checking in is a gentle start."
)
NORTHWIND = "Follow up with Northwind (Engineer)"
TAILSPIN_GHOSTED = "No word from Tailspin (Engineer): ghosted?"
TAILSPIN_FOLLOW_UP = "Follow up with Tailspin (Engineer)"


def test_back_after_a_gap_is_a_week_without_an_action() -> None:
    from bounceback_tui.domain.care import days_away, is_back_after_gap, is_hard_day

    today = FIXED_TODAY
    assert days_away(None, today) == 0  # a store with no action yet is no return
    assert days_away(today, today) == 0  # something done today: the gap is over
    assert days_away(today - timedelta(days=6), today) == 6
    assert days_away(date(2026, 2, 23), today) == 21
    assert not is_back_after_gap(6)
    assert is_back_after_gap(7)
    # The hard day's notion takes it in: what is late is said gently on it.
    assert not is_hard_day(4, False, 6)
    assert is_hard_day(4, False, 7)
    assert is_hard_day(None, False, 21)


def test_the_next_step_welcomes_the_person_back() -> None:
    # The feedback request that was the next step before: "The suggested day passed..."
    late = feedback_item(7, 3, "Contoso", FIXED_TODAY - timedelta(days=24), 3, FIXED_TODAY)
    facts = StepFacts(today=FIXED_TODAY, has_data=True, flagged_feedback=late)
    assert choose_next_step(facts).title == "Ask Contoso for feedback"
    step = choose_next_step(facts._replace(days_away=21, hard_day=True))
    assert (step.title, step.reason, step.pane) == ("Welcome back", WELCOME, "today")
    step = choose_next_step(facts._replace(days_away=400, hard_day=True))
    assert step.reason.startswith("It has been over a year. A check-in (c) is a gentle start")


def _store(paths: DataPaths, *, active: tuple[str, ...] = ("2026-02-23", "2026-02-20")) -> None:
    with sqlite3.connect(paths.database) as conn:
        for company, stage, applied, follow_up in (
            ("Northwind", "screening", "2026-02-01", "2026-03-04"),
            ("Tailspin", "applied", "2026-01-20", "2026-03-01"),
        ):
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES (?, 'Engineer', ?, ?, ?, ?, ?)",
                (company, stage, applied, follow_up, f"{applied} 09:00:00", f"{applied} 09:00:00"),
            )
        for day in active:
            conn.execute("INSERT INTO activity_day (day, actions) VALUES (?, 3)", (day,))
    conn.close()


def _titles(paths: DataPaths) -> list[tuple[str, bool]]:
    summary = load_today(paths.database, FIXED_TODAY)
    return [(item.title, item.flagged) for item in summary.due]


def test_today_after_three_weeks_away_says_what_waited_gently(opened_paths: DataPaths) -> None:
    _store(opened_paths)
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert (summary.next_step.title, summary.next_step.reason) == ("Welcome back", WELCOME)
    assert summary.hard_day
    assert _titles(opened_paths) == [(TAILSPIN_FOLLOW_UP, True), (NORTHWIND, True)]  # once
    assert summary.due_total == 2
    assert summary.days_away == 21


def test_the_gap_ends_once_the_person_acts_today(opened_paths: DataPaths) -> None:
    _store(opened_paths, active=("2026-02-23", FIXED_TODAY.isoformat()))
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert not summary.hard_day
    assert summary.next_step.title != "Welcome back"
    assert (NORTHWIND, True) in _titles(opened_paths)  # flagged again: an ordinary day
    assert summary.days_away == 0


def test_six_days_away_is_an_ordinary_day(opened_paths: DataPaths) -> None:
    _store(opened_paths, active=("2026-03-10",))
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert not summary.hard_day
    assert summary.next_step.title != "Welcome back"
    assert summary.days_away == 6


def test_the_today_command_says_it_as_the_pane_does(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.cli import main

    _store(opened_paths)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Next step: Welcome back" in out
    assert f"  {WELCOME_IN_A_SHELL}" in out
    assert "(c)" not in out
    assert f"  - {NORTHWIND} (late)" in out  # late, never how late, as on the pane
    assert f"  - {TAILSPIN_FOLLOW_UP} (late)" in out
    assert "ghosted?" not in out
    assert "overdue" not in out
    assert "  ! " not in out


def test_the_today_command_json_gives_the_reason_its_text_gives(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    # `today --json` said "A check-in (c) is a gentle start", an app's key in a shell,
    # where the text says what to do instead (a tester's month).
    import json

    from bounceback_tui.cli import main

    _store(opened_paths)
    assert main(["today", "--json", "--data-dir", str(opened_paths.data_dir)]) == 0
    step = json.loads(capsys.readouterr().out)["next_step"]
    assert step == {"title": "Welcome back", "reason": WELCOME_IN_A_SHELL}


async def test_the_first_screen_back_welcomes_and_a_check_in_ends_it(
    opened_paths: DataPaths,
) -> None:
    _store(opened_paths)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        text = screen_text(app)
        assert "Next step: Welcome back" in text
        assert "It has been 21 days. A check-in (c) is a gentle start" in text
        # Late at the line's end, never how late (a return is a hard day).
        assert re.search(r"✉ Northwind[^\n]* {2,}late\b", text), text
        assert "days late" not in text
        assert "overdue" not in text
        await pilot.press("n")  # the welcome's step: the check-in
        await settle(pilot)
        assert app.screen.query_one("#field-mood") is not None
        await fill(pilot, mood="4")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        text = screen_text(app)
        assert "Welcome back" not in text
        assert "Northwind" in text and "12 days late" in text
        assert focus_problem(app) is None


def test_a_quiet_application_is_listed_once(opened_paths: DataPaths) -> None:
    _store(opened_paths, active=(FIXED_TODAY.isoformat(),))  # an ordinary day
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert [(i.title, i.kind) for i in summary.due] == [
        (TAILSPIN_FOLLOW_UP, DueKind.FOLLOW_UP),
        (NORTHWIND, DueKind.FOLLOW_UP),
    ]
    assert summary.due_total == 2
    assert [k for k, n in summary.due_unlisted if n] == []
    # Its follow-up let go (no day set): it is asked about as "ghosted?", once.
    another_program_writes(
        opened_paths, "UPDATE application SET next_follow_up = NULL WHERE company = 'Tailspin'"
    )
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert [(i.title, i.kind) for i in summary.due] == [
        (NORTHWIND, DueKind.FOLLOW_UP),
        (TAILSPIN_GHOSTED, DueKind.GHOSTED),
    ]


async def test_the_welcome_keeps_its_key_at_80x24_beside_a_how_did_it_go_line(
    seeded: tuple[DataPaths, dict],  # noqa: F811
) -> None:
    # With an interview just past, "How did it go?" took the welcome's second row, and its
    # one row at 80 columns ended "A check-i…": the key it offered was cut away.
    paths, _ids = seeded
    with sqlite3.connect(paths.database) as conn:
        conn.execute("DELETE FROM activity_day")
        conn.execute("INSERT INTO activity_day (day, actions) VALUES ('2026-02-23', 3)")
    conn.close()
    async with app_on(paths, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        text = screen_text(app)
        assert "Next step: Welcome back" in text and "How did it go" in text
        # The key is on the reason's first row: a board with one row for it keeps it too.
        lines = text.splitlines()
        first = next(i for i, line in enumerate(lines) if "Next step: Welcome back" in line)
        assert "A check-in (c) is a gentle start" in lines[first + 1], text
        assert focus_problem(app) is None
