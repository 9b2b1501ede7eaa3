"""Deleting a "Feedback asked" line, with a day in the log another program wrote over.

A tester's walk: two asks about Initech in the log, then
`sqlite3 store "update interaction set happened_on='[b]garbage[/]' where id=…"` on one of
them, and `d` on either line. Deleting compares the line's day with the other asks' days
(services/feedback_line.py: which line ticks the ask now; services/reply_day.py: which ask
the reply counts from): a day that cannot be read is no ask's day there, never a crash, and
`u` puts the line back as stored (tests/test_undo_keeps_stored_values.py).

Seeded as tests/test_feedback_asked_delete_reply_day.py: Initech's no on Tue 24 Feb, the
clock Mon 16 Mar 2026; asked on 10 Mar the reply is due on day 21, with no ask on day 10.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_log
from bounceback_tui.store.database import Database
from tests.test_feedback_asked_delete_reply_day import (
    Seeded,
    _ask,
    _asked,
    _no_came_on_24_feb,
    _reply_day,
)
from tests.test_people_pane import seeded  # noqa: F401
from tests.test_undo_keeps_stored_values import stored
from tests.written_over import another_program_writes

GARBAGE = "[b]garbage[/]"


def _write_over(paths: DataPaths, line_id: int) -> None:
    another_program_writes(
        paths, "UPDATE interaction SET happened_on = ? WHERE id = ?", (GARBAGE, line_id)
    )


@pytest.mark.parametrize("deleting", ["the line written over", "the other line"])
def test_deleting_an_ask_beside_one_whose_day_is_unreadable(
    seeded: Seeded,  # noqa: F811
    deleting: str,
) -> None:
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        first = _asked(db, ids, date(2026, 3, 10))
        second = _asked(db, ids, date(2026, 3, 16))
        assert _reply_day(paths) == 21  # counted from the first ask, 10 Mar
        _write_over(paths, second.id)
        gone, kept = (second, first) if deleting == "the line written over" else (first, second)
        before = stored(paths.database, "interaction", gone.id)
        deleted = people_log.delete_interaction(db, gone.id)
        if gone is first:
            # The ask left in the log has no day that can be read: the reply goes back to
            # the plan's own day (day 10), the ask open, as with no other ask.
            assert _reply_day(paths) == 10
            assert _ask(paths) == (False, None)
        else:
            # The line that cannot be read was no ask's day: the reply and the ask stand.
            assert _reply_day(paths) == 21
            assert _ask(paths) == (True, "2026-03-10")
        people_log.restore_interaction(db, deleted)
        assert stored(paths.database, "interaction", gone.id) == before
        assert _reply_day(paths) == 21
        assert kept.id != gone.id
    finally:
        db.dispose()
