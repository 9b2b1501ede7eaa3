"""The rejection form: Recovery's `n` records a no (ui/recovery/new_rejection.py: it asks
first when the company has an application open in the Pipeline), `e` corrects one
(services/recovery_edits.py says what a correction changes besides the no).

Before a correction moves the no to a later day with steps of its plan ticked before that
day, the form asks (``RejectionFormScreen``): keep them ticked, dated the no's new day, or
keep editing (and choose an earlier day). Nothing is moved without the person's yes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from textual.content import Content
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.dates import PAST_DATE_HINT, day_month
from bounceback_tui.domain.recovery_forms import REACHED_STAGES, validate_rejection
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, app_name
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import ValidationError
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services import recovery_edits as edit_service
from bounceback_tui.services.kept_edits import rejection_kept
from bounceback_tui.services.recovery_views import RejectionView, rejection_of
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen, SaveGuard
from bounceback_tui.ui.kit.stored_field import stored_field
from bounceback_tui.ui.kit.text import markup_with, plain

if TYPE_CHECKING:
    from bounceback_tui.domain.recovery_forms import RejectionInput
    from bounceback_tui.services.added import Added
    from bounceback_tui.services.store_access import Database


class Question(NamedTuple):
    """What the form asks before saving: the question, its detail, the yes button."""

    question: str
    detail: str
    yes: str


@dataclass
class _Correcting:
    """What a correction's save names besides the no's version: the version of its
    application as the form read it (a rename reaches it), and the person's yes to moving
    ticks to the no's new day (given for one save at a time)."""

    application_version: int | None
    move_ticks: bool = False


class RejectionFormScreen(FormScreen[Any]):
    """The form; its save first asks ``ask_first``'s question, if there is one, and saves
    only after the yes (``yes`` is told first)."""

    def __init__(
        self,
        *args: Any,
        ask_first: Callable[[dict[str, str]], Question | None],
        yes: Callable[[bool], None],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._ask_first = ask_first
        self._yes = yes

    def action_save(self) -> None:
        asked = self._ask_first(self.values())
        if asked is None:
            super().action_save()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._save_with_yes()
                return
            message = "Not saved yet: the no keeps its day until you save."
            self.query_one("#form-message", Static).update(plain(message))

        self.app.push_screen(
            ConfirmScreen(
                asked.question,
                asked.detail,
                confirm_label=asked.yes,
                cancel_label="Keep editing",
                danger=False,  # a choice about the person's own record, nothing lost
            ),
            answered,
        )

    def _save_with_yes(self) -> None:
        """Save once with the person's yes, which the next save does not inherit."""
        self._yes(True)
        try:
            super().action_save()
        finally:
            self._yes(False)


def ticks_question(count: int, first_on: date | None, day: date, today: date) -> Question:
    """The question before a no moves to ``day`` with ``count`` steps ticked before it."""
    on = day_month(day, today)
    them, their = ("it", "its") if count == 1 else ("them", "their")
    were = "was" if count == 1 else "were"
    earliest = day_month(first_on or day, today)
    return Question(
        f"{plural(count, 'step')} of this plan {were} ticked before {on}.",
        f"A step is not done before its no came, so moving the no to {on} keeps {them} "
        f"ticked, dated {on}. To keep {their} days instead, keep editing and choose "
        f"{earliest} or earlier.",
        "Move the tick" if count == 1 else "Move the ticks",
    )


def rejection_form(
    db: Database,
    rejection: RejectionView | None = None,
    *,
    added: Callable[[Added], None] | None = None,
) -> FormScreen[Any]:
    """Record a no by hand, or correct one (``rejection`` given).
    ``added`` is given what `u` needs to take a new one back (services/added.py).

    A no that came at a stage this form does not offer (before applying, marked rejected
    from Saved in the Pipeline) keeps that stage: it stays a choice, and saving keeps it."""
    offered = {s.value for s in REACHED_STAGES}
    kept = rejection.stage_reached if rejection and rejection.stage_reached not in offered else ""
    stages: tuple[tuple[str | Content, str], ...] = tuple(
        (s.label, s.value) for s in REACHED_STAGES
    )
    if kept:
        known = {s.value: s.label for s in Stage}
        stages = ((known[kept] if kept in known else plain(kept), kept), *stages)
    fields = (
        stored_field(
            "rejection.company",
            "Company",
            required=True,
            value=rejection.company if rejection else "",
            max_length=SHORT_TEXT_LIMIT,  # validate_rejection's (clean_text's own)
        ),
        stored_field(
            "rejection.role",
            "Role",
            required=True,
            value=rejection.role if rejection else "",
            max_length=SHORT_TEXT_LIMIT,
        ),
        FieldSpec(
            "rejected_on",
            "Date of the no",
            kind="date",
            placeholder=PAST_DATE_HINT,
            value=_day_text(rejection.rejected_on) if rejection else "today",
        ),
        FieldSpec(
            "stage_reached",
            "Stage reached",
            kind="select",
            options=stages,
            placeholder="How far it got",
            value=rejection.stage_reached if rejection else "",
        ),
        stored_field(
            "rejection.reason",
            "Reason given",
            value=rejection.reason if rejection else "",
            help="If they gave one. Leave it empty if not; that is common.",
            max_length=LONG_TEXT_LIMIT,  # clean_reason's
        ),
    )

    # Editing: conditional on the version read (its plan's ticks count as changes to it),
    # and a rename on the version of its application read with it.
    guard = SaveGuard(rejection.version) if rejection is not None else None
    correcting = _Correcting(
        edit_service.application_version(db, rejection) if rejection is not None else None
    )

    def as_new() -> bool:
        return rejection is None or (guard is not None and guard.as_new)

    def data_of(values: dict[str, str]) -> RejectionInput:
        keep = bool(kept) and values.get("stage_reached") == kept
        sent = None  # a no linked to an application takes no day before it was sent (`x`'s rule)
        if rejection is not None and rejection.application_id is not None and not as_new():
            sent = recovery_service.sent_on(db, rejection.id)
        data = validate_rejection(
            {**values, "stage_reached": ""} if keep else values, clock.today(), sent
        )
        return replace(data, stage_reached=kept) if keep else data

    def submit(values: dict[str, str]) -> RejectionView | edit_service.Corrected:
        data = data_of(values)
        if as_new():
            view, receipt = recovery_service.add_rejection_undoable(db, data)
            if added is not None:
                added(receipt)
            return view
        assert guard is not None and rejection is not None
        if rejection_kept(db, rejection.id, data, guard.version):
            return edit_service.Corrected(rejection, kept=True)
        return edit_service.correct_rejection(
            db,
            rejection.id,
            data,
            expected_version=guard.version,
            expected_application_version=correcting.application_version,
            move_ticks=correcting.move_ticks,
        )

    def reload() -> tuple[dict[str, str], int] | None:
        assert rejection is not None
        fresh = recovery_service.get_rejection(db, rejection.id)
        if fresh is None:
            return None
        correcting.application_version = edit_service.application_version(db, fresh)
        return rejection_values(fresh), fresh.version

    if rejection is None:  # asks first when the company has an application open
        from bounceback_tui.ui.recovery.new_rejection import new_rejection_form

        return new_rejection_form(db, fields, added)

    def ask_first(values: dict[str, str]) -> Question | None:
        """Steps ticked before the later day the no would move to (asked once per save)."""
        if as_new():
            return None
        try:
            day = data_of(values).rejected_on
        except ValidationError:
            return None  # the save itself says what to mend
        ticks = edit_service.ticks_before_move(db, rejection.id, day)
        if not ticks.steps:
            return None
        return ticks_question(ticks.steps, ticks.first_on, day, clock.today())

    def yes(given: bool) -> None:
        correcting.move_ticks = given

    return RejectionFormScreen(
        markup_with(
            "Edit the rejection from $company", company=app_name(rejection.company, rejection.role)
        ),
        fields,
        submit,
        guard=guard,
        reload=reload,
        # The conflict dialog names the fields another window changed (a tick in its
        # plan moves the version too: then it says no field of the form changed).
        values_now=lambda columns: rejection_values(rejection_of(columns)),
        ask_first=ask_first,
        yes=yes,
    )


def rejection_values(rejection: RejectionView) -> dict[str, str]:
    """The rejection form's values for a stored no (what "reload" puts back)."""
    return {
        "company": rejection.company,
        "role": rejection.role,
        "rejected_on": _day_text(rejection.rejected_on),
        "stage_reached": rejection.stage_reached,
        "reason": rejection.reason,
    }


def _day_text(day: date | None) -> str:
    """A stored no's day as its field starts: empty where another program wrote over it
    (the save then asks for a day, never keeps the unreadable one or guesses one)."""
    return "" if day is None else day.isoformat()
