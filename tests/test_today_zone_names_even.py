"""Today names every interview's zone one way, and the ask says the interview's own time.

A tester saw "(10:00 Kolkata)" on one line of the people strip and "(09:00 Asia/Kathmandu)"
on the next: each line took its zone's place name only when it was itself too long. And
"How did it go? Phone screen at Lumen Health, Sun 6 Dec 20:00" left out the time the
interview was given in its own zone, which the lines under it say.

The person is in London (GMT in March, tests/conftest.py), the clock frozen on Monday 16
March 2026 09:30. Initech's technical was Fri 13 Mar 14:00 in Kolkata (+05:30: 08:30 in
London); Acme's onsite is Wed 18 Mar 10:00 in Kolkata (04:30), with something to prepare
(too long for 80 columns with its zone's full name);
Globex's phone screen is Thu 19 Mar 09:00 in Kathmandu (+05:45: 03:15).
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.conftest import FIXED_TODAY
from tests.people_fixtures import seed_people
from tests.quiet import until_quiet
from tests.screen_text import screen_lines


def _interview(
    db: Database, app_id: int, kind: str, day: str, at: str, zone: str, **more: str
) -> None:
    values = {"kind": kind, "day": day, "at": at, "zone": zone, **more}
    interviews.add_interview(db, app_id, validate_interview(values, FIXED_TODAY))


@pytest.fixture
def three(opened_paths: DataPaths) -> DataPaths:
    def add(db: Database, ids: dict[str, int]) -> None:
        _interview(db, ids["initech"], "technical", "2026-03-13", "14:00", "Asia/Kolkata")
        _interview(
            db, ids["acme"], "onsite", "2026-03-18", "10:00", "Asia/Kolkata",
            prep_notes="Two stories about teamwork",
        )  # fmt: skip
        globex = add_application(db, ApplicationInput(company="Globex", role="Engineer"))
        assert globex.id is not None
        _interview(db, globex.id, "phone screen", "2026-03-19", "09:00", "Asia/Kathmandu")

    seed_people(opened_paths, reached=Stage.INTERVIEWING, people={}, more=add)
    return opened_paths


@pytest.mark.parametrize("size", [(80, 30), (120, 40)], ids=["80x30", "120x40"])
async def test_every_line_names_its_zone_one_way_and_the_ask_has_its_own_time(
    three: DataPaths, size: tuple[int, int]
) -> None:
    app = BouncebackApp(three)
    async with app.run_test(size=size) as pilot:
        await until_quiet(pilot)
        screen = "\n".join(screen_lines(app))
    if size[0] == 80:  # the Acme line is too long whole: every line names the place alone
        expected = (
            # With its role (two at one company are told apart), the ask is too long for its
            # own time too: it goes, the key kept.
            "How did it go? Technical at Initech (Analyst), Fri 13 Mar 08:30  (h)",
            "Wed 18 Mar 04:30 (10:00 Kolkata)  Onsite: Acme (Engineer)",
            "Thu 19 Mar 03:15 (09:00 Kathmandu)  Phone screen: Globex (Engineer)",
        )
        assert "Asia/" not in screen
    else:
        expected = (
            "How did it go? Technical at Initech (Analyst), Fri 13 Mar 08:30 (14:00 Asia/Kolkata)",
            "Wed 18 Mar 04:30 (10:00 Asia/Kolkata)  Onsite: Acme (Engineer)",
            "Thu 19 Mar 03:15 (09:00 Asia/Kathmandu)  Phone screen: Globex (Engineer)",
        )
    for line in expected:
        assert line in screen, line


def test_plans_with_three_figures_each_fit_the_box_on_one_line(opened_paths: DataPaths) -> None:
    """On a `demo --scale 5000` store at 100x30, "Plans 964 done · 210 active" wrapped
    "active" onto the next line: the value has 20 cells (tests/test_long_absence.py)."""
    from bounceback_tui.services.today import load_today
    from bounceback_tui.ui.today.figures import figures_text

    empty = load_today(opened_paths.database, FIXED_TODAY)
    summary = empty._replace(plans_finished=964, plans_open=210)
    plans = next(line for line in figures_text(summary).plain.splitlines() if "Plans" in line)
    assert plans == "Plans       964 done, 210 active"
    few = empty._replace(plans_finished=15, plans_open=7)
    assert "Plans       15 done · 7 active" in figures_text(few).plain
