"""An interview whose time another program wrote over is said where it belongs, never a
crash and never left out as if it were not there.

A tester's walk: `sqlite3 store "update interview set starts_at='[b]garbage[/]' where id=…"`.
The app opened; Today's interviews and `bounceback-tui today` left that interview out
without a word, and in the Pipeline, `/` then the company's first letters selected it and
the app died ("Something went wrong (ValueError: Invalid isoformat string: …)", exit 70).
Now Today, the command and the Pipeline's detail say the same sentence, the value as
stored quoted short and shown as typed (never read as markup).

The store: tests/test_today_soon_interview.py's, on Monday 2026-03-16 09:30, with Bluefin
Labs' onsite on Thursday overwritten.
"""

from __future__ import annotations

import pytest
from textual.widgets import Static

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.screen_text import screen_lines
from tests.test_today_soon_interview import build_week_of_interviews
from tests.ui_harness import app_on, settle, settle_workers
from tests.written_over import another_program_writes

SAID = (
    "An interview with Bluefin Labs (Engineer) has a time that could not be read ('[b]garbage[/]')."
)


def _overwritten(paths: DataPaths) -> None:
    build_week_of_interviews(paths)
    another_program_writes(
        paths,
        "UPDATE interview SET starts_at = '[b]garbage[/]' WHERE application_id = "
        "(SELECT id FROM application WHERE company = 'Bluefin Labs')",
    )


def test_the_today_command_says_the_interview_it_cannot_read(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _overwritten(opened_paths)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert f"  - {SAID}\n" in out, out
    assert "Cinder Audio (Engineer)" in out  # the others as before


async def test_today_says_the_interview_it_cannot_read(opened_paths: DataPaths) -> None:
    _overwritten(opened_paths)
    async with app_on(opened_paths, size=(160, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        strip = [line.strip(" █") for line in screen_lines(app) if line.startswith(" █ ")]
        assert SAID in strip, screen_lines(app)


async def test_the_pipeline_detail_says_it_without_dying(opened_paths: DataPaths) -> None:
    _overwritten(opened_paths)
    async with app_on(opened_paths, "pipeline", size=(160, 40)) as (app, pilot, _pane):
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        for key in "Blu":
            await pilot.press(key)
            await settle(pilot)
        await settle(pilot, 2)
        detail = str(app.query_one("#pipeline-detail-body", Static).render())
        assert "Bluefin Labs" in detail
        assert SAID in " ".join(detail.split()), detail
        assert app.focused is not None
