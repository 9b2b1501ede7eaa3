"""Today's due list makes each item's words when its line is first drawn or read.

The list holds up to 40 items and the first frame draws those its box shows (about 20 on a
40-row terminal): the others' words wait until they are scrolled to or read
(docs/performance.md, "First paint, fp8's round").
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.today.board import TodayBoard
from bounceback_tui.ui.today.board_rows import DuePrompt
from tests.built_stores import store_once


async def test_the_first_screen_makes_the_words_of_the_lines_it_draws(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 200)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        summary = app.query_one("#today").summary
        board = app.query_one("#today-body", TodayBoard)
        prompts = [board.get_option_at_index(i).prompt for i in range(len(summary.due))]
        assert len(prompts) == 40 and all(isinstance(p, DuePrompt) for p in prompts)
        made = [isinstance(p, DuePrompt) and p.made for p in prompts]
        shown = board.due_rows
        assert 0 < shown < 40
        assert all(made[:shown])  # every line on screen has its words
        # The ones below the box wait (the first frame's box, before the strips above it
        # came, showed a few more lines than now: still far from all 40).
        assert not any(made[20:])
        # Scrolled to the end, the last item's line is drawn with its words.
        await pilot.press("end")
        for _ in range(50):  # drawn on the next refresh: under load, a pause or more later
            await pilot.pause(0.02)
            if prompts[-1].made:
                break
        assert board.highlighted == len(prompts) - 1 or board.highlighted == len(prompts)
        assert prompts[-1].made
        # Read, each one says its item (the company or title the item names).
        for prompt, item in zip(prompts, summary.due, strict=True):
            assert item.title[:10] in str(prompt)
