"""Recovery's `n`: the form that records a no by hand, and what it asks before saving when
the company typed has an application open in the Pipeline (ui/recovery/open_choice.py).

It recorded a separate no and plan without a word, and the Pipeline kept the application in
Applied with its follow-up while Today said the company had said no. Now a save with the
company of an open application asks first: mark that one rejected (one transaction, as the
Pipeline's `x`: services/open_applications.py), record a separate no, or keep editing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.recovery_forms import validate_rejection
from bounceback_tui.errors import BouncebackError, ConflictError, ValidationError
from bounceback_tui.services import open_applications
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services.open_applications import Marked, OpenApplication
from bounceback_tui.services.recovery_views import RejectionView
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen
from bounceback_tui.ui.kit.text import plain

if TYPE_CHECKING:
    from bounceback_tui.services.added import Added
    from bounceback_tui.services.store_access import Database


@dataclass
class _Choice:
    """The person's answer to the question, for one save at a time: ``decided`` once they
    answered, ``application`` the one to mark rejected (None: a separate no)."""

    decided: bool = False
    application: OpenApplication | None = None
    # What another window did to the one chosen, when marking it was refused: the question
    # is asked again as things are now, with this said first, until the person answers.
    changed: str = ""
    ask_again: bool = False


class NewRejectionScreen(FormScreen[Any]):
    """The form; a save whose company has applications open in the Pipeline asks first
    (``open_at``), and saves only with the person's answer."""

    def __init__(
        self,
        *args: Any,
        open_at: Callable[[str, str], list[OpenApplication]],
        choice: _Choice,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._open_at = open_at
        self._choice = choice

    def action_save(self) -> None:
        if self._choice.decided:
            super().action_save()
            return
        try:
            data = validate_rejection(self.values(), clock.today())
        except ValidationError:
            super().action_save()  # says what to mend, beside each field
            return
        found = self._open_at(data.company, data.role)
        if not found and not self._choice.changed:
            super().action_save()
            return
        self._ask(found)

    def _ask(self, found: list[OpenApplication]) -> None:
        """The question, for the applications open now; after a refusal, with what changed."""
        from bounceback_tui.ui.recovery.open_choice import (
            OpenAnswer,
            OpenApplicationChoiceScreen,
        )

        def answered(answer: OpenAnswer | None) -> None:
            if answer is None:
                message = "Not saved yet: save again to choose how to record the no."
                self.query_one("#form-message", Static).update(plain(message))
                return
            self._choice.changed = ""
            self._save_with(answer if isinstance(answer, OpenApplication) else None)
            if self._choice.ask_again:  # changed in another window: ask as it is now
                self._choice.ask_again = False
                self.action_save()

        changed = self._choice.changed
        self.app.push_screen(OpenApplicationChoiceScreen(found, changed=changed), answered)

    def _save_with(self, application: OpenApplication | None) -> None:
        """Save once with the person's answer, which the next save does not inherit."""
        self._choice.decided, self._choice.application = True, application
        try:
            super().action_save()
        finally:
            self._choice.decided, self._choice.application = False, None


def new_rejection_form(
    db: Database, fields: Sequence[FieldSpec], added: Callable[[Added], None] | None
) -> FormScreen[Any]:
    """The form of `n`: saved, it returns the no (``RejectionView``), or ``Marked`` when it
    marked an application open in the Pipeline rejected; ``added`` is given what `u` needs
    to take a separate no back."""
    choice = _Choice()

    def submit(values: dict[str, str]) -> RejectionView | Marked:
        chosen = choice.application
        data = validate_rejection(values, clock.today(), chosen.date_applied if chosen else None)
        if chosen is None:
            view, receipt = recovery_service.add_rejection_undoable(db, data)
            if added is not None:
                added(receipt)
            return view
        try:
            return open_applications.mark_open_rejected(
                db, chosen.id, data, expected_version=chosen.version
            )
        except ConflictError:  # changed since the question: asked again as it is now
            choice.changed = open_applications.what_became_of(db, chosen)
            choice.ask_again = True
            raise BouncebackError(f"{choice.changed} Nothing was saved.") from None

    return NewRejectionScreen(
        "Record a rejection",
        fields,
        submit,
        intro=(
            "A recovery plan starts with it. If the company has an application open in the "
            "Pipeline, saving asks whether the no is for it."
        ),
        submit_label="Record",
        open_at=lambda company, role: open_applications.open_at_company(db, company, role),
        choice=choice,
    )
