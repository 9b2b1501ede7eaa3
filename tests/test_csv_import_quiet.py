"""The CSV import's plan says how many new applications will read as quiet.

A stranger imported 5,000 rows of history and found 584 "ghosted?" items on Today that the
plan had not mentioned. The plan now counts them by the domain's one rule
(``domain/stages.is_quiet``), with the store's own "Ghosted after (days)", and the count is
what Today then lists. The clock is frozen at Monday 2026-03-16 (tests/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.domain.due import DueKind
from bounceback_tui.services.recovery import insert_imported_rejections
from bounceback_tui.services.settings import set_setting
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.csv_import import plan_csv_import
from bounceback_tui.transfer.csv_write import write_csv_plan
from tests.conftest import FIXED_TODAY
from tests.csv_sheets import planned, written_sheet

HISTORY = (
    "Company,Role,Status,Date applied\n"
    "Acme,Engineer,Applied,2026-01-20\n"  # 55 days: quiet after 21 and after 30
    "Globex,Developer,Applied,2026-02-16\n"  # 28 days: quiet after 21, not after 30
    "Initech,QA,Applied,2026-03-09\n"  # 7 days: not quiet
    "Umbrella,Analyst,Rejected,2026-01-10\n"  # a no is not waiting for a reply
    "Hooli,Designer,Applied,\n"  # no day applied: nothing to count from
)


def _source(tmp_path: Path) -> Path:
    source = written_sheet(tmp_path, HISTORY, "history.csv")
    return source


def test_the_plan_says_how_many_will_read_as_quiet(tmp_path: Path) -> None:
    plan = plan_csv_import(_source(tmp_path), None, today=FIXED_TODAY)
    assert len(plan.rows) == 5
    assert (
        "Of the new ones, 2 applications will read as quiet: in Applied more than 21 days with "
        "no reply. Today will ask whether they ghosted you, and the Pipeline's r goes through "
        "them; Settings, Ghosted after (days), sets how long that is."
    ) in plan.describe()


def test_the_count_takes_the_stores_setting_and_is_what_today_lists(
    db: Database, tmp_path: Path
) -> None:
    with db.write() as session:
        set_setting(session, "ghost_after_days", 30)
    plan = plan_csv_import(_source(tmp_path), db.path, today=FIXED_TODAY)
    assert (
        "Of the new ones, 1 application will read as quiet: in Applied more than 30 days with "
        "no reply. Today will ask whether it ghosted you, and the Pipeline's r goes through "
        "it; Settings, Ghosted after (days), sets how long that is."
    ) in plan.describe()
    write_csv_plan(db, plan, record_rejections=insert_imported_rejections)
    due = load_today(db.path, FIXED_TODAY).due
    ghosted = [item.title for item in due if item.kind is DueKind.GHOSTED]
    assert ghosted == ["No word from Acme (Engineer): ghosted?"]


def test_nothing_quiet_says_nothing(tmp_path: Path) -> None:
    plan = planned(
        tmp_path,
        "Company,Role,Status,Date applied\nAcme,Engineer,Applied,2026-03-09\n",
        name="recent.csv",
    )
    assert not [line for line in plan.describe() if "quiet" in line]
