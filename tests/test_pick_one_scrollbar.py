"""A scrolled picker shows one scroll bar: its thumb reads on its track.

A picker ("Type to find" over a list: People's `l`, which interview, a coping card...) with
more entries than it shows scrolls, and at 80x24 a tester saw two scroll bars once it had
scrolled (the round's last walk). There is one, but its thumb was drawn in the theme's dark
scroll bar colour (#003054 in the dark theme), at 1.1:1 on the list and 1.5:1 on its black
track: what showed was the track above the thumb and the track below it, two black bars.
The thumb, in the text's colour, now reads on its track at WCAG's 3:1 for what is not text,
in every theme.
"""

from __future__ import annotations

from typing import Any

from rich.color import Color as RichColor
from rich.style import Style
from textual.widgets import OptionList

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.people.pick import PickScreen
from tests.test_cursor_contrast import contrast
from tests.ui_harness import app_on, settle

ITEMS = [(n, f"Company {n} (Engineer)", "Applied") for n in range(1, 41)]


def _cell(style: Style) -> RichColor:
    """The colour a blank cell of the bar shows: its background, or reversed its colour."""
    shown = style.color if style.reverse else style.bgcolor
    assert shown is not None, style
    return shown


def _thumb_and_track(app: Any, options: OptionList) -> tuple[set[RichColor], set[RichColor]]:
    region = options.vertical_scrollbar.region
    strips = app.screen._compositor.render_strips()
    cells = [
        segment
        for y in range(region.y, region.bottom)
        for segment in strips[y].crop(region.x, region.right)
        if segment.style is not None and segment.text.strip() == ""
    ]
    thumb = {_cell(s.style) for s in cells if s.style is not None and s.style.reverse}
    track = {_cell(s.style) for s in cells if s.style is not None and not s.style.reverse}
    return thumb, track


async def test_a_scrolled_pickers_thumb_reads_on_its_track(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        app.push_screen(PickScreen("Link someone to an application", ITEMS, "None"))
        await settle(pilot, 4)
        await pilot.press(*["down"] * 20)  # the list scrolls: track above and below the thumb
        await settle(pilot, 4)
        options = app.screen.query_one(OptionList)
        assert 0 < options.scroll_offset.y < options.max_scroll_y
        assert app.focused is options
        # The ANSI themes draw in the terminal's own colours ("default", "color(4)"), which
        # only the terminal knows: every other theme is measured.
        themes = sorted(name for name in app.available_themes if not name.startswith("ansi-"))
        assert "textual-dark" in themes and "textual-light" in themes
        low = []
        for theme in themes:
            app.theme = theme
            await settle(pilot, 2)
            thumb, track = _thumb_and_track(app, options)
            if not thumb or not track:
                low.append(f"{theme}: no thumb or no track shown")
                continue
            for one in thumb:
                for other in track:
                    ratio = contrast(one, other)
                    if ratio < 3:
                        low.append(f"{theme}: the thumb {one.name} on {other.name} {ratio:.2f}:1")
        assert not low, "\n".join(low)


def test_a_scrolled_picker_snapshot(snap_compare, opened_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    """People's `l` with forty applications at 80x24, scrolled half way: one bar, its thumb
    light on the dark track."""

    async def run_before(pilot: Any) -> None:
        pilot.app.push_screen(PickScreen("Link someone to an application", ITEMS, "None"))
        await settle(pilot, 4)
        await pilot.press(*["down"] * 20)
        await settle(pilot, 4)

    assert snap_compare(BouncebackApp(opened_paths), run_before=run_before, terminal_size=(80, 24))
