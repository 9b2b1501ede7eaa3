"""Settings' text fields take no more than what they can keep, and say when they are full.

10,000 characters sent as keystrokes into "Someone to call" kept the app busy about a minute:
each key was checked against the limit and its note redrawn (a tester's walk, twenty-first
round). Each field now takes no more than its setting's limit, the note beside it says the
field is full, and a paste longer than the room left is cut to fit rather than dropped.
"""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.care_settings import load_care
from bounceback_tui.services.settings import read_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.screens.settings import SAVE_DELAY, SettingsScreen
from tests.ui_harness import post_burst, settle

SIZE = (100, 30)


async def _settings(app: BouncebackApp, pilot: object) -> SettingsScreen:
    await pilot.press("comma")  # type: ignore[attr-defined]
    await settle(pilot)
    assert isinstance(app.screen, SettingsScreen)
    return app.screen


def _note(screen: SettingsScreen, note_id: str) -> str:
    return " ".join(str(screen.query_one(f"#{note_id}", Static).render()).split())


@pytest.mark.parametrize(
    ("field", "note", "typed", "limit"),
    [
        ("care-support_name", "note-care-support_name", "a", 80),
        ("care-support_number", "note-care-support_number", "1", 40),
        ("care-country", "note-care-country", "g", 4),  # "EIRE" is the longest it reads
        ("setting-your_name", "note-your_name", "a", 100),
    ],
)
async def test_keys_past_a_fields_limit_are_not_taken_and_it_says_so(
    opened_paths: DataPaths, field: str, note: str, typed: str, limit: int
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _settings(app, pilot)
        box = screen.query_one(f"#{field}", Input)
        box.focus()
        await settle(pilot)
        post_burst(app, [typed] * (limit + 30))
        await settle(pilot, 6)
        assert box.value == typed * limit
        assert f"Full: {limit} characters at most." in _note(screen, note)


async def test_a_full_name_is_saved_at_the_limit(opened_paths: DataPaths, db: Database) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _settings(app, pilot)
        support = screen.query_one("#care-support_name", Input)
        support.focus()
        await settle(pilot)
        # "Sam" * 30, 90 letters: the first 79 go in as one edit at the cursor (what each
        # typed letter does; typing them is the test above's), the keys that fill the box
        # and go past it are typed: the 80th is taken, the last ten are not.
        support.insert_text_at_cursor("Sam" * 26 + "S")
        await pilot.press(*"amSamSamSam")
        await settle(pilot)
        note = _note(screen, "note-care-support_name")
        assert note == "A name you would call. Full: 80 characters at most."
        # One key back and the note no longer says it is full; that key typed again.
        await pilot.press("backspace")
        await settle(pilot)
        assert _note(screen, "note-care-support_name") == "A name you would call."
        await pilot.press("a")
        screen.query_one("#setting-your_name", Input).focus()  # left: written
        await settle(pilot)
        assert load_care(opened_paths.settings_file).support_name == "Sam" * 26 + "Sa"
        note = _note(screen, "note-care-support_name")
        assert note == "Saved in settings.toml. Full: 80 characters at most."
        # "Robin " * 20, 120 letters: 99 as one edit, the 21 that reach the limit typed.
        screen.query_one("#setting-your_name", Input).insert_text_at_cursor("Robin " * 16 + "Rob")
        await pilot.press(*"in " + "Robin " * 3)
        await pilot.pause(SAVE_DELAY + 0.3)
        await settle(pilot)
        assert read_setting(db, "your_name") == "Robin " * 16 + "Robi"


async def test_a_paste_longer_than_the_room_left_is_cut_to_fit(opened_paths: DataPaths) -> None:
    # Textual's field took nothing of a paste that would not fit, without a word.
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _settings(app, pilot)
        box = screen.query_one("#care-support_name", Input)
        box.focus()
        await settle(pilot)
        await pilot.press(*"Sam ")
        box.post_message(events.Paste("x" * 10_000))
        await settle(pilot, 4)
        assert box.value == "Sam " + "x" * 76
        assert "Full: 80 characters at most." in _note(screen, "note-care-support_name")
        screen.query_one("#settings-sections").focus()  # left: written
        await settle(pilot)
        assert load_care(opened_paths.settings_file).support_name == "Sam " + "x" * 76
        # Over a selection, the room is what the selection frees.
        box.selection = type(box.selection)(0, 3)
        box.post_message(events.Paste("Robin"))
        await settle(pilot)
        assert box.value == "Rob " + "x" * 76


def test_a_number_is_held_to_one_limit() -> None:
    # The number's pattern held a second limit of its own: 31 to 40 characters, under the
    # field's 40, were refused as not digits.
    from bounceback_tui.errors import ValidationError
    from bounceback_tui.services.care_settings import validate_care

    number = "0044 (0) 7700 900123 / 0044 (0) 7700 90"  # 39 characters
    assert validate_care({"support_number": number}).support_number == number
    with pytest.raises(ValidationError, match="the limit is 40"):
        validate_care({"support_number": "1" * 41})
