"""The soft-skill suggestion offered after a rejection: add it (`A`) or not (`X`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

# Before services.skills, as in listing.py (the ORM imports in a worker thread).
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import skill_suggestions
from bounceback_tui.ui.kit.text import toast_with

if TYPE_CHECKING:
    pass

from bounceback_tui.ui.skills.listing import SkillsListing


class SuggestionKeys(SkillsListing):
    """`A` adds the suggested item, `X` dismisses it for that rejection."""

    def action_accept_suggestion(self) -> None:
        if not self._suggestions:
            return
        suggestion = self._suggestions[0]
        try:
            skill_id = skill_suggestions.accept_suggestion(self.bb_app.db, suggestion)
        except BouncebackError as exc:
            self.report(exc)
            self._after_change(None)
            return
        self._after_change(skill_id)
        self.notify(
            toast_with(
                "Added a soft-skill item for $company. Press e to make it your own.",
                company=suggestion.company,
            ),
            title="Suggestion added",
        )
        self.let_go_of_undo_after_add()  # an add, as the form's (kit/pane.py)

    def action_dismiss_suggestion(self) -> None:
        if not self._suggestions:
            return
        suggestion = self._suggestions[0]
        try:
            skill_suggestions.dismiss_suggestion(self.bb_app.db, suggestion.rejection_id)
        except BouncebackError as exc:
            self.report(exc)
            return
        self._after_change(self._selected)
        self.notify(
            toast_with(
                "Not for $company, then; it won't be suggested again.", company=suggestion.company
            )
        )
