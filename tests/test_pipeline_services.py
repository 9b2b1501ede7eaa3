"""Pipeline use cases against a real store: stage moves and their timeline, rejecting (and
taking it back), ghosting suggestions, editing, deleting with undo, and the rows read."""

from __future__ import annotations

import pytest

from bounceback_tui.domain.applications import RejectionInput, validate_application
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import BouncebackError, NotFoundError
from bounceback_tui.services import applications as svc
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.application_delete import delete_application, restore_application
from bounceback_tui.services.application_detail import get_detail
from bounceback_tui.services.pipeline_rows import load_rows
from bounceback_tui.services.pipeline_undo import plan_progress
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import D, add, dump, put, rows, stage_of, timeline

TODAY = FIXED_TODAY  # Monday 2026-03-16


# --- stage moves and the timeline ---------------------------------------------------------


def test_added_application_starts_its_timeline_on_the_day_applied(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-10")
    assert timeline(db.path, app_id) == [(None, "applied", "2026-03-10")]


def test_next_stage_walks_the_progression_and_dates_each_step(db: Database) -> None:
    app_id = add(db, "Acme", stage="saved")
    assert rows(db.path, "SELECT date_applied FROM application")[0][0] is None
    for expected in ("applied", "screening", "interviewing", "offer", "accepted"):
        target = moves.move_target(db, app_id, 1)
        assert target == Stage(expected)
        moves.move_stage(db, app_id, target)
    assert stage_of(db.path, app_id) == "accepted"
    assert moves.move_target(db, app_id, 1) is None  # nothing after Accepted
    # Sending it (Saved -> Applied) set the day applied.
    assert rows(db.path, "SELECT date_applied FROM application")[0][0] == "2026-03-16"
    assert [step[1] for step in timeline(db.path, app_id)] == [
        "saved",
        "applied",
        "screening",
        "interviewing",
        "offer",
        "accepted",
    ]


def test_previous_stage_stops_at_saved(db: Database) -> None:
    app_id = add(db, "Acme", stage="saved")
    assert moves.move_target(db, app_id, -1) is None


def test_a_same_day_step_back_takes_the_slip_back(db: Database) -> None:
    app_id = put(db, "Acme", [("applied", D(2026, 3, 1))], date_applied=D(2026, 3, 1))
    moves.move_stage(db, app_id, Stage.SCREENING)  # an extra `]` by mistake
    result = moves.move_stage(db, app_id, Stage.APPLIED)  # and `[` straight away
    assert result.took_back
    assert timeline(db.path, app_id) == [(None, "applied", "2026-03-01")]


def test_a_step_back_on_a_later_day_is_kept_in_the_timeline(db: Database) -> None:
    app_id = put(
        db,
        "Acme",
        [("applied", D(2026, 3, 1)), ("screening", D(2026, 3, 10))],
        date_applied=D(2026, 3, 1),
    )
    result = moves.move_stage(db, app_id, Stage.APPLIED)
    assert not result.took_back
    assert timeline(db.path, app_id)[-1] == ("screening", "applied", "2026-03-16")


def test_leaving_an_exit_goes_back_to_where_it_was(db: Database) -> None:
    app_id = put(
        db,
        "Acme",
        [("applied", D(2026, 1, 5)), ("screening", D(2026, 1, 12)), ("ghosted", D(2026, 2, 20))],
        date_applied=D(2026, 1, 5),
    )
    assert moves.move_target(db, app_id, -1) is Stage.SCREENING
    assert moves.move_target(db, app_id, 1) is Stage.INTERVIEWING
    moves.move_stage(db, app_id, Stage.INTERVIEWING)  # they wrote back after all
    assert timeline(db.path, app_id)[-1] == ("ghosted", "interviewing", "2026-03-16")


def test_moving_to_rejected_without_details_is_refused(db: Database) -> None:
    app_id = add(db, "Acme")
    with pytest.raises(BouncebackError):
        moves.move_stage(db, app_id, Stage.REJECTED)
    assert stage_of(db.path, app_id) == "applied"


def test_moving_a_deleted_application_says_so(db: Database) -> None:
    with pytest.raises(NotFoundError):
        moves.move_stage(db, 999, Stage.SCREENING)


# --- marking rejected: one transaction, and its undo --------------------------------------


def _reject(db: Database, app_id: int, **kw: object) -> moves.RejectionReceipt:
    details = RejectionInput(
        rejected_on=kw.get("on", D(2026, 3, 14)),  # type: ignore[arg-type]
        stage_reached=kw.get("reached", Stage.INTERVIEWING),  # type: ignore[arg-type]
        reason=kw.get("reason", "Went with someone with more Go."),  # type: ignore[arg-type]
    )
    return moves.mark_rejected(db, app_id, details)


def test_marking_rejected_records_the_rejection_and_its_plan(db: Database) -> None:
    app_id = put(
        db,
        "Acme",
        [("applied", D(2026, 2, 1)), ("interviewing", D(2026, 2, 20))],
        date_applied=D(2026, 2, 1),
    )
    receipt = _reject(db, app_id)
    assert stage_of(db.path, app_id) == "rejected"
    assert timeline(db.path, app_id)[-1] == ("interviewing", "rejected", "2026-03-14")
    assert rows(
        db.path,
        "SELECT application_id, company, role, rejected_on, stage_reached, reason FROM rejection",
    ) == [
        (
            app_id,
            "Acme",
            "Engineer",
            "2026-03-14",
            "interviewing",
            "Went with someone with more Go.",
        )
    ]
    steps = rows(
        db.path, "SELECT count(*) FROM recovery_step WHERE rejection_id = ?", receipt.rejection_id
    )
    assert steps[0][0] >= 5  # the standard plan
    assert receipt.previous_stage is Stage.INTERVIEWING


def test_a_failing_plan_leaves_nothing_half_saved(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-01")
    before = dump(db.path)

    def broken(session: object, rejection_id: int, reached: str = "", **_: object) -> None:
        raise RuntimeError("template unreadable")

    monkeypatch.setattr("bounceback_tui.services.recovery.create_plan", broken)
    with pytest.raises(RuntimeError):
        _reject(db, app_id)
    assert dump(db.path) == before


def test_rejecting_twice_is_refused(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-01")
    _reject(db, app_id)
    with pytest.raises(BouncebackError, match="already"):
        _reject(db, app_id)
    assert rows(db.path, "SELECT count(*) FROM rejection")[0][0] == 1


def test_undoing_a_rejection_removes_the_plan_and_restores_the_stage(db: Database) -> None:
    app_id = put(
        db,
        "Acme",
        [("applied", D(2026, 2, 1)), ("screening", D(2026, 2, 10))],
        date_applied=D(2026, 2, 1),
    )
    before = dump(db.path)
    receipt = _reject(db, app_id, reached=Stage.SCREENING)
    # Its reply noted from its reason is no work lost (services/recovery.reason_noted).
    assert plan_progress(db, receipt.rejection_id) == 0
    moves.undo_rejection(db, receipt)
    assert dump(db.path) == before


def test_plan_progress_counts_ticked_and_written_steps(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-01")
    receipt = _reject(db, app_id, reason="")  # a reason would tick what came back
    with db.write() as session:
        from sqlalchemy import text

        session.execute(
            text(
                "UPDATE recovery_step SET done_at = '2026-03-15 10:00:00' WHERE id = "
                "(SELECT min(id) FROM recovery_step)"
            )
        )
        session.execute(
            text(
                "UPDATE recovery_step SET answer_draft = 'half a thought' WHERE id = "
                "(SELECT max(id) FROM recovery_step)"
            )
        )
    assert plan_progress(db, receipt.rejection_id) == 2


def test_undo_after_the_application_moved_on_is_refused(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-01")
    receipt = _reject(db, app_id)
    moves.move_stage(db, app_id, Stage.APPLIED)  # reopened
    with pytest.raises(BouncebackError, match="moved on"):
        moves.undo_rejection(db, receipt)
    # Reopening keeps the rejection: it happened.
    assert rows(db.path, "SELECT count(*) FROM rejection")[0][0] == 1


def test_rejection_date_and_stage_are_validated(db: Database) -> None:
    from bounceback_tui.domain.applications import validate_rejection
    from bounceback_tui.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        validate_rejection({"rejected_on": "+1d", "stage_reached": "offer"}, TODAY)
    assert "future" in (caught.value.for_field("rejected_on") or "")
    with pytest.raises(ValidationError) as caught:
        validate_rejection({"rejected_on": "2026-02-01"}, TODAY, D(2026, 3, 1))
    assert "2026-03-01" in (caught.value.for_field("rejected_on") or "")
    with pytest.raises(ValidationError):
        validate_rejection({"stage_reached": "ghosted"}, TODAY)
    ok = validate_rejection({"rejected_on": "yesterday", "reason": "  \n"}, TODAY)
    assert ok == RejectionInput(D(2026, 3, 15), Stage.APPLIED, "")


# --- adding and editing -------------------------------------------------------------------


def test_adding_straight_into_rejected_logs_an_old_no(db: Database) -> None:
    data = validate_application(
        {"company": "Acme", "role": "Engineer", "stage": "rejected", "date_applied": "2026-02-01"},
        TODAY,
    )
    result = svc.add_application_result(
        db, data, RejectionInput(D(2026, 2, 20), Stage.SCREENING, "No reason given.")
    )
    app_id = result.application.id
    assert app_id is not None and result.rejection_id is not None
    assert timeline(db.path, app_id) == [
        (None, "screening", "2026-02-01"),
        ("screening", "rejected", "2026-02-20"),
    ]
    assert rows(db.path, "SELECT stage_reached FROM rejection") == [("screening",)]


def test_an_exit_stage_gets_no_invented_date_applied() -> None:
    data = validate_application({"company": "A", "role": "B", "stage": "rejected"}, TODAY)
    assert data.date_applied is None


def test_renaming_an_application_renames_its_rejections_copy_unless_renamed_there(
    db: Database,
) -> None:
    # "Yarrow Bank" fixed to "Renamed Bank" in the Pipeline stayed "Yarrow Bank" in Recovery,
    # on Today's next step and in the export (a stranger's walk): the rejection keeps a copy.
    app_id = put(db, "Yarrow Bank", [("applied", D(2026, 2, 1))], date_applied=D(2026, 2, 1))
    receipt = _reject(db, app_id)
    other_id = put(db, "Zeta", [("applied", D(2026, 2, 2))], date_applied=D(2026, 2, 2))
    other = _reject(db, other_id)
    from bounceback_tui.store.models import Rejection

    # A rejection named apart from its application keeps its own name (one renamed in
    # Recovery before such a rename reached the Pipeline too: tests/test_recovery_rename_linked.py).
    with db.write() as session:
        renamed = session.get(Rejection, other.rejection_id)
        assert renamed is not None
        renamed.company = "Zeta (Lisbon office)"
        session.add(renamed)
    before = rows(db.path, "SELECT version FROM rejection WHERE id = ?", receipt.rejection_id)
    for app, company, role in ((app_id, "Renamed Bank", "Analyst"), (other_id, "Zeta Co", "Dev")):
        detail = get_detail(db, app)
        assert detail is not None
        values = svc.form_values(detail.application) | {"company": company, "role": role}
        svc.update_application(db, app, validate_application(values, TODAY))
    assert rows(db.path, "SELECT id, company, role FROM rejection ORDER BY id") == [
        (receipt.rejection_id, "Renamed Bank", "Analyst"),
        (other.rejection_id, "Zeta (Lisbon office)", "Dev"),
    ]
    # Its version moved on: a form open on it before the rename meets a change.
    after = rows(db.path, "SELECT version FROM rejection WHERE id = ?", receipt.rejection_id)
    assert after[0][0] > before[0][0]


def test_editing_saves_every_field_and_keeps_the_rest(db: Database) -> None:
    app_id = put(
        db,
        "Acme",
        [("applied", D(2026, 1, 10))],
        date_applied=D(2026, 1, 10),
        ghost_dismissed_on=D(2026, 3, 1),
        employment_type="FULL_TIME",
    )
    detail = get_detail(db, app_id)
    assert detail is not None
    values = svc.form_values(detail.application)
    assert values["date_applied"] == "2026-01-10" and values["employment_type"] == "FULL_TIME"
    values.update(
        {
            "location": "Lisboa",
            "salary_min": "70k",
            "salary_max": "80000",
            "salary_currency": "eur",
            "excitement": "4",
            "notes": "Second round on Thursday.",
            "stage": "screening",
        }
    )
    result = svc.update_application(db, app_id, validate_application(values, TODAY))
    assert result.rejection_id is None
    stored = rows(
        db.path,
        "SELECT location, salary_min, salary_max, salary_currency, excitement, notes, "
        "ghost_dismissed_on, employment_type, stage FROM application",
    )
    assert stored == [
        (
            "Lisboa",
            70000.0,
            80000.0,
            "EUR",
            4,
            "Second round on Thursday.",
            "2026-03-01",
            "FULL_TIME",
            "screening",
        )
    ]
    assert timeline(db.path, app_id)[-1] == ("applied", "screening", "2026-03-16")


def test_editing_into_rejected_records_the_rejection_with_its_receipt(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-01")
    detail = get_detail(db, app_id)
    assert detail is not None
    values = {**svc.form_values(detail.application), "stage": "rejected"}
    result = svc.update_application(
        db,
        app_id,
        validate_application(values, TODAY),
        RejectionInput(D(2026, 3, 12), Stage.APPLIED, ""),
    )
    assert result.receipt is not None and result.rejection_id == result.receipt.rejection_id
    assert timeline(db.path, app_id)[-1] == ("applied", "rejected", "2026-03-12")
    moves.undo_rejection(db, result.receipt)
    assert stage_of(db.path, app_id) == "applied"
    assert rows(db.path, "SELECT count(*) FROM rejection")[0][0] == 0


def test_follow_up_is_set_and_cleared(db: Database) -> None:
    app_id = add(db, "Acme")
    svc.set_follow_up(db, app_id, D(2026, 3, 23))
    assert rows(db.path, "SELECT next_follow_up FROM application") == [("2026-03-23",)]
    svc.set_follow_up(db, app_id, None)
    assert rows(db.path, "SELECT next_follow_up FROM application") == [(None,)]


def test_follow_up_before_the_date_applied_is_refused(db: Database) -> None:
    from bounceback_tui.errors import ValidationError

    app_id = add(db, "Acme", date_applied="2026-03-10")
    with pytest.raises(ValidationError) as caught:
        svc.set_follow_up(db, app_id, D(2026, 3, 9))
    assert "before the date applied (2026-03-10)" in (
        caught.value.for_field("next_follow_up") or ""
    )
    assert rows(db.path, "SELECT next_follow_up FROM application") == [(None,)]


def test_a_closed_application_takes_no_follow_up(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-10")
    _reject(db, app_id)
    with pytest.raises(BouncebackError, match="nothing to follow up"):
        svc.set_follow_up(db, app_id, D(2026, 3, 20))
    assert rows(db.path, "SELECT next_follow_up FROM application") == [(None,)]


def test_a_closed_applications_row_shows_no_follow_up_and_undo_brings_it_back(
    db: Database,
) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-10", next_follow_up="2026-03-20")
    (row,) = load_rows(db, TODAY).rows
    assert row.next_follow_up == D(2026, 3, 20)
    receipt = _reject(db, app_id)
    (row,) = load_rows(db, TODAY).rows
    assert row.stage is Stage.REJECTED and row.next_follow_up is None
    # Kept in the store, so taking the rejection back brings the reminder back too.
    moves.undo_rejection(db, receipt)
    (row,) = load_rows(db, TODAY).rows
    assert row.stage is Stage.APPLIED and row.next_follow_up == D(2026, 3, 20)


def test_the_edit_form_of_a_closed_application_shows_no_follow_up(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-10", next_follow_up="2026-03-20")
    _reject(db, app_id)
    detail = get_detail(db, app_id)
    assert detail is not None
    assert svc.form_values(detail.application)["next_follow_up"] == ""


# --- delete and undo ----------------------------------------------------------------------


def test_delete_then_undo_brings_back_everything(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-01")
    _reject(db, app_id)
    before = dump(db.path)
    deleted = delete_application(db, app_id)
    assert (deleted.company, deleted.application_id) == ("Acme", app_id)
    assert rows(db.path, "SELECT count(*) FROM application")[0][0] == 0
    assert rows(db.path, "SELECT application_id FROM rejection") == [(None,)]  # kept, unlinked
    restore_application(db, deleted)
    assert dump(db.path) == before


def test_an_id_is_never_reused_so_undo_still_brings_it_back(db: Database) -> None:
    app_id = add(db, "Acme")
    deleted = delete_application(db, app_id)
    newer = add(db, "Globex")
    assert newer > app_id  # AUTOINCREMENT: the deleted row's id is not handed out again
    restore_application(db, deleted)
    assert sorted(rows(db.path, "SELECT id, company FROM application")) == [
        (app_id, "Acme"),
        (newer, "Globex"),
    ]


def test_undoing_a_delete_twice_says_so(db: Database) -> None:
    app_id = add(db, "Acme")
    deleted = delete_application(db, app_id)
    restore_application(db, deleted)
    with pytest.raises(BouncebackError, match="cannot be brought back"):
        restore_application(db, deleted)
    assert rows(db.path, "SELECT company FROM application") == [("Acme",)]


# --- ghosting: suggested, then confirmed or put off ---------------------------------------


def _waiting(db: Database, days: int, **fields: object) -> int:
    since = D.fromordinal(TODAY.toordinal() - days)
    return put(db, f"Waited {days}", [("applied", since)], date_applied=since, **fields)


def test_quiet_after_more_than_the_set_days_in_applied(db: Database) -> None:
    at_21 = _waiting(db, 21)
    at_22 = _waiting(db, 22)
    quiet = {row.id: row.quiet for row in load_rows(db, TODAY).rows}
    assert quiet == {at_21: False, at_22: True}
    assert moves.is_application_quiet(db, at_22)


def test_the_setting_changes_when_to_ask(db: Database) -> None:
    at_12 = _waiting(db, 12)
    save_setting(db, "ghost_after_days", 10)
    assert load_rows(db, TODAY).rows[0].quiet
    assert load_rows(db, TODAY).ghost_after_days == 10
    assert moves.is_application_quiet(db, at_12)


def test_not_yet_waits_the_same_number_of_days_again(db: Database) -> None:
    app_id = _waiting(db, 40)
    moves.dismiss_ghost(db, app_id)
    assert not moves.is_application_quiet(db, app_id)
    assert rows(db.path, "SELECT ghost_dismissed_on, stage FROM application") == [
        ("2026-03-16", "applied")
    ]
    asked_again = _waiting(db, 40, ghost_dismissed_on=D(2026, 2, 22))  # 22 days ago
    still_waiting = _waiting(db, 41, ghost_dismissed_on=D(2026, 2, 23))  # 21 days ago
    quiet = {row.id: row.quiet for row in load_rows(db, TODAY).rows}
    assert quiet[asked_again] and not quiet[still_waiting]


def test_confirming_ghosted_moves_it_with_a_dated_entry(db: Database) -> None:
    app_id = _waiting(db, 30)
    moves.confirm_ghosted(db, app_id)
    assert stage_of(db.path, app_id) == "ghosted"
    assert timeline(db.path, app_id)[-1] == ("applied", "ghosted", "2026-03-16")
    with pytest.raises(BouncebackError, match="no longer waiting"):
        moves.confirm_ghosted(db, app_id)


def test_only_applied_is_ever_suggested(db: Database) -> None:
    old = D(2025, 12, 1)
    put(db, "Screened", [("applied", old), ("screening", D(2025, 12, 5))], date_applied=old)
    put(db, "Saved", [("saved", old)])
    assert not any(row.quiet for row in load_rows(db, TODAY).rows)


# --- rows ---------------------------------------------------------------------------------


def test_rows_know_when_they_entered_their_stage(db: Database) -> None:
    app_id = put(
        db,
        "Acme",
        [("applied", D(2026, 2, 1)), ("screening", D(2026, 3, 2))],
        date_applied=D(2026, 2, 1),
        location="Berlin",
        notes="Met at a meetup",
    )
    (row,) = load_rows(db, TODAY).rows
    assert (row.id, row.stage, row.in_stage_since, row.days_in_stage(TODAY)) == (
        app_id,
        Stage.SCREENING,
        D(2026, 3, 2),
        14,
    )
    assert "meetup" in row.search_text and "Berlin" in row.search_text


def test_detail_has_the_timeline_and_the_rejections(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-01")
    _reject(db, app_id)
    detail = get_detail(db, app_id)
    assert detail is not None
    assert [e.to_stage for e in detail.history] == ["applied", "rejected"]
    assert [r.reason for r in detail.rejections] == ["Went with someone with more Go."]
    assert detail.reached is Stage.APPLIED
    assert get_detail(db, 999) is None


def test_a_no_dated_before_the_last_move_still_comes_last(db: Database) -> None:
    # Moved to Interviewing today, then the no that came yesterday is recorded.
    app_id = add(db, "Acme", date_applied="2026-03-01")
    moves.move_stage(db, app_id, Stage.SCREENING)
    moves.move_stage(db, app_id, Stage.INTERVIEWING)
    _reject(db, app_id, on=D(2026, 3, 15))
    assert [entry[1] for entry in timeline(db.path, app_id)] == [
        "applied",
        "screening",
        "interviewing",
        "rejected",
    ]
    (row,) = load_rows(db, TODAY).rows
    assert (row.stage, row.in_stage_since) == (Stage.REJECTED, D(2026, 3, 15))
    detail = get_detail(db, app_id)
    assert detail is not None and detail.history[-1].to_stage == "rejected"


def test_rows_share_the_values_they_repeat(db: Database) -> None:
    """The Pipeline keeps every row while the app is open: a city, a source, a currency or
    a day that many applications have is held once, not once per row as SQLite hands it
    over (4.6 MB of the 10,000-application demo's 8.6 MB of rows)."""
    for company in ("Acme", "Globex", "Initech"):
        add(
            db,
            company,
            "Backend Engineer",
            location="Berlin",
            source="referral",
            salary_currency="EUR",
            date_applied="2026-03-02",
        )
    first, second, third = load_rows(db, FIXED_TODAY).rows
    assert first.location == "Berlin" and first.source == "referral"
    for row in (second, third):
        assert row.location is first.location
        assert row.role is first.role
        assert row.source is first.source
        assert row.salary_currency is first.salary_currency
        assert row.date_applied is first.date_applied
        assert row.in_stage_since is first.in_stage_since
    assert {first.company, second.company, third.company} == {"Acme", "Globex", "Initech"}
