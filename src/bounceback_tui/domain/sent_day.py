"""A sent application's date applied, kept when its edit form's field is emptied.

Only a new application (the add form) takes an empty date applied as today
(``applications.validate_application``). The edit form took it so too: emptied on an
application sent on 2 March, today was stored, a new application sent today (Today's
"This week", "sent since the last no", a recovery plan's "Send the next application"
ticked) and, on an Applied row, "In stage" started again (a tester's walk).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from bounceback_tui.domain.stages import SENT_STAGES, Stage
from bounceback_tui.errors import FieldError, ValidationError

SENT_DAY_KEPT = "A sent application keeps the day it was sent; write that day (or today)."


def refuse_emptied_sent_day(
    values: Mapping[str, str],
    left: Collection[str],
    read: date | None,
    *,
    stored_stage: Stage,
    stored_day: object,
) -> None:
    """Refuse, under "Date applied", an emptied field the validator read as today (``read``)
    on an application that was sent: stored in a stage past Saved, or with a day applied.
    A day left as stored (``left``: ``domain/unreadable.left_as_stored``) is no emptied one."""
    # Emptied: a day was stored and the field is now empty. One never dated (an Applied row
    # added without a day) is dated today on its first save, as before.
    emptied = (
        not str(values.get("date_applied", "")).strip()
        and "date_applied" not in left
        and stored_day is not None
    )
    was_sent = stored_stage in SENT_STAGES or stored_day is not None
    if emptied and was_sent and read is not None:
        raise ValidationError([FieldError("date_applied", SENT_DAY_KEPT)])
