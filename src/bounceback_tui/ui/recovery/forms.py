"""The Recovery pane's forms, built on the shared FormScreen: a rejection, a custom step,
and when and how feedback was asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.dates import DATE_HINT, PAST_DATE_HINT
from bounceback_tui.domain.recovery import GROUPS
from bounceback_tui.domain.recovery_forms import (
    ASKED_VIA,
    CUSTOM_STEP_KINDS,
    DETAIL_LIMIT,
    REACHED_STAGES,
    TITLE_LIMIT,
    validate_custom_step,
    validate_feedback_request,
    validate_rejection,
)
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clip_name
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.recovery_steps import TickResult
from bounceback_tui.services.recovery_views import (
    RejectionView,
    StepView,
    rejection_of,
    step_of,
)
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen, SaveGuard
from bounceback_tui.ui.kit.text import markup_with, plain

if TYPE_CHECKING:
    from bounceback_tui.services.added import Added
    from bounceback_tui.services.store_access import Database

GROUP_OPTIONS = tuple((g.title, g.key) for g in GROUPS)


def rejection_form(
    db: Database,
    rejection: RejectionView | None = None,
    *,
    added: Callable[[Added], None] | None = None,
) -> FormScreen[RejectionView]:
    """Record a no that is not in the Pipeline, or correct one (``rejection`` given).
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
        FieldSpec(
            "company",
            "Company",
            required=True,
            value=rejection.company if rejection else "",
            max_length=SHORT_TEXT_LIMIT,  # validate_rejection's (clean_text's own)
        ),
        FieldSpec(
            "role",
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
            value=rejection.rejected_on.isoformat() if rejection else "today",
        ),
        FieldSpec(
            "stage_reached",
            "Stage reached",
            kind="select",
            options=stages,
            placeholder="How far it got",
            value=rejection.stage_reached if rejection else "",
        ),
        FieldSpec(
            "reason",
            "Reason given",
            kind="multiline",
            value=rejection.reason if rejection else "",
            help="If they gave one. Leave it empty if not; that is common.",
            max_length=LONG_TEXT_LIMIT,  # clean_reason's
        ),
    )

    # Editing: conditional on the version read (its plan's ticks count as changes to it).
    guard = SaveGuard(rejection.version) if rejection is not None else None

    def submit(values: dict[str, str]) -> RejectionView:
        keep = bool(kept) and values.get("stage_reached") == kept
        as_new = rejection is None or (guard is not None and guard.as_new)
        sent = None  # a no linked to an application takes no day before it was sent (`x`'s rule)
        if rejection is not None and rejection.application_id is not None and not as_new:
            sent = recovery_service.sent_on(db, rejection.id)
        data = validate_rejection(
            {**values, "stage_reached": ""} if keep else values, clock.today(), sent
        )
        if keep:
            data = replace(data, stage_reached=kept)
        if as_new:
            view, receipt = recovery_service.add_rejection_undoable(db, data)
            if added is not None:
                added(receipt)
            return view
        assert guard is not None and rejection is not None
        return recovery_service.update_rejection(
            db, rejection.id, data, expected_version=guard.version
        )

    def reload() -> tuple[dict[str, str], int] | None:
        assert rejection is not None
        fresh = recovery_service.get_rejection(db, rejection.id)
        if fresh is None:
            return None
        return rejection_values(fresh), fresh.version

    if rejection is None:
        return FormScreen(
            "Record a rejection",
            fields,
            submit,
            intro="For a no that is not in the Pipeline. A recovery plan starts with it.",
            submit_label="Record",
        )
    return FormScreen(
        markup_with("Edit the rejection from $company", company=rejection.company),
        fields,
        submit,
        guard=guard,
        reload=reload,
        # The conflict dialog names the fields another window changed (a tick in its
        # plan moves the version too: then it says no field of the form changed).
        values_now=lambda columns: rejection_values(rejection_of(columns)),
    )


def rejection_values(rejection: RejectionView) -> dict[str, str]:
    """The rejection form's values for a stored no (what "reload" puts back)."""
    return {
        "company": rejection.company,
        "role": rejection.role,
        "rejected_on": rejection.rejected_on.isoformat(),
        "stage_reached": rejection.stage_reached,
        "reason": rejection.reason,
    }


def custom_step_form(
    db: Database, rejection: RejectionView, group_key: str = "keep_going"
) -> FormScreen[TickResult]:
    """Add a step of the person's own to this plan only."""
    fields = (
        FieldSpec(
            "title", "Step", required=True, placeholder="What you will do", max_length=TITLE_LIMIT
        ),
        FieldSpec("detail", "Detail", kind="multiline", max_length=DETAIL_LIMIT),
        FieldSpec("group", "Group", kind="select", options=GROUP_OPTIONS, value=group_key),
        FieldSpec(
            "kind",
            "Kind",
            kind="select",
            options=tuple((k.label, k.value) for k in CUSTOM_STEP_KINDS),
            value="check",
        ),
        FieldSpec("day", "Suggested day", kind="date", placeholder=DATE_HINT, value="today"),
    )
    rejection_id = rejection.id

    def submit(values: dict[str, str]) -> TickResult:
        data = validate_custom_step(values, rejection.rejected_on, clock.today())
        return step_service.add_custom_step(db, rejection_id, data)

    return FormScreen(
        "Add a step to this plan",
        fields,
        submit,
        intro=markup_with(
            "Only the plan for $company gets it; the template stays as it is.",
            company=clip_name(rejection.company),  # one line: a long name hid the fields
        ),
        submit_label="Add",
    )


def feedback_request_form(
    db: Database, step: StepView, rejected_on: date
) -> FormScreen[TickResult]:
    """When and how feedback was asked. Saving ticks the step.

    A request logged with a person (People's "feedback asked", a message marked sent)
    keeps the person as how it was asked: they stay a choice here, and saving keeps them."""
    person = step.asked_via if step.asked_via not in {v for _, v in ASKED_VIA} else ""
    options: tuple[tuple[str | Content, str], ...] = ASKED_VIA
    if person:
        options = ((plain(person), person), *ASKED_VIA)
    fields = (
        FieldSpec(
            "asked_on",
            "Asked on",
            kind="date",
            placeholder=PAST_DATE_HINT,
            value=feedback_values(step)["asked_on"],
        ),
        FieldSpec(
            "asked_via",
            "Asked via",
            kind="select",
            options=options,
            placeholder="How you asked",
            value=step.asked_via,
        ),
    )
    step_id = step.id
    # A step removed from its plan cannot come back as a new one: only discard is offered.
    guard = SaveGuard(step.version, can_save_as_new=False)

    def submit(values: dict[str, str]) -> TickResult:
        kept = bool(person) and values.get("asked_via") == person
        if kept:
            values = {**values, "asked_via": ""}
        data = validate_feedback_request(values, rejected_on, clock.today())
        if kept:
            data = replace(data, asked_via=person)
        return step_service.save_feedback_request(db, step_id, data, expected_version=guard.version)

    return FormScreen(
        "Feedback asked",
        fields,
        submit,
        intro="Note when and how you asked. Whatever comes back (or does not) goes in the "
        "next step.",
        guard=guard,
        # The conflict dialog names the fields another window changed (a tick or an
        # answer moves the step's version too: then it says no field of the form changed).
        values_now=lambda columns: feedback_values(step_of(columns)),
    )


def feedback_values(step: StepView) -> dict[str, str]:
    """The feedback form's values for a step: when it was asked (today if not yet), how."""
    return {
        "asked_on": step.asked_on.isoformat() if step.asked_on else "today",
        "asked_via": step.asked_via,
    }
