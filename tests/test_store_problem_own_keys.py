"""The store-problem screen's palette, `?` and keys speak of the screen's own choices, and
Escape never quits from a panel.

ctrl+p there offered Textual's "Theme", "Quit — Quit the application as soon as possible" and
"Keys — Show help for the focused widget…", not Start fresh or Restore; "keys" and Enter
opened Textual's panel ("Scroll Left", "^c super+c Copy selected text"), and Escape to close
it quit the app (exit 1). `?` did nothing; `r` with no backup that can be used, `p` and `x` did
nothing and said nothing.
"""

from __future__ import annotations

from textual.command import CommandPalette

from bounceback_tui.ui.screens.help import HelpScreen
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.palette_fixtures_ui import search
from tests.screen_text import flat, screen_text


def _screen() -> StoreProblemApp:
    """A store that cannot be opened, whose one backup cannot be used either."""
    return StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label=None,
        passed_over=("by hand, Sat 2 Jan 09:00: not a store, cannot be used",),
        aside_name="bounceback.sqlite3.unreadable-20270105-090000",
        restore=lambda: "Restored.",
        fresh=lambda: "Started fresh.",
        quiet_s=0,
    )


async def test_the_palette_offers_the_screens_own_choices() -> None:
    app = _screen()
    async with app.run_test(size=(100, 30)) as pilot:
        listed = await search(app, pilot, "")  # type: ignore[arg-type]
        names = [line.split(" | ")[0] for line in listed]
        assert "Start fresh" in names and "Quit" in names and "Keys" in names, listed
        assert "Restore…" not in names  # no backup can be used
        assert not any("as soon as possible" in line for line in listed), listed
        assert not any("focused widget" in line for line in listed), listed


async def test_keys_in_the_palette_shows_the_screens_keys_and_escape_does_not_quit() -> None:
    app = _screen()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "keys")  # type: ignore[arg-type]
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = flat(screen_text(app))
        assert "Start fresh" in shown and "quit and leave everything as it is" in shown
        assert "Scroll Left" not in shown and "Copy selected text" not in shown
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert not isinstance(app.screen, (HelpScreen, CommandPalette))


async def test_question_mark_shows_the_screens_keys() -> None:
    app = _screen()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Start fresh" in flat(screen_text(app))
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and len(app.screen_stack) == 1


async def test_escape_closes_a_keys_panel_without_quitting() -> None:
    from textual.widgets import HelpPanel

    app = _screen()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.screen.mount(HelpPanel())
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert not app.screen.query("HelpPanel")


async def test_a_key_that_cannot_act_says_why() -> None:
    app = _screen()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        said = []
        for key in ("r", "p", "x"):
            await pilot.press(key)
            await pilot.pause()
            said.append([str(note.message) for note in app._notifications])
            app.clear_notifications()
        assert said == [
            ["No backup can be used; f starts fresh."],
            ["Repair it is not offered for this store; f starts fresh."],
            ["That key does nothing here: ? lists the keys."],
        ]
        assert app.is_running and not app.done


async def test_repair_refused_names_the_backup_when_one_can_be_used() -> None:
    # A stranger: with a backup on offer ("r Restore the latest backup"), p said "Repair it is
    # not offered for this store; f starts fresh.", steering away from the way back.
    app = StoreProblemApp(
        "The file at ... lacks a column. It was left untouched.",
        backup_label="by hand, Sat 2 Jan 09:00 (60 applications, 25 rejections)",
        aside_name="bounceback.sqlite3.changed-20270105-090000",
        restore=lambda: "Restored.",
        fresh=lambda: "Started fresh.",
        quiet_s=0,
    )
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        said = [str(note.message) for note in app._notifications]
        assert said == ["Repair it is not offered for this store; r restores a backup."], said
        assert app.is_running and not app.done
