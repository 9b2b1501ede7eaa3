"""A new user's walk through a hard day (twenty-second round).

- When the two minutes of breathing were over, the box still said "Esc stop" and the key
  bar "Stop"; the key closes then, and both say so.
- "If you are struggling" with nobody kept said "Settings (,) or [care] in settings.toml"
  (a file name, to someone on a hard day), and its wrapped line lost its indent.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import flat, screen_lines, screen_text
from tests.ui_harness import app_on, settle_workers

# -- 3. The end of the breathing says the key closes ---------------------------------------


async def test_after_two_minutes_the_breathing_box_and_bar_say_close(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.care.low_day import BreathingScreen

    now = [1000.0]
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _):
        await settle_workers(pilot)
        app.push_screen(BreathingScreen(clock=lambda: now[0]))
        await settle_workers(pilot)
        during = screen_text(app)
        assert "Esc stop" in during
        now[0] += 121
        app.screen.tick()
        await settle_workers(pilot)
        after = screen_text(app)
        assert "Two minutes. Well done for taking them." in after
        assert "Esc close" in after
        assert "Esc stop" not in after
        bar = screen_lines(app)[-1]
        assert "Close" in bar and "Stop" not in bar
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle_workers(pilot)
        assert not isinstance(app.screen, BreathingScreen)
        assert focus_problem(app) is None


# -- 4. "If you are struggling" with nobody kept --------------------------------------------


async def test_struggling_with_nobody_kept_points_to_settings_in_plain_words(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _):
        await settle_workers(pilot)
        await pilot.press("question_mark")
        await settle_workers(pilot)
        await pilot.press("h")
        await settle_workers(pilot)
        text = screen_text(app)
        assert "Settings (,)" in flat(text)
        assert "settings.toml" not in text
        assert "[care]" not in text
        lines = screen_lines(app)
        (first,) = [n for n, line in enumerate(lines) if "Think of one person" in line]
        indent = lines[first].index("Think")
        wrapped = lines[first + 1]
        # The wrapped line starts under "Think", not at the box's edge.
        assert wrapped[:indent].strip(" │▎▊") == "", wrapped
        assert wrapped[indent] != " ", wrapped
        assert focus_problem(app) is None
