"""The printed `today` fits its lines to a terminal; a pipe or a file gets every character.

At a terminal a due line too long was cut at its end, losing how late it was. Each line now
fits the terminal, the application's name cut at words' ends, part by part, as the pane cuts
it, its day kept after it; never inside what a reader sees as one character. Printed to a
pipe or a file (a morning script, `grep`), every line is whole, as Unix tools write there.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.text import text_cells
from bounceback_tui.paths import DataPaths

LONG_ROLE = " ".join(["Principal"] * 30)  # 299 characters
CODER = "\U0001f469\u200d\U0001f4bb"  # woman technologist: one character on screen, 3 code points


def _store(paths: DataPaths, role: str) -> None:
    with sqlite3.connect(paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
            "created_at, updated_at) VALUES ('Northwind Traders', ?, 'screening', "
            "'2026-02-01', '2026-03-13', '2026-02-01 09:00:00', '2026-02-01 09:00:00')",
            (role,),
        )
    conn.close()


def _printed(
    paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """What an 80-column terminal shows."""
    import os
    import shutil
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *a: os.terminal_size((80, 24)))
    assert main(["today", "--data-dir", str(paths.data_dir)]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_pipe_gets_every_character_of_a_long_role(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _store(opened_paths, LONG_ROLE)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    (due,) = [line for line in lines if "Northwind" in line and line.startswith("  ! ")]
    assert due == f"  ! Follow up with Northwind Traders ({LONG_ROLE}) (3 days late)", due
    assert "…" not in "\n".join(lines)


def test_a_long_role_is_cut_to_an_80_column_terminal_its_day_kept(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(opened_paths, LONG_ROLE)
    lines = _printed(opened_paths, capsys, monkeypatch)
    assert max(text_cells(line) for line in lines) <= 80, max(lines, key=len)
    (due,) = [line for line in lines if "Northwind" in line and line.startswith("  ! ")]
    # The name cut at a word's end inside its brackets, how late after it.
    assert due.startswith("  ! Follow up with Northwind Traders (Principal"), due
    assert due.endswith("…) (3 days late)"), due
    assert "Princip…" not in due


def test_a_terminal_keeps_its_own_width(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import bounceback_tui.commands.today as today_command

    monkeypatch.setattr(today_command, "_terminal_width", lambda: 60)
    _store(opened_paths, LONG_ROLE)
    lines = _printed(opened_paths, capsys, monkeypatch)
    assert max(text_cells(line) for line in lines) <= 60, max(lines, key=len)
    (due,) = [line for line in lines if "Northwind" in line and line.startswith("  ! ")]
    assert due.endswith("…) (3 days late)"), due


def test_a_name_is_never_cut_inside_a_joined_emoji(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(opened_paths, CODER * 100)
    lines = _printed(opened_paths, capsys, monkeypatch)
    assert max(text_cells(line) for line in lines) <= 80, max(lines, key=len)
    (due,) = [line for line in lines if "Northwind" in line and line.startswith("  ! ")]
    assert due.endswith("…) (3 days late)"), due
    kept = due.split("(", 1)[1].split("…", 1)[0]
    assert kept and kept == CODER * (len(kept) // len(CODER)), repr(kept)


def test_a_plans_step_keeps_its_name_and_cuts_its_words(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from bounceback_tui.store.database import Database
    from tests.recovery_fixtures import add_rejection

    db = Database(opened_paths.database)
    try:  # its plan's first step was due on 17 February, thirteen more after it
        add_rejection(db, "Riverstone Legal", "Site Reliability Engineer", date(2026, 2, 17))
    finally:
        db.dispose()
    lines = _printed(opened_paths, capsys, monkeypatch)
    assert max(text_cells(line) for line in lines) <= 80, max(lines, key=len)
    (step,) = [line for line in lines if line.startswith("  - Riverstone")]
    # Its name and its step's words cut together, as the pane cuts them; its day kept.
    # The step named is the first one not a comfort step ("Let yourself feel it" is one).
    assert step.startswith("  - Riverstone… (Site…): Keep the bridge "), step
    # Twelve more: "Note what came back" is not due while nothing was asked.
    assert re.search(r"… \(\+12 more\) \(was due 18 Feb\)$", step), step  # that step's day
