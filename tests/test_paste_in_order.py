"""A paste holding ESC or other control characters arrives whole, in order, and types no key.

Found walking the app in tmux (rev5, left; rev6, fixed): `abc<ESC>defg` pasted into the
Company field read `^defgabc`. Textual's terminal parser took the ESC inside the paste for
the start of a key's sequence and sent what followed it as key presses, ahead of the paste
(a Tab or a line break after it moved focus or pressed Enter). The app now reads the
terminal through ``ui/kit/paste_input.py``, which drops the control characters inside a
paste before the parser sees them.

These tests feed the bytes a terminal sends to the parser the app's driver uses, in one read
and cut between two reads at every place.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
from textual import events

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.ui_harness import app_on, settle

START, END = "\x1b[200~", "\x1b[201~"


def _parser(paths: DataPaths) -> Any:
    """A new parser of the kind the app's terminal driver reads the terminal with."""
    driver = BouncebackApp(paths).get_driver_class()
    return sys.modules[driver.__module__].XTermParser()


def _read(parser: Any, *reads: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for data in reads:
        for event in parser.feed(data):
            if isinstance(event, events.Paste):
                found.append(("paste", event.text))
            elif isinstance(event, events.Key):
                found.append(("key", event.key))
    return found


PASTES = [
    # (what is pasted, what arrives)
    ("abc\x1bdefg", "abcdefg"),
    ("a\x1b[2Jb \x1b]52;c;ZXZpbA==\x07c", "a[2Jb ]52;c;ZXZpbA==c"),
    ("one\x1b\ttwo\x1b\rthree", "one\ttwo\rthree"),  # tab and line breaks kept, in place
    ("x\x08y\x7fz\x9b31m\x85!", "xyz31m!"),  # backspace, DEL and the C1 controls too
    ("ends in ESC\x1b", "ends in ESC"),
    ("ESC[201 cut\x1b[201", "ESC[201 cut[201"),  # the end marker's beginning, not the end
    ("שלום 🦄 [b]x[/] [", "שלום 🦄 [b]x[/] ["),  # nothing else is touched
]


@pytest.mark.parametrize("pasted,arrives", PASTES)
def test_a_paste_arrives_whole_in_order_and_types_no_key(
    data_paths: DataPaths, pasted: str, arrives: str
) -> None:
    stream = f"q{START}{pasted}{END}w"
    assert _read(_parser(data_paths), stream) == [
        ("key", "q"),
        ("paste", arrives),
        ("key", "w"),
    ]
    for cut in range(1, len(stream)):  # the terminal's read may end anywhere
        found = _read(_parser(data_paths), stream[:cut], stream[cut:])
        assert found == [("key", "q"), ("paste", arrives), ("key", "w")], cut


def test_keys_outside_a_paste_are_read_as_before(data_paths: DataPaths) -> None:
    assert _read(_parser(data_paths), "a\x1b[Ab\x1b[1;5Cc\x7f") == [
        ("key", "a"),
        ("key", "up"),
        ("key", "b"),
        ("key", "ctrl+right"),
        ("key", "c"),
        ("key", "backspace"),
    ]


async def test_a_pasted_escape_into_a_form_field_keeps_the_text_in_order(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 4)
        company = app.screen.query_one("#field-company")
        assert app.screen.focused is company
        for event in _parser(opened_paths).feed(f"{START}Acme\x1b Corp\x1b\t{END}"):
            app.post_message(event)  # as the driver does
        await settle(pilot, 4)
        # The tab a space, trimmed at the end (rev8: it was kept, and refused on save).
        assert company.value == "Acme Corp"
        assert app.screen.focused is company  # the Tab in the paste moved nothing
