"""`[` out of a no says in words what the next `[` does: it puts the no back.

A stranger's fortnight: `[` on their rejected Data Analyst application asked to take the no
back and said "Its no and its recovery plan stay in Recovery. [ today takes the move back.";
they pressed `[` once more, meaning one more stage back, and it went Applied → Rejected. A
same-day `[` after a move out of a no, a withdrawal or a silence puts it back there
(services/stage_slip.py); the question and the toast now say so, the key as bound:
"Press [ again today to put the no back."

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import D, put, stage_of
from tests.ui_harness import app_on, keep_toasts, settle, settle_workers


def _store(paths: DataPaths) -> dict[str, int]:
    db = Database(paths.database)
    try:
        no = put(db, "Acme", [("applied", D(2026, 2, 1))], role="Data Analyst")
        details = RejectionInput(rejected_on=D(2026, 2, 24), stage_reached=Stage.APPLIED)
        moves.mark_rejected(db, no, details)
        withdrawn = put(
            db,
            "Kestrel",
            [
                ("applied", D(2026, 2, 2)),
                ("screening", D(2026, 2, 9)),
                ("withdrawn", D(2026, 3, 1)),
            ],
            role="Engineer",
            date_applied=D(2026, 2, 2),
        )
        return {"no": no, "withdrawn": withdrawn}
    finally:
        db.dispose()


def _flat(text: object) -> str:
    return " ".join(str(text).split())


async def _moved_as_asked(app: Any, pilot: Any, pane: Any, item: int, key: str) -> str:
    """``item`` selected, ``key`` pressed and its question answered `y`: the question's
    words, in one line."""
    await settle_workers(pilot)
    assert pane.select_item(item)
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    assert isinstance(app.screen, ConfirmScreen)
    asked = _flat(app.screen.detail)
    await pilot.press("y")
    await settle_workers(pilot)
    return asked


async def test_left_bracket_out_of_a_no_says_the_next_one_puts_it_back(
    opened_paths: DataPaths,
) -> None:
    ids = _store(opened_paths)
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        said = keep_toasts(app)
        assert await _moved_as_asked(app, pilot, pane, ids["no"], "[") == (
            "Its no and its recovery plan stay in Recovery. Changed your mind? "
            "Press [ again today to put the no back."
        )
        assert stage_of(opened_paths.database, ids["no"]) == "applied"
        assert said[-1] == (
            "Acme (Data Analyst): Rejected → Applied. Its rejection and plan stay in Recovery. "
            "Press [ again today to put the no back."
        )
        await pilot.press("[")  # as said: the no is back
        await settle_workers(pilot)
        assert stage_of(opened_paths.database, ids["no"]) == "rejected"
        assert focus_problem(app) is None


async def test_right_bracket_out_of_a_withdrawal_says_left_bracket_puts_it_back(
    opened_paths: DataPaths,
) -> None:
    ids = _store(opened_paths)
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        said = keep_toasts(app)
        assert await _moved_as_asked(app, pilot, pane, ids["withdrawn"], "]") == (
            "The timeline keeps the withdrawal. Changed your mind? "
            "Press [ today to put the withdrawal back."
        )
        assert said[-1] == (
            "Kestrel (Engineer): Withdrawn → Interviewing. "
            "Press [ today to put the withdrawal back."
        )
        assert focus_problem(app) is None
