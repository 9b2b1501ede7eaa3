"""A finished record's summary: `j`/`k` scroll it, `c` keeps its coping card (a newcomer's walk).

At 80x24 the summary was cut after "Feelings": Down and PageDown scrolled it, `j` did
nothing, and `k` kept a coping card (saying so again at each press) while `?` listed `k`
for "up" too. Now `j`/`k` scroll the summary as every long text does, `c` keeps the card
and a second `c` says it is kept already.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import care
from bounceback_tui.store.database import Database
from bounceback_tui.ui.reframe.summary import ReframeSummary
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, settle, toasts

SMALL = (80, 24)


def _long_record(db: Database) -> int:
    return add_record(
        db,
        "I will never get hired anywhere",
        traps=("overgeneralization", "fortune_telling"),
        feelings=(("sad", 80, 40), ("anxious", 70, 50), ("ashamed", 60, 30), ("angry", 50, 20)),
        belief=90,
    )


async def _open_summary(pilot) -> ReframeSummary:  # type: ignore[no-untyped-def]
    await pilot.press("enter")
    await settle(pilot, 3)
    summary = pilot.app.query_one("#rf-summary", ReframeSummary)
    assert pilot.app.focused is summary
    return summary


async def test_j_and_k_scroll_the_summary_and_keep_no_card(
    opened_paths: DataPaths, db: Database
) -> None:
    _long_record(db)
    async with app_on(opened_paths, "reframe", size=SMALL) as (app, pilot, _pane):
        summary = await _open_summary(pilot)
        assert summary.max_scroll_y > 0  # taller than the pane at 80x24
        assert summary.scroll_y == 0
        await pilot.press("j", "j")
        await settle(pilot)
        assert summary.scroll_y == 2
        await pilot.press("k")
        await settle(pilot)
        assert summary.scroll_y == 1
        assert not any("card" in said for said in toasts(app))
    assert care.list_cards(db) == []


async def test_c_keeps_the_card_once_and_then_says_it_is_kept(
    opened_paths: DataPaths, db: Database
) -> None:
    record_id = _long_record(db)
    async with app_on(opened_paths, "reframe", size=SMALL) as (app, pilot, _pane):
        await _open_summary(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert toasts(app)[-1] == "Kept as a card. On a hard day, Today shows one of your cards."
        await pilot.press("c")
        await settle(pilot)
        assert toasts(app)[-1] == "This balanced thought is already kept as a card."
    cards = care.list_cards(db)
    assert [(card.record_id, card.text) for card in cards] == [(record_id, "One no is one no.")]


async def test_help_names_c_for_the_card_and_k_only_for_up(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.ui.screens.help import HelpScreen

    _long_record(db)
    async with app_on(opened_paths, "reframe", size=SMALL) as (app, pilot, _pane):
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        card = [line for line in app.screen.lines if "coping card" in line.description]
        assert [line.keys for line in card] == ["c"]
        with_k = [line.description for line in app.screen.lines if "k" in line.keys.split(" / ")]
        assert all("card" not in said for said in with_k)


async def test_o_on_a_record_with_no_rejection_says_there_is_no_plan(
    opened_paths: DataPaths, db: Database
) -> None:
    _long_record(db)  # not linked to a rejection
    async with app_on(opened_paths, "reframe", size=SMALL) as (app, pilot, pane):
        await _open_summary(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert toasts(app)[-1:] == [
            "This record is not linked to a rejection, so it has no plan to open."
        ]
        assert pane.mode == "summary"
