"""`u` after another window saved the deleted record again as new (a stranger's walk).

Windows A and B on People, both `e` on Alex Morgan. A deleted Alex (d, y); B's ctrl+s met
the delete and B chose "save as new"; then `u` in A said "Alex Morgan is back.": two Alex
Morgans with one email, the new one without the links to two applications. Now `u` finds
the one saved again: what was linked to the deleted one (applications, interviews, their
own log) is linked to that one, and there is one Alex Morgan. A record whose form saved
what hangs off it, or that gets a plan of its own (a skill, a question, an interview, a
rejection, a thought record), stays as the other window saved it, and `u` says so.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.skills import SkillInput
from bounceback_tui.errors import BouncebackError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications, people_edits, skills
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import rows
from tests.ui_harness import NO_IDLE_CHECK, app_on, settle, toasts


def _seed(db: Database) -> dict[str, int]:
    ids = {
        company: applications.add_application(
            db, ApplicationInput(company=company, role="Analyst")
        ).id
        or 0
        for company in ("Oakleaf", "Birch & Co")
    }
    values = {"name": "Alex Morgan", "email": "alex@example.com"}
    ids["Alex Morgan"] = people_edits.add_contact(db, validate_contact(values, FIXED_TODAY))
    people_edits.link_application(db, ids["Alex Morgan"], ids["Oakleaf"])
    people_edits.link_application(db, ids["Alex Morgan"], ids["Birch & Co"])
    return ids


async def test_a_person_saved_again_as_new_elsewhere_gets_the_links_back_once(
    opened_paths: DataPaths, db: Database
) -> None:
    ids = _seed(db)
    alex, oakleaf, birch = ids["Alex Morgan"], ids["Oakleaf"], ids["Birch & Co"]
    people = (opened_paths, "people")
    async with app_on(*people, notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        a,
        pilot_a,
        pane_a,
    ):
        async with app_on(*people, watch_seconds=NO_IDLE_CHECK) as (b, pilot_b, pane_b):
            for app, pilot, pane in ((a, pilot_a, pane_a), (b, pilot_b, pane_b)):
                assert pane.select_item(alex)
                await pilot.press("e")
                await settle(pilot)
                assert isinstance(app.screen, FormScreen)
            await pilot_a.press("escape")  # A closes its form, then deletes Alex
            await settle(pilot_a)
            await pilot_a.press("d")
            await settle(pilot_a)
            assert isinstance(a.screen, ConfirmScreen)
            await pilot_a.press("y")
            await settle(pilot_a)
            await pilot_b.press("ctrl+s")
            await settle(pilot_b)
            assert isinstance(b.screen, ConflictScreen) and b.screen.deleted
            await pilot_b.press("n")  # save as new
            await settle(pilot_b)
        again = rows(opened_paths.database, "SELECT id FROM contact WHERE name = 'Alex Morgan'")
        assert len(again) == 1 and again[0][0] != alex
        await pilot_a.press("u")
        await settle(pilot_a)
        assert rows(opened_paths.database, "SELECT id, email FROM contact") == [
            (again[0][0], "alex@example.com")
        ]
        assert sorted(
            rows(
                opened_paths.database,
                "SELECT application_id, contact_id FROM application_contact",
            )
        ) == sorted([(oakleaf, again[0][0]), (birch, again[0][0])])
        assert (
            "Alex Morgan was saved again as new in another window: what was linked to the one "
            "deleted here is linked to that one now, so there is one Alex Morgan."
        ) in toasts(a)
        assert pane_a.selected is not None and pane_a.selected.id == again[0][0]
        assert focus_problem(a) is None


async def test_an_application_saved_again_as_new_elsewhere_gets_its_people_back_once(
    opened_paths: DataPaths, db: Database
) -> None:
    ids = _seed(db)
    alex, oakleaf = ids["Alex Morgan"], ids["Oakleaf"]
    pipeline = (opened_paths, "pipeline")
    async with app_on(*pipeline, notifications=True, watch_seconds=NO_IDLE_CHECK) as (
        a,
        pilot_a,
        pane_a,
    ):
        async with app_on(*pipeline, watch_seconds=NO_IDLE_CHECK) as (b, pilot_b, pane_b):
            assert pane_b.select_item(oakleaf)
            await pilot_b.press("e")
            await settle(pilot_b)
            assert isinstance(b.screen, FormScreen)
            assert pane_a.select_item(oakleaf)
            await pilot_a.press("d")
            await settle(pilot_a)
            assert isinstance(a.screen, ConfirmScreen)
            await pilot_a.press("y")
            await settle(pilot_a)
            await pilot_b.press("ctrl+s")
            await settle(pilot_b)
            assert isinstance(b.screen, ConflictScreen) and b.screen.deleted
            await pilot_b.press("n")
            await settle(pilot_b)
        again = rows(opened_paths.database, "SELECT id FROM application WHERE company = 'Oakleaf'")
        assert len(again) == 1 and again[0][0] != oakleaf
        await pilot_a.press("u")
        await settle(pilot_a)
        assert (
            rows(opened_paths.database, "SELECT id FROM application WHERE company = 'Oakleaf'")
            == again
        )
        assert (again[0][0], alex) in rows(
            opened_paths.database, "SELECT application_id, contact_id FROM application_contact"
        )
        assert (
            "Oakleaf (Analyst) was saved again as new in another window: what was linked to the "
            "one deleted here is linked to that one now, so there is one Oakleaf (Analyst)."
        ) in toasts(a)
        selected = pane_a.selected_row
        assert selected is not None and selected.id == again[0][0]  # the one that stands
        assert focus_problem(a) is None


def test_a_skill_saved_again_as_new_elsewhere_stays_once(db: Database) -> None:
    """Its form saved what it holds: the one there stands alone, and `u` says so, with
    nothing written."""
    skill_id = skills.add_skill(db, SkillInput("Learn SQL"))
    deleted = skills.delete_skill(db, skill_id)
    again = skills.add_skill(db, SkillInput("Learn  sql"))  # window B's "save as new"
    with pytest.raises(BouncebackError) as refused:
        skills.restore_skill(db, deleted)
    assert str(refused.value) == (
        "The skill “Learn SQL” was saved again as new in another window, so the one deleted "
        "here stays deleted, as a second would be a copy. Nothing changed."
    )
    assert [s.id for s in skills.list_skills(db)] == [again]


def test_a_person_added_before_the_delete_is_not_taken_for_the_one_saved_again(
    opened_paths: DataPaths, db: Database
) -> None:
    """Two people of one name and email, both there before the delete: `u` brings the
    deleted one back beside the other, as before."""
    values = {"name": "Kim Lee", "email": "kim@example.com"}
    first = people_edits.add_contact(db, validate_contact(values, FIXED_TODAY))
    second = people_edits.add_contact(db, validate_contact(values, FIXED_TODAY))
    deleted = people_edits.delete_contact(db, first)
    back = people_edits.restore_contact(db, deleted)
    assert back.note == "Kim Lee is back."
    assert rows(opened_paths.database, "SELECT id FROM contact ORDER BY id") == [
        (first,),
        (second,),
    ]


def test_a_persons_own_log_comes_back_to_the_one_saved_again(
    opened_paths: DataPaths, db: Database
) -> None:
    """The lines about them alone go with the delete; `u` brings them back to the one
    another window saved again, not to the id that is gone (they would stay out)."""
    from bounceback_tui.domain.people import InteractionInput, InteractionKind
    from bounceback_tui.services import people_log

    values = {"name": "Alex Morgan", "email": "alex@example.com"}
    alex = people_edits.add_contact(db, validate_contact(values, FIXED_TODAY))
    people_log.log_interaction(
        db, InteractionInput(InteractionKind.MET, FIXED_TODAY, "Coffee"), contact_id=alex
    )
    deleted = people_edits.delete_contact(db, alex)
    assert rows(opened_paths.database, "SELECT count(*) FROM interaction") == [(0,)]
    again = people_edits.add_contact(db, validate_contact(values, FIXED_TODAY))
    back = people_edits.restore_contact(db, deleted)
    assert back.again and not back.lost
    assert rows(opened_paths.database, "SELECT contact_id, note FROM interaction") == [
        (again, "Coffee")
    ]
    assert rows(opened_paths.database, "SELECT id FROM contact") == [(again,)]
