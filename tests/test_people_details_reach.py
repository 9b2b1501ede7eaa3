"""People: a person's interviews and log are reached from the keyboard at any size.

Found by a new user on the demo: at 120x40 Sam Rivera's sixteen linked applications filled
the details, and his Interviews and Log only showed at 70 rows; at 80x24 even a person on
one application had them below the screen. Tab did not move into the details, and nothing
scrolled them. Now the details beside the list show five applications ("+11 more") so the
interviews and log keep rows, and Tab moves focus into the details, which then list every
application and scroll with the list keys; Escape goes back to the list.
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.people import validate_interaction
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews, people_log
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.detail import PersonDetail
from bounceback_tui.ui.people.people_list import PeopleList
from tests.built_stores import store_once
from tests.conftest import FIXED_TODAY
from tests.people_fixtures import seed_people
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle, settle_workers


def details_lines(app: Any) -> list[str]:
    """The text of the details panel as painted, line by line (right of its left border,
    without its scrollbar's thumb)."""
    return [
        line.split("▏", 1)[1].rstrip(" ▁▂▃▄▅▆▇█").strip()
        for line in screen_lines(app)
        if "▏" in line
    ]


def select(pane: Any, name: str) -> None:
    (row,) = [row for row in pane._rows if row.name == name]
    assert pane.select_item(row.id)


@pytest.fixture
def demo_paths(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 60)
    return opened_paths


async def test_sams_interviews_and_log_are_in_sight_beside_sixteen_applications(
    demo_paths: DataPaths,
) -> None:
    async with app_on(demo_paths, "people", size=(120, 40)) as (app, pilot, pane):
        await settle_workers(pilot)
        select(pane, "Sam Rivera")
        await settle(pilot)
        shown = details_lines(app)
        assert "Interviews  N changes one" in shown, "\n".join(shown)
        assert "Log" in shown, "\n".join(shown)
        assert "+11 more · t shows all" in shown
        body = pane.query_one("#people-detail-body").render().plain
        assert body.count("• ") == 5


async def test_tab_moves_into_the_details_which_show_every_application_and_scroll(
    demo_paths: DataPaths,
) -> None:
    async with app_on(demo_paths, "people", size=(120, 40)) as (app, pilot, pane):
        await settle_workers(pilot)
        select(pane, "Sam Rivera")
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        details = pane.query_one(PersonDetail)
        assert app.focused is details
        assert focus_problem(app) is None
        body = pane.query_one("#people-detail-body").render().plain
        assert body.count("• ") == 16
        assert "more · t shows all" not in body
        assert details.max_scroll_y > 0
        await pilot.press("j", "j")
        await settle(pilot)
        assert details.scroll_y == 2
        await pilot.press("G")
        await settle(pilot)
        assert details.scroll_y == details.max_scroll_y
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.focused, PeopleList)
        assert focus_problem(app) is None
        assert details.scroll_y == 0
        assert pane.query_one("#people-detail-body").render().plain.count("• ") == 5


async def test_at_80x24_one_applications_log_is_reached_with_tab_and_page_down(
    opened_paths: DataPaths,
) -> None:
    def more(db: Database, ids: dict[str, int]) -> None:
        interviews.add_interview(
            db,
            ids["acme"],
            validate_interview(
                {"kind": "technical", "day": "2026-03-18", "at": "10:00", "zone": "Europe/Zurich"},
                FIXED_TODAY,
            ),
            (ids["zoe"],),
        )
        called = {"kind": "called", "note": "Talked through the role"}
        people_log.log_interaction(
            db,
            validate_interaction(called, FIXED_TODAY),
            application_id=ids["acme"],
            contact_id=ids["zoe"],
        )

    zoe = {"name": "Zoë Keller", "kind": "hiring_manager", "role": "Head of Platform",
           "company": "Acme", "email": "zoe@acme.example", "next_follow_up": "2026-03-20",
           "notes": "Met at the meetup"}  # fmt: skip
    seed_people(opened_paths, reached=Stage.APPLIED, people={"zoe": (zoe, ("acme",))}, more=more)
    # The log line wraps at 80x24 ("Called · Acme (Engineer)  Talked / through the role"):
    # the panel's words are read joined.
    async with app_on(opened_paths, "people", size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert "Talked through" not in " ".join(details_lines(app))
        await pilot.press("tab")
        await settle(pilot)
        assert isinstance(app.focused, PersonDetail)
        for _ in range(5):
            if "Talked through" in " ".join(details_lines(app)):
                break
            await pilot.press("pagedown")
            await settle(pilot)
        assert "Talked through" in " ".join(details_lines(app)), details_lines(app)
        assert focus_problem(app) is None
        # Its keys are on the bar: Escape back, and the person's own keys still apply.
        bar = app.screen.query_one("KeyBar")
        assert ("Esc", "Back") in bar.shown()
        assert "log" in bar.shown_actions()


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_the_line_saying_how_to_see_every_application_is_in_sight(
    demo_paths: DataPaths, size: tuple[int, int]
) -> None:
    """At 80x24 Sam's five applications took the details' last rows and their "+11 more ·
    tab shows all" fell below the panel, where it was never seen. Beside the list the
    details now show as many of his sixteen as leave that line in sight."""
    async with app_on(demo_paths, "people", size=size) as (app, pilot, pane):
        await settle_workers(pilot)
        select(pane, "Sam Rivera")
        await settle(pilot)
        shown = details_lines(app)
        more = [line for line in shown if line.endswith("more · t shows all")]
        assert len(more) == 1, "\n".join(shown)
        body = pane.query_one("#people-detail-body").render().plain
        listed = body.count("• ")
        assert 1 <= listed <= 5
        assert more[0] == f"+{16 - listed} more · t shows all"
        assert focus_problem(app) is None


async def test_a_panel_with_no_room_for_an_application_says_how_many_there_are(
    demo_paths: DataPaths,
) -> None:
    """At 60x20 Sam's name, kind, address and last contact fill the details down to the
    Applications heading: none of them is listed, and the line under it counts them."""
    async with app_on(demo_paths, "people", size=(60, 20)) as (app, pilot, pane):
        await settle_workers(pilot)
        select(pane, "Sam Rivera")
        await settle(pilot)
        shown = details_lines(app)
        # Wrapped to the panel's 18 cells, over two lines: both in sight.
        assert "Applications 16 linked · t shows them" in " ".join(shown), "\n".join(shown)
        assert "•" not in " ".join(shown)


async def test_at_80_columns_the_bar_shows_the_key_the_details_name(
    demo_paths: DataPaths,
) -> None:
    """At 80 columns People's bar had no room for Tab, which "+11 more · tab shows all" and
    `?` named, and People had no `t`, the Pipeline's key for its details. `t` now moves
    into the details and back, first on the bar; the line under the applications names it,
    and every other key of the pane is still on the bar (tests/test_key_bar_narrow.py)."""
    async with app_on(demo_paths, "people", size=(80, 24)) as (app, pilot, pane):
        await settle_workers(pilot)
        select(pane, "Sam Rivera")
        await settle(pilot)
        bar = app.screen.query_one("KeyBar")
        assert bar.shown()[0] == ("t", "Details"), bar.render().plain
        assert any(line.endswith(" more · t shows all") for line in details_lines(app))
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.focused, PersonDetail)
        assert pane.query_one("#people-detail-body").render().plain.count("• ") == 16
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.focused, PeopleList)
        assert focus_problem(app) is None
