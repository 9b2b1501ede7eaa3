"""A key of the store-problem screen that cannot act says why under the person's keymap.

With settings.toml's `[keymap] "store_problem.restore" = "g"` and no backup that can be used,
`g` said "That key does nothing here: ? lists the keys." and `r` "No backup can be used; f
starts fresh.": the note asked the screen's keys before the keymap moved them.
"""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.ui.screens.store_problem import StoreProblemApp


def _screen(settings_file: Path) -> StoreProblemApp:
    """A store that cannot be opened, whose one backup cannot be used either."""
    return StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label=None,
        passed_over=("by hand, Sat 2 Jan 09:00: not a store, cannot be used",),
        aside_name="bounceback.sqlite3.unreadable-20270105-090000",
        restore=lambda: "Restored.",
        fresh=lambda: "Started fresh.",
        settings_file=settings_file,
        quiet_s=0,
    )


async def test_a_moved_key_that_cannot_act_says_why_and_its_old_key_does_nothing(
    tmp_path: Path,
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text(
        '[keymap]\n"store_problem.restore" = "g"\n"store_problem.fresh" = "n"\n',
        encoding="utf-8",
    )
    app = _screen(settings)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        said = []
        for key in ("g", "r"):
            await pilot.press(key)
            await pilot.pause()
            said.append([str(note.message) for note in app._notifications])
            app.clear_notifications()
        assert said == [
            ["No backup can be used; n starts fresh."],
            ["That key does nothing here: ? lists the keys."],
        ]
        assert app.is_running and not app.done
