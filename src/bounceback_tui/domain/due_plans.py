"""A recovery plan's step on Today's due list: the earliest due of its plan, named by its
application, "Company (Role)", so two noes at one company are told apart."""

# Annotations are evaluated (no `from __future__ import annotations`), as in domain/due.py.
from datetime import date, timedelta

from bounceback_tui.domain.due import DueItem, DueKind


def recovery_step_item(
    rejection_id: int,
    company: str,
    rejected_on: date,
    steps_due: int,
    offset_days: int,
    step_id: int,
    title: str,
    role: str = "",
    care: bool = False,
) -> DueItem:
    """A plan's earliest due step, standing for the ``steps_due`` due in that plan: "Northwind
    (Backend Engineer): Let yourself feel it for a while". A line too narrow cuts the name
    and the step's words, its "(+5 more)" and its day kept whole."""
    more = f" (+{steps_due - 1:,} more)" if steps_due > 1 else ""
    # Whole, as a follow-up's title is: a line cuts it where it is drawn, and the `today`
    # command's JSON keeps the person's text as it is (app_name cuts a long one).
    named = f"{company} ({role})" if role else company
    return DueItem(
        DueKind.RECOVERY_STEP,
        f"{named}: {title}{more}",
        rejected_on + timedelta(days=offset_days),
        rejection_id,
        step_id=step_id,
        # A line too narrow cuts the name and the step's words both (ui/today/text.py), its
        # "(+5 more)" and its day kept: at 80x24 it was cut at its end, "☐ Riverstone L…
        # (+5 more)", and said neither the role nor the step.
        name=named,
        parts=(company, role) if role else None,
        more=max(0, steps_due - 1),
        care=care,
    )
