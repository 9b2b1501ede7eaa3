"""A Recovery writing screen keeps rows to write in at 60x20; the step's detail gives way.

Found walking the writing screens at 60x20: a reflection's answer box showed two lines of
text, a feedback reply's and the expressive page's one; a step of one's own (`c` on a plan,
kind "answer") with a long detail pushed the box, the keys line and the buttons below the
screen's edge, at 80x24 too, and what was typed went on out of sight (ui/recovery/answer_room.py).
"""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widget import Widget
from textual.widgets import Button, TextArea

from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.domain.recovery_forms import CustomStepInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.recovery.answer import AnswerScreen
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle

DETAIL = "Write down what you will practise before the next round, and how. " * 12
CUSTOM = "custom"


def _rows_in_sight(app: App[object], widget: Widget) -> int:
    """How many of ``widget``'s rows are drawn inside what its containers show."""
    placed = app.screen._compositor.visible_widgets.get(widget)
    if placed is None:
        return 0
    region, clip = placed
    return region.intersection(clip).height


def _step(paths: DataPaths, key: str) -> int:
    """The step ``key`` of a fresh plan, or (``CUSTOM``) a step of one's own, kind answer,
    with a long detail."""
    db = Database(paths.database)
    try:
        save_setting(db, "recovery_optional_steps", True)  # the expressive page's step
        rejection_id = add_rejection(db)
        if key != CUSTOM:
            step_id = step_by_key(db, rejection_id, key).id
        else:
            data = CustomStepInput("Practise", "keep_going", StepKind.ANSWER, 3, DETAIL)
            step_id = step_service.add_custom_step(db, rejection_id, data).step.id
    finally:
        db.dispose()
    assert step_id is not None
    return step_id


@pytest.mark.parametrize(
    ("key", "size"),
    [
        ("reflect.prepared", (60, 20)),
        ("feedback.response", (60, 20)),
        ("optional.expressive", (60, 20)),
        (CUSTOM, (60, 20)),
        (CUSTOM, (80, 24)),
    ],
)
async def test_the_writing_box_keeps_three_lines_and_the_keys_stay(
    opened_paths: DataPaths, key: str, size: tuple[int, int]
) -> None:
    step_id = _step(opened_paths, key)
    async with app_on(opened_paths, "recovery", size=size) as (app, pilot, pane):
        assert pane.select_step(step_id)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AnswerScreen)
        await pilot.press(*"First line", "enter", *"Second line", "enter", *"Third line")
        await settle(pilot, 3)
        area = app.screen.query_one("#answer-text", TextArea)
        assert app.focused is area
        # Three lines of text in the box's border, each in sight as typed.
        assert _rows_in_sight(app, area) >= 5, screen_text(app)
        painted = screen_text(app)
        assert all(line in painted for line in ("First line", "Second line", "Third line"))
        # The buttons, the keys line and the key bar under it.
        assert _rows_in_sight(app, app.screen.query_one("#save", Button)) == 1, painted
        assert _rows_in_sight(app, app.screen.query_one(".form-keys")) >= 1, painted
        (bar,) = app.screen.query(KeyBar)
        assert _rows_in_sight(app, bar) == 1, painted
