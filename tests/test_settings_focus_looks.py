"""The focused setting stands out: its row is shaded and its label bold in the accent colour. A
newcomer at 80x24 could not tell which empty field had the cursor and typed "uk" into "Someone
to call" (eighteenth round)."""

from __future__ import annotations

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.ui_harness import settle


async def test_the_focused_settings_label_stands_out(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await settle(pilot)
        rows = [row for row in app.screen.query(".setting-row") if row.query(Input)]
        first, second = rows[0], rows[1]
        first.query_one(Input).focus()
        await settle(pilot)
        label, other = first.query_one(".setting-label"), second.query_one(".setting-label")
        assert label.styles.text_style.bold and not other.styles.text_style.bold
        assert label.styles.color != other.styles.color
        assert first.styles.background != second.styles.background
        second.query_one(Input).focus()
        await settle(pilot)
        assert other.styles.text_style.bold and not label.styles.text_style.bold
