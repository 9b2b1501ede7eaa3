"""A key typed after the mouse wheel scrolled the focused field away brings it back in sight.

Found driving the app with the mouse: an application's edit form, focus on Link, the wheel
turned three times over the form (Link scrolled off the top), then `Z`: nothing on screen
changed, and Link got the Z. The same in a new person's form at 60x20. The wheel scrolls the
column and leaves the focus where it was; the first key typed now scrolls the field it goes
into back into sight (``kit/focus.typing_in_sight``), in every column of fields.
"""

from __future__ import annotations

from typing import Any

from textual import events

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import add
from tests.ui_harness import app_on, post_wheel, settle, settle_workers, tab_to_field


def _in_sight(app: Any, field: Any) -> bool:
    view = app.screen.query_one("FormFields").scrollable_content_region
    return bool(view.contains_region(field.region))


async def _wheel_down_over_the_form(pilot: Any, times: int) -> None:
    fields = pilot.app.screen.query_one("FormFields")
    x, y = fields.region.x + 10, fields.region.y + fields.region.height // 2
    post_wheel(pilot.app, x, y, "down", times)
    await settle(pilot, 4)


async def test_typing_into_the_link_after_the_wheel_brings_it_back_in_sight(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Oakleaf Insurance")
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        link = await tab_to_field(pilot, "link")
        assert _in_sight(app, link)
        await _wheel_down_over_the_form(pilot, 3)
        assert not _in_sight(app, link)  # the wheel took it away; focus stayed on it
        assert app.focused is link
        await pilot.press("Z")
        await settle(pilot)
        assert link.value == "Z"
        assert _in_sight(app, link)
        assert focus_problem(app) is None


async def test_a_paste_into_a_new_persons_name_after_the_wheel_shows_it_at_60x20(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "people", size=(60, 20)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        first = app.focused
        assert first is not None and _in_sight(app, first)
        await _wheel_down_over_the_form(pilot, 5)
        assert not _in_sight(app, first)
        await pilot.press("Z")
        await settle(pilot)
        assert first.value == "Z"
        assert _in_sight(app, first)
        await _wheel_down_over_the_form(pilot, 5)  # and a paste goes the same way
        assert not _in_sight(app, first)
        app.post_message(events.Paste("ed"))
        await settle(pilot)
        assert first.value == "Zed" and _in_sight(app, first)
