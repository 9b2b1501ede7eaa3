"""On a narrow terminal Settings' notes stack under their fields, whole (a tester's walk).

At 60 columns the label (26 cells) and a text field (30) left a setting's note no room:
the "If you are struggling" notes were gone, an error's too (a broken settings.toml, a name
typed in "Someone to call": the toast said "its note says why" and no note was there). At
72 columns the note had about eight cells and broke its words. Below 80 columns the label,
the field and the note now stack, as they did below 60.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.settings import SettingsScreen
from tests.quiet import until_drained
from tests.ui_harness import app_on

BROKEN = "[care\nsupport_name = \n"  # not TOML: what a hand edit left


def _screen_text(app: Any) -> str:
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


@pytest.mark.parametrize("size", [(60, 30), (72, 30)], ids=["60x30", "72x30"])
async def test_a_care_fields_error_note_is_on_screen_under_it(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    opened_paths.config_dir.mkdir(parents=True, exist_ok=True)
    opened_paths.settings_file.write_text(BROKEN, encoding="utf-8")
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await pilot.press("comma")
        await until_drained(pilot)
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        field = screen.query_one("#care-support_name", Input)
        field.focus()
        await until_drained(pilot)
        await pilot.press(*"Sam")
        await until_drained(pilot)
        screen.query_one("#settings-sections").focus()  # left: where it is written
        await until_drained(pilot)
        field.focus()  # back, its note in sight
        await until_drained(pilot)
        # Focus scrolls its field into view with an animation (Textual's set_focus): on a
        # busy machine the drain can end before it has (CI, 72x30: the top was on screen).
        await pilot.wait_for_scheduled_animations()
        await until_drained(pilot)
        note = screen.query_one("#note-care-support_name", Static)
        said = " ".join(str(note.render()).split())
        assert said.startswith("settings.toml has a mistake in it"), said
        # Under its field, as wide as the screen's body: every word of it whole.
        assert note.region.y > field.region.y
        assert note.content_region.width >= size[0] - 8
        first_words = " ".join(said.split()[:4])
        assert first_words in " ".join(_screen_text(app).split()), said
        assert focus_problem(app) is None


@pytest.mark.parametrize("width", [60, 72])
async def test_every_settings_note_has_room_for_its_words(
    opened_paths: DataPaths, width: int
) -> None:
    async with app_on(opened_paths, size=(width, 30)) as (app, pilot, _pane):
        await pilot.press("comma")
        await until_drained(pilot)
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        for note in screen.query(".setting-note"):
            assert note.content_region.width >= width - 8, note.id
