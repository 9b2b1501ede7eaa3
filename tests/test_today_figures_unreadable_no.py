"""One no whose day another program wrote over leaves the other figures standing.

A tester's walk: `sqlite3 store "update rejection set rejected_on='[b]garbage[/]'"` on the
latest no. Before, Today's "Bouncing back" box (and `bounceback-tui today`) lost its
bounce-back and its last no: the written-over day sorted after every real one, so it was
taken for the latest no, and then could not be read. Now that no is left out of the
figures that need its day, the others are counted, and one line says a no's day cannot be
read and where it is mended (Recovery's edit key, as bound).

Today is Monday 2026-03-16 (the frozen clock in conftest). Northwind said no on 03-02 and
Bellows was sent on 03-05: three days to bounce back; the last no readable is 14 days ago.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from tests.conftest import FIXED_TODAY
from tests.screen_text import flat, screen_text
from tests.ui_harness import app_on, settle_workers


def _build(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            conn.execute(
                "INSERT INTO application (id, company, role, stage, date_applied, created_at, "
                "updated_at) VALUES (1, 'Bellows', 'Engineer', 'applied', '2026-03-05', "
                "'2026-03-05 09:00:00', '2026-03-05 09:00:00')"
            )
            for rid, company, day, recorded in (
                (10, "Northwind", "2026-03-02", "2026-03-02 18:00:00"),
                (11, "Contoso", "2026-03-12", "2026-03-12 18:00:00"),
            ):
                conn.execute(
                    "INSERT INTO rejection (id, company, role, rejected_on, created_at) "
                    "VALUES (?, ?, 'Engineer', ?, ?)",
                    (rid, company, day, recorded),
                )
            # Another program writes over the latest no's day.
            conn.execute("UPDATE rejection SET rejected_on = '[b]garbage[/]' WHERE id = 11")
    finally:
        conn.close()


def test_the_figures_count_the_others_and_say_one_is_left_out(opened_paths: DataPaths) -> None:
    _build(opened_paths.database)
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert summary.bounce_back_days_latest == 3
    assert summary.days_since_last_rejection == 14
    assert summary.applications_since_last_rejection == 1
    assert summary.rejections_unreadable == 1


def test_the_today_command_says_so(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _build(opened_paths.database)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    said = flat(capsys.readouterr().out)
    assert "Bounce-back 3 days" in said
    assert "Left out 1 rejection whose day cannot be read; edit it in Recovery" in said, said


async def test_todays_box_says_so_with_the_key_as_bound(opened_paths: DataPaths) -> None:
    _build(opened_paths.database)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        shown = flat(screen_text(app))
        assert "Bounce-back 3 days" in shown, shown
        assert "Left out 1 no, day unreadable" in shown, shown
        key = app.key_label("recovery.edit", "e")
        assert f"Mend it {key} in Recovery" in shown, shown
        assert app.focused is not None


@pytest.mark.parametrize(
    ("unreadable", "said"),
    [
        (1, "Left out    1 no, day unreadable"),
        (3, "Left out 3 noes, days unreadable"),
        (12345, "Left out 12,345 days unreadable"),
    ],
)
def test_the_lines_keep_to_the_box(unreadable: int, said: str) -> None:
    """The box has 32 cells inside its border (tests/test_today_figures_fit.py)."""
    from bounceback_tui.ui.today.figures import left_out

    lines = [line.plain for line in left_out(unreadable, "e")]
    assert lines == [said, "Mend it     e in Recovery"]
    assert all(len(line) <= 32 for line in lines)
