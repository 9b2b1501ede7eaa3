"""A Reframe draft saved with only a trailing space added writes nothing.

A stranger's walk (twenty-sixth round): a draft open in two windows, a space typed at the
end of its situation in one and left for the autosave. The save cleans the space away, so
the record was as stored, yet its version moved on, and the other window's next save was
refused ("changed in another window") for a change that was none. A save that would leave
the record as stored now writes nothing (services/reframe_same.py), as a recovery step's
draft kept as it stands does (tests/test_draft_unchanged_no_write.py).
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_NOW, FIXED_ZONE
from tests.reframe_fixtures import add_record
from tests.test_reframe_conflict_settled import (
    SIZE,
    corner,
    message,
    open_draft,
    situation,
    type_and_wait,
)
from tests.ui_harness import app_on


def _version(paths: DataPaths) -> int:
    with sqlite3.connect(paths.database) as conn:
        (version,) = conn.execute("SELECT version FROM thought_record").fetchone()
    conn.close()
    return int(version)


def _actions(paths: DataPaths) -> int:
    """The actions counted towards days of activity (Today's streak), all days together."""
    with sqlite3.connect(paths.database) as conn:
        (actions,) = conn.execute("SELECT coalesce(sum(actions), 0) FROM activity_day").fetchone()
    conn.close()
    return int(actions)


def test_a_save_that_adds_only_spaces_at_the_ends_keeps_the_version(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = add_record(db, "I always fail", complete=False)
    clock.freeze(FIXED_NOW + timedelta(minutes=5), tz=FIXED_ZONE)  # a save later on
    draft = reframe_service.load_record(db, record_id)
    assert draft.version == 1
    draft.situation = "A no by email. "
    draft.thought = "  I always fail\n"
    kept = reframe_service.save_draft(db, draft)
    assert kept.version == 1 and kept.id == record_id
    assert _version(opened_paths) == 1
    assert situation(db, record_id) == "A no by email."
    # A real change still writes, at the version it names.
    draft.thought = "I always fail at this"
    assert reframe_service.save_draft(db, draft).version == 2
    assert reframe_service.load_record(db, record_id).thought == "I always fail at this"


def test_a_save_with_nothing_to_write_is_no_days_activity(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = add_record(db, "I always fail", complete=False)
    before = _actions(opened_paths)
    assert before >= 1  # the record's first save counted
    draft = reframe_service.load_record(db, record_id)
    draft.thought = "I always fail "
    reframe_service.save_draft(db, draft)
    assert _actions(opened_paths) == before


async def test_a_trailing_space_in_one_window_does_not_refuse_the_others_save(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = add_record(db, "I always fail", complete=False, step=0)  # on its situation
    clock.freeze(FIXED_NOW + timedelta(minutes=5), tz=FIXED_ZONE)  # the windows, later on
    async with app_on(opened_paths, "reframe", size=SIZE) as a:
        app_a, pilot_a, pane_a = a
        await open_draft(pilot_a, pane_a, record_id)
        async with app_on(opened_paths, "reframe", size=SIZE) as (_b, pilot_b, pane_b):
            await open_draft(pilot_b, pane_b, record_id)
            await type_and_wait(pilot_b, " ")
            await pilot_b.press("escape")
        assert _version(opened_paths) == 1  # B's space wrote nothing
        await type_and_wait(pilot_a, " Ax")
        assert not message(app_a).startswith("Not saved"), message(app_a)
        assert corner(app_a) != "not saved"
        assert situation(db, record_id) == "A no by email. Ax"
        assert _version(opened_paths) == 2
        assert focus_problem(app_a) is None
