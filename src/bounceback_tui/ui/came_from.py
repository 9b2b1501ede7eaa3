"""Where something opened from another pane goes back to when it is closed.

A thought record started with `t` on a recovery plan, a draft opened from Today or the
palette, and a Skills item begun with `s` ("To skill") on a plan each open on a pane of their
own; closing them went on showing that pane, not the one the person came from (new users'
walks). The app notes where they came from (``where_from``) and goes back there
(``go_back``), with the focus where it was.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, NamedTuple

from textual.widget import Widget
from textual.widgets import ContentSwitcher

if TYPE_CHECKING:
    from bounceback_tui.ui.app_panes import PaneNavigation


class CameFrom(NamedTuple):
    """Where a record started from another pane goes back to when it is closed: that pane,
    the item to show there (Recovery: the plan, by its rejection's id), and what had the
    focus there (the plan in the list, or the plan's step that opened the record)."""

    pane: str
    item_id: int | None
    focused: weakref.ref[Widget] | None


def where_from(app: PaneNavigation, leaving_for: str, rejection_id: int | None) -> CameFrom | None:
    """The pane shown now, to go back to from ``leaving_for`` (None: that pane is shown)."""
    shown = app.query_one("#panes", ContentSwitcher).current
    if shown is None or shown == leaving_for:
        return None
    focused = app.focused
    return CameFrom(
        shown,
        rejection_id if shown == "recovery" else None,  # a plan is its rejection's
        weakref.ref(focused) if focused is not None else None,
    )


async def go_back(app: PaneNavigation, came_from: CameFrom) -> None:
    """Back to the pane noted, its item selected; the focus goes back to what had it there,
    if it still can take it."""
    pane = await app.go_to(came_from.pane, came_from.item_id)
    focused = came_from.focused() if came_from.focused is not None else None
    if (
        focused is not None
        and focused.is_attached
        and pane in focused.ancestors
        and focused.focusable
    ):
        focused.focus()
