"""Back after days away, old follow-ups are grouped by the day the person was last here.

They were grouped "from a while back" by a fixed 30 days, gap or not: after 21 days away a
follow-up left late three days before the break was listed one by one beside the ones that
came due during it, and after 55 days away one that came due in the first week away was in
"from a while back" with those from before. On a return (``domain/care.is_back_after_gap``:
the last day here before today a week back or more) the day last here divides them
(``domain/due.long_past_groups``): what came due while away is listed, as ever within the
last 30 days, and as a group of its own before that; what was due on or before the last day
here is another group. Each group's line opens a review of that group alone.

Today is Monday 16 March 2026 (tests/conftest.py). Every application is in Screening or on,
so none is asked about as "ghosted?".
"""

from __future__ import annotations

import sqlite3
from datetime import date

from bounceback_tui.domain.due import BEFORE_AWAY, WHILE_AWAY, WHILE_BACK, DueKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.long_past import long_past_follow_ups
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.ui_harness import app_on, settle_workers

ACME = ("Acme", "offer", "2026-01-10")  # 65 days past
INITECH = ("Initech", "interviewing", "2026-02-05")  # 39 days past
GLOBEX = ("Globex", "screening", "2026-02-20")  # 24 days past
NORTHWIND = ("Northwind", "screening", "2026-03-04")  # 12 days past


def _store(paths: DataPaths, last_here: str, *follow_ups: tuple[str, str, str]) -> None:
    with sqlite3.connect(paths.database) as conn:
        for company, stage, day in follow_ups:
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES (?, 'Engineer', ?, '2025-12-01', ?, "
                "'2025-12-01 09:00:00', '2025-12-01 09:00:00')",
                (company, stage, day),
            )
        conn.execute("INSERT INTO activity_day (day, actions) VALUES (?, 3)", (last_here,))
    conn.close()


def _follow_up_lines(paths: DataPaths) -> list[str]:
    summary = load_today(paths.database, FIXED_TODAY)
    return [item.title for item in summary.due if item.kind.label.startswith("Follow")]


def test_after_three_weeks_away_what_was_late_before_is_a_group(opened_paths: DataPaths) -> None:
    # Last here on 23 February. Globex's day (20 February) had passed then already: it was
    # listed one by one, "due 24 days ago", beside Northwind's, which came due while away.
    _store(opened_paths, "2026-02-23", ACME, GLOBEX, NORTHWIND)
    assert _follow_up_lines(opened_paths) == [
        "Follow up with Northwind (Engineer)",
        "2 follow-ups due before you were away: let them go or move them on",
    ]
    db = Database(opened_paths.database)
    try:
        found = long_past_follow_ups(db, FIXED_TODAY, BEFORE_AWAY)
        assert [(f.name, f.day) for f in found] == [
            ("Acme", date(2026, 1, 10)),
            ("Globex", date(2026, 2, 20)),
        ]
        assert long_past_follow_ups(db, FIXED_TODAY, WHILE_AWAY) == []  # none over 30 days
        assert long_past_follow_ups(db, FIXED_TODAY, WHILE_BACK) == []  # not today's groups
    finally:
        db.dispose()


def test_after_eight_weeks_away_what_came_due_while_away_is_a_group_of_its_own(
    opened_paths: DataPaths,
) -> None:
    # Last here on 20 January. Initech's day came on 5 February, while away: it was in "2
    # follow-ups from a while back" with Acme's, which was late before the break.
    _store(opened_paths, "2026-01-20", ACME, INITECH, NORTHWIND)
    summary = load_today(opened_paths.database, FIXED_TODAY)
    lines = [(i.title, i.due_on, i.item_id) for i in summary.due]
    assert lines == [
        ("Follow up with Northwind (Engineer)", date(2026, 3, 4), lines[0][2]),
        (
            "1 follow-up due before you were away: let them go or move them on",
            date(2026, 1, 10),
            BEFORE_AWAY,
        ),
        (
            "1 follow-up due while you were away: let them go or move them on",
            date(2026, 2, 5),
            WHILE_AWAY,
        ),
    ]
    assert summary.due_total == 3
    db = Database(opened_paths.database)
    try:
        assert [f.name for f in long_past_follow_ups(db, FIXED_TODAY, WHILE_AWAY)] == ["Initech"]
        assert [f.name for f in long_past_follow_ups(db, FIXED_TODAY, BEFORE_AWAY)] == ["Acme"]
    finally:
        db.dispose()


def test_the_groups_stay_for_the_day_of_the_return(opened_paths: DataPaths) -> None:
    # The welcome ends with the first action of the day; the groups do not, or the first
    # check-in would have put Globex back among the lines one by one.
    _store(opened_paths, "2026-02-23", ACME, GLOBEX, NORTHWIND)
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute("INSERT INTO activity_day (day, actions) VALUES ('2026-03-16', 1)")
    conn.close()
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert not summary.hard_day and summary.next_step.title != "Welcome back"
    assert _follow_up_lines(opened_paths) == [
        "Follow up with Northwind (Engineer)",
        "2 follow-ups due before you were away: let them go or move them on",
    ]


def test_six_days_away_keeps_the_thirty_days(opened_paths: DataPaths) -> None:
    _store(opened_paths, "2026-03-10", ACME, GLOBEX, NORTHWIND)
    assert _follow_up_lines(opened_paths) == [
        "Follow up with Globex (Engineer)",
        "Follow up with Northwind (Engineer)",
        "1 follow-up from a while back: let them go or move them on",
    ]


async def test_each_groups_line_opens_the_review_of_that_group(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.today.board import TodayBoard
    from bounceback_tui.ui.today.long_past import LongPastScreen

    _store(opened_paths, "2026-01-20", ACME, INITECH, NORTHWIND)
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        pane = app.query_one("#today")
        board = app.query_one("#today-body", TodayBoard)
        for group, name, heading in (
            (WHILE_AWAY, "Initech", "1 follow-up due while you were away"),
            (BEFORE_AWAY, "Acme", "1 follow-up due before you were away"),
        ):
            (index,) = [
                n
                for n, item in enumerate(pane.summary.due)
                if item.kind is DueKind.LONG_PAST_FOLLOW_UPS and item.item_id == group
            ]
            board.highlighted = index
            await pilot.press("enter")
            await settle_workers(pilot)
            screen = app.screen
            assert isinstance(screen, LongPastScreen)
            assert [f.name for f in screen.follow_ups] == [name]
            assert str(screen.query_one(".confirm-question").render()) == heading
            await pilot.press("escape")
            await settle_workers(pilot)


async def test_a_narrow_box_keeps_what_sets_the_groups_apart(opened_paths: DataPaths) -> None:
    # At 80x24 both lines were cut to their shortest form, "2 old follow-ups", alike.
    from tests.screen_text import screen_text

    _store(
        opened_paths,
        "2026-01-20",
        ACME,
        ("Lumen", "offer", "2026-01-12"),
        INITECH,
        ("Cinder", "screening", "2026-02-07"),
        NORTHWIND,
    )
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        text = screen_text(app)
        assert "2 due before you were away" in text, text
        assert "2 due while you were away" in text, text
