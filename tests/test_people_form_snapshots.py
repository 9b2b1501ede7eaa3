"""How issue 19's forms look at the smallest supported terminal (80x24) and a roomy one
(120x40): scheduling an interview (`n` on a person), logging what passed (`i`), and Today asking
how an interview went once its time has passed (the prompt on Today, and the form `h` opens).

Each picture is one app run on a temporary store (Rita, linked to Initech, whose technical
interview on Friday has passed; Acme's onsite on Wednesday to come) with the clock frozen on
Monday 2026-03-16 09:30 in Europe/London (tests/conftest.py). Update after an intended change
with `pytest tests/test_people_form_snapshots.py --snapshot-update`, then open the SVGs and
check them by eye.
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.quiet import until_quiet
from tests.test_people_pane import seeded  # noqa: F401  (the fixture: Rita and her applications)

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


def _on_person_then(key: str, rita: int) -> Any:
    """Before the picture: People, Rita selected, then ``key``."""

    async def run_before(pilot: Any) -> None:
        await pilot.press("6")
        await pilot.pause()
        assert pilot.app.current_pane.select_item(rita)
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_interview_form_snapshot(snap_compare, seeded, size) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    paths, ids = seeded
    app = BouncebackApp(paths)
    assert snap_compare(app, run_before=_on_person_then("n", ids["rita"]), terminal_size=size)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_interaction_form_snapshot(snap_compare, seeded, size) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    paths, ids = seeded
    app = BouncebackApp(paths)
    assert snap_compare(app, run_before=_on_person_then("i", ids["rita"]), terminal_size=size)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_how_did_it_go_prompt_snapshot(snap_compare, seeded: tuple[DataPaths, Any], size) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Today, once its people part (read after the first paint) is in."""
    paths, _ids = seeded

    async def run_before(pilot: Any) -> None:
        await until_quiet(pilot)
        assert pilot.app.current_pane.people is not None

    assert snap_compare(BouncebackApp(paths), run_before=run_before, terminal_size=size)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_how_did_it_go_form_snapshot(snap_compare, seeded, size) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    paths, _ids = seeded

    async def run_before(pilot: Any) -> None:
        await until_quiet(pilot)  # Today's people part is in: `h` has an interview to ask about
        assert pilot.app.current_pane.people is not None
        await pilot.press("h")
        await pilot.pause()

    assert snap_compare(BouncebackApp(paths), run_before=run_before, terminal_size=size)
