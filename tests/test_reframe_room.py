"""A Reframe step's fields keep their rows in a short pane; the lines above them give way.

Found by a tester walking the Reframe pane: at 40x15 the thinking-traps step showed no trap
list at all (the question, the hint and the suggestions took every row) while Space still
ticked a trap; at 60x20, with four traps' questions on "Evidence against", the text box
shrank to a single border line above the key bar, its saved text and what was typed unseen.
"""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widget import Widget
from textual.widgets import SelectionList, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe import TRAPS, TRAPS_BY_KEY
from bounceback_tui.reframe.record import RecordDraft
from bounceback_tui.services.reframe import save_draft
from bounceback_tui.store.database import Database
from tests.monkey.checks import focus_dead_end
from tests.screen_text import screen_lines, screen_text
from tests.ui_harness import app_on, settle

SIZES = [(40, 15), (60, 20), (80, 24), (100, 30)]
IDS = ["40x15", "60x20", "80x24", "100x30"]
THOUGHT = "I always blow final rounds. They must think I'm a fraud and I'll never get hired."
# The three traps the thought's words suggest, and one more.
TICKED = ["overgeneralization", "mind_reading", "fortune_telling", "labeling"]


def _rows_in_sight(app: App[object], widget: Widget) -> int:
    """How many of ``widget``'s rows are drawn inside what its containers show."""
    placed = app.screen._compositor.visible_widgets.get(widget)
    if placed is None:
        return 0
    region, clip = placed
    return region.intersection(clip).height


async def _focused(pilot, widget: Widget) -> None:  # type: ignore[no-untyped-def]
    """Wait for the step to focus ``widget`` (it does so after a refresh)."""
    for _ in range(150):
        if pilot.app.focused is widget:
            return
        await pilot.pause(0.02)
    assert pilot.app.focused is widget


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_trap_list_keeps_rows_however_short_the_pane(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    async with app_on(opened_paths, "reframe", size=size) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        app.focused.insert("A final round, then a no by email.")
        await pilot.press("ctrl+n")
        await settle(pilot)
        app.focused.insert("I should have a job by now and I'm a loser.")
        await pilot.press("ctrl+n", "ctrl+n")
        await settle(pilot)
        ticks = app.screen.query_one("#rf-step-3 SelectionList", SelectionList)
        await _focused(pilot, ticks)
        await settle(pilot)
        # Five choices in sight at least, drawn, and the keys on the list a person sees.
        assert _rows_in_sight(app, ticks) >= 5, screen_text(app)
        painted = screen_text(app)
        assert sum(trap.name in painted for trap in TRAPS) >= 5, painted
        # The explanation beside the list only where it has room: at 40 columns it had four
        # cells, a letter a line (a helper's walk, nineteenth round).
        detail = app.screen.query_one("#rf-step-3 .rf-trap-detail")
        assert detail.display is (size[0] >= 60)
        if detail.display:
            assert detail.region.width >= 20
        assert focus_dead_end(app) is None
        await pilot.press("space")
        await settle(pilot)
        assert len(ticks.selected) == 1
        assert any(line.lstrip().startswith("▐✓▌") for line in screen_lines(app)), painted


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_evidence_box_keeps_its_lines_when_the_pane_shrinks(
    opened_paths: DataPaths, db: Database, size: tuple[int, int]
) -> None:
    save_draft(
        db,
        RecordDraft(
            situation="Final round at Lumen, a no by email.",
            thought=THOUGHT,
            traps=list(TICKED),
            evidence_against="Got to two final rounds this spring.",
            current_step=5,
        ),
    )
    async with app_on(opened_paths, "reframe") as (app, pilot, _pane):  # 100x30
        await pilot.press("enter")  # the draft resumes on "Evidence against"
        area = app.screen.query_one("#rf-step-5 TextArea", TextArea)
        await _focused(pilot, area)
        questions = [
            TRAPS_BY_KEY[key].ask_against
            for key in ("overgeneralization", "mind_reading", "fortune_telling")
        ]
        await pilot.resize_terminal(*size)
        await settle(pilot, 3)
        # The box keeps three lines of text (five rows with its border), the saved text and
        # what is typed in sight; the questions give way above it.
        assert _rows_in_sight(app, area) >= 5, screen_text(app)
        area.insert(" Lumen said the SQL test was strong.")
        await settle(pilot)
        painted = screen_text(app)
        assert "Got to two" in painted and "Lumen said" in painted, painted
        assert focus_dead_end(app) is None
        # Room again (80x24 has just enough): every question whole, nothing left cut.
        await pilot.resize_terminal(80, 24)
        await settle(pilot, 3)
        painted = " ".join(" ".join(screen_lines(app)).split())
        assert all(question in painted for question in questions), screen_text(app)
        assert _rows_in_sight(app, area) >= 5


async def test_what_gave_way_comes_back_when_the_pane_grows(
    opened_paths: DataPaths, db: Database
) -> None:
    thought = "I should have a job by now and I'm a loser."
    save_draft(db, RecordDraft(situation="A no by email.", thought=thought, current_step=3))
    async with app_on(opened_paths, "reframe", size=(40, 15)) as (app, pilot, _pane):
        await pilot.press("enter")  # the draft resumes on its traps step
        ticks = app.screen.query_one("#rf-step-3 SelectionList", SelectionList)
        await _focused(pilot, ticks)
        await settle(pilot)
        assert "Your words suggest" not in screen_text(app)  # gave way to the list
        await pilot.resize_terminal(60, 20)
        await settle(pilot, 3)
        painted = screen_text(app)
        # 60x20 has room for them all: the thought whole, the suggestions, the list.
        assert "Your words suggest" in painted, painted
        assert "loser.”" in painted, painted  # the thought's end: all of it shown
        assert _rows_in_sight(app, ticks) >= 5, painted
