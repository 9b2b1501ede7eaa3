"""The demo's recovery plans look like a person worked them."""

from __future__ import annotations

import sqlite3

from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database


def test_demo_plans_are_realistic(db: Database) -> None:
    fill_demo(db, 300)
    with sqlite3.connect(db.path) as conn:
        q = conn.execute
        # A plan is marked finished exactly when every one of its steps is ticked.
        mismatched = q(
            "SELECT count(*) FROM rejection r WHERE (r.plan_completed_at IS NOT NULL) != "
            "(NOT EXISTS (SELECT 1 FROM recovery_step s "
            " WHERE s.rejection_id = r.id AND s.done_at IS NULL))"
        ).fetchone()[0]
        assert mismatched == 0
        finished, total = q(
            "SELECT sum(plan_completed_at IS NOT NULL), count(*) FROM rejection"
        ).fetchone()
        assert 0 < finished < total
        # Ticked reflection answers carry what was written.
        empty_answers = q(
            "SELECT count(*) FROM recovery_step WHERE kind = 'answer' AND done_at IS NOT NULL "
            "AND answer = ''"
        ).fetchone()[0]
        assert empty_answers == 0
        # Feedback asked has a day and a way; replies are words or "nothing came back".
        asked = q(
            "SELECT count(*), sum(asked_on IS NOT NULL AND asked_via != '') FROM recovery_step "
            "WHERE kind = 'feedback' AND done_at IS NOT NULL"
        ).fetchone()
        assert asked[0] > 0 and asked[0] == asked[1]
        replies = q(
            "SELECT sum(nothing_came_back), sum(answer != '') FROM recovery_step "
            "WHERE kind = 'reply' AND done_at IS NOT NULL"
        ).fetchone()
        assert replies[0] > 0 and replies[1] > 0
        # Drafts only on open steps; nothing is ticked before the rejection happened.
        assert q("SELECT count(*) FROM recovery_step WHERE answer_draft IS NOT NULL").fetchone()[0]
        assert (
            q(
                "SELECT count(*) FROM recovery_step WHERE answer_draft IS NOT NULL "
                "AND done_at IS NOT NULL"
            ).fetchone()[0]
            == 0
        )
        early = q(
            "SELECT count(*) FROM recovery_step s JOIN rejection r ON r.id = s.rejection_id "
            "WHERE date(s.done_at) < r.rejected_on"
        ).fetchone()[0]
        assert early == 0
