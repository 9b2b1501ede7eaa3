"""The Recovery pane's step text, in its box of fixed height, is cut at a word's end.

A stranger at 80x24 and 80x40 read the demo's first step ending "…you do not have to be
over it by to…": "to" was the start of "tonight", a word cut in two. The box's last line
now ends at a word's end with "…" ("…over it by…"), as Today's lines do. Each step of a
plan is highlighted in turn and its text read as the box shows it: the demo store, and a
plan at a long company name with a long step of the person's own, at 80x24, 80x40, 60x20
and 120x40. Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.domain.recovery_forms import CustomStepInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.recovery_steps import add_custom_step
from bounceback_tui.store.database import Database
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.built_stores import store_once
from tests.recovery_fixtures import add_rejection
from tests.screen_text import flat
from tests.ui_harness import app_on, settle_workers

COMPANY = "Northwind Traders International Holdings Group"
OWN_STEP = (
    "Write to Priya at Northwind Traders International Holdings Group and thank her for "
    "the conversation about the onboarding redesign; mention the accessibility audit you "
    "talked through together, ask whether the platform team expects to hire again before "
    "the summer, and whether she would be comfortable introducing you to the engineering "
    "manager who leads the payments reliability group, since that team seemed overstretched "
    "and understaffed throughout the whole interview process and afterwards as well."
)


async def _step_texts(app: Any, pilot: Any) -> dict[str, tuple[str, str]]:
    """Each step of the plan opened, highlighted in turn: its title, and its text as the
    box shows it beside the whole of it (whitespace flattened)."""
    await pilot.press("enter")  # the plan's steps
    await settle_workers(pilot)
    pane = app.current_pane
    assert isinstance(pane, RecoveryPane)
    texts: dict[str, tuple[str, str]] = {}
    for _ in range(pane.step_list.option_count):
        step = pane.step_list.highlighted_step
        if step is not None and step.detail:
            shown = flat(str(app.query_one("#plan-detail", Static).render()))
            texts[step.title] = (shown, flat(step.detail))
        await pilot.press("down")
        await settle_workers(pilot)
    return texts


def _cut_inside_a_word(texts: dict[str, tuple[str, str]]) -> list[str]:
    """The texts shown that end with "…" where a word of the step's text goes on."""
    cut = []
    for shown, whole in texts.values():
        if "…" in shown:
            before = shown.split("…")[0].rstrip()
            if whole.startswith(before) and whole[len(before) : len(before) + 1].isalnum():
                cut.append(shown)
    return cut


@pytest.mark.parametrize("size", [(80, 24), (80, 40)], ids=["80x24", "80x40"])
async def test_the_demos_step_texts_end_at_a_words_end(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "recovery", size=size) as run:
        await settle_workers(run.pilot)
        detail = run.app.query_one("#plan-detail", Static)
        texts = await _step_texts(run.app, run.pilot)
        if size == (80, 24):
            # Back on the first step: the sentence the stranger read, cut after "by".
            await run.pilot.press("home")
            await settle_workers(run.pilot)
            shown = flat(str(detail.render()))
            assert shown.endswith("you do not have to be over it by…"), shown
    assert texts
    assert not _cut_inside_a_word(texts), texts


@pytest.mark.parametrize(
    "size", [(80, 24), (80, 40), (60, 20), (120, 40)], ids=["80x24", "80x40", "60x20", "120x40"]
)
async def test_a_long_step_of_your_own_ends_at_a_words_end(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    db = Database(opened_paths.database)
    try:
        rid = add_rejection(db, COMPANY, "Senior Platform Engineer", rejected_on=date(2026, 3, 12))
        own = CustomStepInput(
            title="Thank Priya and ask about the payments team",
            group_key="guardrails",
            kind=StepKind.CHECK,
            offset_days=0,
            detail=OWN_STEP,
        )
        add_custom_step(db, rid, own)
    finally:
        db.dispose()
    async with app_on(opened_paths, "recovery", size=size) as run:
        await settle_workers(run.pilot)
        texts = await _step_texts(run.app, run.pilot)
    assert not _cut_inside_a_word(texts), texts
    # The person's own step: cut, and said to be cut.
    shown_own = texts[own.title][0]
    assert shown_own.startswith("Write to Priya at"), shown_own
    assert shown_own.endswith("…"), shown_own
