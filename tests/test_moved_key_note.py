"""A key the person's keymap moved away says where it went, once.

After `"pipeline.delete" = "D"` the Pipeline's `d` did nothing at all, without a word, and a
hand used to `d` could not tell a broken key from a moved one. The first time in a session
the old key is pressed where it now does nothing, a short note names the new key
(kit/refused_keys.moved_note); a key the keymap gave to something else just does that.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.built_stores import store_once
from tests.test_keymap import _keymapped
from tests.ui_harness import toasts


async def test_the_old_key_says_where_its_action_went_once(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, '[keymap]\n"pipeline.delete" = "D"\n') as (app, pilot):
        await pilot.press("2")
        await pilot.pause(0.3)
        app.clear_notifications()
        await pilot.press("d")
        await pilot.pause()
        assert toasts(app) == ["Your keymap has Delete on D now, not d."]
        assert app.screen is app.screen_stack[0]  # nothing was asked, nothing deleted
        assert focus_problem(app) is None
        app.clear_notifications()
        await pilot.press("d")  # said once a session
        await pilot.pause()
        assert toasts(app) == []
        await pilot.press("D")  # the new key asks, as d did
        await pilot.pause()
        assert app.screen is not app.screen_stack[0]


async def test_an_old_key_given_to_something_else_just_does_that(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    keymap = '[keymap]\n"pipeline.delete" = "D"\n"pipeline.add" = "d"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        await pilot.press("2")
        await pilot.pause(0.3)
        app.clear_notifications()
        await pilot.press("a")  # add's old key: it moved to d
        await pilot.pause()
        assert toasts(app) == ["Your keymap has Add on d now, not a."]
        app.clear_notifications()
        await pilot.press("d")  # delete's old key, add's now: it adds, with no note
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert toasts(app) == []


async def test_a_key_moved_on_another_pane_only_is_not_noted(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, '[keymap]\n"people.delete" = "D"\n') as (app, pilot):
        await pilot.press("2")
        await pilot.pause(0.3)
        app.clear_notifications()
        await pilot.press("d")  # the Pipeline's own d: it asks to delete
        await pilot.pause()
        assert app.screen is not app.screen_stack[0]
        assert not [t for t in toasts(app) if "keymap" in t]


async def test_no_note_without_a_keymap(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, "") as (app, pilot):
        await pilot.press("2")
        await pilot.pause(0.3)
        app.clear_notifications()
        await pilot.press("z")  # bound to nothing, ever
        await pilot.pause()
        assert toasts(app) == []
