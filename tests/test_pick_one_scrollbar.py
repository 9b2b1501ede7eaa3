"""A scrolled picker shows one scroll bar: its thumb reads on its track.

A picker ("Type to find" over a list: People's `l`, which interview, a coping card...) with
more entries than it shows scrolls, and at 80x24 a tester saw two scroll bars once it had
scrolled (the round's last walk). There is one, but its thumb was drawn in the theme's dark
scroll bar colour (#003054 in the dark theme), at 1.1:1 on the list and 1.5:1 on its black
track: what showed was the track above the thumb and the track below it, two black bars.
The thumb, in the text's colour, now reads on its track at WCAG's 3:1 for what is not text,
in every theme, as every scroll bar's does: measured with the others' in
tests/test_scrollbar_thumbs.py; the picker's look is kept here.
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.people.pick import PickScreen
from tests.ui_harness import settle

ITEMS = [(n, f"Company {n} (Engineer)", "Applied") for n in range(1, 41)]


def test_a_scrolled_picker_snapshot(snap_compare, opened_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    """People's `l` with forty applications at 80x24, scrolled half way: one bar, its thumb
    light on the dark track."""

    async def run_before(pilot: Any) -> None:
        pilot.app.push_screen(PickScreen("Link someone to an application", ITEMS, "None"))
        await settle(pilot, 4)
        await pilot.press(*["down"] * 20)
        await settle(pilot, 4)

    assert snap_compare(BouncebackApp(opened_paths), run_before=run_before, terminal_size=(80, 24))
