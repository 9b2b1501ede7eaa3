"""`u` after another window deleted an application the record was linked to names that
application as every other note does, "Company (Role)".

The note said "Alex Morgan is back; the link to Quarry & Co's application was not, …": with
two applications at one company, linked to both, the person could not tell which link was
lost, and "Quarry & Co's application" named no application the way the app names them
anywhere else. Window B is a second ``Database`` on the same file, as a second app would hold.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.errors import BouncebackError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import (
    applications,
    interview_undo,
    interviews,
    people_edits,
    pipeline_undo,
)
from bounceback_tui.services.application_delete import delete_application
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.helpers import usual_keys


@pytest.fixture
def other(opened_paths: DataPaths) -> Iterator[Database]:
    """Window B: its own handle on the same store."""
    database = Database(opened_paths.database)
    yield database
    database.dispose()


def _two_at_quarry(db: Database) -> tuple[int, int]:
    made = [
        applications.add_application(db, ApplicationInput(company="Quarry & Co", role=role)).id
        for role in ("Technical Writer", "Support Engineer")
    ]
    assert None not in made
    return made[0] or 0, made[1] or 0


def test_a_lost_link_names_which_of_two_applications_at_one_company(
    db: Database, other: Database
) -> None:
    writer, support = _two_at_quarry(db)
    alex = people_edits.add_contact(db, validate_contact({"name": "Alex Morgan"}, FIXED_TODAY))
    people_edits.link_application(db, alex, writer)
    people_edits.link_application(db, alex, support)
    deleted = people_edits.delete_contact(db, alex)  # window A
    delete_application(other, support)  # window B

    back = people_edits.restore_contact(db, deleted)  # `u` in A

    assert back.note == (
        "Alex Morgan is back; the link to Quarry & Co (Support Engineer) was not, as it was "
        "deleted in another window."
    )


def test_an_interview_whose_application_went_names_that_application(
    db: Database, other: Database
) -> None:
    _writer, support = _two_at_quarry(db)
    values = {"kind": "phone_screen", "day": "2026-03-20", "at": "10:00", "zone": "UTC"}
    interview = interviews.add_interview(db, support, validate_interview(values, FIXED_TODAY))
    deleted = interview_undo.remove_interview(db, interview)
    delete_application(other, support)

    with pytest.raises(BouncebackError) as refused:
        pipeline_undo.undo(db, deleted, usual_keys)

    assert str(refused.value) == (
        "The Phone screen interview with Quarry & Co (Support Engineer) cannot be brought "
        "back: Quarry & Co (Support Engineer), which it belonged to, was deleted in another "
        "window. Nothing changed."
    )
