"""Today's due list uses a tall terminal's room for quiet applications.

A tester at 200x50 with twelve applications gone quiet: the list stopped at three, "and 9
more: 9 quiet applications", over twenty empty rows. The first three are listed whatever
the room (as before); the rest fill the rows a box has to spare, the line under the list
counting only those it still leaves out. A short box counts them as before.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date

import pytest

from bounceback_tui.domain.due import DueKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from bounceback_tui.ui.today.board import TodayBoard
from bounceback_tui.ui.today.due_room import due_listed
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

QUIET = 12


def _quiet_store(paths: DataPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        for n in range(QUIET):
            sent = f"2026-01-{n + 1:02d}"  # two months and more without a word
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, created_at, "
                "updated_at) VALUES (?, 'Analyst', 'applied', ?, ?, ?)",
                (f"Quietco{n:02d}", sent, f"{sent} 09:00:00", f"{sent} 09:00:00"),
            )
    conn.close()


async def _due_lines(paths: DataPaths, size: tuple[int, int]) -> list[str]:
    async with app_on(paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        return [line.split("│")[1].strip() for line in screen_lines(run.app) if "│" in line]


async def test_a_tall_today_lists_every_quiet_application(opened_paths: DataPaths) -> None:
    _quiet_store(opened_paths)
    lines = await _due_lines(opened_paths, (200, 50))
    quiet = [line for line in lines if line.startswith("◌ ")]
    assert len(quiet) == QUIET, lines
    assert not any("more:" in line for line in lines), lines
    # Each named once: the newest three and the nine before them.
    assert len({re.search(r"Quietco\d+", line).group() for line in quiet}) == QUIET  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [(80, 24), (120, 24)])
async def test_a_short_today_counts_what_it_has_no_room_for(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    _quiet_store(opened_paths)
    lines = await _due_lines(opened_paths, size)
    quiet = [line for line in lines if line.startswith("◌ ")]
    assert 3 <= len(quiet) < QUIET, lines  # the first three, and what room there is
    (more,) = [line for line in lines if "more:" in line]
    left = QUIET - len(quiet)
    assert more.startswith(f"and {left} more: {left} quiet application"), lines


async def test_made_taller_it_lists_them(opened_paths: DataPaths) -> None:
    _quiet_store(opened_paths)
    async with app_on(opened_paths, size=(80, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.resize_terminal(200, 50)
        await run.pilot.pause()
        await run.pilot.pause()
        lines = [line.split("│")[1].strip() for line in screen_lines(run.app) if "│" in line]
        focused = run.app.focused
    assert len([line for line in lines if line.startswith("◌ ")]) == QUIET, lines
    assert focused is not None


def _busy_store(paths: DataPaths, follow_ups: int) -> None:
    """``follow_ups`` applications sent this month with a follow-up past its day, and the
    quiet ones."""
    _quiet_store(paths)
    with sqlite3.connect(paths.database) as conn:
        for n in range(follow_ups):
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES (?, 'Analyst', 'applied', '2026-03-02', "
                "'2026-03-09', '2026-03-02 09:00:00', '2026-03-02 09:00:00')",
                (f"Busyco{n:02d}",),
            )
    conn.close()


def test_a_full_list_adds_no_quiet_application_after_the_ones_it_cut(
    opened_paths: DataPaths,
) -> None:
    # A list cut at its limit by follow-ups (the first quiet applications not in it): a tall
    # box listed quiet applications #4 onwards under it while follow-ups were only counted.
    _busy_store(opened_paths, 60)
    summary = load_today(opened_paths.database, date(2026, 3, 16))
    listed, unlisted, more = due_listed(summary, 200)  # a box with room for them all
    assert [item.title for item in listed] == [item.title for item in summary.due]
    assert not [item for item in listed if item.kind is DueKind.GHOSTED]
    assert dict(unlisted)[DueKind.GHOSTED] == QUIET
    assert more == 60 + QUIET - len(listed)


async def test_the_cursor_stays_on_its_application_when_made_taller(
    opened_paths: DataPaths,
) -> None:
    # The cursor on Quietco07 at 80x24, made 200x50: the quiet applications the taller box
    # adds sort before it, and the cursor (kept at its line's number) sat on Quietco02, so
    # that Enter opened another application.
    _quiet_store(opened_paths)
    async with app_on(opened_paths, size=(80, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        board = run.app.query_one("#today-body", TodayBoard)
        board.focus()
        pane = board.parent
        await run.pilot.press("end")
        await run.pilot.pause()
        chosen = pane._listed[board.highlighted].title  # type: ignore[union-attr]
        assert "Quietco" in chosen and "Quietco00" not in chosen
        await run.pilot.resize_terminal(200, 50)
        await run.pilot.pause()
        await run.pilot.pause()
        assert len(pane._listed) == QUIET  # type: ignore[union-attr]
        assert pane._listed[board.highlighted].title == chosen  # type: ignore[union-attr]


async def test_a_reload_makes_the_list_once_when_its_room_stays(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each reload made the due list three times (the summary, then the people part, then
    # the card, each asking again for the rows the strips left it): on a 10,000 store a
    # return to Today made its 70 lines three times over with the rows unchanged.
    _quiet_store(opened_paths)
    async with app_on(opened_paths, size=(200, 50)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        board = run.app.query_one("#today-body", TodayBoard)
        pane = board.parent
        made: list[int] = []
        set_due = board.set_due
        monkeypatch.setattr(board, "set_due", lambda *a, **k: (made.append(1), set_due(*a, **k)))
        pane.reload()  # type: ignore[union-attr]
        await settle_workers(run.pilot)
        await run.pilot.pause()
        await run.pilot.pause()
        lines = [line.split("│")[1].strip() for line in screen_lines(run.app) if "│" in line]
    assert len(made) == 1
    assert len([line for line in lines if line.startswith("◌ ")]) == QUIET, lines
