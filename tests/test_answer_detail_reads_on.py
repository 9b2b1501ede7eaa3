"""A step's detail cut short on a Recovery writing screen says there is more, and a key
reads it all (ui/recovery/answer_room.py).

Found by a tester at 60x20: a long detail on the writing screen was cut to 5 lines, its scroll
bar's column blank, with nothing to say that more was there, and it scrolled only with the
mouse wheel. Now the line under it says "↓ more" and the key that reads on (as bound, as
Skills' "↓ more · e shows all" does), a page at a time while the writing box keeps the focus.
"""

from __future__ import annotations

import re

from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.domain.recovery_forms import CustomStepInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.recovery.answer import AnswerArea, AnswerScreen
from tests.recovery_fixtures import add_rejection
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle

SENTENCES = 30
DETAIL = " ".join(f"Point {n} of what to practise." for n in range(1, SENTENCES + 1))


def _long_step(paths: DataPaths) -> int:
    db = Database(paths.database)
    try:
        rejection_id = add_rejection(db)
        data = CustomStepInput("Practise", "keep_going", StepKind.ANSWER, 3, DETAIL)
        step_id = step_service.add_custom_step(db, rejection_id, data).step.id
    finally:
        db.dispose()
    assert step_id is not None
    return step_id


def _points(painted: str) -> set[int]:
    """The points in sight, a point's words joined across the lines they wrap onto."""
    words = " ".join(line.strip("│ ▁▂▃▄▅▆▇█") for line in painted.splitlines())
    return {int(n) for n in re.findall(r"Point (\d+) ", words)}


async def test_a_cut_detail_says_more_and_a_key_reads_it_all(opened_paths: DataPaths) -> None:
    step_id = _long_step(opened_paths)
    async with app_on(opened_paths, "recovery", size=(60, 20)) as (app, pilot, pane):
        assert pane.select_step(step_id)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AnswerScreen)
        painted = screen_text(app)
        assert SENTENCES not in _points(painted)  # cut short
        (more,) = [line for line in painted.splitlines() if "↓ more" in line]
        key = more.split("↓ more · ")[1].split(" reads on")[0].strip()
        assert key and f"{key} Read on" in painted.splitlines()[-1], painted  # the key bar
        seen = _points(painted)
        for _ in range(SENTENCES):
            if "↓ more" not in screen_text(app):
                break
            await pilot.press("ctrl+down")
            await settle(pilot)
            seen |= _points(screen_text(app))
            assert isinstance(app.focused, AnswerArea)  # still written in
        assert seen == set(range(1, SENTENCES + 1)), sorted(seen)
        assert "↓ more" not in screen_text(app)
        await pilot.press("ctrl+down")  # after the end, from the start again
        await settle(pilot)
        assert 1 in _points(screen_text(app))
        await pilot.press(*"typed")
        await settle(pilot)
        assert "typed" in app.screen.query_one(AnswerArea).text


async def test_the_more_line_follows_the_mouse_wheel(opened_paths: DataPaths) -> None:
    # Found in review: "↓ more" changed on the key only; a person who read the detail to its
    # end with the mouse wheel still saw "↓ more", and back at its start still "The end".
    step_id = _long_step(opened_paths)
    async with app_on(opened_paths, "recovery", size=(60, 20)) as (app, pilot, pane):
        assert pane.select_step(step_id)
        await pilot.press("enter")
        await settle(pilot)
        detail = app.screen.query_one("#answer-detail")
        assert "↓ more" in screen_text(app)
        for _ in range(SENTENCES * 3):  # the wheel's steps, a line each, down to the end
            if detail.scroll_y >= detail.max_scroll_y:
                break
            detail.scroll_down(animate=False, immediate=True)
            await settle(pilot)
        painted = screen_text(app)
        assert SENTENCES in _points(painted)  # the end in sight
        assert "↓ more" not in painted and "The end" in painted, painted
        detail.scroll_y = 0  # however it moves: straight back to the start
        await settle(pilot)
        painted = screen_text(app)
        assert 1 in _points(painted)
        assert "↓ more" in painted and "The end" not in painted, painted
        assert isinstance(app.focused, AnswerArea)  # still written in
