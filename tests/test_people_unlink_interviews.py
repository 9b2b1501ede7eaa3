"""`L` takes a person off an application: it asks first, naming the interviews they were in,
takes them off those too in one transaction, and `u` brings all of it back.

A tester's walk: `L` took the link at once, left Eve in Acme's two interviews (the details
and `N` still listed them), and `u` said "Nothing to undo here."
"""

from __future__ import annotations

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews, people, people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.pick import PickScreen
from tests.conftest import FIXED_TODAY
from tests.people_fixtures import seed_people
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle, toasts


def _seed(paths: DataPaths) -> dict[str, int]:
    """Eve on Acme (interviewing), in two of its interviews, one with Sam too."""

    def add(db: Database, ids: dict[str, int]) -> None:
        for day, who in (("2026-03-19", ("eve",)), ("2026-03-20", ("eve", "sam"))):
            data = validate_interview(
                {"kind": "technical", "day": day, "at": "10:00", "zone": "Europe/London"},
                FIXED_TODAY,
            )
            interviews.add_interview(db, ids["acme"], data, tuple(ids[w] for w in who))

    return seed_people(
        paths,
        reached=Stage.APPLIED,
        acme_stage=Stage.INTERVIEWING,
        people={"eve": ({"name": "Eve"}, ("acme",)), "sam": ({"name": "Sam"}, ("acme",))},
        more=add,
    )


def _eves_interviews(paths: DataPaths, eve: int) -> int:
    db = Database(paths.database)
    try:
        return len(people.contact_detail(db, eve).interviews)
    finally:
        db.close()


async def test_unlink_asks_takes_them_off_its_interviews_and_u_brings_it_back(
    opened_paths: DataPaths,
) -> None:
    ids = _seed(opened_paths)
    async with app_on(opened_paths, "people") as (app, pilot, pane):
        assert pane.select_item(ids["eve"])
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        asked = screen_text(app)
        assert "Take Eve off Acme?" in asked
        assert "They come off its 2 interviews with it too." in asked
        await pilot.press("n")  # no: nothing changes
        await settle(pilot)
        assert _eves_interviews(opened_paths, ids["eve"]) == 2
        assert focus_problem(app) is None

        await pilot.press("L", "enter")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert _eves_interviews(opened_paths, ids["eve"]) == 0
        assert pane._detail is not None and pane._detail.applications == ()
        assert "Took Eve off Acme." in toasts(app)[-1]
        assert focus_problem(app) is None

        await pilot.press("u")
        await settle(pilot)
        assert _eves_interviews(opened_paths, ids["eve"]) == 2
        assert [a.company for a in pane._detail.applications] == ["Acme"]
        assert toasts(app)[-1] == "The link to Acme is back."
        assert focus_problem(app) is None
    db = Database(opened_paths.database)
    try:  # Sam stays in the interview he shared with Eve throughout
        assert len(people.contact_detail(db, ids["sam"]).interviews) == 1
    finally:
        db.close()


def test_undo_names_an_interview_deleted_meanwhile(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        unlinked = people_edits.take_off_application(db, ids["eve"], ids["acme"])
        assert unlinked is not None and len(unlinked.interview_ids) == 2
        interviews.delete_interview(db, unlinked.interview_ids[0])
        back = people_edits.relink_application(db, unlinked)
        assert back.note == (
            "The link to Acme is back; the link to 1 interview was not, as it was deleted in "
            "another window."
        )
        assert len(people.contact_detail(db, ids["eve"]).interviews) == 1
    finally:
        db.close()


async def test_unlink_names_the_role_when_the_person_is_on_two_at_one_company(
    opened_paths: DataPaths,
) -> None:
    """Sam on three roles at one company was asked "Take Sam Rivera off Umbra Networks?":
    which one, it did not say (the round's last stranger)."""
    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.services.applications import add_application

    def add(db: Database, ids: dict[str, int]) -> None:
        designer = add_application(db, ApplicationInput(company="Acme", role="Designer"))
        assert designer.id
        people_edits.link_application(db, ids["eve"], designer.id)

    ids = seed_people(
        opened_paths,
        reached=Stage.APPLIED,
        people={"eve": ({"name": "Eve"}, ("acme",))},
        more=add,
    )
    async with app_on(opened_paths, "people") as (app, pilot, pane):
        assert pane.select_item(ids["eve"])
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        asked = screen_text(app)
        named = [
            role for role in ("Engineer", "Designer") if f"Take Eve off Acme ({role})?" in asked
        ]
        assert len(named) == 1, asked  # Eve is on Acme's two roles only: the one is named
        await pilot.press("n")
        await settle(pilot)
        assert focus_problem(app) is None
