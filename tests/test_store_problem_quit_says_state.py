"""`q` on the store-problem screen's "Ready to go" says, once the screen is gone, what state
the store was left in and how to open the app, and ends with exit code 0.

After Start fresh (or a restore, a repair) the screen said "Ready to go" and where the old
file was kept; `q` then ended with an empty terminal: what was done, and where the old file
went, left with the screen (the thirty-second round's left-alone list).
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.test_launch_layout import _launch_choosing, _run, _start_fresh_then_quit
from tests.transfer_fixtures import fill_every_table


def _said(capsys: pytest.CaptureFixture[str]) -> list[str]:
    out = capsys.readouterr().out
    return [line for line in out.splitlines() if line.strip()]


def test_after_start_fresh_q_says_the_store_is_fresh_where_the_old_one_is_and_how_to_open(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    _run(opened_paths, "ALTER TABLE contact DROP COLUMN phone")
    capsys.readouterr()
    code, _shown, opened = _launch_choosing(opened_paths, monkeypatch, _start_fresh_then_quit)
    assert (code, opened) == (0, 0)
    (line,) = _said(capsys)
    assert line.startswith("Started a fresh store. The old store, as it was, is kept as "), line
    kept = sorted(opened_paths.data_dir.glob("bounceback.sqlite3.changed-*"))
    assert [path.name for path in kept] == [kept[0].name] and str(kept[0]) in line, line
    assert line.endswith("Open bounceback with `bounceback-tui`."), line  # the store it finds


async def _restore_then_quit(app: StoreProblemApp, pilot: Pilot[bool]) -> None:
    await pilot.press("r")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert app.done
    await pilot.press("q")


def test_after_a_restore_q_says_which_backup_and_how_to_open(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    made = back_up_store(opened_paths)
    _run(opened_paths, "DROP TABLE interview_contact")
    # Not the store `bounceback-tui` finds by itself: the line names the folder given.
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(opened_paths.data_dir.parent / "elsewhere"))
    capsys.readouterr()
    code, _shown, opened = _launch_choosing(opened_paths, monkeypatch, _restore_then_quit)
    assert (code, opened) == (0, 0)
    (line,) = _said(capsys)
    assert line.startswith(f"Restored {made.name}."), line
    assert line.endswith(
        f"Open bounceback with `bounceback-tui --data-dir {opened_paths.data_dir}`."
    ), line


async def _quit_at_once(app: StoreProblemApp, pilot: Pilot[bool]) -> None:
    await pilot.press("q")


def test_quitting_before_any_choice_says_nothing_more(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    _run(opened_paths, "ALTER TABLE contact DROP COLUMN phone")
    capsys.readouterr()
    code, _shown, _opened = _launch_choosing(opened_paths, monkeypatch, _quit_at_once)
    assert code == 1
    assert "Open bounceback with" not in capsys.readouterr().out
