"""A follow-up the person set means they are on it: the application is not asked about as
"ghosted?" while it is set, ahead or past its day, on Today or in the Pipeline.

A tester's application, 22 days quiet, two days after its follow-up was set for next week:
Today asked "No word from Hooli (Engineer): ghosted?", the Pipeline counted it quiet, and
on the follow-up's day the follow-up was not on Today at all (the "ghosted?" line stood
for it)."""

from __future__ import annotations

from datetime import date, timedelta

from bounceback_tui.domain.due import DueKind
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.application_detail import get_detail
from bounceback_tui.services.pipeline_rows import load_rows
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import put

TODAY = FIXED_TODAY  # "ghost after" is the default 21 days


def _day(days: int) -> date:
    return TODAY + timedelta(days=days)


def _kinds(db: Database, on: date) -> dict[str, set[DueKind]]:
    kinds: dict[str, set[DueKind]] = {}
    for item in load_today(db.path, on).due:
        for company in ("Hooli", "Initech"):
            if company in item.title:
                kinds.setdefault(company, set()).add(item.kind)
    return kinds


def _pipeline_quiet(db: Database, on: date) -> set[str]:
    loaded = load_rows(db, on)
    quiet = {row.company for row in loaded.rows if row.quiet}
    assert loaded.quiet_count == len(quiet)
    return quiet


def test_a_follow_up_set_ahead_is_not_asked_about_as_ghosted(db: Database) -> None:
    # Sent 22 days ago; its follow-up set for five days ahead. Initech: no follow-up set.
    hooli = put(
        db, "Hooli", [("applied", _day(-22))], date_applied=_day(-22), next_follow_up=_day(5)
    )
    put(db, "Initech", [("applied", _day(-22))], date_applied=_day(-22))
    assert _kinds(db, TODAY) == {"Initech": {DueKind.GHOSTED}}
    assert _pipeline_quiet(db, TODAY) == {"Initech"}
    assert not moves.is_application_quiet(db, hooli)
    detail = get_detail(db, hooli)
    assert detail is not None and not detail.quiet  # the Pipeline's detail says so too


def test_on_its_day_the_follow_up_is_on_today(db: Database) -> None:
    put(db, "Hooli", [("applied", _day(-22))], date_applied=_day(-22), next_follow_up=_day(5))
    assert _kinds(db, _day(5)) == {"Hooli": {DueKind.FOLLOW_UP}}
    assert _pipeline_quiet(db, _day(5)) == set()


def test_once_its_day_has_passed_it_stays_late_not_ghosted(db: Database) -> None:
    # A follow-up the person set is theirs until they act on it: "N days late", as the
    # Pipeline says it (tests/test_late_follow_up_not_ghosted.py).
    put(db, "Hooli", [("applied", _day(-22))], date_applied=_day(-22), next_follow_up=_day(5))
    assert _kinds(db, _day(6)) == {"Hooli": {DueKind.FOLLOW_UP}}
    assert _pipeline_quiet(db, _day(6)) == set()


def test_a_follow_up_day_already_past_stays_late(db: Database) -> None:
    put(db, "Hooli", [("applied", _day(-30))], date_applied=_day(-30), next_follow_up=_day(-3))
    assert _kinds(db, TODAY) == {"Hooli": {DueKind.FOLLOW_UP}}
    assert _pipeline_quiet(db, TODAY) == set()
