"""A zero-width joiner or non-joiner typed as a key is kept, as it is when pasted.

Textual's Input and TextArea take a key only when its character prints, and these two do
not: an emoji family typed key by key (man, joiner, woman, joiner, girl) came out as three
people, and a Persian word typed with its non-joiner ("می‌خواهم") was saved spelled otherwise
(the last walk). The app's text fields take them; a bidi control typed as a key (an
override, an isolate) is still dropped, as the imports and a paste drop it.

The keys are read by the parser the app's terminal driver reads the terminal with, one
character a read as a person types them (Pilot's ``press`` gives these two keys no
character, which a terminal does).
"""

from __future__ import annotations

import sys
from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import rows
from tests.ui_harness import app_on, fill, settle, tab_to_field

ZWJ, ZWNJ = "\u200d", "\u200c"
PERSIAN = f"می{ZWNJ}خواهم"  # "I want": its non-joiner keeps the ی from joining the خ
FAMILY = f"👨{ZWJ}👩{ZWJ}👧"  # one family, not three people
OVERRIDE, ISOLATE = "\u202e", "\u2066"


async def type_keys(pilot: Any, text: str) -> None:
    """Type ``text`` a key at a time, each read from the terminal as the app's driver reads it."""
    app = pilot.app
    parser = sys.modules[app.get_driver_class().__module__].XTermParser()
    for character in text:
        for event in parser.feed(character):
            app._driver.send_message(event)
        await pilot.pause()


async def test_joiners_typed_as_keys_are_saved_and_bidi_controls_are_not(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, role="Analyst")
        company = await tab_to_field(pilot, "company")
        await type_keys(pilot, OVERRIDE + PERSIAN + ISOLATE)
        assert company.value == PERSIAN
        assert app.focused is company
        notes = await tab_to_field(pilot, "notes")
        await type_keys(pilot, f"Family {OVERRIDE}{FAMILY}{ISOLATE}")
        assert notes.text == f"Family {FAMILY}"
        assert app.focused is notes
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert rows(
        opened_paths.database, "SELECT company, notes FROM application WHERE role = 'Analyst'"
    ) == [(PERSIAN, f"Family {FAMILY}")]
