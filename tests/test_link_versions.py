"""Links kept in a table of their own are part of the records they link: another window that
changes only them moves each record's version, so a form or a save opened before meets a
conflict instead of silently putting the old links (or the old record) back.

A skill's links and notes (``skill_resource``) and the questions linked to it
(``interview_question_skill``), a person's applications (``application_contact``) and an
interview's people (``interview_contact``). Window B is the service on its own connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from textual.widgets import TextArea

from bounceback_tui.domain.answers import QuestionInput
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.skills import ResourceInput, SkillInput, SkillKind
from bounceback_tui.errors import ConflictError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers, interviews, people_edits
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.applications import add_application, update_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.ui_harness import app_on, settle_workers

FIRST = ResourceInput("https://example.org/first", "first link")
THEIRS = ResourceInput("https://example.org/theirs", "their link")
MINE = ResourceInput("https://example.org/mine", "my link")
SKILL = SkillInput(title="SQL window functions", kind=SkillKind.TECHNICAL, resources=(FIRST,))


def _version(paths: DataPaths, table: str, row_id: int) -> int:
    with sqlite3.connect(paths.database) as conn:
        return int(
            conn.execute(f"SELECT version FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]
        )


def _elsewhere(paths: DataPaths, change: Callable[[Database], Any]) -> Any:
    """Window B: its own connection, its own transaction."""
    db = Database(paths.database)
    try:
        return change(db)
    finally:
        db.dispose()


def _resources(paths: DataPaths) -> list[tuple[str, str]]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute("SELECT url, note FROM skill_resource ORDER BY position").fetchall()


# --- A skill's links: the form in one window, the change in another ------------------------


def _only_their_links(skill_id: int) -> Callable[[Database], None]:
    # The same fields as stored, other links: only skill_resource is written.
    theirs = SkillInput(SKILL.title, SKILL.kind, resources=(THEIRS,))
    return lambda db: skill_service.update_skill(db, skill_id, theirs)


def _a_question_linked(skill_id: int) -> Callable[[Database], None]:
    # A question in the answer bank linked to the skill: only interview_question_skill.
    return lambda db: answers.add_question(db, QuestionInput("Why SQL?"), skill_ids=(skill_id,))


@pytest.mark.parametrize(
    "change", [_only_their_links, _a_question_linked], ids=["resources", "question"]
)
async def test_a_skill_form_opened_before_a_link_change_meets_a_conflict(
    opened_paths: DataPaths, change: Callable[[int], Callable[[Database], None]]
) -> None:
    skill_id = _elsewhere(opened_paths, lambda db: skill_service.add_skill(db, SKILL))
    async with app_on(opened_paths, "skills", size=(110, 32)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("e")
        await settle_workers(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        before = _version(opened_paths, "skill", skill_id)
        _elsewhere(opened_paths, change(skill_id))
        assert _version(opened_paths, "skill", skill_id) != before
        form.query_one("#field-resources", TextArea).load_text(f"{MINE.url} {MINE.note}")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen), "the other window's links were overwritten"
        # The dialog names the links when they are the form's; a linked question is not.
        if change is _only_their_links:
            assert "Links and notes" in dialog.changed_there
        else:
            assert dialog.changed_there == "No field of this form changed there."
        await pilot.press("r")  # reload: what is stored now, the other window's links
        await settle_workers(pilot)
        assert app.screen is form
        assert focus_problem(app) is None
        stored = _resources(opened_paths)
        assert stored == ([(THEIRS.url, THEIRS.note)] if change is _only_their_links else
                          [(FIRST.url, FIRST.note)])  # fmt: skip
        assert form.query_one("#field-resources", TextArea).text == "\n".join(
            f"{url} {note}" for url, note in stored
        )


# --- The same rule in the services, for every link table ------------------------------------


def test_a_skill_moves_when_only_its_links_or_linked_questions_change(db: Database) -> None:
    skill_id = skill_service.add_skill(db, SKILL)
    read = skill_service.get_skill(db, skill_id).version
    skill_service.update_skill(db, skill_id, SkillInput(SKILL.title, SKILL.kind, resources=()))
    after_links = skill_service.get_skill(db, skill_id).version
    assert after_links != read
    question = answers.add_question(db, QuestionInput("Why SQL?"), skill_ids=(skill_id,))
    after_question = skill_service.get_skill(db, skill_id).version
    assert after_question != after_links
    answers.update_question(db, question.id, QuestionInput("Why SQL?"), skill_ids=())
    assert skill_service.get_skill(db, skill_id).version != after_question
    # A save naming any version read before is refused; the links stay as written.
    for stale in (read, after_links, after_question):
        with pytest.raises(ConflictError):
            skill_service.update_skill(db, skill_id, SKILL, expected_version=stale)
    assert skill_service.get_skill(db, skill_id).resources == ()


def test_linking_a_person_to_an_application_moves_both(
    opened_paths: DataPaths, db: Database
) -> None:
    app = add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    assert app.id is not None
    person = people_edits.add_contact(db, validate_contact({"name": "Rita"}, FIXED_TODAY))
    app_read = _version(opened_paths, "application", app.id)
    person_read = _version(opened_paths, "contact", person)
    assert _elsewhere(opened_paths, lambda other: people_edits.link_application(
        other, person, app.id
    ))  # fmt: skip
    with pytest.raises(ConflictError):
        people_edits.update_contact(
            db, person, validate_contact({"name": "R."}, FIXED_TODAY), expected_version=person_read
        )
    with pytest.raises(ConflictError):
        update_application(
            db, app.id, ApplicationInput(company="X", role="Y"), expected_version=app_read
        )
    linked_app = _version(opened_paths, "application", app.id)
    linked_person = _version(opened_paths, "contact", person)
    assert _elsewhere(opened_paths, lambda other: people_edits.unlink_application(
        other, person, app.id
    ))  # fmt: skip
    assert _version(opened_paths, "application", app.id) != linked_app
    assert _version(opened_paths, "contact", person) != linked_person


def test_an_interviews_people_changed_elsewhere_move_it(
    opened_paths: DataPaths, db: Database
) -> None:
    app = add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    assert app.id is not None
    rita = people_edits.add_contact(db, validate_contact({"name": "Rita"}, FIXED_TODAY))
    sam = people_edits.add_contact(db, validate_contact({"name": "Sam"}, FIXED_TODAY))
    values = {"kind": "technical", "day": "2026-03-20", "at": "14:00", "zone": "Europe/London"}
    data = validate_interview(values, FIXED_TODAY)
    interview_id = interviews.add_interview(db, app.id, data, (rita,))
    read = interviews.get_interview(db, interview_id).version
    _elsewhere(opened_paths, lambda other: interviews.update_interview(
        other, interview_id, data, (rita, sam)
    ))  # fmt: skip
    after_people = interviews.get_interview(db, interview_id).version
    assert after_people != read
    # A person deleted elsewhere leaves the interview: that moves it too.
    sam_row = _version(opened_paths, "contact", sam)
    _elsewhere(opened_paths, lambda other: people_edits.delete_contact(
        other, sam, expected_version=sam_row
    ))  # fmt: skip
    assert interviews.get_interview(db, interview_id).version != after_people
    for stale in (read, after_people):
        with pytest.raises(ConflictError):
            interviews.update_interview(db, interview_id, data, expected_version=stale)
    assert interviews.get_interview(db, interview_id).people == ((rita, "Rita"),)
