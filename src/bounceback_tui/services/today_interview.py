"""The first interview later today, for Today's next step (domain/interview_day.py).

Read with the rest of the summary, before the first paint: one query on the interview's
indexed start, and the interview's module imported only when one is found.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bounceback_tui import clock
from bounceback_tui.domain.interview_day import InterviewToday
from bounceback_tui.domain.stages import Stage
from bounceback_tui.store.fastread import FastReader

# An application that said no, or was withdrawn, has called its interviews off
# (domain/interviews.CALLED_OFF_STAGES, not imported before the first paint).
_CALLED_OFF = (Stage.REJECTED.value, Stage.WITHDRAWN.value)


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def interview_today(reader: FastReader, today: date) -> InterviewToday | None:
    """The first interview of ``today`` (the person's day) not started yet, or None."""
    now = clock.now_utc()
    zone = clock.zone()
    day_ends = datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone)
    rows = reader.interviews_starting(
        _utc_text(now), _utc_text(day_ends - timedelta(microseconds=1)), skip_stages=_CALLED_OFF
    )
    now_naive = now.replace(tzinfo=None)
    for row in rows:
        starts = datetime.fromisoformat(row[5])
        if starts <= now_naive:
            continue  # started already: the rules take over again
        from bounceback_tui.domain.interviews import InterviewKind, in_zone

        try:
            kind = InterviewKind(row[4])
        except ValueError:
            kind = InterviewKind.PHONE_SCREEN  # as Today's strip reads one (today_people)
        return InterviewToday(
            interview_id=row[0],
            application_id=row[1],
            company=row[2],
            role=row[3],
            kind_label=kind.label,
            starts_local=in_zone(starts, zone),
            deadline=kind.is_deadline,
        )
    return None
