"""A toast that names a plan step shows its title whole, up to a line's worth.

"Added “Send a thank-you note to the reference wh…” to this plan." The toast cut a step's
title at 32 cells, as it cuts a company's name, so a person's own step (up to 200
characters) and some built-in ones could not be read where they were confirmed. A step's
title is now shown to 60 cells (kit/text.STEP_CELLS), and a longer one ends with "…".
"""

from __future__ import annotations

from datetime import date

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.recovery_fixtures import add_rejection
from tests.ui_harness import app_on, settle, toasts

# 53 characters: longer than a name's 32 cells, shorter than a step's 60.
WHOLE = "Send a thank-you note to the reference who vouched me"
# 80 characters: cut.
LONG = "Write to Priya at the agency and ask which of the three roles still has an opening"


async def _add_step(paths: DataPaths, title: str) -> list[str]:
    async with app_on(paths, "recovery", notifications=True) as (app, pilot, _pane):
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-title", Input).value = title
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, FormScreen)
        return toasts(app)


async def test_a_custom_steps_title_is_shown_whole_in_its_toast(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Acme", "Engineer", date(2026, 3, 12))
    said = await _add_step(opened_paths, WHOLE)
    assert f"Added “{WHOLE}” to this plan. u takes it away." in said


async def test_a_long_steps_title_is_cut_with_an_ellipsis(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Acme", "Engineer", date(2026, 3, 12))
    said = await _add_step(opened_paths, LONG)
    cut = "Write to Priya at the agency and ask which of the three…"
    assert f"Added “{cut}” to this plan. u takes it away." in said


def test_every_sentence_naming_a_step_keeps_the_longer_cut() -> None:
    # The ticked-step toasts of People's log and message, and the template's retire.
    from bounceback_tui.ui.kit.text import step_toast, ticked_in_plan

    assert str(step_toast("Marked as sent, and ticked “$step”.", WHOLE)) == (
        f"Marked as sent, and ticked “{WHOLE}”."
    )
    assert str(ticked_in_plan("Logged", LONG)) == (
        "Logged, and ticked “Write to Priya at the agency and ask which of the three…” "
        "in your plan."
    )
    # A company beside a step is still a name: 32 cells.
    company = "Initech Global Consulting Services Limited"
    assert str(step_toast("$company: “$step”", WHOLE, company=company)) == (
        f"Initech Global Consulting…: “{WHOLE}”"
    )
