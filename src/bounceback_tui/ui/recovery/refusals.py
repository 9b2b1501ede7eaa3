"""Why space, `x`, `s` and `m` do nothing where the person is, in a short note.

On the plan list, and on a step they do not apply to, the three keys did nothing without a
word (a new user's walk): space ticks, `s` turns an answer into a skill and `m` writes a
step's message, each on a step of an open plan. The notes are shown by kit/refused_keys.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui.domain.messages import MESSAGE_FOR_STEP
from bounceback_tui.domain.recovery import skill_source_kind
from bounceback_tui.ui.kit.key_text import esc_of
from bounceback_tui.ui.kit.text import markup_with, plain

if TYPE_CHECKING:
    from bounceback_tui.ui.recovery.listing import RecoveryListing

    _Base = RecoveryListing
else:
    _Base = object


# `s` on the plan list when the no came with no feedback: its reason is empty, or says only
# that there is none (domain/feedback.has_feedback).
NO_FEEDBACK = (
    "This no came without feedback, so there is nothing here to turn into a skill yet. "
    "An answer of yours can become one: $enter opens the plan's steps."
)

# The keys that work on an open plan (listing.py refuses them without one), and `v`.
_ON_PLAN = {
    "tick",
    "skip",
    "skill",
    "message",
    "custom_step",
    "reframe",
    "edit",
    "delete",
    "toggle_view",
}


class StepKeyNotes(_Base):
    """Mixed into the Recovery pane before its listing."""

    def refused_key_note(self, action: str, parameters: tuple[object, ...]) -> str | Content | None:
        if self._plan is None and action in _ON_PLAN:
            # With no plan at all they did nothing without a word too (a newcomer's walk).
            if not self._rows:
                new = self.bb_app.key_label("recovery.new", "n")
                return markup_with("No plans yet: $new records a no, and its plan starts.", new=new)
            if not self._model.visible:
                clear = esc_of(self.app, "recovery.clear_filter")
                return plain(f"Nothing matches the filter: {clear} clears it.")
            return "Pick a plan first."
        if action not in ("tick", "skip", "skill", "message") or self._plan is None:
            return super().refused_key_note(action, parameters)
        if self.screen.focused is not self.step_list:
            enter = self.bb_app.key_label("list.select", "enter").replace("⏎", "Enter")
            if action == "skill":  # the no came with no feedback ("No reason given.")
                return markup_with(NO_FEEDBACK, enter=enter)
            return markup_with(
                "$enter opens the plan's steps; these keys work on a step.", enter=enter
            )
        step = self.step_list.highlighted_step
        if step is None:
            return "Pick a step first."
        if action == "skill":
            source = skill_source_kind(step.kind, step.group_key)
            if source is None:
                return "Only a review answer or a feedback reply becomes a skill."
            if source == "feedback" and step.answer.strip():  # "None", "No reason given."
                return "This reply holds no feedback to turn into a skill."
            return "This step has no answer yet to turn into a skill."
        if action == "message":
            if self._plan.rejection.application_id is None:
                return "This no has no application in the Pipeline, so no one to write to."
            if (step.template_key or "") not in MESSAGE_FOR_STEP:
                return "This step has no message to write."
        return super().refused_key_note(action, parameters)
