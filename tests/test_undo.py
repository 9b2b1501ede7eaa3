"""Deleting with undo puts back exactly what was removed, ids and links included."""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.recovery import insert_rejection
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Skill, ThoughtRecord
from bounceback_tui.store.undo import delete_with_undo, restore
from tests.helpers import content_of, versions_of

TABLES = ("application", "stage_change", "rejection", "recovery_step", "thought_record", "skill")


def _dump(path) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    # Versions left out: an undo is a write, and moves them forward.
    return {t: sorted(content_of(path, t)) for t in TABLES}


def test_delete_then_restore_is_identical(db: Database) -> None:
    app = add_application(db, ApplicationInput("Acme", "Engineer", date_applied=date(2026, 3, 1)))
    with db.write() as session:
        rejection = insert_rejection(
            session,
            company="Acme",
            role="Engineer",
            rejected_on=date(2026, 3, 10),
            application_id=app.id,
        )
        session.add(ThoughtRecord(rejection_id=rejection.id, thought="I'll never get hired"))
        session.add(Skill(title="System design", rejection_id=rejection.id))
    before = _dump(db.path)
    versions_before = versions_of(db.path, "rejection")

    with db.write() as session:
        deleted = delete_with_undo(session, "rejection", rejection.id)
    after_delete = _dump(db.path)
    assert after_delete["rejection"] == []
    assert after_delete["recovery_step"] == []  # cascaded
    assert after_delete["thought_record"][0][1] is None  # link cleared, record kept
    assert deleted.count("recovery_step") == len(before["recovery_step"]) > 10

    with db.write() as session:
        restore(session, deleted)
    assert _dump(db.path) == before
    # ...at a newer version: a form read before the delete names an older one.
    (old,) = versions_before.values()
    assert versions_of(db.path, "rejection")[rejection.id] > old


def test_deleting_an_application_keeps_its_rejection_unlinked(db: Database) -> None:
    app = add_application(db, ApplicationInput("Acme", "Engineer"))
    with db.write() as session:
        insert_rejection(
            session,
            company="Acme",
            role="Engineer",
            rejected_on=date(2026, 3, 10),
            application_id=app.id,
        )
    before = _dump(db.path)
    with db.write() as session:
        deleted = delete_with_undo(session, "application", app.id)
    middle = _dump(db.path)
    assert middle["application"] == [] and middle["stage_change"] == []
    assert middle["rejection"][0][1] is None
    with db.write() as session:
        restore(session, deleted)
    assert _dump(db.path) == before
