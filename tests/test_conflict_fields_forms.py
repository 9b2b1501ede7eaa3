"""Every form saved against the version it read names, in its conflict dialog, the fields
another window changed (fix11, item 1): the person, interview, question, skill, check-in
and follow-up forms. Only the application form did (tests/test_conflict_fields.py); the
others said "... was changed in another window." and asked the person to choose between
their edits and a version they could not see.

Each test opens the form as a person does, saves the record through the service meanwhile
(the other window), types in one field, saves, and reads the dialog's sentence. The
expected sentences are written from the fields each test changed (labels in the form's
order), not read from the code. Recovery's forms: tests/test_conflict_fields_recovery.py.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.domain.check_in import CheckInInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.skills import ResourceInput, SkillInput, SkillKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers, interviews, people_edits
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.application_detail import get_detail
from bounceback_tui.services.check_ins import save_check_in
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.interview_edits import edit_interview
from tests.conflict_fixtures import elsewhere, save_into_conflict
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import add
from tests.skills_fixtures import seed_backlog
from tests.test_people_pane import seeded  # noqa: F401  (Rita, her applications, interviews)
from tests.ui_harness import app_on, fill, settle

Seeded = tuple[DataPaths, dict[str, int]]

RITA = {
    "name": "Rita Okoye",
    "kind": "recruiter",
    "role": "",
    "company": "Initech",
    "email": "rita@initech.example",
    "phone": "",
    "link": "",
    "next_follow_up": "2026-03-16",
    "notes": "",
}


async def test_the_person_form(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    async with app_on(paths, "people") as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, notes="Met at the fair")
        theirs = {**RITA, "company": "Globex", "email": "rita@globex.example", "notes": "Moved"}
        elsewhere(
            paths,
            lambda db: people_edits.update_contact(
                db, ids["rita"], validate_contact(theirs, FIXED_TODAY)
            ),
        )
        assert await save_into_conflict(app, pilot) == (
            "Changed there: Company, Email and Notes. You changed Notes too."
        )


async def test_the_interview_form(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    db = Database(paths.database)
    try:
        (onsite,) = interviews.interviews_of_application(db, ids["acme"])
    finally:
        db.dispose()
    async with app_on(paths, "people") as (app, pilot, pane):
        # The form every pane's `N` then `e` opens (tests/test_interview_edits.py drives it).
        edit_interview(pane, onsite, lambda _receipt: None)
        await settle(pilot)
        await fill(pilot, prep_notes="Two stories, and a question for them")
        # Acme's onsite as seeded (Wed 18 Mar 10:00 New York), longer and in a room now.
        theirs = {
            "kind": "onsite",
            "day": "2026-03-18",
            "at": "10:00",
            "zone": "America/New_York",
            "length_minutes": "90",
            "place": "Room 4",
            "prep_notes": "Two stories about teamwork",
        }
        elsewhere(
            paths,
            lambda db: interviews.update_interview(
                db, onsite.id, validate_interview(theirs, FIXED_TODAY)
            ),
        )
        assert await save_into_conflict(app, pilot) == "Changed there: Minutes and Place."


async def test_the_question_form(opened_paths: DataPaths) -> None:
    start = {"question": "Tell me about a conflict.", "situation": "A release", "tags": "teamwork"}
    db = Database(opened_paths.database)
    try:
        question = answers.add_question(db, validate_question(start))
    finally:
        db.dispose()
    async with app_on(opened_paths, "today") as (app, pilot, _pane):
        await pilot.press("i")  # the answer bank
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, result="We shipped on time")
        theirs = {**start, "situation": "A late release", "tags": "teamwork, conflict"}
        elsewhere(
            opened_paths,
            lambda db: answers.update_question(db, question.id, validate_question(theirs)),
        )
        assert await save_into_conflict(app, pilot) == "Changed there: Situation and Tags."


async def test_the_skill_form_names_links_changed_there(opened_paths: DataPaths) -> None:
    """An item's links are rows of their own: a change to them alone is named too."""
    db = Database(opened_paths.database)
    try:
        skill_id = seed_backlog(db).skills["design"]
    finally:
        db.dispose()
    async with app_on(opened_paths, "skills") as (app, pilot, pane):
        assert pane.select_item(skill_id)
        await pilot.pause()
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, why="I freeze at a blank whiteboard, less so now.")
        # The item as seeded (tests/skills_fixtures.py), with its first link changed.
        theirs = SkillInput(
            "System design interviews",
            SkillKind.INTERVIEWING,
            why="I freeze when the whiteboard is blank.",
            target_date=date(2026, 3, 1),
            resources=(
                ResourceInput("https://example.org/system-design-2", "primer"),
                ResourceInput("", "Mock round on Thursdays"),
            ),
        )
        elsewhere(opened_paths, lambda db: skill_service.update_skill(db, skill_id, theirs))
        assert await save_into_conflict(app, pilot) == "Changed there: Links and notes."


async def test_the_check_in_form_when_another_window_checked_in_first(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "today") as (app, pilot, _pane):
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, mood="4")
        elsewhere(
            opened_paths,
            lambda db: save_check_in(db, FIXED_TODAY, CheckInInput(mood=2, note="Rough night")),
        )
        assert await save_into_conflict(app, pilot) == (
            "Changed there: Mood and One line. You changed Mood too."
        )


def _acme_applied(paths: DataPaths) -> int:
    db = Database(paths.database)
    try:
        return add(db, "Acme", stage="applied", date_applied="2026-03-10")
    finally:
        db.dispose()


async def test_the_follow_up_form(opened_paths: DataPaths) -> None:
    app_id = _acme_applied(opened_paths)
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        assert pane.select_item(app_id)
        await pilot.press("f")  # none set yet: the form starts a week on
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        elsewhere(
            opened_paths,
            lambda db: application_service.set_follow_up(db, app_id, date(2026, 3, 20)),
        )
        assert await save_into_conflict(app, pilot) == "Changed there: Follow up on."


async def test_the_follow_up_form_when_another_field_changed_there(
    opened_paths: DataPaths,
) -> None:
    """No follow-up here or there: the form's "a week on" is not a change made there."""
    app_id = _acme_applied(opened_paths)
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        assert pane.select_item(app_id)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)

        def notes(db: Database) -> None:
            detail = get_detail(db, app_id)
            assert detail is not None
            values = {**application_service.form_values(detail.application), "notes": "Called"}
            from bounceback_tui.domain.applications import validate_application

            application_service.update_application(
                db, app_id, validate_application(values, FIXED_TODAY), None
            )

        elsewhere(opened_paths, notes)
        assert await save_into_conflict(app, pilot) == "No field of this form changed there."
