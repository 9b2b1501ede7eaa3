"""The key bar under two dialogs and more shows the keys of the one on top.

Found walking the app with two windows (rev6): the answer bank, its edit form, and the
conflict dialog over them ("That question was changed in another window"): the bar kept
showing the form's `esc Cancel ^s Save`, though `r`, `o` and Escape were the keys that
worked. The bar had the dialog's keys (``KeyBar.shown``); the answer bank, drawn between,
kept the bar as it had drawn it under its dimmed background. ``KeyBar._redraw`` repaints
each dialog in between in the bar's row.
"""

from __future__ import annotations

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.ui_harness import app_on, settle, settle_workers


def _bottom_row(app) -> str:  # type: ignore[no-untyped-def]
    """The terminal's last row, as the top screen draws it (the dialogs' backgrounds too)."""
    strips = app.screen._compositor.render_strips()
    return "".join(segment.text for segment in strips[app.size.height - 1])


async def test_the_conflict_dialog_over_the_answer_banks_form_has_its_keys_on_the_bar(
    opened_paths: DataPaths, db: Database
) -> None:
    row = answers.add_question(db, validate_question({"question": "Why us?"}))
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("i", "e")
        await settle(pilot, 4)
        assert "Save" in _bottom_row(app)  # the form's keys, under the bank and the form
        # Window B saves the question meanwhile.
        answers.update_question(
            db, row.id, validate_question({"question": "Why them?"}), expected_version=row.version
        )
        await pilot.press("ctrl+s")
        await settle(pilot, 6)
        assert isinstance(app.screen, ConflictScreen)
        bottom = _bottom_row(app)
        assert "Reload" in bottom and "Keep editing" in bottom, bottom
        assert focus_problem(app) is None
        await pilot.press("escape")  # back to the form: its keys again
        await settle(pilot, 6)
        assert "Cancel" in _bottom_row(app) and "Reload" not in _bottom_row(app)


async def test_a_practice_round_over_the_bank_has_its_keys_on_the_bar_once_revealed(
    opened_paths: DataPaths, db: Database
) -> None:
    """The same with one dialog between: after space the round's keys are the ratings (its
    snapshot kept "space Show my answer" until this was fixed)."""
    answers.add_question(db, validate_question({"question": "Why us?"}))
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("i", "p")
        await settle(pilot, 4)
        assert "Show my answer" in _bottom_row(app)
        await pilot.press("space")
        await settle(pilot, 6)
        bottom = _bottom_row(app)
        assert "1-5 Rate" in bottom and "Show my answer" not in bottom, bottom
