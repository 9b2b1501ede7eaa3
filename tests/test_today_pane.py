"""The Today pane with Pilot: jumping to due items, the next step, the check-in."""

from __future__ import annotations

import sqlite3

import pytest
from textual import events
from textual.widgets import ContentSwitcher

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.today.board import TodayBoard
from tests.built_stores import store_once
from tests.today_fixtures import build_store

SIZE = (100, 30)


@pytest.fixture
def store(opened_paths: DataPaths) -> DataPaths:
    build_store(opened_paths.database)
    return opened_paths


def _current(app: BouncebackApp) -> str | None:
    return app.query_one("#panes", ContentSwitcher).current


def _recovery_selection(app: BouncebackApp) -> tuple[int | None, int | None]:
    pane = app.current_pane
    return pane.table.selected_key, pane.step_list.highlighted_step_id  # type: ignore[attr-defined]


async def test_enter_on_a_due_item_opens_it_in_its_pane(store: DataPaths) -> None:
    app = BouncebackApp(store)
    async with app.run_test(size=SIZE) as pilot:
        due = app.query_one("#today-body", TodayBoard)
        assert app.focused is due
        # First item: Romeo's overdue feedback request (rejection 4, step 43).
        await pilot.press("enter")
        await pilot.pause()
        assert _current(app) == "recovery"
        assert _recovery_selection(app) == (4, 43)
        # Back to Today, down to the Echo follow-up (application 5).
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("j", "enter")
        await pilot.pause()
        assert _current(app) == "pipeline"
        selected = app.current_pane.selected_row  # type: ignore[attr-defined]
        assert (selected.id, selected.company) == (5, "Echo")


async def test_n_follows_the_next_step(store: DataPaths) -> None:
    app = BouncebackApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert _current(app) == "recovery"
        assert _recovery_selection(app) == (4, 43)


async def test_next_step_on_an_empty_store_opens_the_add_form(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        assert app.query_one("#today-empty").display
        await pilot.press("n")
        await pilot.pause()
        assert _current(app) == "pipeline"
        assert isinstance(app.screen, FormScreen)


async def test_check_in_saves_and_edits_todays_row(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        # An unpicked mood is refused with a message, nothing saved.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#error-mood").display
        app.screen.query_one("#field-mood").value = "4"
        await pilot.pause()  # the mood's message goes, and the fields below move up a line
        await pilot.click("#field-note")
        await pilot.press(*"Two replies today", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        # Edit it: still one row for today.
        await pilot.press("c")
        await pilot.pause()
        app.screen.query_one("#field-mood").value = "2"
        await pilot.press("ctrl+s")
        await pilot.pause()
    with sqlite3.connect(opened_paths.database) as conn:
        rows = conn.execute("SELECT day, mood, note FROM check_in").fetchall()
    assert rows == [("2026-03-16", 2, "Two replies today")]


async def test_empty_day_says_so(opened_paths: DataPaths) -> None:
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, date_applied, created_at, updated_at) "
            "VALUES ('Acme', 'Dev', 'applied', '2026-03-16', '2026-03-16', '2026-03-16')"
        )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE):
        due = app.query_one("#today-body", TodayBoard)
        assert due.option_count == 1
        assert "Nothing is due today" in str(due.get_option_at_index(0).prompt)


async def test_a_long_due_list_is_all_there_once_the_first_screen_is_up(
    opened_paths: DataPaths,
) -> None:
    """The first screen draws the first dozen; the rest follow, and the count line last."""
    from bounceback_tui.services.demo import fill_demo

    store_once(opened_paths, fill_demo, 200)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause(0.2)
        summary = app.query_one("#today").summary
        assert summary.due_total > 40  # more than the list holds: a count line ends it
        due_list = app.query_one("#today-body", TodayBoard)
        prompts = [
            str(due_list.get_option_at_index(i).prompt) for i in range(due_list.option_count)
        ]
        assert len(prompts) == len(summary.due) + 1
        assert len(summary.due) > 12
        more = summary.due_total - len(summary.due)
        assert prompts[-1].strip().startswith(f"and {more} more: ")  # by kind (due_more)
        assert sum(count for _, count in summary.due_unlisted) == more
        # Items past the first dozen are reachable with the keys like any other.
        due_list.highlighted = 11
        await pilot.press("j")
        await pilot.pause()
        assert due_list.highlighted == 12


async def test_recovery_steps_to_do_are_marked_as_boxes_to_tick(store: DataPaths) -> None:
    # A tick ("✓") reads as "done"; these steps are still to do.
    app = BouncebackApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        due = app.query_one("#today-body", TodayBoard)
        prompts = [str(due.get_option_at_index(i).prompt) for i in range(due.option_count)]
    steps = [p for p in prompts if "Romeo (Engineer): Feel" in p or "Sierra (Engineer): Talk" in p]
    assert steps == [
        "☐ Romeo (Engineer): Feel it (+3 more)  was due 5 Mar",
        "☐ Sierra (Engineer): Talk it through (+1 more)  was due 15 Mar",
    ]
    assert not any("✓" in p for p in prompts)


async def test_an_empty_store_builds_the_welcome_only_and_the_body_with_its_first_row(
    opened_paths: DataPaths,
) -> None:
    """The first screen of an empty store is one widget drawing the top line and the welcome
    (nothing else to style and lay out before the first paint); the first application
    brings the board, laid out as roomily as on a store that had it from the start."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        today = app.query_one("#today")
        assert [child.id for child in today.children] == ["today-empty"]
        with sqlite3.connect(opened_paths.database) as conn:  # another window adds one
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, created_at, "
                "updated_at) VALUES ('Acme', 'Dev', 'applied', '2026-03-16', '2026-03-16', "
                "'2026-03-16')"
            )
        today.reload_now()  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.pause()
        assert not app.query_one("#today-empty").display
        assert app.query_one("#today-body").display
        board = app.query_one("#today-body", TodayBoard)
        assert app.focused is board
        plan = board.rows_plan()
        assert plan.first("top") == 0 and "Monday 16 March 2026" in board.top_text
        assert plan.first("next") == 2  # a blank line between them
        assert plan.count("next") == 2
        assert "Acme" not in board.figures.plain  # figures only
        assert "1 of 5" in board.figures.plain


async def test_the_due_list_moves_as_an_option_list_did(opened_paths: DataPaths) -> None:
    """The due list is drawn by Today's board now (it was an OptionList, then a widget of
    its own): the arrows, Home, End and the page keys move its cursor, past the count line
    at the end (which cannot be opened), wrapping round at either end; the line under the
    pointer is lit, a click selects an item and a double-click opens it, as in the other
    panes' lists (a click on the box's border does neither)."""
    from bounceback_tui.services.demo import fill_demo

    store_once(opened_paths, fill_demo, 200)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        due = app.query_one("#today-body", TodayBoard)
        summary = app.query_one("#today").summary
        last = len(summary.due) - 1  # the count line after it is disabled
        assert due.get_option_at_index(last + 1).disabled
        assert app.focused is due and due.highlighted == 0
        await pilot.press("down", "down", "up")
        assert due.highlighted == 1
        await pilot.press("end")
        assert due.highlighted == last
        await pilot.press("down")  # past the count line, round to the top
        assert due.highlighted == 0
        await pilot.press("up")
        assert due.highlighted == last
        page = due.due_rows
        await pilot.press("pageup")
        assert due.highlighted == last - page
        await pilot.press("home", "pagedown")
        assert due.highlighted == page
        # The cursor's line is in view, whatever the scroll.
        assert due.due_top <= due.highlighted < due.due_top + page
        await pilot.press("home")
        await pilot.pause()
        await pilot.hover(due, offset=due.due_offset(3))  # the line under the pointer is lit
        assert due.hover_line == 3
        border = due.rows_plan().cards_top
        assert due.due_index_at(3, border) is None and due.due_index_at(0, border + 1) is None
        clicked = summary.due[2]
        await pilot.click(due, offset=due.due_offset(2))  # the third line
        await pilot.pause()
        assert due.highlighted == 2
        assert _current(app) == "today"  # selected, not opened
        await pilot.double_click(due, offset=due.due_offset(2))
        await pilot.pause()
        assert _current(app) == clicked.kind.pane  # opened where the clicked item lives


async def test_today_is_one_widget_whatever_the_store_holds(opened_paths: DataPaths) -> None:
    """Each widget on the first screen is styled, laid out and composited before the first
    frame: Today is one, drawing its top line too, on an empty store and on a full one, and
    it adds no stylesheet to the first paint's (docs/performance.md, "fp3's round")."""
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.ui.styles import first_paint_paths

    assert [path.name for path in first_paint_paths()] == ["app.tcss"]
    async with BouncebackApp(opened_paths).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        today = pilot.app.query_one("#today")
        assert [child.id for child in today.children] == ["today-empty"]
        assert "Monday 16 March 2026" in today.children[0].top_text  # type: ignore[attr-defined]
    store_once(opened_paths, fill_demo, 60)
    async with BouncebackApp(opened_paths).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        today = pilot.app.query_one("#today")
        assert [child.id for child in today.children] == ["today-body"]
        board = today.children[0]
        assert isinstance(board, TodayBoard) and not board.COMPONENT_CLASSES
        assert pilot.app.focused is board


async def test_the_mouse_wheel_scrolls_the_due_list_and_the_cursor_comes_along(
    opened_paths: DataPaths,
) -> None:
    """The wheel scrolled the due lines and left the cursor on a line scrolled away: no line
    in view was lit, and Enter opened one out of sight (a stranger's walk with the mouse).
    The cursor now comes along onto the nearest line in view."""
    from bounceback_tui.services.demo import fill_demo

    store_once(opened_paths, fill_demo, 200)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        due = app.query_one("#today-body", TodayBoard)
        assert due.option_count > due.due_rows and due.highlighted == 0
        x, y = due.due_offset(1)
        due.post_message(events.MouseScrollDown(due, x, y, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert due.due_top == 3 and due.highlighted == 3  # the first line in view
        shown = "".join(segment.text for segment in due.render_line(due.due_offset(3)[1]))
        assert str(due.get_option_at_index(3).prompt)[:20] in shown
        x, y = due.due_offset(4)
        due.post_message(events.MouseScrollUp(due, x, y, 0, -1, 0, False, False, False))
        await pilot.pause()
        assert due.due_top == 0 and due.highlighted == 3  # still in view: it stays
        await pilot.press("j")
        assert due.highlighted == 4 and due.due_top == 0
