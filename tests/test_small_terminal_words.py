"""A stranger's walk on the demo store at 40 columns, reading every word (more in
tests/test_small_eased_words.py, tests/test_small_skills_and_tour.py and
tests/test_small_message_dialog.py).

- Settings at 40 columns: the Theme dropdown ran past the screen's edge, so the chosen
  theme read "atom-one" and the open list cut names with no "…" ("catppuccin-m" twice).
  Under 60 columns a setting's label, box and note stack, so the names are whole.
"""

from __future__ import annotations

from textual.widgets import Select

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle

FORTY = (40, 15)


async def test_at_40_columns_the_theme_dropdown_shows_whole_names(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=FORTY) as (app, pilot, _pane):
        await pilot.press("comma")
        await settle(pilot)
        theme = app.screen.query_one("#setting-theme", Select)
        theme.value = "catppuccin-macchiato"
        theme.focus()
        await settle(pilot)
        # Inside the screen, whole: the box ends before the screen's last column.
        assert theme.region.right <= 40
        lines = screen_lines(app)
        at = next(n for n, line in enumerate(lines) if line.strip() == "Theme")
        assert lines[at + 1].split() == ["catppuccin-macchiato", "▼"], "\n".join(lines)
        await pilot.press("enter")
        await settle(pilot)
        lines = screen_lines(app)
        names = [word for line in lines for word in line.split() if "-" in word]
        assert "catppuccin-macchiato" in names, "\n".join(lines)
        # Every name in the open list whole, or cut with "…" ("catppuccin-m" before).
        for word in names:
            assert word in app.available_themes or word.endswith("…"), "\n".join(lines)
