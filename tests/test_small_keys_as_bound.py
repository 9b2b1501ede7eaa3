"""Key lines that still spelled out Escape or Enter by hand, where the keymap can move the
key: the message dialog's "… ctrl+s sent  Esc close", the talk screen's "Esc close" and
Recovery's "No plans yet: nothing to filter. Escape closes this." (and the others of the
round: Reframe's practice and trap filter, the posting import, the crisis and low-day
screens, the person picker, the note's questions, the answer practice's "j/k scroll"). A
sample, under a remapped keymap.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.built_stores import store_once
from tests.test_keymap import _keymapped
from tests.ui_harness import settle_workers


async def test_the_message_dialog_names_its_moved_keys(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.people.message import MessageScreen

    store_once(opened_paths, fill_demo, 60)
    keys = '[keymap]\n"message.close" = "ctrl+g"\n"message.sent" = "ctrl+t"\n'
    async with _keymapped(opened_paths, keys) as (app, pilot):
        for key in ("6", "m", "down", "enter"):
            await pilot.press(key)
            await pilot.pause(0.2)
        assert isinstance(app.screen, MessageScreen)
        # No keys line of its own: the key bar names each key, as bound, in its words.
        assert not app.screen.query(".form-keys")
        shown = [f"{keys} {words}" for keys, words in app.screen.query_one(KeyBar).shown()]
        said = ["^y Copy", "^t Mark as sent", "^o Open in mail", "^g Close"]
        assert sorted(entry for entry in shown if entry in said) == sorted(said), shown


async def test_recovery_with_no_plans_names_the_moved_escape(opened_paths: DataPaths) -> None:
    keys = '[keymap]\n"recovery.clear_filter" = "ctrl+l"\n'
    async with _keymapped(opened_paths, keys) as (app, pilot):
        await pilot.press("3")
        await pilot.pause(0.2)
        await pilot.press("slash")
        await settle_workers(pilot)
        text = str(app.screen.query_one("#recovery-no-match").render())
        assert text == "No plans yet: nothing to filter. ^l closes this.", text
