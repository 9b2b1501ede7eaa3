"""A narrow terminal keeps Today's figures and reads its due list whole (a tester's walk).

At 60x20 on a large store a coping card, the people strip and five due items filled the
pane: the "Bouncing back" figures were under them, off screen, and no key brought them. At
72x24 the due list sat beside the figures in 33 cells and read "◌ Acme… (Bac…  sent 35d
ago". Below 80 columns the due list now takes the whole width, and the figures come whole
under it wherever they fit over one due item. With an interview ahead and one waiting for
its note as well, those two lines come first (tests/test_today_ask_keeps_its_row.py), and the
demo's eight figures wait for a row more: 60x21.
"""

from __future__ import annotations

import re

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.today.board import TodayBoard
from tests.built_stores import store_once
from tests.ui_harness import settle_workers
from tests.written_over import another_program_writes

# The demo's figures, as a person reads them in the box (every one, each on its line).
FIGURES = (
    "Bounce-back",
    "Last no",
    "This week",
    "Goal streak",
    "Plans",
    "Plan length",
    "Per reframe",
    "Active",
)


def _screen(app: BouncebackApp, rows: int) -> list[str]:
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strips[row]) for row in range(rows)]


def _nothing_to_ask(paths: DataPaths) -> None:
    """Each of the demo's interviews over told how it went: at 60x20 an interview waiting for
    its note keeps its row before the figures, which then wait for a row more (below)."""
    another_program_writes(
        paths,
        "UPDATE interview SET outcome_at = '2026-03-14 10:00:00' "
        "WHERE starts_at < '2026-03-16' AND outcome_at IS NULL",
    )


SIZES = [(60, 20, False), (72, 24, True), (60, 21, True)]


@pytest.mark.parametrize(
    ("width", "height", "ask"), SIZES, ids=["60x20", "72x24", "60x21 with the ask"]
)
async def test_a_narrow_today_shows_every_figure(
    opened_paths: DataPaths, width: int, height: int, ask: bool
) -> None:
    size = (width, height)
    store_once(opened_paths, fill_demo, 60)
    if not ask:
        _nothing_to_ask(opened_paths)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        await settle_workers(pilot)
        await pilot.pause()
        screen = _screen(app, size[1])
        box = next(row for row, line in enumerate(screen) if "Bouncing back" in line)
        for label in FIGURES:
            assert any(f"│ {label}" in line for line in screen[box + 1 :]), (
                label,
                screen,
            )
        assert " n Next" in screen[-1]  # the key bar under it all
        # The due list above it, with its first item in sight and the cursor on it.
        assert "Due now · 18" in "\n".join(screen[:box])
        assert "? Ask Harbor" in "\n".join(screen[:box])
        assert ("How did it go?" in "\n".join(screen[:box])) is ask
        assert focus_problem(app) is None


async def test_at_72_columns_the_due_list_reads_whole(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(72, 24)) as pilot:
        await settle_workers(pilot)
        await pilot.pause()
        board = app.query_one("#today-body", TodayBoard)
        assert board.due_box_width() == board.size.width  # the whole width
        text = "\n".join(_screen(app, 24))
        # Each application named, its days at the right: what to do kept before its day is
        # said whole (tests/test_today_was_due_narrow.py), its role cut at a word's end.
        assert "? Ask Harbor Freight Tech (Frontend…) for feedback  due 5 Mar" in re.sub(
            r" {2,}", "  ", text
        )
        assert "✉ Follow up with Lumen Health (Data Analyst)" in text
