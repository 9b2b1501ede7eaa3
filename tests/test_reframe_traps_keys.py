"""The thought record's thinking-traps step says its Space and keeps `q` in the exercise.

A stranger's walk: Reframe (`4`), a new record (`a`), a thought, on to the traps. The step
said "Space ticks a trap", but the key bar read "^n Next step  ^b Back  esc Close  ? Keys
q Quit", without Space, and `q` closed the whole app mid-exercise (on every other step it is
typed, and the bar offers no Quit). Today is Monday 16 March 2026 (tests/conftest.py)."""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.choice_lists import TickList
from tests.quiet import until_quiet
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, reframe_to_the_feelings


async def test_the_traps_step_shows_space_and_q_does_not_quit(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=(100, 30)) as run:
        pilot, app = run.pilot, run.app
        await reframe_to_the_feelings(app, pilot)
        bars = [screen_lines(app)[-1]]
        await pilot.press("ctrl+n")  # on to the traps
        await until_quiet(pilot)
        assert isinstance(app.focused, TickList)
        bar = screen_lines(app)[-1]
        assert "Space Tick" in bar, bar
        assert "Quit" not in bar, bar
        await pilot.press("q")
        await until_quiet(pilot)
        assert app.is_running
        assert isinstance(app.focused, TickList)  # still on the traps, focus kept
        await pilot.press("space")
        await until_quiet(pilot)
        assert app.focused.selected  # Space ticked the trap highlighted
        # Every later step of the exercise keeps focus and offers no Quit either.
        for _ in range(6):
            await pilot.press("ctrl+n")
            await until_quiet(pilot)
            if getattr(app.current_pane, "mode", "") != "exercise":
                break  # the finished record's summary
            assert app.focused is not None
            bars.append(screen_lines(app)[-1])
        assert app.is_running
        assert all("Quit" not in bar for bar in bars), bars
