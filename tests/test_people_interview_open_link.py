"""People's `n` for a person linked only to an application that said no (a newcomer's walk).

An interview ahead for it is refused, rightly; the reason ended "Move it back in the
Pipeline first, or pick another application." while the form's list holds only the
applications the person is linked to: there was no other to pick. For such a person the
reason now says how to link an open one (`l` on People); with another open application
linked, picking it stays the way.
"""

from __future__ import annotations

from textual.widgets import Static

from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from tests.people_fixtures import seed_people
from tests.screen_text import screen_text
from tests.ui_harness import app_on, fill, settle

PEOPLE = {
    "rita": ({"name": "Rita Okoye", "kind": "recruiter"}, ("initech",)),
    "sam": ({"name": "Sam Reyes", "kind": "recruiter"}, ("initech", "acme")),
}


async def _refusal(paths: DataPaths, person: int, initech: int) -> str:
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        assert pane.select_item(person)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        # Initech, the application that said no, is the one picked.
        await fill(pilot, day="2026-03-18", at="10:00", zone="Europe/London")
        app.screen.query_one("#field-application").value = str(initech)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)  # refused: the form stays
        said = " ".join(str(app.screen.query_one("#error-application", Static).render()).split())
        assert said[:40] in " ".join(screen_text(app).split())  # in sight
        return said


async def test_linked_only_to_a_no_the_reason_says_how_to_link_an_open_one(
    opened_paths: DataPaths,
) -> None:
    ids = seed_people(opened_paths, reached=Stage.INTERVIEWING, people=PEOPLE)
    said = await _refusal(opened_paths, ids["rita"], ids["initech"])
    assert (
        "Initech (Analyst) is marked Rejected, so an interview ahead would count as called "
        "off. Move it back in the Pipeline first, or link them to an open one (Escape, then "
        "l) and schedule it there."
    ) in said
    assert "pick another application" not in said


async def test_with_an_open_one_linked_the_reason_still_says_to_pick_it(
    opened_paths: DataPaths,
) -> None:
    ids = seed_people(opened_paths, reached=Stage.INTERVIEWING, people=PEOPLE)
    said = await _refusal(opened_paths, ids["sam"], ids["initech"])
    assert "Move it back in the Pipeline first, or pick another application." in said
