"""A column of fields that scrolls takes focus along (``ui/kit/focus.FieldsScroll``).

Found by the walk's focus check (tests/monkey/checks.focus_dead_end), seed 9 of focus12's
round: a new application (`a` on the Pipeline), a paste into the company, then Page Down:
the form's fields scrolled, focus stayed on the company field out of sight, and what was
typed next went into it unseen. At 80x24 a single Down in the first field did the same, and
Page Down in Settings. Each test here fails without FieldsScroll."""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.monkey.checks import focus_dead_end


async def _in_sight_after(
    data_paths: DataPaths, size: tuple[int, int], opening: tuple[str, ...], keys: tuple[str, ...]
) -> Any:
    open_store(data_paths)
    app = BouncebackApp(data_paths)
    async with app.run_test(size=size) as pilot:
        for key in opening:
            await pilot.press(key)
            await pilot.pause()
        first = app.focused
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
            assert focus_dead_end(app) is None, key
            assert focus_problem(app) is None, key
        return first, app.focused


@pytest.mark.parametrize(
    ("size", "keys"),
    [
        ((120, 36), ("pagedown",)),  # the walk's step (seed 9)
        ((120, 36), ("pagedown", "pagedown", "pageup")),
        ((80, 24), ("down",)),
        ((80, 24), ("down", "down", "down", "up", "up")),
        ((80, 24), ("pagedown", "pageup")),
    ],
)
async def test_a_forms_scroll_keys_leave_focus_on_a_field_in_sight(
    data_paths: DataPaths, size: tuple[int, int], keys: tuple[str, ...]
) -> None:
    first, _last = await _in_sight_after(data_paths, size, ("2", "a"), keys)
    assert first is not None and first.id == "field-company"


async def test_typing_after_page_down_goes_into_the_field_in_sight(data_paths: DataPaths) -> None:
    open_store(data_paths)
    app = BouncebackApp(data_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        await pilot.press("pagedown")
        await pilot.pause()
        await pilot.pause()
        focused = app.focused
        assert focused is not None and focused.id != "field-company"
        fields = app.screen.query_one("FormFields")
        assert fields.scrollable_content_region.overlaps(focused.region)


async def test_settings_page_down_and_up_keep_focus_in_sight(data_paths: DataPaths) -> None:
    first, _last = await _in_sight_after(
        data_paths, (80, 24), ("comma", "enter"), ("pagedown", "pagedown", "pageup", "pageup")
    )
    assert first is not None and first.id == "setting-weekly_goal"


async def test_settings_page_down_from_its_sections_scrolls_the_settings(
    data_paths: DataPaths,
) -> None:
    # Settings opens on its list of sections; Page Down there scrolls the settings, as it did
    # from the first setting, and the focus comes along to a setting in sight.
    first, last = await _in_sight_after(data_paths, (80, 24), ("comma",), ("pagedown",))
    assert first is not None and first.id == "settings-sections"
    assert last is not None and last.id != "settings-sections"


async def test_tab_to_a_field_below_the_fold_keeps_it(data_paths: DataPaths) -> None:
    # Tab's own scroll (Textual's, to the field) is not a scroll key: focus stays put.
    open_store(data_paths)
    app = BouncebackApp(data_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        order = []
        for _ in range(6):
            await pilot.press("tab")
            await pilot.pause()
            await pilot.pause()
            order.append(app.focused)
            assert focus_dead_end(app) is None
        assert len({id(widget) for widget in order}) == len(order)


@pytest.mark.parametrize(("size", "tabs"), [((80, 24), 4), ((120, 36), 6)])
async def test_a_refused_field_above_the_view_is_brought_into_sight_with_its_message(
    data_paths: DataPaths, size: tuple[int, int], tabs: int
) -> None:
    # The walk, seed 1 of focus12's round, step 1,245: the answer bank's question form, its
    # "Where" given 10,000 characters, the fields scrolled on past it, then ctrl+s. The
    # form focused "Where" and scrolled to its message alone: the message at the top of the
    # view, the field a row above it, focused and out of sight (on main too, with Tab).
    # The box now stops at the 300 characters its save takes (tests/test_form_field_limits.py),
    # so what is refused here is a control character pasted into it.
    from textual import events

    open_store(data_paths)
    app = BouncebackApp(data_paths)
    async with app.run_test(size=size) as pilot:
        app.action_answer_bank()
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("W", "h", "y", "tab")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "field-asked_at"
        app.post_message(events.Paste("x" * 250 + "\x07"))
        await pilot.pause()
        for _ in range(tabs):
            await pilot.press("tab")
            await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        field = app.focused
        assert field is not None and field.id == "field-asked_at"
        view = app.screen.query_one("FormFields").scrollable_content_region
        note = app.screen.query_one("#error-asked_at")
        assert "control characters" in str(note.render())
        assert view.contains_region(field.region) and view.contains_region(note.region)
        assert focus_dead_end(app) is None


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
async def test_the_boards_page_keys_take_focus_to_a_column_in_view(
    data_paths: DataPaths, size: tuple[int, int]
) -> None:
    # The walk, seed 4 of focus12's round, step 802: on the Pipeline's board, ctrl+Page Up
    # (Textual's page left) scrolled a page of columns and left focus on the last column,
    # out of view; the column's keys (j, k, [, ]) went on working on cards out of sight.
    from bounceback_tui.store.database import Database
    from bounceback_tui.ui.pipeline.board import BoardColumn, PipelineBoard
    from tests.pipeline_fixtures import small_pipeline

    open_store(data_paths)
    db = Database(data_paths.database)
    try:
        small_pipeline(db)
    finally:
        db.dispose()
    app = BouncebackApp(data_paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2", "v")
        await pilot.pause()
        for _ in range(8):
            await pilot.press("l")
            await pilot.pause()
        board = app.screen.query_one(PipelineBoard)
        for key in ("ctrl+pageup", "ctrl+pageup", "ctrl+pagedown", "ctrl+pagedown"):
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
            column = app.focused
            assert isinstance(column, BoardColumn), key
            assert board.scrollable_content_region.overlaps(column.region), key
            assert board.active_column is column, key  # the board's own idea agrees
            assert focus_dead_end(app) is None and focus_problem(app) is None, key
