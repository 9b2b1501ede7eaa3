"""Today's quiet applications (no word for a while) come the longest silent first, in the
pane and in the printed `today`, and the two list and count them alike.

A tester at 80x24: the due box listed the few that had only just gone quiet and hid the
oldest, the likeliest ghostings (the ones to follow up or close), in "and N more"; `today`
listed its own three newest and said "and 9 more" where the pane said "and 6 more". The
silence counts from an application's last news: one sent long ago but moved back into
Applied lately has been silent for less time than those sent after it.

The clock stands at Monday 16 March 2026 (tests/conftest.py freezes it); quiet means no
news for 21 days (the default).
"""

from __future__ import annotations

import re
import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def _store(paths: DataPaths, quiet: int) -> list[str]:
    """``quiet`` applications sent on 1, 2, 3 ... January with no word since, one sent in
    October and moved back into Applied on 20 January, and a follow-up a week late; the quiet
    companies, the longest silent first (as a person would sort them)."""
    with sqlite3.connect(paths.database) as conn:
        add = (
            "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
            "created_at, updated_at) VALUES (?, 'Analyst', 'applied', ?, ?, ?, ?)"
        )
        for n in range(quiet):
            sent = f"2026-01-{n + 1:02d}"
            conn.execute(add, (f"Quietco{n:02d}", sent, None, f"{sent} 09:00", f"{sent} 09:00"))
        back = conn.execute(
            add, ("Cameback", "2025-10-01", None, "2025-10-01 09:00", "2026-01-20 09:00")
        ).lastrowid
        conn.executemany(
            "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, "
            "created_at) VALUES (?, ?, ?, ?, ?)",
            [
                (back, None, "applied", "2025-10-01", "2025-10-01 09:00"),
                (back, "applied", "screening", "2025-11-02", "2025-11-02 09:00"),
                (back, "screening", "applied", "2026-01-20", "2026-01-20 09:00"),
            ],
        )
        conn.execute(
            add, ("Busyco", "2026-03-02", "2026-03-09", "2026-03-02 09:00", "2026-03-02 09:00")
        )
    conn.close()
    return [f"Quietco{n:02d}" for n in range(quiet)] + ["Cameback"]


_MORE = re.compile(r"and (\d+) more: (\d+) quiet")  # cut at 80 columns: "quiet applicatio…"


def _quiet_named(lines: list[str]) -> list[str]:
    return [
        m.group(1) for line in lines if (m := re.search(r"(\w+)(?: \(Analyst\))?: ghosted\?", line))
    ]


def _more(lines: list[str]) -> int:
    found = [m for line in lines if (m := _MORE.search(line))]
    assert len(found) <= 1, lines
    if not found:
        return 0
    assert found[0].group(1) == found[0].group(2), found[0].group()  # only quiet ones left
    return int(found[0].group(1))


async def _pane_lines(paths: DataPaths, size: tuple[int, int]) -> list[str]:
    async with app_on(paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        return screen_lines(run.app)


def _printed(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["today", "--data-dir", str(paths.data_dir)]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("quiet", [9, 16])
async def test_the_longest_silent_come_first_in_the_pane_and_in_today(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], quiet: int
) -> None:
    longest_first = _store(opened_paths, quiet)
    pane = await _pane_lines(opened_paths, (80, 24))
    printed = _printed(opened_paths, capsys)

    in_pane, in_print = _quiet_named(pane), _quiet_named(printed)
    # Each lists the longest silent, in that order, and counts the rest.
    assert in_pane and in_pane == longest_first[: len(in_pane)], pane
    assert in_print and in_print == longest_first[: len(in_print)], printed
    assert len(in_pane) + _more(pane) == quiet + 1, "\n".join(pane)
    assert len(in_print) + _more(printed) == quiet + 1, printed
    # The box at 80x24 has room for fewer: it hides some, the newest.
    assert len(in_pane) < quiet + 1, pane
    # One count of what is due: the follow-up and every quiet application.
    assert any(f"Due now · {quiet + 2}" in line for line in pane), pane
    assert f"Due now ({quiet + 2})" in printed, printed


async def test_a_short_today_keeps_the_longest_silent(opened_paths: DataPaths) -> None:
    longest_first = _store(opened_paths, 16)
    lines = await _pane_lines(opened_paths, (60, 20))
    listed = _quiet_named(lines)
    assert listed == longest_first[: len(listed)] and listed, lines
    assert len(listed) + _more(lines) == 17, lines
