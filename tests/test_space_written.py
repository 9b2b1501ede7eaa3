"""Space is written "Space" wherever the app names a key: the key bar, `?` and a hint.

The key bar read "space Tick" and "space Advance" in lower case beside "Esc" and "Enter"
(a reviewer's walk): every key is written by one helper (``kit/key_text.key_written``).
"""

from __future__ import annotations

from textual.binding import Binding

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.binding_catalogue import binding_inventory
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.screens.help import HelpScreen, shown_keys
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle


def test_every_binding_on_space_is_written_space(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    on_space = [e for e in binding_inventory() if "space" in e.keys]
    assert on_space  # the guard guards something
    for entry in on_space:
        assert entry.id
        written = shown_keys(app, entry.binding).split(" / ")
        assert "Space" in written, (entry.id, written)
        assert app.key_label(entry.id, entry.binding.key) in {"Space", written[0]}
    # With a modifier too, the key's own name is capitalised.
    assert app.get_key_display(Binding("ctrl+space", "")) == "^Space"
    # Every key the app writes is a mark, an arrow, one letter, or a name that starts
    # with a capital letter ("Esc", "Space"): no key is written "space".
    for entry in binding_inventory():
        for key in entry.keys:
            shown = app.get_key_display(Binding(key, ""))
            assert shown != "space", (entry.id, key)


async def test_the_key_bar_and_help_say_space(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 30)
    async with app_on(opened_paths, "skills", size=(160, 40)) as (app, pilot, _pane):
        await settle(pilot)
        shown = dict(app.screen.query_one(KeyBar).shown())
        assert shown.get("Space") == "Advance", shown
        assert "space" not in shown
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        keys = {line.binding_id: line.keys for line in app.screen.lines}
        assert keys["skills.advance"] == "Space", keys
