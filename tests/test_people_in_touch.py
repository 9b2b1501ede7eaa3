"""A person's "last in touch" comes from the log (issue 19: last contacted, derived from logged
interactions), in the list and the detail, and follows the log when a line is taken out."""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.people import InteractionInput, InteractionKind, validate_contact
from bounceback_tui.services import people, people_edits, people_log
from bounceback_tui.store.database import Database
from bounceback_tui.ui.people.people_list import last_in_touch
from tests.conftest import FIXED_TODAY  # Monday 16 March 2026


def _person(db: Database, name: str) -> int:
    return people_edits.add_contact(db, validate_contact({"name": name}, FIXED_TODAY))


def _log(db: Database, contact_id: int, day: date) -> int:
    data = InteractionInput(InteractionKind.CALLED, day, "A call")
    return people_log.log_interaction(db, data, contact_id=contact_id).id


def test_last_in_touch_is_the_newest_line_of_the_persons_own_log(db: Database) -> None:
    rita, sam, maya = _person(db, "Rita"), _person(db, "Sam"), _person(db, "Maya")
    _log(db, rita, date(2026, 3, 2))
    newest = _log(db, rita, date(2026, 3, 10))
    _log(db, rita, date(2026, 3, 4))  # logged later, happened earlier
    _log(db, sam, date(2026, 3, 16))  # someone else's line is not Rita's
    by_id = {row.id: row for row in people.list_contacts(db)}
    assert by_id[rita].last_contacted == date(2026, 3, 10)
    assert last_in_touch(by_id[rita], FIXED_TODAY) == "6d ago"
    assert last_in_touch(by_id[sam], FIXED_TODAY) == "today"
    assert by_id[maya].last_contacted is None and last_in_touch(by_id[maya], FIXED_TODAY) == ""
    assert people.get_contact(db, rita).last_contacted == date(2026, 3, 10)

    people_log.delete_interaction(db, newest)
    assert people.get_contact(db, rita).last_contacted == date(2026, 3, 4)
