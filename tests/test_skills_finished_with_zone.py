"""A skill's finished time written by another program with a zone ('…T10:00:00Z',
'…+02:00') beside the app's own times, which have none. Before, the Skills list sorted the
finished items by that time and an aware time beside a naive one ended the pane
(TypeError: can't compare offset-naive and offset-aware datetimes). Now such a time is read
as the person's local time, so every finished item is still listed, newest first.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from bounceback_tui.domain.skill_order import list_order
from bounceback_tui.domain.skills import SkillStatus
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.skills import list_skills
from bounceback_tui.store.database import Database
from bounceback_tui.stored_dates import stored_moment
from tests.transfer_fixtures import fill_every_table


def test_a_time_with_a_zone_is_read_as_local_time() -> None:
    read = stored_moment("2026-03-16T10:00:00Z")
    assert read is not None and read.tzinfo is None
    assert read == datetime(2026, 3, 16, 10, tzinfo=UTC).astimezone().replace(tzinfo=None)


def test_skills_list_finished_items_whatever_zone_their_time_was_written_in(
    opened_paths: DataPaths, db: Database
) -> None:
    fill_every_table(opened_paths)
    conn = sqlite3.connect(opened_paths.database)
    with conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM skill ORDER BY id")]
        times = ["2026-03-16T10:00:00Z", "2026-03-17 09:00:00", "2026-03-15T12:00:00+02:00"]
        for skill_id, finished in zip(ids, times, strict=False):
            conn.execute(
                "UPDATE skill SET status = 'done', finished_at = ? WHERE id = ?",
                (finished, skill_id),
            )
    conn.close()
    assert len(ids) >= 2
    rows = list_order(list_skills(db))
    done = [row for row in rows if row.status is SkillStatus.DONE]
    assert len(done) >= min(len(ids), len(times))
    assert all(row.finished_at is not None for row in done[:2])
