"""A no's reason notes what came back, in the plans started before it did.

Since a no recorded with its reason ticks its plan's "Note what came back" at once, its
answer the reason, done on the no's day (services/recovery.reason_noted), a plan started
before kept the step open beside a rejection that already had a reason: Recovery said 0/15
with "Note what came back · since 5 Dec" under "they gave a reason", and Today and the
`today` command "(+13 more)" where a new plan said "(+12 more)". Deciding it when the plan is
read does not fit: the tick, the day a plan finished and Today's summary are stored.

This migration brings such a step to what a new plan has, once: only a reply step still open
(not ticked, not skipped, nothing said to have come back), with no answer and no draft, of a
no whose reason says something (``has_feedback``: "No reason given." leaves it open). Never
what the person wrote. A plan that tick completes (``plan_is_complete``, as every tick asks)
is finished at the latest moment one of its steps was ticked or set aside: when it would
have finished, had its reply been noted from the start. The summary's triggers see both
writes (v005, v009). The rules are the domain's, passed in as SQL functions
(``apply.UpgradeRules``); the JSON import of an older export runs ``note_reasons`` too.
No table, index or trigger changes.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

VERSION = 10
DESCRIPTION = "a no's reason notes what came back in plans started before it did"

_OPEN_REPLY = (
    "s.kind = 'reply' AND s.done_at IS NULL AND s.skipped_at IS NULL AND s.answer = '' "
    "AND coalesce(s.answer_draft, '') = '' AND NOT s.nothing_came_back "
    "AND trim(r.reason) != ''"
)
_FROM = "FROM recovery_step s JOIN rejection r ON r.id = s.rejection_id WHERE " + _OPEN_REPLY


def has_open_replies(conn: sqlite3.Connection) -> bool:
    """A reply step ``note_reasons`` may tick is there (no rule asked: plain SQL)."""
    return conn.execute(f"SELECT 1 {_FROM} LIMIT 1").fetchone() is not None


def note_reasons(conn: sqlite3.Connection, now: datetime) -> int:
    """Tick every open reply step of a no whose reason says something, its answer the reason,
    done on the no's day at ``now``'s time (``bb_done_moment``), and finish the plans that
    completes; inside the caller's transaction, the rules installed on ``conn``
    (``apply.install_rules``). Returns how many steps it ticked."""
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    found = conn.execute(
        f"SELECT s.id, s.rejection_id, r.reason, bb_done_moment(r.rejected_on, ?) {_FROM} "
        "AND bb_has_feedback(r.reason)",
        (stamp,),
    ).fetchall()
    conn.executemany(
        "UPDATE recovery_step SET done_at = ?, answer = ?, updated_at = ? WHERE id = ?",
        [(done_at, reason, stamp, step_id) for step_id, _plan, reason, done_at in found],
    )
    plans = sorted({plan for _step, plan, _reason, _done in found})
    conn.executemany(
        "UPDATE rejection SET plan_completed_at = ("
        "SELECT max(coalesce(max(done_at), ''), coalesce(max(skipped_at), '')) "
        "FROM recovery_step WHERE rejection_id = rejection.id) "
        "WHERE id = ? AND plan_completed_at IS NULL AND ("
        "SELECT bb_plan_complete(count(done_at), count(*) - count(skipped_at), count(*)) "
        "FROM recovery_step WHERE rejection_id = rejection.id)",
        [(plan,) for plan in plans],
    )
    return len(found)


_RULES_ASKED = (
    "SELECT bb_has_feedback(NULL), bb_plan_complete(NULL, NULL, NULL), "
    "bb_done_moment(NULL, NULL) WHERE 0"
)


def require_rules(conn: sqlite3.Connection) -> None:
    """Raise RuntimeError, a programming error, when the rules are not installed on ``conn``
    (a caller of ``open_store`` or ``upgrade_store`` left out ``rules``): only a store with a
    step to note needs them, so the forgotten argument said nothing in tests on new stores and
    then failed on a real one as "no such function: bb_done_moment", reported as a store that
    could not be opened. The statement is prepared, never run: no rule is called."""
    try:
        conn.execute(_RULES_ASKED)
    except sqlite3.OperationalError as exc:
        raise RuntimeError(
            f"The upgrade to version {VERSION} notes a no's reason in plans started before it, "
            "and this store has such a step, but the upgrade was run without its rules "
            f"({exc}): pass rules=services.upgrade_rules.upgrade_rules to the call that opens "
            "the store (migrations.apply.UpgradeRules)."
        ) from exc


def upgrade(conn: sqlite3.Connection) -> None:
    if not has_open_replies(conn):
        return  # a new store, or none to note: no rule is asked
    require_rules(conn)
    from bounceback_tui import clock

    note_reasons(conn, clock.now())
