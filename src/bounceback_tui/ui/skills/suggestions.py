"""The soft-skill suggestion offered after a rejection: add it (`A`) or not (`X`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

# Before services.skills, as in listing.py (the ORM imports in a worker thread).
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui.domain.skills import SkillStatus
from bounceback_tui.domain.text import app_name
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import skill_suggestions
from bounceback_tui.ui.kit.key_text import esc_of
from bounceback_tui.ui.kit.text import plain, toast_with
from bounceback_tui.ui.kit.undo import added_note, undo_of_add

if TYPE_CHECKING:
    from textual.content import Content

from bounceback_tui.ui.skills.listing import SkillsListing

# The keys that need an item under the cursor (listing.py refuses them without one), and `v`.
_NEEDS_ITEM = {
    "edit",
    "advance",
    "move_status",
    "move_priority",
    "delete",
    "open_link",
    "open_source",
    "toggle_view",
}


class SuggestionKeys(SkillsListing):
    """`A` adds the suggested item, `X` dismisses it for that rejection; the pane's keys with
    nothing to act on say why."""

    def refused_key_note(self, action: str, parameters: tuple[object, ...]) -> str | Content | None:
        """Why a key of the pane does nothing now (kit/refused_keys.py): `A` and `X` with no
        suggestion on screen, an item's keys with no item, did nothing without a word (a
        newcomer's walk)."""
        row = self.selected
        if action == "accept_suggestion":
            return "No suggestion to add right now: one comes from a reflection after a no."
        if action == "dismiss_suggestion":
            return "No suggestion to set aside right now."
        if row is None and action in _NEEDS_ITEM:
            if not self._rows:
                return plain(f"Add a skill first ({self.bb_app.key_label('skills.add', 'a')}).")
            if not self._model.visible:
                clear = esc_of(self.app, "skills.clear_filter")
                return plain(f"Nothing matches the filter: {clear} clears it.")
            return "Pick an item first."
        if row is not None and action in ("advance", "move_status"):
            back = action == "move_status" and bool(parameters) and parameters[0] == -1
            return "It is at To do already." if back else "It is done already."
        if row is not None and action == "move_priority" and row.status is SkillStatus.DONE:
            return "A done item has no place in the order; only To do and Doing move up and down."
        return super().refused_key_note(action, parameters)

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
        self.remember_undo(undo_of_add(db, added))
        self._after_change(added.row_id)
        self.notify(
            added_note(
                self,
                toast_with(
                    "Added a soft-skill item for $company. Press $key to make it your own.",
                    company=app_name(suggestion.company, suggestion.role),
                    key=self.bb_app.key_label("skills.edit", "e"),
                ),
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
                "Not for $company, then; it won't be suggested again.",
                company=app_name(suggestion.company, suggestion.role),
            )
        )
