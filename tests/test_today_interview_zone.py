"""Today shows an interview's own time when its zone is another, as People's detail does;
the interview form says which zone a place typed in its zone field is saved as.

A stranger's walk: an interview set for 10:00 New York (the person in Berlin) read
"Tue 8 Dec 15:00  Technical: Northwind Traders" on Today, while People's detail said
"Tue 8 Dec 15:00 (10:00 America/New_York)", and the person had been told "10:00". Today's
line now says it too; on a strip too narrow for the zone's full name, its place.

The clock is Monday 2026-03-16 09:30, Europe/London (tests/conftest.py); New York's clocks
went forward on 8 March, London's go on 29 March, so 10:00 there is 14:00 here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.widgets import Input

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.screen_text import is_on_screen, screen_lines
from tests.test_people_interview_form import _link_rita_to_acme
from tests.test_people_pane import seeded  # noqa: F401  (Rita, linked to Initech)
from tests.ui_harness import app_on, fill, settle, settle_workers


def _interview_in_new_york(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        app = add_application(
            db,
            ApplicationInput(
                company="Northwind Traders",
                role="Designer",
                stage=Stage.INTERVIEWING,
                date_applied=date(2026, 3, 2),
            ),
        )
        assert app.id
        values = {"kind": "technical", "day": "2026-03-17", "at": "10:00", "zone": "New York"}
        interviews.add_interview(db, app.id, validate_interview(values, FIXED_TODAY))
    finally:
        db.dispose()


async def _strip(paths: DataPaths, size: tuple[int, int]) -> list[str]:
    async with app_on(paths, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        return [line.strip(" █") for line in screen_lines(app) if "Northwind" in line]


async def test_a_wide_today_shows_the_interviews_own_time_and_zone(
    opened_paths: DataPaths,
) -> None:
    _interview_in_new_york(opened_paths)
    lines = await _strip(opened_paths, (120, 40))
    wanted = "tomorrow 14:00 (10:00 America/New_York)  Technical: Northwind Traders (Designer)  (N)"
    assert wanted in lines, lines


async def test_at_80x24_the_zone_is_named_by_its_place_and_the_line_keeps_its_meaning(
    opened_paths: DataPaths,
) -> None:
    _interview_in_new_york(opened_paths)
    lines = await _strip(opened_paths, (80, 24))
    assert len(lines) == 1, lines
    assert lines[0].startswith("tomorrow 14:00 (10:00 New York)  Technical: Northwind"), lines
    assert lines[0].endswith("(N)"), lines


async def test_the_interview_form_says_which_zone_a_typed_place_is_saved_as(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """The zone field took "New York" and "Berlin" and never said what it read them as
    until the interview was saved. Under it now, as they are typed: the zone they are read
    as ("Read as": it said "Saved as" before anything was saved); the typed text stays as it
    is, and a zone typed in full needs no such line."""
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        zone = app.screen.query_one("#field-zone", Input)
        for typed, said in [
            ("New York", "Read as America/New_York."),
            ("Berlin", "Read as Europe/Berlin."),
        ]:
            await fill(pilot, zone=typed)
            assert zone.value == typed
            assert is_on_screen(app, said), typed
        await fill(pilot, zone="Europe/Berlin")
        assert not is_on_screen(app, "Read as"), "a zone typed in full"


def test_with_more_said_on_the_line_the_zone_gives_way_before_the_company() -> None:
    """The last stranger at 80x24: "Sun 6 Dec 19:00 (14:00 America/New_York)  Phone screen:
    Lume…  (N)  +9 more": the shorter form (the zone's place) was chosen measuring the line
    without its "+9 more", so the company was cut while the zone's full name stayed."""
    from textual.content import Content

    from bounceback_tui.ui.today.people_lines import PeopleLines

    day = Content("Sun 6 Dec 19:00 ")  # 16 cells
    what = Content("Phone screen: Lumen Health")  # 26
    long = day + Content("(14:00 America/New_York)  ") + what  # 68
    short = day + Content("(14:00 New York)  ") + what  # 60
    key = Content("  (N)")  # 5
    lines = PeopleLines(((long, key, Content("")),), ahead=((0,), 10), shorter={0: short})
    # 76 cells: the long words and the key (73) fit, with "  +9 more" (82) they do not; the
    # short words, the key and "+9 more" (74) do.
    assert lines.fitted(76, more_on=0, more=9).plain == (
        "Sun 6 Dec 19:00 (14:00 New York)  Phone screen: Lumen Health  (N)  +9 more"
    )


def test_the_today_command_says_the_interviews_own_time_too(
    opened_paths: DataPaths, capsys: Any
) -> None:
    """The last stranger: `bounceback-tui today` printed only the person's own time of an
    interview set in New York, the one the app's Today now says beside it."""
    from bounceback_tui.cli import main

    _interview_in_new_york(opened_paths)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    said = capsys.readouterr().out
    assert "  - tomorrow 14:00 (10:00 America/New_York)  Technical: Northwind Traders" in said
