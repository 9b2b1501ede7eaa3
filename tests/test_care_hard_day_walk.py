"""A new user's walk through a hard day (twenty-second round).

- "If you are struggling" with nobody kept said "Settings (,) or [care] in settings.toml"
  (a file name, to someone on a hard day), and its wrapped line lost its indent.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import flat, screen_lines, screen_text
from tests.ui_harness import app_on, settle_workers

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
