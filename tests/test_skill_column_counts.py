"""The Skills board writes its counts as every place does: "To do · 1,297", never "1297".

A stranger's month on a 10,000-application demo: at 80x24 the board's first column was titled
"To do · 1297", beside a header that read "2,502 items". The column titles and the "Done by
kind" line now write their counts with ``domain/wording.number``, the app's one number helper.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from tests.test_skills_pane import skills_pane

# Written out by hand: 1,297 to do, 2 in progress, 1,203 done; all technical.
COUNTS = {"todo": 1297, "doing": 2, "done": 1203}


def _backlog(paths: DataPaths) -> None:
    rows = []
    for status, count in COUNTS.items():
        finished = "2026-03-02 09:00:00" if status == "done" else None
        rows += [(f"{status} {n}", status, n, finished) for n in range(count)]
    with sqlite3.connect(paths.database) as conn:
        conn.executemany(
            "INSERT INTO skill (title, status, priority, created_at, finished_at) "
            "VALUES (?, ?, ?, '2026-03-01 09:00:00', ?)",
            rows,
        )
    conn.close()


async def test_the_column_titles_write_their_counts_with_separators(
    opened_paths: DataPaths,
) -> None:
    _backlog(opened_paths)
    async with skills_pane(opened_paths, size=(80, 24)) as (_app, pilot, pane):
        await pilot.pause()
        titles = [str(lane.border_title) for lane in pane.query(".skills-column")]
        assert titles == ["To do · 1,297", "Doing · 2 of 3", "Done · 1,203"]


async def test_done_by_kind_writes_its_counts_with_separators(opened_paths: DataPaths) -> None:
    _backlog(opened_paths)
    async with skills_pane(opened_paths, size=(120, 40)) as (_app, pilot, pane):
        await pilot.pause()
        header = str(pane.query_one("#skills-header").render())
        assert "2,502 items" in header
        assert "Technical 1,203/2,502" in header
