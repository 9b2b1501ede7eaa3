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
from tests.ui_harness import settle_workers, toasts


async def test_the_old_key_says_where_its_action_went_once(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, '[keymap]\n"pipeline.delete" = "D"\n') as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
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
        await settle_workers(pilot)
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
        await settle_workers(pilot)
        app.clear_notifications()
        await pilot.press("d")  # the Pipeline's own d: it asks to delete
        await pilot.pause()
        assert app.screen is not app.screen_stack[0]
        assert not [t for t in toasts(app) if "keymap" in t]


async def test_no_note_without_a_keymap(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, "") as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        app.clear_notifications()
        await pilot.press("z")  # bound to nothing, ever
        await pilot.pause()
        assert toasts(app) == []


async def test_a_confirm_dialogs_moved_key_says_where_it_went_once(opened_paths: DataPaths) -> None:
    """A stranger's walk: with "confirm.yes" = "Y" the delete dialog read "Y yes  N no", and
    `y` did nothing in it, without the note the panes give."""
    from bounceback_tui.ui.kit.confirm import ConfirmScreen

    store_once(opened_paths, fill_demo, 60)
    keymap = '[keymap]\n"confirm.yes" = "Y"\n"confirm.no" = "N"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("d")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        app.clear_notifications()
        await pilot.press("y")
        await pilot.pause()
        assert toasts(app) == ["Your keymap has Delete on Y now, not y."]
        assert isinstance(app.screen, ConfirmScreen)  # nothing answered, nothing deleted
        assert focus_problem(app) is None
        app.clear_notifications()
        await pilot.press("y")  # said once a session
        await pilot.pause()
        assert toasts(app) == []
        await pilot.press("N")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)


async def test_the_keymap_problems_toast_stays_as_long_as_other_warnings(
    opened_paths: DataPaths,
) -> None:
    """It stayed 15 seconds (a stranger counted about 25) and covered a dialog's buttons;
    other warnings stay 10 (ui/kit/text.WARNING_SECONDS)."""
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, '[keymap]\n"no.such.binding" = "x"\n') as (app, _pilot):
        keymap_toasts = [n for n in app._notifications if n.title == "Keymap"]
        assert keymap_toasts, toasts(app)
        assert all(n.timeout <= 10 for n in keymap_toasts)


async def test_a_lists_moved_key_says_where_it_went(opened_paths: DataPaths) -> None:
    """A tester's walk: after `"list.down" = "k"` (Up on `j`), Down in the Pipeline's list
    did nothing, and no note came (a list's keys are the list's, not its pane's); the same
    for End after `"list.last" = "g"`."""
    from bounceback_tui.ui.pipeline.table import PipelineTable

    store_once(opened_paths, fill_demo, 60)
    keymap = '[keymap]\n"list.down" = "k"\n"list.up" = "j"\n"list.first" = "G"\n"list.last" = "g"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        table = app.screen.query_one("#pipeline-table", PipelineTable)
        assert app.focused is table
        app.clear_notifications()
        await pilot.press("down")
        await pilot.pause()
        assert toasts(app) == ["Your keymap has Down on k now, not ↓."]
        assert table.cursor == 0 and app.focused is table
        app.clear_notifications()
        await pilot.press("end")
        await pilot.pause()
        assert toasts(app) == ["Your keymap has Last on g now, not end."]
        assert table.cursor == 0 and app.focused is table
        app.clear_notifications()
        await pilot.press("down")  # said once a session
        await pilot.pause()
        assert toasts(app) == []
        await pilot.press("k")  # the new key moves down, without a note
        await pilot.pause()
        assert table.cursor == 1
        assert toasts(app) == []


async def test_a_moved_key_says_where_it_went_on_any_screen(opened_paths: DataPaths) -> None:
    """The keys screen (`?`) says nothing of its own about its keys: its list's Down, moved
    to `k`, did nothing there without a word."""
    from bounceback_tui.ui.screens.help import HelpScreen

    store_once(opened_paths, fill_demo, 60)
    keymap = '[keymap]\n"list.down" = "k"\n"list.up" = "j"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        await pilot.press("question_mark")
        await settle_workers(pilot)
        assert isinstance(app.screen, HelpScreen)
        app.clear_notifications()
        await pilot.press("down")
        await pilot.pause()
        assert toasts(app) == ["Your keymap has Down on k now, not ↓."]
        assert isinstance(app.screen, HelpScreen)
        assert focus_problem(app) is None
        app.clear_notifications()
        await pilot.press("down")  # said once a session
        await pilot.pause()
        assert toasts(app) == []
