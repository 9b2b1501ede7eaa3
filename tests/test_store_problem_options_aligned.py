"""The store-problem screen's choices start at one column (a stranger, twice: r, f and q
began at columns 5, 18 and 22, each button centring its label's block), at 80x24 and at
120x40 alike, and "Enter  Open bounceback" once a choice is made starts there too."""

from __future__ import annotations

import pytest

from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.screen_text import screen_lines


def _chooser() -> StoreProblemApp:
    return StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label="daily, today 09:30: 3 applications, 1 rejection",
        aside_name="bounceback.sqlite3.unreadable-20260316-093000",
        restore=lambda: "Restored the backup.",
        fresh=lambda: "Started fresh.",
        quiet_s=0,
    )


def _column(app: StoreProblemApp, words: str) -> int:
    (line,) = [line for line in screen_lines(app) if words in line]
    return line.index(words)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_choices_start_at_one_column(size: tuple[int, int]) -> None:
    app = _chooser()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        columns = {
            _column(app, words)
            for words in ("r  Restore the latest", "f  Start fresh", "q  Quit and leave")
        }
        assert len(columns) == 1, columns
        (column,) = columns
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert _column(app, "Enter  Open bounceback") == column
