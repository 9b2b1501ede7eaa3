"""A skill from a plan's answer whose title is one of an open skill: asked, not added twice.

A second `s` on a Recovery plan opened the form for "System design" again and saving added a
second "System design" without a word. Now `s` asks first when an item to do or doing has
the same title (case and spacing left out, ``domain.skills.title_key``): yes opens the form
as before (two items are the person's to make), no selects the one there is, on Skills.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.text import markup_with

if TYPE_CHECKING:
    from bounceback_tui.services.skills import SkillRow
    from bounceback_tui.ui.skills.listing import SkillsListing


def ask_before_a_second(pane: SkillsListing, same: SkillRow, add: Callable[[], None]) -> None:
    """Ask over the Skills pane; yes runs ``add``, no selects ``same`` there."""

    def answered(yes: bool | None) -> None:
        if yes:
            add()
            return
        if not pane.select_item(same.id):
            pane.focus_target_shown().focus()

    pane.app.push_screen(
        ConfirmScreen(
            markup_with(
                "“$title” is already one of your open skills. Add another?", title=same.title
            ),
            "No shows the one you have.",
            confirm_label="Add another",
            cancel_label="Show it",
            danger=False,
        ),
        answered,
    )
