"""The Pipeline's details say a follow-up past its day as Today and People do: "3 days late".

Today listed "Follow up with Café Numérique … 3 days late" and People's details said so too
(``domain/due_said.follow_up_said``), while the Pipeline's details for the same application
said "Follow up 2026-03-13 3d ago". The detail panel is narrow: a longer "late" goes on the
line under the day, in the value's column, never cut or wrapped at the panel's left edge.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import D, put
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def _detail_lines(app: object) -> list[str]:
    """The detail panel's lines as painted, from where its text starts."""
    region = app.query_one("#pipeline-detail").content_region  # type: ignore[attr-defined]
    lines = screen_lines(app)[region.y : region.bottom]  # type: ignore[arg-type]
    return [line[region.x : region.right].rstrip() for line in lines]


@pytest.mark.parametrize(
    ("days", "said"), [(3, "3 days late"), (45, "45 days late"), (130, "4 months late")]
)
async def test_a_late_follow_up_reads_as_today_says_it(
    opened_paths: DataPaths, db: Database, days: int, said: str
) -> None:
    day = FIXED_TODAY - timedelta(days=days)
    put(
        db,
        "Café Numérique",
        [("applied", D(2026, 3, 2))],
        date_applied=D(2026, 3, 2),
        next_follow_up=day,
    )
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, _):
        await settle_workers(pilot)
        lines = _detail_lines(app)
        at = next(i for i, line in enumerate(lines) if line.startswith("Follow up"))
        # The day, then how late on its line or, where that does not fit, on the next line
        # in the same column as the day (never wrapped to the panel's left edge).
        label = "Follow up  "
        whole = f"{label}{day.isoformat()} {said}"
        under = [f"{label}{day.isoformat()}", f"{' ' * len(label)}{said}"]
        assert lines[at] == whole or lines[at : at + 2] == under, "\n".join(lines)
        follow_up = " ".join(lines[at : at + 2])
        assert "ago" not in follow_up


async def test_a_follow_up_ahead_says_when(opened_paths: DataPaths, db: Database) -> None:
    day = FIXED_TODAY + timedelta(days=4)
    put(db, "Bluefin Labs", [("applied", D(2026, 3, 2))], next_follow_up=day)
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, _):
        await settle_workers(pilot)
        lines = _detail_lines(app)
        assert f"Follow up  {day.isoformat()} in 4 days" in lines, "\n".join(lines)
