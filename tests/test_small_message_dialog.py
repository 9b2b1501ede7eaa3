"""The message dialog in small terminals (a stranger's walk on the demo store: People `6`,
`m`, Down, Enter): at 40x15 the key bar dropped "^s Mark as sent" and Tab reached the Mark as
sent button out of sight, below the dialog's edge; at 50x18 the note "Your name is not
set…" was cut by that edge after its first line. The key bar keeps Mark as sent, the dialog
scrolls what Tab reaches into sight, and the draft's box gives up rows first."""

from __future__ import annotations

from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.screen_text import flat, screen_lines
from tests.ui_harness import app_on, settle, settle_workers

FORTY = (40, 15)


async def _message_dialog(app: Any, pilot: Any) -> Any:
    """People (`6`), `m` on the first person, and the second of their drafts opened."""
    from bounceback_tui.ui.people.message import MessageScreen

    for key in ("6", "m", "down", "enter"):
        await pilot.press(key)
        await settle_workers(pilot)
    assert isinstance(app.screen, MessageScreen)
    return app.screen


async def test_at_40x15_the_message_dialog_offers_mark_as_sent_and_shows_its_button(
    opened_paths: DataPaths,
) -> None:
    """The key bar dropped "^s Mark as sent" and kept Copy and Open in mail, and Tab reached
    the Mark as sent button below the dialog's edge, out of sight."""
    from textual.widgets import Button

    from bounceback_tui.ui.kit.key_bar import KeyBar

    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=FORTY) as (app, pilot, _pane):
        screen = await _message_dialog(app, pilot)
        assert ("^s", "Mark as sent") in app.query_one(KeyBar).shown()
        button = screen.query_one("#sent", Button)
        for _ in range(6):
            if screen.focused is button:
                break
            await pilot.press("tab")
            await settle(pilot)
        assert screen.focused is button
        await settle(pilot)
        box = screen.query_one("#message-box")
        # Inside the box's border, on a row of its own above the key bar.
        assert box.region.y < button.region.y < box.region.bottom - 1 < 14
        row = screen_lines(app)[button.region.y]
        assert "Mark as sent" in row, "\n".join(screen_lines(app))


async def test_at_50x18_the_message_dialog_s_note_reads_whole(opened_paths: DataPaths) -> None:
    """The note "Your name is not set…" was cut by the dialog's edge after its first line."""
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(50, 18)) as (app, pilot, _pane):
        await _message_dialog(app, pilot)
        await settle(pilot)
        # As painted, inside the box's border (a Static's text is whole even where cut).
        painted = flat(" ".join(line.strip(" │") for line in screen_lines(app)))
        assert "Your name is not set, so the sign-off is blank: Settings (,) has it." in painted
        assert "Mark as sent" in "\n".join(screen_lines(app)[:-1])
