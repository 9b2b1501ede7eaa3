"""The demo's plans note what came back from a no's reason, as the app's own plans do.

A no recorded with a reason has its plan's "Note what came back" ticked at once, the reason
its answer (services/recovery.reason_noted), and an older store has it ticked by its upgrade
(store/migrations/v010_reasons_noted.py). `demo` makes its stores new, never upgraded: 7 of
its 60 plans kept the step open beside the reason, "Note what came back · since 5 Mar" under
"they gave a reason", and Today said "(+13 more)" where the app's own plan said "(+12 more)".
"""

from __future__ import annotations

from datetime import date, datetime

from bounceback_tui.domain.feedback import has_feedback
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database


def _replies(db: Database) -> list[tuple[str, str, str, str | None, str, int, str | None]]:
    with db.read() as session:
        return (
            session.connection()
            .exec_driver_sql(
                "SELECT r.reason, r.rejected_on, s.answer, s.done_at, "
                "coalesce(s.answer_draft, ''), s.nothing_came_back, s.skipped_at "
                "FROM recovery_step s JOIN rejection r ON r.id = s.rejection_id "
                "WHERE s.kind = 'reply'"
            )
            .all()
        )


def test_no_reply_stays_open_beside_a_reason(db: Database) -> None:
    fill_demo(db)
    replies = _replies(db)
    with_reason = [row for row in replies if has_feedback(row[0])]
    assert with_reason and len(with_reason) < len(replies)  # "No reason given." too
    still_open = [row for row in with_reason if row[3] is None and row[6] is None]
    assert still_open == [], still_open
    # Noted as the app notes it: on the no's day, the reason its answer.
    noted = [row for row in with_reason if row[2] == row[0]]
    assert noted, with_reason
    for reason, rejected_on, _answer, done_at, _draft, _nothing, _skipped in noted:
        assert done_at is not None
        assert datetime.fromisoformat(done_at).date() == date.fromisoformat(rejected_on), reason


def test_a_plan_the_noted_reply_finishes_is_finished(db: Database) -> None:
    fill_demo(db)
    with db.read() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                "SELECT r.id, r.plan_completed_at, count(*), count(s.done_at), count(s.skipped_at) "
                "FROM rejection r JOIN recovery_step s ON s.rejection_id = r.id GROUP BY r.id"
            )
            .all()
        )
    for rid, completed_at, steps, done, skipped in rows:
        assert (completed_at is not None) == (done + skipped == steps), rid
