"""`u` after another window deleted what the deleted record was linked to, or a restore put
the record back: no crash, and what can come back does.

A stranger's walk: window A deleted Alex Morgan, window B deleted an application Alex was
linked to, and `u` in A stopped the app ("FOREIGN KEY constraint failed … INSERT INTO
application_contact", exit 70): Alex was lost for good. The same for a question whose skill
went, a skill whose question went, an interview whose person went; after a restore, `u`
met "UNIQUE constraint failed: contact.id". Every undo of a delete now goes through
``services/bring_back.py``: the record comes back with its links to what is still there,
the note names the links that could not, and a record that cannot come back at all is said
to, with nothing written.

Window B is a second ``Database`` on the same file, as a second app would hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from bounceback_tui.domain.answers import QuestionInput
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.people import InteractionInput, InteractionKind, validate_contact
from bounceback_tui.domain.skills import SkillInput, SourceKind
from bounceback_tui.errors import BouncebackError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import (
    answers,
    applications,
    boards,
    interview_undo,
    interviews,
    people_edits,
    people_log,
    pipeline_undo,
    recovery,
    recovery_steps,
    reframe,
    skills,
)
from bounceback_tui.services.application_delete import delete_application
from bounceback_tui.services.recovery import insert_rejection
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import CopingCard, ThoughtRecord
from bounceback_tui.store.restore import restore_backup
from tests.conftest import FIXED_TODAY
from tests.helpers import usual_keys
from tests.pipeline_fixtures import rows


@pytest.fixture
def other(opened_paths: DataPaths) -> Iterator[Database]:
    """Window B: its own handle on the same store."""
    database = Database(opened_paths.database)
    yield database
    database.dispose()


def _app(db: Database, company: str) -> int:
    app = applications.add_application(db, ApplicationInput(company=company, role="Analyst"))
    assert app.id is not None
    return app.id


def _person(db: Database, name: str) -> int:
    return people_edits.add_contact(db, validate_contact({"name": name}, FIXED_TODAY))


def _skill(db: Database, title: str) -> int:
    return skills.add_skill(db, SkillInput(title))


def _interview(db: Database, app_id: int, *people: int) -> int:
    values = {"kind": "phone_screen", "day": "2026-03-20", "at": "10:00", "zone": "UTC"}
    data = validate_interview(values, FIXED_TODAY)
    return interviews.add_interview(db, app_id, data, people)


def _rejection(db: Database, app_id: int | None, company: str = "Acme") -> int:
    with db.write() as session:
        made = insert_rejection(
            session,
            company=company,
            role="Analyst",
            rejected_on=date(2026, 3, 10),
            application_id=app_id,
        )
        assert made.id is not None
        return made.id


# --- People -------------------------------------------------------------------------------


def test_a_person_comes_back_without_the_link_to_an_application_deleted_elsewhere(
    db: Database, other: Database
) -> None:
    oakleaf, birch = _app(db, "Oakleaf"), _app(db, "Birch & Co")
    alex = _person(db, "Alex Morgan")
    people_edits.link_application(db, alex, oakleaf)
    people_edits.link_application(db, alex, birch)
    people_log.log_interaction(
        db, InteractionInput(InteractionKind.MET, FIXED_TODAY, "Coffee"), contact_id=alex
    )
    deleted = people_edits.delete_contact(db, alex)  # window A
    delete_application(other, oakleaf)  # window B

    back = people_edits.restore_contact(db, deleted)  # `u` in A

    assert back.note == (
        "Alex Morgan is back; the link to Oakleaf (Analyst) was not, as it was deleted "
        "in another window."
    )
    assert rows(db.path, "SELECT id, name FROM contact") == [(alex, "Alex Morgan")]
    assert rows(db.path, "SELECT application_id, contact_id FROM application_contact") == [
        (birch, alex)
    ]
    assert rows(db.path, "SELECT note, contact_id FROM interaction") == [("Coffee", alex)]


def test_a_log_entry_deleted_elsewhere_is_counted_among_the_links_that_did_not_come(
    db: Database, other: Database
) -> None:
    oakleaf = _app(db, "Oakleaf")
    alex = _person(db, "Alex Morgan")
    people_edits.link_application(db, alex, oakleaf)
    people_log.log_interaction(
        db,
        InteractionInput(InteractionKind.CALLED, FIXED_TODAY, "Intro call"),
        application_id=oakleaf,
        contact_id=alex,
    )
    deleted = people_edits.delete_contact(db, alex)
    delete_application(other, oakleaf)  # its log goes with it

    back = people_edits.restore_contact(db, deleted)

    assert back.note == (
        "Alex Morgan is back; the links to Oakleaf (Analyst) and a log entry were not, "
        "as they were deleted in another window."
    )
    assert rows(db.path, "SELECT count(*) FROM contact") == [(1,)]


def test_a_person_a_restore_put_back_is_not_brought_back_twice(
    opened_paths: DataPaths, db: Database
) -> None:
    oakleaf = _app(db, "Oakleaf")
    alex = _person(db, "Alex Morgan")
    people_edits.link_application(db, alex, oakleaf)
    people_log.log_interaction(
        db, InteractionInput(InteractionKind.MET, FIXED_TODAY, "Coffee"), contact_id=alex
    )
    backup = back_up_store(opened_paths)
    deleted = people_edits.delete_contact(db, alex)
    restore_backup(opened_paths, backup)  # the command line: Alex is there again

    with pytest.raises(BouncebackError) as refused:
        people_edits.restore_contact(db, deleted)

    assert str(refused.value) == (
        "Alex Morgan cannot be brought back: that record is in the store again (a restore or "
        "another window put it back). Nothing changed."
    )
    assert rows(db.path, "SELECT id, name FROM contact") == [(alex, "Alex Morgan")]
    assert rows(db.path, "SELECT count(*) FROM application_contact") == [(1,)]
    assert rows(db.path, "SELECT count(*) FROM interaction") == [(1,)]


# --- Interviews ---------------------------------------------------------------------------


def test_an_interview_comes_back_without_a_person_deleted_elsewhere(
    db: Database, other: Database
) -> None:
    oakleaf = _app(db, "Oakleaf")
    priya, sam = _person(db, "Priya Shah"), _person(db, "Sam Lee")
    interview = _interview(db, oakleaf, priya, sam)
    deleted = interview_undo.remove_interview(db, interview)
    people_edits.delete_contact(other, priya)

    back = interview_undo.bring_back_interview(db, deleted)

    assert back.note == (
        "The Phone screen interview with Oakleaf (Analyst) is back; the link to Priya Shah "
        "was not, as it was deleted in another window."
    )
    assert rows(db.path, "SELECT interview_id, contact_id FROM interview_contact") == [
        (interview, sam)
    ]


def test_an_interview_whose_application_went_elsewhere_says_it_cannot_come_back(
    db: Database, other: Database
) -> None:
    oakleaf = _app(db, "Oakleaf")
    sam = _person(db, "Sam Lee")
    deleted = interview_undo.remove_interview(db, _interview(db, oakleaf, sam))
    delete_application(other, oakleaf)

    with pytest.raises(BouncebackError) as refused:
        pipeline_undo.undo(db, deleted, usual_keys)  # the Pipeline's `u` as well as People's

    assert str(refused.value) == (
        "The Phone screen interview with Oakleaf (Analyst) cannot be brought back: Oakleaf "
        "(Analyst), which it belonged to, was deleted in another window. Nothing changed."
    )
    assert rows(db.path, "SELECT count(*) FROM interview") == [(0,)]
    assert rows(db.path, "SELECT count(*) FROM interview_contact") == [(0,)]


# --- The answer bank and Skills -------------------------------------------------------------


def test_a_question_comes_back_without_a_skill_deleted_elsewhere(
    db: Database, other: Database
) -> None:
    sql, story = _skill(db, "SQL window functions"), _skill(db, "Storytelling")
    question = answers.add_question(
        db, QuestionInput("Tell me about a slow report"), skill_ids=(sql, story)
    )
    deleted = answers.delete_question(db, question.id)
    skills.delete_skill(other, sql)

    back = answers.restore_question(db, deleted)

    assert back.note == (
        "The question “Tell me about a slow report” is back; the link to the skill "
        "“SQL window functions” was not, as it was deleted in another window."
    )
    assert rows(db.path, "SELECT question_id, skill_id FROM interview_question_skill") == [
        (question.id, story)
    ]


def test_a_skill_comes_back_without_a_question_deleted_elsewhere(
    db: Database, other: Database
) -> None:
    sql = _skill(db, "SQL window functions")
    gone = answers.add_question(db, QuestionInput("Rank rows per team"), skill_ids=(sql,))
    kept = answers.add_question(db, QuestionInput("Running totals"), skill_ids=(sql,))
    deleted = skills.delete_skill(db, sql)
    answers.delete_question(other, gone.id)

    back = skills.restore_skill(db, deleted)

    assert back.note == (
        "The skill “SQL window functions” is back; the link to the question “Rank rows per "
        "team” was not, as it was deleted in another window."
    )
    assert rows(db.path, "SELECT question_id, skill_id FROM interview_question_skill") == [
        (kept.id, sql)
    ]


# --- The Pipeline -------------------------------------------------------------------------


def test_an_application_comes_back_without_a_person_deleted_elsewhere(
    db: Database, other: Database
) -> None:
    alder = _app(db, "Alder Works")
    sam, kim = _person(db, "Sam Lee"), _person(db, "Kim Ito")
    people_edits.link_application(db, sam, alder)
    people_edits.link_application(db, kim, alder)
    deleted = delete_application(db, alder)
    people_edits.delete_contact(other, sam)

    back = pipeline_undo.undo(db, deleted, usual_keys)

    assert back is not None
    assert back.note == (
        "Alder Works (Analyst) is back; the link to Sam Lee was not, as it was deleted in "
        "another window."
    )
    assert rows(db.path, "SELECT application_id, contact_id FROM application_contact") == [
        (alder, kim)
    ]


# --- Recovery -----------------------------------------------------------------------------


def test_a_rejection_comes_back_without_its_application_and_skill_deleted_elsewhere(
    db: Database, other: Database
) -> None:
    acme = _app(db, "Acme")
    rejection = _rejection(db, acme)
    design = skills.add_skill(
        db, SkillInput("System design"), source_kind=SourceKind.REJECTION, rejection_id=rejection
    )
    steps = rows(db.path, "SELECT count(*) FROM recovery_step")[0][0]
    deleted = recovery.delete_rejection(db, rejection, key_of=usual_keys)
    delete_application(other, acme)
    skills.delete_skill(other, design)

    back = recovery_steps.restore_deleted(db, deleted)

    assert back.note == (
        "The rejection from Acme (Analyst) is back; the links to Acme (Analyst) and the skill "
        "“System design” were not, as they were deleted in another window."
    )
    assert rows(db.path, "SELECT id, application_id FROM rejection") == [(rejection, None)]
    assert rows(db.path, "SELECT count(*) FROM recovery_step") == [(steps,)]


def test_a_step_whose_rejection_went_elsewhere_says_it_cannot_come_back(
    db: Database, other: Database
) -> None:
    rejection = _rejection(db, None)
    step_id, title = rows(db.path, "SELECT id, title FROM recovery_step ORDER BY position LIMIT 1")[
        0
    ]
    deleted = recovery_steps.delete_step(db, step_id)
    recovery.delete_rejection(other, rejection, key_of=usual_keys)

    with pytest.raises(BouncebackError) as refused:
        recovery_steps.restore_deleted(db, deleted)

    assert str(refused.value) == (
        f"The step “{title}” cannot be brought back: the rejection from Acme (Analyst), which it "
        "belonged to, was deleted in another window. Nothing changed."
    )
    assert rows(db.path, "SELECT count(*) FROM recovery_step") == [(0,)]


# --- Reframe ------------------------------------------------------------------------------


def test_a_thought_record_comes_back_without_its_rejection_and_card_deleted_elsewhere(
    db: Database, other: Database
) -> None:
    rejection = _rejection(db, None)
    with db.write() as session:
        record = ThoughtRecord(rejection_id=rejection, thought="I'll never get hired")
        session.add(record)
        session.flush()
        card = CopingCard(text="One no is one company's no", record_id=record.id)
        kept = CopingCard(text="I got this far", record_id=record.id)
        session.add_all([card, kept])
        session.flush()
        record_id, card_id, kept_id = record.id, card.id, kept.id
    assert record_id is not None
    deleted = reframe.delete_record(db, record_id)
    recovery.delete_rejection(other, rejection, key_of=usual_keys)
    with other.write() as session:
        gone = session.get(CopingCard, card_id)
        session.delete(gone)

    back = reframe.restore_record(db, deleted)

    assert back.note == (
        "The thought record is back; the links to the rejection from Acme (Analyst) and a coping "
        "card "
        "were not, as they were deleted in another window."
    )
    assert rows(db.path, "SELECT id, rejection_id FROM thought_record") == [(record_id, None)]
    assert rows(db.path, "SELECT id, record_id FROM coping_card") == [(kept_id, record_id)]


# --- The log, and boards --------------------------------------------------------------------


def test_a_log_entry_comes_back_without_its_person_deleted_elsewhere(
    db: Database, other: Database
) -> None:
    oakleaf = _app(db, "Oakleaf")
    rita = _person(db, "Rita Okoye")
    logged = people_log.log_interaction(
        db,
        InteractionInput(InteractionKind.CALLED, FIXED_TODAY, "Intro call"),
        application_id=oakleaf,
        contact_id=rita,
    )
    deleted = people_log.delete_interaction(db, logged.id)
    people_edits.delete_contact(other, rita)

    back = people_log.restore_interaction(db, deleted)

    assert back.note == (
        "The log entry is back; the link to Rita Okoye was not, as it was deleted in another "
        "window."
    )
    assert rows(db.path, "SELECT note, application_id, contact_id FROM interaction") == [
        ("Intro call", oakleaf, None)
    ]


def test_a_board_a_restore_put_back_is_there_once(opened_paths: DataPaths, db: Database) -> None:
    board = boards.follow_board_spec(db, "greenhouse:oakleaf", "Oakleaf")
    backup = back_up_store(opened_paths)
    unfollowed = boards.unfollow_board(db, board.id)
    restore_backup(opened_paths, backup)

    back = boards.undo_unfollow(db, unfollowed)

    assert back.note == "The board of Oakleaf is back."
    assert rows(db.path, "SELECT id, company FROM followed_board") == [(board.id, "Oakleaf")]
