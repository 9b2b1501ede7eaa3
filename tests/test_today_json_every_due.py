"""`today --json` lists every due item, in the order Today's due list gives them.

Its due list held the first three quiet applications and counted the rest in `due_total`,
while the pane (and the printed `today`) list as many as their room takes, the longest
silent first (domain/due_more.due_in_room); a list cut at forty left the rest out too. A
JSON document has no room to fill: it lists them all, as the pane would in a box with room
for them, and says it leaves none out.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from bounceback_tui.ui.today.due_room import due_listed

QUIET = 12


def _store(paths: DataPaths, follow_ups: int = 0) -> None:
    with sqlite3.connect(paths.database) as conn:
        for n in range(QUIET):
            sent = f"2026-01-{n + 1:02d}"  # two months and more without a word
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, created_at, "
                "updated_at) VALUES (?, 'Analyst', 'applied', ?, ?, ?)",
                (f"Quietco{n:02d}", sent, f"{sent} 09:00:00", f"{sent} 09:00:00"),
            )
        for n in range(follow_ups):  # sent this month, each follow-up a week late
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES (?, 'Analyst', 'applied', '2026-03-02', "
                "'2026-03-09', '2026-03-02 09:00:00', '2026-03-02 09:00:00')",
                (f"Busyco{n:02d}",),
            )
    conn.close()


def _json(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["today", "--json", "--data-dir", str(paths.data_dir)]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_every_quiet_application_in_the_panes_order(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _store(opened_paths)
    data = _json(opened_paths, capsys)
    quiet = [item["title"] for item in data["due"] if item["kind"] == "ghosted"]
    assert len(quiet) == QUIET, quiet
    assert len({title for title in quiet}) == QUIET
    # In the order a tall Today lists them.
    summary = load_today(opened_paths.database, date(2026, 3, 16))
    listed, _, more = due_listed(summary, 200)
    assert more == 0
    assert [item["title"] for item in data["due"]] == [item.title for item in listed]
    assert data["due_total"] == len(data["due"]) == QUIET
    assert data["due_left_out"] == 0


def test_a_list_longer_than_the_panes_forty_is_listed_whole(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _store(opened_paths, follow_ups=60)
    data = _json(opened_paths, capsys)
    kinds = [item["kind"] for item in data["due"]]
    assert kinds.count("follow_up") == 60
    assert kinds.count("ghosted") == QUIET
    assert data["due_total"] == len(data["due"]) == 60 + QUIET
    assert data["due_left_out"] == 0
    # The follow-ups a week late first (flagged), then the quiet ones, the longest silent
    # first, as Today orders them.
    assert kinds == ["follow_up"] * 60 + ["ghosted"] * QUIET
    quiet = [item for item in data["due"] if item["kind"] == "ghosted"]
    assert [item["due_on"] for item in quiet] == sorted(item["due_on"] for item in quiet)
