"""Today at 80x24: every figure and the trends stay on screen, whatever else the day brings.

With the demo data on a hard day (a no today, so a coping card; interviews to ask about),
the card and the people strip used to push the trends below the key bar and cut the
figures card. The shares are worked out by hand below from the rule in ui/today/layout.py.
"""

from __future__ import annotations

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.check_in import validate_check_in
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.check_ins import save_check_in
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.today.board import TodayBoard
from bounceback_tui.ui.today.layout import TodayFit, fit_today
from tests.built_stores import store_once
from tests.ui_harness import settle_workers


def test_a_24_row_terminal_keeps_one_line_of_card_and_people_and_drops_the_spacing() -> None:
    # 24 rows: header, tabs (2), key bar leave the pane 20. Top line 1, next step 1, the
    # cards 10 (8 figures and a border), trends 6: 18, so 2 lines spare.
    assert fit_today(20, care=2, people=4, figures=8) == TodayFit(
        gap=0, next_lines=1, care_lines=1, people_gap=0, people_lines=1, cards_min=10
    )


def test_a_30_row_terminal_gives_the_rest_in_order() -> None:
    # The pane has 26: 8 spare. Card 1, people 1, the next step's reason 1, the card's
    # second line 1, the people strip's other 3, then the blank lines: the gap 1 and no
    # room for the people gap (issue 19: lines that say something before blank ones).
    assert fit_today(26, care=2, people=4, figures=8) == TodayFit(
        gap=1, next_lines=2, care_lines=2, people_gap=0, people_lines=4, cards_min=10
    )


def test_a_short_due_list_claims_only_its_rows_and_never_less_than_the_figures() -> None:
    # Issue 19 at 80x24 (a pane of 20): one due item, six figures (a box of 8), an
    # interview to ask about, the next one with its prep, a follow-up (3 people lines).
    # The boxes take 8, the trends 6, the top line and the title 2: 4 spare. People 1,
    # the reason 1, the people strip's other 2; no blank lines left.
    assert fit_today(20, care=0, people=3, figures=6, due=1) == TodayFit(
        gap=0, next_lines=2, care_lines=0, people_gap=0, people_lines=3, cards_min=8
    )
    # Eight figures (a box of 10) beside one item: the figures' box sets the height.
    assert fit_today(20, care=0, people=3, figures=8, due=1).cards_min == 10
    # Five due lines and four figures: the due box's own 7 rows.
    assert fit_today(20, care=0, people=3, figures=4, due=5).cards_min == 7
    # A long list claims ten rows (eight items), as before; the rest is what is left.
    assert fit_today(20, care=0, people=3, figures=6, due=30).cards_min == 10


def test_with_a_card_too_the_people_strip_gives_way_before_the_card() -> None:
    # 80x24 on a hard day (a two-line card) with one due item and six figures: 4 spare.
    # Card 1, people 1, the reason 1, the card's second line 1: the people strip keeps
    # its first line (the ask) and its later lines give way first.
    fit = fit_today(20, care=2, people=3, figures=6, due=1)
    assert (fit.care_lines, fit.people_lines, fit.next_lines, fit.gap) == (2, 1, 2, 0)


def test_an_interview_today_or_tomorrow_keeps_its_line_whatever_the_height() -> None:
    # The demo at 80x24 (a pane of 20): eight figures (a box of 10), a long due list, the
    # trends 6, the top line and the title 2: 2 spare. Tonight's interview is given its
    # line first (``kept``), then the ask takes the people strip's next one; the reason,
    # the later interviews and the blank lines have no room left.
    assert fit_today(20, care=0, people=4, figures=8, kept=1) == TodayFit(
        gap=0, next_lines=1, care_lines=0, people_gap=0, people_lines=2, cards_min=10
    )
    # A hard day's card too: its first line before the ask; the interview stays.
    fit = fit_today(20, care=2, people=4, figures=8, kept=1)
    assert (fit.care_lines, fit.people_lines, fit.next_lines) == (1, 1, 1)
    # A pane a row shorter still than all that needs: the interview's line is there.
    assert fit_today(18, care=2, people=4, figures=8, kept=1).people_lines == 1
    # Without one, the rows go as before: the ask, then the reason.
    fit = fit_today(20, care=0, people=4, figures=8)
    assert (fit.people_lines, fit.next_lines) == (1, 2)


def test_a_roomy_terminal_shows_everything_and_strips_stay_within_their_lines() -> None:
    # The card and two suggestions of two lines each take five lines at the most (four cut
    # the second suggestion mid-sentence), the people strip four.
    assert fit_today(36, care=6, people=4, figures=7) == TodayFit(
        gap=1, next_lines=2, care_lines=5, people_gap=1, people_lines=4, cards_min=10
    )


def test_an_ordinary_day_gives_the_spare_lines_to_the_next_step_first() -> None:
    fit = fit_today(20, care=0, people=0, figures=8)
    assert (fit.next_lines, fit.gap, fit.care_lines, fit.people_lines) == (2, 1, 0, 0)


def test_a_long_reason_wraps_after_the_strips_and_before_the_blank_lines() -> None:
    # A new user's walk at 120x40 (a pane of 36): "Next, tomorrow: Talk it through with
    # someone c…" cut, the due list's box half empty under it. 36 less the top line 1, the
    # title 1, the cards 8 (six figures and a border), the trends 6: 20 spare. The reason
    # takes its three lines, the gap above the next step one.
    fit = fit_today(36, care=0, people=0, figures=6, due=1, reason=3)
    assert (fit.next_lines, fit.gap) == (4, 1)
    # Never more than three lines: the rest of a longer one is cut on the third.
    assert fit_today(36, care=0, people=0, figures=6, due=1, reason=5).next_lines == 4
    # At 80x24 (a pane of 20, 2 spare) with a three-line reason: its second line comes
    # before the blank line above the next step.
    fit = fit_today(20, care=0, people=0, figures=8, reason=3)
    assert (fit.next_lines, fit.gap) == (3, 0)
    # The card's and the people strip's lines come first: 4 spare go to the card's first
    # line, the people strip's, the reason's first, the card's second; none for the rest.
    fit = fit_today(20, care=2, people=3, figures=6, due=1, reason=3)
    assert (fit.care_lines, fit.people_lines, fit.next_lines, fit.gap) == (2, 1, 2, 0)


def demo_on_a_hard_day(db: Database, scale: int) -> None:
    """The demo data after a low check-in today (the demo leaves today's to the person):
    Today then shows a kept card as well as the people strip."""
    fill_demo(db, scale)
    save_check_in(db, clock.today(), validate_check_in({"mood": "2", "note": "Slow start."}))


@pytest.fixture
def demo_store(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, demo_on_a_hard_day, 60)
    return opened_paths


async def test_at_80x24_the_trends_and_every_figure_stay_on_screen(demo_store: DataPaths) -> None:
    app = BouncebackApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_workers(pilot)
        await pilot.pause()
        board = app.query_one("#today-body", TodayBoard)
        assert board.care is not None and board.people is not None
        # The day this test is about: a card and people to ask about are there to show.
        assert "A card you kept" in board.care.plain
        assert "How did it go?" in board.people.text.plain
        key_bar_row = 23
        plan = board.rows_plan()
        trends = plan.first("trends")
        assert trends is not None and plan.count("trends") == 6
        assert board.region.y + trends + 6 <= key_bar_row
        lines = len(board.figures.plain.splitlines())
        assert lines == 8
        assert plan.cards_height >= lines + 2  # every figure inside its border
        # The two rows left go to the lines that always stay: the next interview and the
        # ask about last week's (tests/test_today_ask_keeps_its_row.py); the card waits.
        assert (plan.count("care"), plan.count("people")) == (0, 2)
        screen = "\n".join(
            "".join(segment.text for segment in app.screen._compositor.render_strips()[row])
            for row in range(24)
        )
        assert "Next step:" in screen and "█ sent, then ▒ no's" in screen
        # The demo's first interview ahead is tomorrow: its line (the one naming `N`) and the
        # ask about last week's are kept whatever the height.
        assert board.people_kept == 2
        assert "(N)" in screen and "How did it go? Phone screen" in screen
        # A chart that does not fit whole is left out, never cut mid-word ("Moo").
        labels = next(line for line in screen.splitlines() if "█ sent" in line)
        assert "Mood by week" in labels or "Moo" not in labels


async def test_a_taller_terminal_gives_the_room_back(demo_store: DataPaths) -> None:
    app = BouncebackApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_workers(pilot)
        await pilot.resize_terminal(80, 40)
        await pilot.pause()
        plan = app.query_one("#today-body", TodayBoard).rows_plan()
        # Its title and why it is next, whole: on the demo's low check-in the reason is the
        # gentler one, two lines at 80 columns.
        assert plan.count("next") == 3
        assert not plan.care_squeezed and not plan.people_squeezed
        assert plan.count("people") == 4


async def test_the_first_frame_has_the_interviews_and_the_care_comes_with_what_it_says(
    demo_store: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The care strip is read after the first paint: the first frame's board has no rows
    for it, and it comes with what it says. The people strip (interviews, "How did it go?")
    is read with the due list and is on the first frame already, as many rows as after:
    read later, it came seconds late on a big store and the due list jumped under the
    cursor (a stranger's walk)."""
    from textual.app import App

    at_first_frame: list[list[str | None]] = []
    display = App._display

    def first_frame(self: App[object], screen: object, renderable: object) -> None:
        if renderable is not None and not at_first_frame:
            board = self.query_one("#today-body", TodayBoard)
            plan = board.rows_plan()
            at_first_frame.append([plan.count("care"), plan.count("people")])
        display(self, screen, renderable)  # type: ignore[arg-type]

    monkeypatch.setattr(App, "_display", first_frame)
    app = BouncebackApp(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.pause()
        plan = app.query_one("#today-body", TodayBoard).rows_plan()
        after = [plan.count("care"), plan.count("people")]
        screen = "\n".join(
            "".join(segment.text for segment in strip)
            for strip in app.screen._compositor.render_strips()
        )
    assert at_first_frame == [[0, after[1]]]
    assert after[0] > 0 and after[1] > 0
    assert "A card you kept" in screen and "How did it go?" in screen


@pytest.mark.parametrize("size", [(40, 30), (66, 30), (67, 30), (80, 24), (120, 40), (200, 50)])
async def test_every_row_of_the_board_is_as_wide_as_the_board(
    demo_store: DataPaths, size: tuple[int, int]
) -> None:
    # The boxes' rows are not measured again when drawn (ui/today/board_draw.py): the width
    # a row says it has must be what its cells add up to, stacked or side by side.
    from rich.cells import cell_len

    app = BouncebackApp(demo_store)
    async with app.run_test(size=size) as pilot:
        await settle_workers(pilot)
        await pilot.pause()
        board = app.query_one("#today-body", TodayBoard)
        width = board.size.width
        assert board.rows_plan().count("cards") > 0
        for y in range(board.size.height):
            strip = board.render_line(y)
            assert strip.cell_length == sum(cell_len(s.text) for s in strip) == width, (size, y)
