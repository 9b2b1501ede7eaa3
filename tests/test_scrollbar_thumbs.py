"""Every scroll bar's thumb reads on its track, in every theme.

Textual draws a thumb in the theme's scroll bar colour, its primary at 40% on the track: in
the dark theme the Pipeline's thumb was #003054 on its black track (1.55:1), and in every
other theme but the ANSI ones it read below WCAG's 3:1 for what is not text (1.36:1 in
flexoki, 1.46:1 in rose-pine-dawn), so a long list, a form's fields or the `?` screen gave
little sign of where in them the person was. The pickers' thumb was made the text's colour
in their own rule first; every thumb is now (kit/theme_looks_scrollbar.py). Each kind of
scrolling widget the app has is scrolled half way here, the track showing above and below
its thumb, and the thumb measured against the track in every theme but the ANSI ones, which
draw in the terminal's own colours; the Pipeline's is also measured as a 256-colour and a
16-colour terminal show it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from rich.color import Color as RichColor
from rich.color import ColorSystem
from textual.widget import Widget
from textual.widgets import OptionList, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.people.pick import PickScreen
from tests.test_colour_systems_looks import SixteenColours, TwoFiftySixColours, _demo
from tests.test_cursor_contrast import XTERM, contrast
from tests.ui_harness import app_on, settle


def thumb_and_track(app: Any, widget: Widget) -> tuple[set[RichColor], set[RichColor]]:
    """The colours of the thumb and of the track in ``widget``'s vertical bar, as drawn on
    the screen: a blank cell shows the track, or reversed the thumb; a cell where one ends
    (a block of eighths, "▄") shows both, the thumb in its colour on the track."""
    region = widget.vertical_scrollbar.region
    strips = app.screen._compositor.render_strips()
    thumb: set[RichColor | None] = set()
    track: set[RichColor | None] = set()
    for y in range(region.y, region.bottom):
        for segment in strips[y].crop(region.x, region.right):
            style = segment.style
            assert style is not None
            if segment.text.strip() == "" and style.reverse:
                thumb.add(style.color)
            elif segment.text.strip() == "":
                track.add(style.bgcolor)
            else:
                thumb.add(style.color)
                track.add(style.bgcolor)
    return {c for c in thumb if c is not None}, {c for c in track if c is not None}


def shown_as(color: RichColor, system: str) -> RichColor:
    """``color`` as a terminal of ``system`` shows it (16: in xterm's default palette)."""
    if system == "standard":
        return RichColor.parse(XTERM[color.downgrade(ColorSystem.STANDARD).number or 0])
    if system == "256":
        return RichColor.from_triplet(color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor())
    return color


async def faint_thumbs(
    app: Any, pilot: Any, widget: Widget, system: str = "truecolor"
) -> list[str]:
    """Each theme (but the ANSI ones) in which ``widget``'s thumb reads below 3:1 on its
    track, or shows no thumb or no track."""
    themes = sorted(name for name in app.available_themes if not name.startswith("ansi-"))
    assert "textual-dark" in themes and "textual-light" in themes
    low = []
    for theme in themes:
        app.theme = theme
        await settle(pilot, 2)
        thumb, track = thumb_and_track(app, widget)
        if not thumb or not track:
            low.append(f"{theme}: no thumb or no track shown")
            continue
        for one in thumb:
            for other in track:
                ratio = contrast(shown_as(one, system), shown_as(other, system))
                if ratio < 3:
                    low.append(f"{theme}: the thumb {one.name} on {other.name} {ratio:.2f}:1")
    return low


async def half_way(pilot: Any, widget: Widget) -> None:
    """``widget`` scrolled half way down: its track shows above and below its thumb."""
    widget.scroll_to(y=widget.max_scroll_y // 2, animate=False)
    await settle(pilot, 4)
    assert widget.show_vertical_scrollbar, f"{widget!r} shows no scroll bar"
    assert 0 < widget.scroll_offset.y < widget.max_scroll_y, f"{widget!r} is not half way"


Shown = Callable[[Any, Any], Awaitable[Widget]]


async def _picker(app: Any, pilot: Any) -> Widget:
    """People's `l` with forty applications: a picker's list."""
    items = [(n, f"Company {n} (Engineer)", "Applied") for n in range(1, 41)]
    app.push_screen(PickScreen("Link someone to an application", items, "None"))
    await settle(pilot, 4)
    await pilot.press(*["down"] * 20)  # the list scrolls, and keeps focus
    await settle(pilot, 4)
    options = app.screen.query_one(OptionList)
    assert app.focused is options
    return options


async def _pipeline_list(app: Any, pilot: Any) -> Widget:
    await pilot.press("2")
    await settle(pilot)
    return app.screen.query_one("#pipeline-table")


async def _pipeline_detail(app: Any, pilot: Any) -> Widget:
    """The details pane beside the board (a wide terminal): it scrolls, and takes no focus."""
    await pilot.press("2")
    await settle(pilot)
    await pilot.press("v")
    await settle(pilot, 4)
    return app.screen.query_one("#pipeline-detail")


async def _skills_board(app: Any, pilot: Any) -> Widget:
    await pilot.press("5")
    await settle(pilot)
    return app.screen.query_one("#skills-column-todo")


async def _recovery_steps(app: Any, pilot: Any) -> Widget:
    await pilot.press("3")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot, 4)
    return app.screen.query_one("#plan-steps")


async def _form_text_area(app: Any, pilot: Any) -> Widget:
    """The notes of a new application, longer than their box."""
    await pilot.press("2")
    await settle(pilot)
    await pilot.press("a")
    await settle(pilot, 4)
    area = app.screen.query_one(TextArea)
    area.text = "\n".join(f"Line {n} of the notes" for n in range(1, 31))
    area.focus()
    await settle(pilot, 4)
    return area


async def _form_fields(app: Any, pilot: Any) -> Widget:
    """A new application's fields, more than the box shows."""
    await pilot.press("2")
    await settle(pilot)
    await pilot.press("a")
    await settle(pilot, 4)
    return app.screen.query_one("FormFields")


async def _help_screen(app: Any, pilot: Any) -> Widget:
    await pilot.press("3")
    await settle(pilot)
    await pilot.press("question_mark")
    await settle(pilot, 4)
    return app.screen.query_one("#help-box")


async def _people_details(app: Any, pilot: Any) -> Widget:
    await pilot.press("6")
    await settle(pilot)
    await pilot.press("tab")
    await settle(pilot, 4)
    return app.screen.query_one("#people-detail")


# Each kind of scrolling widget, how it is brought on screen and the terminal it scrolls in.
KINDS: dict[str, tuple[Shown, tuple[int, int]]] = {
    "a picker's list": (_picker, (80, 24)),
    "the Pipeline's list": (_pipeline_list, (100, 24)),
    "the Pipeline's details": (_pipeline_detail, (160, 24)),
    "a Skills column": (_skills_board, (100, 16)),
    "a recovery plan's steps": (_recovery_steps, (100, 24)),
    "a form's text area": (_form_text_area, (100, 24)),
    "a form's fields": (_form_fields, (100, 24)),
    "the ? screen": (_help_screen, (100, 24)),
    "People's details": (_people_details, (100, 14)),
}


@pytest.mark.parametrize("kind", list(KINDS))
async def test_every_scrolling_widgets_thumb_reads_on_its_track(
    opened_paths: DataPaths, kind: str
) -> None:
    show, size = KINDS[kind]
    _demo(opened_paths, "textual-dark")
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        widget = await show(app, pilot)
        await half_way(pilot, widget)
        low = await faint_thumbs(app, pilot, widget)
    assert not low, f"{kind}:\n" + "\n".join(low)


@pytest.mark.parametrize(
    ("system", "app_class"), [("256", TwoFiftySixColours), ("standard", SixteenColours)]
)
async def test_in_256_and_16_colours_the_pipelines_thumb_reads(
    opened_paths: DataPaths, system: str, app_class: type[BouncebackApp]
) -> None:
    _demo(opened_paths, "textual-dark")
    async with app_on(opened_paths, size=(100, 24), app_class=app_class) as (app, pilot, _):
        widget = await _pipeline_list(app, pilot)
        await half_way(pilot, widget)
        low = await faint_thumbs(app, pilot, widget, system)
    assert not low, "\n".join(low)
