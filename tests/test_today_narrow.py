"""Below 80 columns Today's due list takes the whole width, the figures under it.

Found walking the app in tmux (rev4, left; rev6, fixed): at 48 columns the due list (the
focused part) was an 11-cell sliver beside the 36-cell figures box, each item cut to a
character or two ("? …"). The figures and then the trends now go under the due list, each
only where it fits whole with five due items or more above it; the strips above (a coping
card, an interview to ask about) share what is left, as at 80x24.
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


@pytest.fixture
def demo_store(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 60)
    return opened_paths


def _screen(app, rows: int) -> list[str]:  # type: ignore[no-untyped-def]
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strips[row]) for row in range(rows)]


SIZES = [(48, 24), (48, 30), (40, 40), (30, 14)]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_a_narrow_today_keeps_the_due_list_readable(
    demo_store: DataPaths, size: tuple[int, int]
) -> None:
    width, height = size
    app = BouncebackApp(demo_store)
    async with app.run_test(size=size) as pilot:
        await settle_workers(pilot)
        await pilot.pause()
        board = app.query_one("#today-body", TodayBoard)
        plan = board.rows_plan()
        assert board.due_box_width() == board.size.width  # the whole width
        # Four items at the least, before the figures come in: the lines kept whatever the
        # height (the next interview, the ask about last week's) come first.
        assert plan.due_rows >= 4
        screen = _screen(app, height)
        top = board.region.y + plan.cards_top
        first_item = screen[top + 1]
        # The first due item, by hand from the demo: a feedback request 11 days late (Harbor
        # Freight Tech's; Riverstone Legal's no, 24 days late, came with its reason, which
        # answers its request: tests/test_recovery_reason_answers_ask.py). It names its
        # application, "Harbor Freight Tech (Frontend Developer)": where the line is too
        # short, its day is said in fewer cells and its name cut, "Ask … for feedback" kept
        # (tests/test_today_was_due_narrow.py), the role left out where no whole word of it
        # fits ("Fro…" is no word). At 48 columns its words have 40 cells, "due 5 Mar" at
        # the line's right edge (a plan's step says the day it was for:
        # tests/test_plan_steps_was_due.py); at 40 (32 cells) "late" (how late, "11d late",
        # would cut the company inside its first word; a bare "due" read as due today:
        # tests/test_today_overdue_says_when.py); at 30 (22 cells) "Ask … for feedback" gives
        # way (its "?" says it) to the company and "late".
        wanted = "? Harbor… late"
        if width >= 40:
            wanted = "? Ask Harbor… for feedback late"
        if width >= 48:
            wanted = "? Ask Harbor… for feedback due 5 Mar"
        assert wanted in re.sub(r" {2,}", " ", first_item)
        figures = plan.first("figures")
        if figures is not None:  # under the due list, whole, and on screen
            assert figures > plan.cards_top + plan.cards_height - 1
            assert plan.count("figures") == len(board.figures.plain.splitlines()) + 2
            assert board.region.y + figures + plan.count("figures") <= height - 1
            assert "Bounce-back" in "\n".join(screen)
        else:
            assert height < 24  # left out only where it would not fit whole
        if height >= 30:  # room for the strips too: the interview to ask about, say
            assert plan.count("people") >= 1 and "How did it go?" in "\n".join(screen)
        trends = plan.first("trends")
        if trends is not None:
            assert board.region.y + trends + 6 <= height - 1
        assert focus_problem(app) is None
        await pilot.press("j", "j", "j", "j", "j", "j", "j")  # down the list, scrolled
        await pilot.pause()
        assert board.highlighted == 7
        assert focus_problem(app) is None


async def test_at_80_columns_the_due_list_stays_beside_the_figures(demo_store: DataPaths) -> None:
    app = BouncebackApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_workers(pilot)
        board = app.query_one("#today-body", TodayBoard)
        plan = board.rows_plan()
        assert not plan.stacked and plan.first("figures") is None
        assert board.due_box_width() == board.size.width - 37  # the figures' 36 and a gap


def test_a_hard_days_card_is_not_held_back_for_figures_that_do_not_fit() -> None:
    """60x20 (a board 16 rows tall), a card of two lines, two due items: the figures' box did
    not fit under the due list and was left out, but its rows were still held from the strips,
    so the card went and the due box had ten empty rows (a stranger's walk, nineteenth
    round). The card's first line now comes before figures that cannot sit beside it. The
    figures come whole where they fit over one due item (a person sees their figures at
    60x20, a tester's walk): the card keeps its first line, the people strip's ask (`h` on
    the key bar) makes way."""
    from bounceback_tui.ui.today.board_rows import plan_rows

    plan = plan_rows(16, care=2, people=1, figures=8, width=58, due=2)
    assert plan.stacked
    assert plan.count("care") >= 1 and plan.count("figures") == 10
    assert plan.due_rows >= 1
    assert len(plan.rows) <= 16
    # Without the figures' rows (a smaller store's four), the ask has its line too.
    small = plan_rows(16, care=2, people=1, figures=4, width=58, due=2)
    assert small.count("care") >= 1 and small.count("people") >= 1
    assert small.count("figures") == 6
    # Two due items and room to spare: the figures fit under a box of their size.
    roomy = plan_rows(24, care=2, people=0, figures=8, width=58, due=2)
    assert roomy.count("care") == 2 and roomy.count("figures") == 10
    assert roomy.due_rows >= 2
