"""An interview row Python cannot read (a hand edit, another program) leaves Today's others.

The code review of the round: Today's interviews are now read with its due list, and a row
whose start SQLite reads but Python does not ("2026-03-13 15:00:00 " with a space after it:
SQLite's datetime() takes it) raised out of the whole read. The app stopped at every launch
("Invalid isoformat string"), where Today had opened without its interview lines before.
Now such a row is left out and the rest of Today, its other interviews too, is shown.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import screen_lines
from tests.test_today_soon_interview import build_week_of_interviews
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes


async def test_a_start_python_cannot_read_leaves_that_interview_out(
    opened_paths: DataPaths,
) -> None:
    build_week_of_interviews(opened_paths)
    # The one last Friday, not yet told how it went: its start, with a space after it.
    changed = another_program_writes(
        opened_paths,
        "UPDATE interview SET starts_at = starts_at || ' ' "
        "WHERE starts_at < '2026-03-14' AND outcome_at IS NULL",
    )
    assert changed == 1
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert app.is_running and app.return_code is None
        text = "\n".join(screen_lines(app))
        assert "Bouncing back" in text  # Today is drawn
        assert "Phone screen: Lumen Health (Engineer)" in text  # tonight's, still there
        assert "Harbor Freight (Engineer), Fri 13 Mar" not in text  # the unread one left out
        assert focus_problem(app) is None
