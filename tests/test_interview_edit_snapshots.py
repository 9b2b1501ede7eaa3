"""How changing an interview looks (`N`) at 80x24 and 120x40: Today's "Which interview?"
picker (the onsite coming up and the technical it asks about), and what to do with the one
picked (edit it, or delete it). The form it opens is the scheduling form
(tests/test_people_form_snapshots.py), filled in.

Same store and frozen clock as tests/test_people_form_snapshots.py. Update after an intended
change with `--snapshot-update`, then open the SVGs and check them by eye.
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.ui.app import BouncebackApp
from tests.quiet import until_quiet
from tests.test_people_pane import seeded  # noqa: F401  (the fixture: Rita and her applications)

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_which_interview_picker_snapshot(snap_compare, seeded, size) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    paths, _ids = seeded

    async def run_before(pilot: Any) -> None:
        await until_quiet(pilot)
        await pilot.press("N")
        await pilot.pause()

    assert snap_compare(BouncebackApp(paths), run_before=run_before, terminal_size=size)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_edit_or_delete_picker_snapshot(snap_compare, seeded, size) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    paths, ids = seeded

    async def run_before(pilot: Any) -> None:
        await pilot.press("2")
        await pilot.pause()
        assert pilot.app.current_pane.select_item(ids["acme"])
        await until_quiet(pilot)
        await pilot.press("N")
        await pilot.pause()

    assert snap_compare(BouncebackApp(paths), run_before=run_before, terminal_size=size)
