"""The rejections in another tracker's CSV: every route into Rejected records the no.

A row whose stage is Rejected is added with its rejection and a recovery plan, as marking it
rejected with `x` would, dated by the row's "Rejected on" column when it has one and by its
date applied when not (the no cannot have come before the application; a plan for a no
over ``ACTIVE_PLAN_DAYS`` old rests in Recovery rather than nagging on Today). A Rejected
row with neither date is a row to fix: every application in Rejected has its rejection, and
dating it today would make an old no look fresh. The plan says where the plans will show
before anything is written. The stage it got as far as and the reason given, as this app's
own export writes them ("Got as far as", "Rejection reason"), are kept with the no.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from bounceback_tui.domain.applications import ApplicationInput, clean_reason
from bounceback_tui.domain.dates import read_as
from bounceback_tui.domain.due import ACTIVE_PLAN_DAYS, active_since
from bounceback_tui.domain.stages import PROGRESSION, Stage
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import FieldError
from bounceback_tui.transfer.csv_kept import as_written
from bounceback_tui.transfer.csv_words import stage_for_status

# (session, [(application id, company, role, rejected on, stage reached, reason)]): records
# each rejection and starts its plan (services/recovery.insert_imported_rejections, passed in
# by the caller: the transfer layer does not import services).
RecordRejections = Callable[[Any, list[tuple[int, str, str, date, str, str]]], None]

FIELD = "rejected_on"
REACHED = "stage_reached"
REASON = "rejection_reason"


def reached_and_reason(
    raw: dict[str, str],
    stage: Stage,
    own: bool = False,
    read_stage: Callable[[str], Stage | None] = stage_for_status,
) -> tuple[str, str, str]:
    """A Rejected row's stage reached (Applied when it names none) and reason given, or a
    problem to report; ("", "", "") for another stage's row (``said_beside``). ``own``: the
    file is the app's own export, its reason kept as written (csv_kept.py). ``read_stage``:
    a status as a stage, with the person's --status first, as the status column reads it."""
    if stage is not Stage.REJECTED:
        return "", "", ""
    said = raw.get(REACHED, "").strip()
    reached = read_stage(said) if said else Stage.APPLIED
    if reached is None or reached not in PROGRESSION:
        shown = "".join(ch if ch.isprintable() else "?" for ch in said)[:30]
        why = "is where it ended, not how far it got" if reached else "is not a stage I know"
        names = ", ".join(s.label for s in PROGRESSION)
        # A word of the person's own is named with --status, as a status is (csv_statuses.py).
        offer = (
            f", or name it with --status {shlex.quote(f'{said}=STAGE')}"
            if not reached and said == shown
            else ""
        )
        return "", "", f"Got as far as: {shown!r} {why}; use one of: {names}{offer}"
    errors: list[FieldError] = []
    reason = clean_reason({"reason": raw.get(REASON, "")}, errors)
    if errors:
        return "", "", f"Rejection reason: {errors[0].message.rstrip('.')}"
    return reached.value, as_written(reason, raw.get(REASON, ""), own=own), ""  # csv_kept.py


def said_beside(raw: dict[str, str]) -> bool:
    """Whether a row names a stage reached or a reason (used only when it says Rejected)."""
    return any(raw.get(name, "").strip() for name in (REACHED, REASON))


def rejection_day(
    data: ApplicationInput, rejected_on: date | None, today: date, typed: str = ""
) -> tuple[date | None, str]:
    """The day a row's no is recorded on (None: not recorded), or a problem to report, in the
    forms' words: a day ``typed`` as a word or an offset says which day it was read as ("next
    fri was read as Fri 11 Dec 2026. The day of the no cannot be in the future"); before, the
    import said only "Rejected on: the date cannot be in the future"."""
    if data.stage is not Stage.REJECTED:
        return None, ""  # "Rejected on" beside another stage says nothing to record
    if rejected_on is None:
        if data.date_applied is None:
            return None, (
                "a Rejected row needs a date: its Date applied, or a Rejected on column with "
                "the day the no came"
            )
        return data.date_applied, ""
    if rejected_on > today:
        said = "The day of the no cannot be in the future"
        read = read_as(typed, rejected_on)
        return None, f"{read}. {said}" if read else said
    if data.date_applied is not None and rejected_on < data.date_applied:
        return None, (
            f"Rejected on: {rejected_on.isoformat()} is before the date applied "
            f"({data.date_applied.isoformat()})"
        )
    return rejected_on, ""


def describe(days: Sequence[date | None], by_applied: int, today: date) -> list[str]:
    """What the import does with its Rejected rows, for the plan shown before writing;
    ``by_applied`` of them have no Rejected on and take their date applied."""
    recorded = [day for day in days if day is not None]
    if not recorded:
        return []
    return [
        _where(recorded, today),
        *_dated_by_applied(by_applied, len(recorded)),
    ]


def _dated_by_applied(count: int, of: int) -> list[str]:
    if not count:
        return []
    if of == 1:
        which = "It has"
    elif count == of:
        which = "They have"
    else:
        which = f"{count:,} of them {'has' if count == 1 else 'have'}"
    return [
        f"  {which} no Rejected on, so the date applied stands for the day of the no: add a "
        "Rejected on column (or --map one) to give the real day."
    ]


def _where(recorded: list[date], today: date) -> str:
    fresh = sum(1 for day in recorded if day >= active_since(today))
    resting = len(recorded) - fresh
    one = len(recorded) == 1
    said = (
        f"{plural(len(recorded), 'Rejected row')} {'gets its' if one else 'get their'} "
        "rejection and recovery plan"
    )
    if not resting:
        return said + ", shown on Today."
    if not fresh:
        return (
            said + f"; {'it is' if one else 'they are'} over {ACTIVE_PLAN_DAYS} days old, so "
            f"{'its plan rests' if one else 'their plans rest'} in Recovery rather than "
            "showing on Today."
        )
    return (
        said + f"; {fresh:,} {'is' if fresh == 1 else 'are'} recent enough to show on Today, "
        f"the older {resting:,} {'rests' if resting == 1 else 'rest'} in Recovery."
    )


def items(
    ids: Sequence[int], rows: Sequence[tuple[ApplicationInput, date | None, str, str]]
) -> list[tuple[int, str, str, date, str, str]]:
    """The rejections to record for the rows just added with ``ids``: (data, day of the no,
    stage reached, reason) each."""
    return [
        (app_id, data.company, data.role, day, reached or Stage.APPLIED.value, reason)
        for app_id, (data, day, reached, reason) in zip(ids, rows, strict=True)
        if day is not None
    ]
