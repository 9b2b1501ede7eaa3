"""A feeling's name that is only a number, or nothing once its punctuation is set aside, is
never kept as a feeling. A tester's walk: on the feelings step, typing a number after tabbing
past a feeling's name made a feeling named "90" ("90." and "90/100" were names as far as
the step knew). The step says "That looks like a rating; the name goes first" and keeps no
such feeling; a name of punctuation alone asks for a name.
"""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import looks_like_rating
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.reframe.feeling_rows import FeelingRow
from tests.quiet import until_quiet
from tests.reframe_fixtures_ui import feelings_step


def _message(app: BouncebackApp) -> str:
    message = app.query_one("#rf-message", Static)
    return " ".join(str(message.render()).split()) if message.display else ""


def _feelings_kept(paths: DataPaths) -> list[str]:
    with sqlite3.connect(paths.database) as conn:
        names = [name for (name,) in conn.execute("SELECT name FROM thought_feeling")]
    conn.close()
    return names


@pytest.mark.parametrize("typed", ["90", "90.", "90/100", "~90", "#90"])
async def test_a_number_for_a_name_is_said_and_never_kept(
    opened_paths: DataPaths, typed: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        step = await feelings_step(pilot)
        # Sad 70, past the other usual feelings, into the row for one's own.
        await pilot.press("7", "0", *["tab"] * 5, *typed, "tab", "5", "0")
        await until_quiet(pilot)
        await pilot.press("ctrl+n")
        await until_quiet(pilot)
        assert str(app.query_one("#rf-progress").render()).startswith("Step 3 of 8")
        said = _message(app)
        assert f"'{typed}' looks like a rating; the name goes first" in said, said
        rows = list(step.query(FeelingRow))
        assert rows[0].values() == (typed, "50")
        assert focus_problem(app) is None
    assert typed not in _feelings_kept(opened_paths)
    assert _feelings_kept(opened_paths) == ["sad"]


async def test_a_name_of_punctuation_alone_asks_for_a_name(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await feelings_step(pilot)
        await pilot.press("7", "0", *["tab"] * 5, *"...", "tab", "4", "0")
        await until_quiet(pilot)
        await pilot.press("ctrl+n")
        await until_quiet(pilot)
        assert str(app.query_one("#rf-progress").render()).startswith("Step 3 of 8")
        assert "Give your own feeling a name." in _message(app)
        assert focus_problem(app) is None
    assert _feelings_kept(opened_paths) == ["sad"]


def test_what_looks_like_a_rating_and_what_is_a_name() -> None:
    for typed in ("90.", "90/100", "9/10", "~90", "#90", "90-95", "≈ 80"):
        assert looks_like_rating(typed), typed
    for typed in ("embarrassed", "numb 2", "😢", "...", "", "on edge"):
        assert not looks_like_rating(typed), typed
