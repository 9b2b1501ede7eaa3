"""What every palette module shares: an action's shape (``PaletteAction``) and the ways an
action reaches a pane (``run_in``, ``go_then_say``, ``go_choose_person``, ``mounted``).

ui/palette_actions.py lists every action; the panes' own lists (palette_pipeline.py,
palette_people.py, palette_care.py, ...) import from here, never from it, so the palette's
modules import each other one way only (tests/test_palette_modules.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.content import Content
from textual.screen import Screen

from bounceback_tui.domain.text import APP_NAME_CELLS
from bounceback_tui.ui.kit.cells import clip_app_name

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.kit.pane import Pane


@dataclass(frozen=True)
class PaletteAction:
    title: str
    help: str  # plain text: shown as it is, never read as markup
    run: Callable[[], object]
    keywords: str = ""  # more words that find it ("reject" finds "Mark rejected")
    discover: bool = True  # listed before anything is typed
    care: bool = False  # first on a tie or near one (domain/search.CARE_LEAD)
    # What it ends or throws away ("ends the session"), for one that does: Enter runs it
    # only when its name is typed (domain/search.names_label), never after a slip.
    ends: str = ""
    # The pane keys it runs ("pipeline.reject", several apart by spaces), where it does not
    # run them through ``run_in``: the shown pane's keys are listed as well
    # (ui/palette_pane_keys.py), these not twice.
    binding: str = ""


# The cells of the screen's width a help line does not have: the list's padding (two each
# side) and its scroll bar (two), as Textual lays the palette out.
HELP_GUTTER = 6
# An application named in a help line is cut to no fewer cells ("Northwind… (Senior…)"): where
# the rest of its line leaves less (80 columns), the line wraps as the others there do, and
# the name is said as a sentence says it (``APP_NAME_CELLS``), not cut for nothing.
HELP_NAME_LEAST = 16


def with_app(app: BouncebackApp, line: str, company: str, role: str) -> str:
    """``line`` (plain) with the application ("Company (Role)") where it last says ``{app}``
    (a person's name before it may say it too), cut part by part at words' ends
    (``kit.cells.clip_app_name``) to the cells the rest of the line leaves it in the
    palette: a name of 60 characters and more wrapped its help line onto a second row at 100
    and 120 columns, where every other line fits."""
    before, _slot, after = line.rpartition("{app}")  # the last: a person's name may say it
    room = app_room(app, line)
    cells = min(APP_NAME_CELLS, room) if room >= HELP_NAME_LEAST else APP_NAME_CELLS
    return before + clip_app_name(company, role, cells, words=True) + after


def app_room(app: BouncebackApp, line: str) -> int:
    """The cells ``line`` (as ``with_app`` takes it) leaves the application in the palette:
    a line that leaves fewer than ``HELP_NAME_LEAST`` wraps."""
    before, _slot, after = line.rpartition("{app}")
    return app.size.width - HELP_GUTTER - cell_len(before + after)


def mounted(screen: Screen, pane_id: str) -> Pane | None:
    """The pane if it has been built (a pane not yet shown has no selection to act on)."""
    from bounceback_tui.ui.kit.pane import Pane

    found = screen.query(f"#panes > #{pane_id}").results(Pane)
    return next(found, None)


def run_in(app: BouncebackApp, pane_id: str, action: str) -> Callable[[], Awaitable[None]]:
    """Switch to a pane, then run one of its actions (checked as if its key were pressed)."""

    async def run() -> None:
        pane = await app.go_to(pane_id)
        await pane.run_action(action)

    run.pane_action = (pane_id, action)  # type: ignore[attr-defined]  # for palette_pane_keys
    return run


def go_then_say(
    app: BouncebackApp, pane_id: str, message: Content
) -> Callable[[], Awaitable[None]]:
    """Switch to a pane, then say what to do there (an action that needs a choice first)."""

    async def run() -> None:
        await app.go_to(pane_id)
        app.notify(message, timeout=5)

    return run


def go_choose_person(app: BouncebackApp, message: Content) -> Callable[[], Awaitable[None]]:
    """People, then ``message`` ("Choose the person, then press m …"); with nobody in People
    yet, that there is nobody and the key that adds someone (a fresh store's "followup" said
    "Choose the person" with nobody to choose), and with People unread, that it is."""
    from bounceback_tui.ui.kit.read_failed import is_up, refused_note
    from bounceback_tui.ui.kit.text import markup_with, plain

    async def run() -> None:
        pane = await app.go_to("people")
        said: Content = message
        if getattr(pane, "selected", None) is None:
            if is_up(pane):  # its box says why; the person's keys wait for it
                said = plain(refused_note(getattr(pane, "UNREAD_WHAT", "") or "your people"))
            elif not getattr(pane, "has_people", True):
                add = app.key_label("people.add", "a")
                said = markup_with("Nobody in People yet: [b]$add[/b] adds someone.", add=add)
        app.notify(said, timeout=5)

    return run
