"""Bounce-back time and "sent since" count only applications sent *after* the no.

docs/metrics.md: an application is sent after a rejection when its date applied is later
than the rejection's day, or the same day and it was recorded as sent (entered, or moved
out of Saved) after the rejection was recorded. The store below is small on purpose; every
expected value is worked out by hand in the comments, not read from the code.

Today is Monday 2026-03-16 (the frozen clock in conftest).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import TodaySummary, load_today
from tests.conftest import FIXED_TODAY

# id, company, stage, date applied, entered at
APPLICATIONS = [
    (1, "Northwind", "rejected", "2026-02-20", "2026-02-20 09:00:00"),
    (2, "Fabrikam", "rejected", "2026-03-01", "2026-03-01 09:00:00"),
    # Sent on the day of the Northwind no, but entered in the morning, before it: not after.
    (3, "Adatum", "applied", "2026-03-02", "2026-03-02 09:00:00"),
    # Three days after the Northwind no.
    (4, "Bellows", "applied", "2026-03-05", "2026-03-05 09:00:00"),
    # The Contoso no was recorded at noon on 03-09; this one at 11:00 the same day: before.
    (5, "Cobalt", "applied", "2026-03-09", "2026-03-09 11:00:00"),
    # Today, the day of the Fabrikam no (recorded at 12:00): three entered before it...
    (6, "Dunmore", "applied", "2026-03-16", "2026-03-16 09:00:00"),
    (7, "Elmwood", "applied", "2026-03-16", "2026-03-16 10:00:00"),
    (8, "Fernhill", "applied", "2026-03-16", "2026-03-16 11:00:00"),
    # ...and one entered at 15:00, after it.
    (9, "Glenrock", "applied", "2026-03-16", "2026-03-16 15:00:00"),
]

# id, application id, company, rejected on, recorded at
REJECTIONS = [
    (10, 1, "Northwind", "2026-03-02", "2026-03-02 18:00:00"),
    (11, None, "Contoso", "2026-03-09", "2026-03-09 12:00:00"),
    (12, 2, "Fabrikam", "2026-03-16", "2026-03-16 12:00:00"),
]


def build(db_path: Path, *, without: tuple[int, ...] = ()) -> None:
    with sqlite3.connect(db_path) as conn:
        for app_id, company, stage, applied, entered in APPLICATIONS:
            if app_id in without:
                continue
            conn.execute(
                "INSERT INTO application (id, company, role, stage, date_applied, created_at, "
                "updated_at) VALUES (?, ?, 'Engineer', ?, ?, ?, ?)",
                (app_id, company, stage, applied, entered, entered),
            )
        for rid, app_id, company, on, entered in REJECTIONS:
            conn.execute(
                "INSERT INTO rejection (id, application_id, company, role, rejected_on, "
                "created_at) VALUES (?, ?, ?, 'Engineer', ?, ?)",
                (rid, app_id, company, on, entered),
            )
    conn.close()


@pytest.fixture
def summary(opened_paths: DataPaths) -> TodaySummary:
    build(opened_paths.database)
    return load_today(opened_paths.database, FIXED_TODAY)


def test_only_applications_sent_after_the_latest_no_count_as_sent_since(
    summary: TodaySummary,
) -> None:
    # The latest no is Fabrikam, today. Of the four applications dated today only Glenrock
    # was entered after it (15:00 > 12:00).
    assert summary.days_since_last_rejection == 0
    assert summary.applications_since_last_rejection == 1


def test_bounce_back_is_measured_to_the_first_application_after_the_no(
    summary: TodaySummary,
) -> None:
    # Fabrikam 03-16 -> Glenrock the same day, entered after: 0 days.
    assert summary.bounce_back_days_latest == 0
    assert summary.bounce_back_open_days is None
    # Northwind 03-02 (18:00): Adatum that day was entered before it, so Bellows 03-05: 3.
    # Contoso 03-09 (12:00): Cobalt that day was entered before it, so Dunmore 03-16: 7.
    # Median of 0, 3 and 7 is 3.
    assert summary.bounce_back_days_median_90d == 3


def test_a_same_day_no_with_nothing_sent_after_it_is_still_going(
    opened_paths: DataPaths,
) -> None:
    build(opened_paths.database, without=(9,))  # no Glenrock
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert summary.applications_since_last_rejection == 0
    assert summary.bounce_back_days_latest is None
    assert summary.bounce_back_open_days == 0
    # Northwind 3 and Contoso 7, as above: two, fewer than the three a typical is taken
    # from (docs/metrics.md), so there is none.
    assert summary.bounce_back_days_median_90d is None


def test_a_saved_application_sent_after_the_no_counts(opened_paths: DataPaths) -> None:
    build(opened_paths.database, without=(9,))
    with sqlite3.connect(opened_paths.database) as conn:
        # Entered as Saved at 08:00 today, moved to Applied at 13:00, after the 12:00 no.
        conn.execute(
            "INSERT INTO application (id, company, role, stage, date_applied, created_at, "
            "updated_at) VALUES (20, 'Hartwell', 'Engineer', 'applied', '2026-03-16', "
            "'2026-03-16 08:00:00', '2026-03-16 13:00:00')"
        )
        conn.execute(
            "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, "
            "created_at) VALUES (20, NULL, 'saved', '2026-03-16', '2026-03-16 08:00:00'), "
            "(20, 'saved', 'applied', '2026-03-16', '2026-03-16 13:00:00')"
        )
    conn.close()
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert summary.applications_since_last_rejection == 1
    assert summary.bounce_back_days_latest == 0


def test_the_command_line_says_the_same(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    build(opened_paths.database)
    args = ["--data-dir", str(opened_paths.data_dir)]
    assert main(["today", "--json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["applications_since_last_rejection"] == 1
    assert data["bounce_back_days_latest"] == 0
    assert data["bounce_back_days_median_90d"] == 3
    assert main(["today", *args]) == 0
    text = capsys.readouterr().out
    assert "Last rejection  today, 1 application sent since" in text
    assert "Bounce-back     0 days (median 3 over 90 days)" in text


async def test_the_today_pane_says_the_same(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.today.board import TodayBoard

    build(opened_paths.database)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        figures = app.query_one("#today-body", TodayBoard).figures.plain
    assert "Last no     today · 1 sent" in figures
    assert "Bounce-back 0 days · typ. 3" in figures
