"""Palette entries for the calming exercises and for a message to someone.

"breathe", "breathing", "grounding", "5-4-3" and "hard day" found nothing in the palette, and
"calm" found "Export calendar" (a new user's walk): the paced breathing and 5-4-3-2-1 were
offered only once a day, after a low check-in. Now they are there any day, over any screen;
"If you are struggling" was there already (palette_actions.py). A message (a thank-you, a
follow-up) is written from People (`m`), about the person chosen there.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.screen import Screen

from bounceback_tui.ui.kit.text import markup_with
from bounceback_tui.ui.palette_shared import PaletteAction, go_choose_person, mounted, run_in

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp

_CALM = "calm calming anxious anxiety panic stress stressed overwhelmed hard day low relax"


def care_actions(app: BouncebackApp) -> Iterator[PaletteAction]:
    """The breathing timer, 5-4-3-2-1 and "Talk it through": they open over whatever is
    shown, and Escape comes back to it. With "If you are struggling" and the reframe, all a
    low check-in offers (once a day) is here on any day (docs/care.md)."""
    from bounceback_tui.ui.app_screens import show_talk
    from bounceback_tui.ui.care.low_day import BreathingScreen, SensesScreen
    from bounceback_tui.ui.kit.key_text import key_word

    def breathe() -> None:
        if not isinstance(app.screen, BreathingScreen):
            app.push_screen(BreathingScreen())

    def senses() -> None:
        if not isinstance(app.screen, SensesScreen):
            app.push_screen(SensesScreen())

    yield PaletteAction(
        "Breathe slowly for two minutes",
        # The key as bound: a keymap that moved it still read "Escape".
        "A paced-breathing timer: in for 4 seconds, out for 6; "
        f"{key_word(app, 'breathing.close', 'escape,q', 'Escape')} stops it",
        breathe,
        keywords=f"breathe breathing exercise timer {_CALM}",
        care=True,
    )
    yield PaletteAction(
        "5-4-3-2-1 grounding",
        "Name five things you can see, four you can touch, and on down to one; "
        "one prompt at a time",
        senses,
        keywords=f"grounding senses notice 54321 five four three two one exercise {_CALM}",
        care=True,
    )
    yield PaletteAction(
        "Talk it through with someone close",
        "Who you could call or write to today: the person kept in Settings and your people "
        "from People",
        partial(show_talk, app),
        keywords=f"talk call phone ring someone friend family support lonely alone {_CALM}",
        care=True,
    )


def message_action(app: BouncebackApp, screen: Screen) -> Iterator[PaletteAction]:
    """People's `m` on the person chosen there, or the way to choose one first."""
    people = mounted(screen, "people")
    row = getattr(people, "selected", None) if people is not None else None
    key = app.key_label("people.message", "m")
    keywords = "message thank you thanks note email follow up write reply recruiter draft"
    if people is None or row is None:
        yield PaletteAction(
            "Write a message",
            "A thank-you or a follow-up: choose the person in People first; this takes you there",
            go_choose_person(
                app,
                markup_with("Choose the person, then press [b]$key[/b] for a message.", key=key),
            ),
            keywords=keywords,
            binding="people.message",
        )
        return
    yield PaletteAction(
        "Write a message",
        f"To {row.name}: a thank-you or a follow-up (key {key} on People)",
        run_in(app, "people", "message"),
        keywords=keywords,
    )
