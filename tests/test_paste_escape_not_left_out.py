"""A paste whose escape sequence was dropped says nothing was left out: nothing was.

A tester's paste into "How did it go?"'s "Questions they asked" (tmux, bracketed paste):
``Q1 here?`` a line break, ``abc ESC [2J def?``. The ESC was dropped on the way, as every
control character inside a paste is (ui/kit/paste_input.py), and the box said "0 of the 19
characters pasted were left out.": the terminal sends a pasted line break as CR, the box
keeps it as LF, and the box took that for a cut. Said only when the limit really cut the
paste, with what it left out; the same paste into the other kinds of box says nothing.
"""

from __future__ import annotations

import sys
from typing import Any

from textual import events

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.test_thank_you_not_under_toast import _past_interview
from tests.ui_harness import app_on, field_line, settle, settle_workers, tab_to_field

# As a terminal sends it: the paste between its markers, the line break as CR.
SENT = "\x1b[200~Q1 here?\rabc\x1b[2Jdef?\x1b[201~"
ARRIVES = "Q1 here?\nabc[2Jdef?"  # in a box of many lines; the ESC is gone


def _pasted(paths: DataPaths) -> events.Paste:
    """The paste as the app's terminal parser reads ``SENT``."""
    driver = BouncebackApp(paths).get_driver_class()
    parser: Any = sys.modules[driver.__module__].XTermParser()
    (paste,) = [event for event in parser.feed(SENT) if isinstance(event, events.Paste)]
    return paste


async def _questions_box(app, pilot):  # type: ignore[no-untyped-def]
    """`h` on Today (how did the past interview go?): its "Questions they asked" box."""
    await settle_workers(pilot)
    await pilot.press("h")
    await settle_workers(pilot)
    assert isinstance(app.screen, FormScreen)
    return await tab_to_field(pilot, "questions")


async def _paste(app, pilot, paste: events.Paste) -> None:  # type: ignore[no-untyped-def]
    app.post_message(paste)
    await settle(pilot, 3)


async def test_the_questions_box_says_nothing_was_left_out(
    opened_paths: DataPaths, db: Database
) -> None:
    _past_interview(db)
    async with app_on(opened_paths) as (app, pilot, _):
        questions = await _questions_box(app, pilot)
        await _paste(app, pilot, _pasted(opened_paths))
        assert questions.text == ARRIVES
        assert field_line(app.screen, "questions") == ""


async def test_the_other_boxes_say_nothing_either(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "skills") as (app, pilot, _):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        why = await tab_to_field(pilot, "why")  # many lines, no limit a line
        await _paste(app, pilot, _pasted(opened_paths))
        assert why.text == ARRIVES
        assert field_line(screen, "why") == ""
        title = await tab_to_field(pilot, "title")  # one line: the lines joined
        await _paste(app, pilot, _pasted(opened_paths))
        assert title.value == "Q1 here? abc[2Jdef?"
        assert field_line(screen, "title") == ""


async def test_a_paste_the_limit_cuts_still_says_what_was_left_out(
    opened_paths: DataPaths, db: Database
) -> None:
    _past_interview(db)
    async with app_on(opened_paths) as (app, pilot, _):
        questions = await _questions_box(app, pilot)
        # A question is 1,000 characters at most: 200 of the second line's 1,200 stay out.
        await _paste(app, pilot, events.Paste("Why us?\r" + "x" * 1_200))
        assert questions.text == "Why us?\n" + "x" * 1_000
        assert "200 of the 1,208 characters pasted were left out." in field_line(
            app.screen, "questions"
        )
