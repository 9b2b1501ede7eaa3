"""On a narrow Today, an interview's line gives up the other zone's time before the company.

A tester at 40x12: "today 10:30 (Sat 16…  (N)  +10 more": "Sat 16…" read as a date and no
company was left, where 60x20 said "(Sat 16:30 New York)  Final: Cinder…". Where the line has
no room for both, the time in the interview's own zone goes first (then its kind), and the
company stays.

The clock is Monday 2026-03-16 09:30, Europe/London (tests/conftest.py): 10:00 in New York
is 14:00 here.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def _interviews_in_new_york(paths: DataPaths) -> None:
    """Three interviews set in New York: the first at Northwind, 10:00 there tomorrow."""
    db = Database(paths.database)
    try:
        for n, company in enumerate(("Northwind", "Globex", "Initech")):
            app = add_application(
                db,
                ApplicationInput(
                    company=company,
                    role="Designer",
                    stage=Stage.INTERVIEWING,
                    date_applied=date(2026, 3, 2),
                ),
            )
            assert app.id
            values = {
                "kind": "final",
                "day": f"2026-03-{17 + n}",
                "at": "10:00",
                "zone": "New York",
            }
            interviews.add_interview(db, app.id, validate_interview(values, FIXED_TODAY))
    finally:
        db.dispose()


async def _line(paths: DataPaths, size: tuple[int, int]) -> str:
    async with app_on(paths, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        assert focus_problem(app) is None
        (line,) = [line.strip(" █") for line in screen_lines(app) if "(N)" in line]
        return line


async def test_at_40_columns_the_company_stays_and_the_other_zone_goes(
    opened_paths: DataPaths,
) -> None:
    _interviews_in_new_york(opened_paths)
    line = await _line(opened_paths, (40, 12))
    assert line.startswith("tomorrow 14:00  North"), line
    assert "(10:" not in line, line
    assert "Northwind" in line, line


async def test_with_room_the_other_zone_and_the_kind_stay(opened_paths: DataPaths) -> None:
    _interviews_in_new_york(opened_paths)
    line = await _line(opened_paths, (80, 24))
    assert line.startswith("tomorrow 14:00 (10:00 "), line
    assert "Final: Northwind (Designer)" in line, line


def test_with_more_said_on_a_narrow_line_the_company_stays() -> None:
    """The tester's line, "+10 more" on it, in a 37-cell strip."""
    from textual.content import Content

    from bounceback_tui.ui.today.people_lines import PeopleLines

    when = Content("today 10:30 ")
    what = Content("Final: Cinder Audio (Engineering Manager)")
    words = when + Content("(Sat 16:30 New York)  ") + what
    fewer = (when + Content(" ") + what, when + Content(" Cinder Audio (Engineering Manager)"))
    lines = PeopleLines(
        ((words, Content("  (N)"), Content("")),),
        ahead=((0,), 11),
        apps={0: ("Cinder Audio", "Engineering Manager")},
        plainer={0: fewer},
    )
    fitted = lines.fitted(37, more_on=0, more=10).plain
    assert fitted.startswith("today 10:30  Cinder"), fitted
    assert fitted.endswith("(N)  +10 more"), fitted
