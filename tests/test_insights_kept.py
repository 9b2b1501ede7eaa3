"""What's working reads the store once for each state of it, and again after any change.

A stranger's 100,000 store: "Reading your applications …" took 11 s the first time
What's working opened and 5 s each time after, the store unchanged; Today had read the
same figures for its suggestions just before. Now the figures read are kept with the
store's change counter and the day, and shown again at once while both are the same; a
commit from another window changes the counter, and the next open reads again.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import bounceback_tui.services.insights as insights
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import flat, screen_text
from tests.ui_harness import settle_workers


def _add(path: Path, count: int, first: int = 0) -> None:
    """``count`` applications by referral, sent on 2 February."""
    with sqlite3.connect(path) as conn:
        for index in range(first, first + count):
            cursor = conn.execute(
                "INSERT INTO application (company, role, stage, source, date_applied, "
                "created_at, updated_at) VALUES (?, 'Data Analyst', 'applied', 'referral', "
                "'2026-02-02', '2026-02-02 10:00:00', '2026-02-02 10:00:00')",
                (f"Company {index}",),
            )
            conn.execute(
                "INSERT INTO stage_change (application_id, to_stage, changed_on, created_at) "
                "VALUES (?, 'applied', '2026-02-02', '2026-02-02 10:00:00')",
                (cursor.lastrowid,),
            )


async def test_the_figures_are_read_once_until_the_store_changes(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(opened_paths.database, 24)
    reads: list[object] = []  # each read of every application (Today's and the screen's)
    read = insights.read_facts

    def counted(reader: object) -> object:
        reads.append(reader)
        return read(reader)  # type: ignore[arg-type]

    monkeypatch.setattr(insights, "read_facts", counted)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        assert len(reads) == 1  # Today's suggestions
        for _ in range(2):  # opened twice: Today's figures both times, no read
            await pilot.press("w")
            await settle_workers(pilot)
            assert isinstance(app.screen, InsightsScreen)
            assert "24 applications sent · all time" in flat(screen_text(app))
            assert focus_problem(app) is None
            await pilot.press("escape")
            await settle_workers(pilot)
        assert len(reads) == 1
        _add(opened_paths.database, 1, first=24)  # another window
        await pilot.press("w")
        await settle_workers(pilot)
        assert len(reads) >= 2
        assert "25 applications sent · all time" in flat(screen_text(app))
        assert focus_problem(app) is None
