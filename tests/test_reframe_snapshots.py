"""How the Reframe pane looks: a step of the exercise, the summary card and the history,
at 100x30 and 80x24 (pytest-textual-snapshot; update with --snapshot-update and review)."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.reframe_fixtures import add_record, add_rejection

SIZES = [(100, 30), (80, 24)]


def _store(db: Database) -> None:
    rejection_id = add_rejection(db)
    add_record(
        db,
        "I always blow final rounds. They must think I'm a fraud.",
        traps=("overgeneralization", "mind_reading"),
        feelings=(("sad", 80, 50), ("ashamed", 70, 40), ("anxious", 60, 65)),
        rejection_id=rejection_id,
    )
    add_record(db, "Everyone else from my course has a job by now.", traps=("comparing",))


async def _open_first(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("4")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
def test_traps_step(snap_compare, opened_paths: DataPaths, db: Database, size) -> None:  # type: ignore[no-untyped-def]
    add_record(
        db,
        "I'll never get hired. Everyone else already has a job.",
        feelings=(("sad", 80, None), ("discouraged", 90, None)),
        complete=False,
        step=3,
    )
    assert snap_compare(BouncebackApp(opened_paths), run_before=_open_first, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
def test_summary(snap_compare, opened_paths: DataPaths, db: Database, size) -> None:  # type: ignore[no-untyped-def]
    _store(db)

    async def open_summary(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("4")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()

    assert snap_compare(BouncebackApp(opened_paths), run_before=open_summary, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
def test_history(snap_compare, opened_paths: DataPaths, db: Database, size) -> None:  # type: ignore[no-untyped-def]
    _store(db)
    assert snap_compare(BouncebackApp(opened_paths), press=["4"], terminal_size=size)
