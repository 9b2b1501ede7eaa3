"""The soft-skill suggestion offered after a rejection: add it (`A`) or not (`X`)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

# Before services.skills, as in listing.py (the ORM imports in a worker thread).
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import skill_suggestions
from bounceback_tui.services.take_back import take_back
from bounceback_tui.ui.kit.text import toast_with
from bounceback_tui.ui.kit.undo import AddUndo, added_note

if TYPE_CHECKING:
    pass

from bounceback_tui.ui.skills.listing import SkillsListing


class SuggestionKeys(SkillsListing):
    """`A` adds the suggested item, `X` dismisses it for that rejection."""

    def action_accept_suggestion(self) -> None:
        if not self._suggestions:
            return
        suggestion = self._suggestions[0]
        db = self.bb_app.db
        try:
            added = skill_suggestions.accept_suggestion_undoable(db, suggestion)
        except BouncebackError as exc:
            self.report(exc)
            self._after_change(None)
            return
        # An add as the form's: `u` takes it back (the suggestion is offered again).
        self.remember_undo(AddUndo(added, partial(take_back, db, added)))
        self._after_change(added.row_id)
        self.notify(
            added_note(
                toast_with(
                    "Added a soft-skill item for $company. Press e to make it your own.",
                    company=suggestion.company,
                )
            ),
            title="Suggestion added",
        )

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
