"""Compare-and-set in the services: a write that names an old version changes nothing.

"Another window" here is a second call through the same services (or raw SQL), made
between this window's read and its write.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bounceback_tui.domain.skills import SkillInput, SkillStatus
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import ConflictError, DeletedElsewhereError, NotFoundError
from bounceback_tui.reframe.record import RecordDraft
from bounceback_tui.services import applications as apps
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import recovery, recovery_edits, reframe, skill_moves, skills
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services.application_delete import delete_application
from bounceback_tui.services.pipeline_rows import load_rows
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.helpers import usual_keys
from tests.pipeline_fixtures import add, rows, stage_of, timeline
from tests.recovery_fixtures import add_rejection, steps_of
from tests.skills_fixtures import seed_backlog
from tests.written_over import another_program_writes


def _row(db: Database, app_id: int):  # type: ignore[no-untyped-def]
    (found,) = load_rows(db, FIXED_TODAY, ids=[app_id]).rows
    return found


def _version(db: Database, table: str, key: int) -> int:
    return rows(db.path, f"SELECT version FROM {table} WHERE id = ?", key)[0][0]


# --- versions move on every write, children included ---------------------------------------


def test_every_write_moves_the_version_and_a_child_write_moves_its_parent(db: Database) -> None:
    app_id = add(db, "Acme")
    first = _version(db, "application", app_id)
    apps.set_follow_up(db, app_id, date(2026, 3, 20))
    second = _version(db, "application", app_id)
    assert second > first
    # A timeline entry is a change to its application.
    with db.write() as session:
        from bounceback_tui.store.models import StageChange

        session.add(
            StageChange(
                application_id=app_id, from_stage="applied", to_stage="screening",
                changed_on=FIXED_TODAY,
            )
        )  # fmt: skip
    assert _version(db, "application", app_id) == second + 1
    # Raw SQL from another process counts the same.
    rows(db.path, "SELECT 1")  # (no write)

    another_program_writes(
        db.path, "UPDATE application SET notes = 'by hand' WHERE id = ?", (app_id,)
    )
    assert _version(db, "application", app_id) == second + 2


def test_a_tick_moves_the_step_and_its_rejection(db: Database) -> None:
    rejection_id = add_rejection(db)
    step = steps_of(db, rejection_id)[0]
    before = _version(db, "rejection", rejection_id)
    result = step_service.set_step_done(db, step.id, True, expected_version=step.version)
    assert result.step.version == _version(db, "recovery_step", step.id) > step.version
    assert _version(db, "rejection", rejection_id) > before
    # The version the tick handed back is the one the next tick from this window names.
    step_service.set_step_done(db, step.id, False, expected_version=result.step.version)


# --- the Pipeline ------------------------------------------------------------------------------


def test_a_stale_move_is_refused_and_says_what_happened(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-03-01")
    seen = _row(db, app_id)
    moves.move_stage(db, app_id, Stage.SCREENING)  # the other window
    with pytest.raises(ConflictError) as caught:
        moves.move_stage(db, app_id, Stage.INTERVIEWING, expected_version=seen.version)
    assert stage_of(db.path, app_id) == "screening"
    told = moves.retold(caught.value, "Acme", seen.stage)
    assert str(told) == "Acme was moved to Screening in another window."


def test_a_stale_edit_after_a_rejection_keeps_the_rejection_and_its_plan(db: Database) -> None:
    from bounceback_tui.domain.applications import RejectionInput, validate_application

    app_id = add(db, "Acme", date_applied="2026-03-01")
    seen = _row(db, app_id)
    moves.mark_rejected(
        db, app_id, RejectionInput(rejected_on=FIXED_TODAY, stage_reached=Stage.APPLIED)
    )
    entries = timeline(db.path, app_id)
    data = validate_application(
        {"company": "Acme", "role": "Engineer", "stage": "applied", "date_applied": "2026-03-01"},
        FIXED_TODAY,
    )
    with pytest.raises(ConflictError) as caught:
        apps.update_application(db, app_id, data, expected_version=seen.version)
    assert moves.what_changed(seen.stage, caught.value) == "marked rejected in another window"
    assert stage_of(db.path, app_id) == "rejected"
    assert timeline(db.path, app_id) == entries
    (rejection_id,) = rows(db.path, "SELECT id FROM rejection WHERE application_id = ?", app_id)[0]
    assert (
        rows(db.path, "SELECT count(*) FROM recovery_step WHERE rejection_id = ?", rejection_id)[0][
            0
        ]
        > 0
    )


def test_stale_delete_follow_up_and_ghosting_are_refused(db: Database) -> None:
    app_id = add(db, "Acme", date_applied="2026-01-01")
    seen = _row(db, app_id)
    apps.set_follow_up(db, app_id, date(2026, 3, 20))
    for write in (
        lambda: delete_application(db, app_id, expected_version=seen.version),
        lambda: apps.set_follow_up(db, app_id, None, expected_version=seen.version),
        lambda: moves.confirm_ghosted(db, app_id, expected_version=seen.version),
        lambda: moves.dismiss_ghost(db, app_id, expected_version=seen.version),
    ):
        with pytest.raises(ConflictError):
            write()
    assert rows(db.path, "SELECT stage, next_follow_up, ghost_dismissed_on FROM application") == [
        ("applied", "2026-03-20", None)
    ]


def test_a_deleted_application_is_deleted_elsewhere_and_not_found(db: Database) -> None:
    app_id = add(db, "Acme")
    seen = _row(db, app_id)
    delete_application(db, app_id)
    with pytest.raises(DeletedElsewhereError) as caught:
        moves.move_stage(db, app_id, Stage.SCREENING, expected_version=seen.version)
    assert isinstance(caught.value, NotFoundError) and caught.value.deleted
    assert moves.what_changed(Stage.APPLIED, caught.value) == "deleted in another window"


def test_undo_of_a_rejection_is_refused_once_another_window_changed_it(db: Database) -> None:
    from bounceback_tui.domain.applications import RejectionInput, validate_application

    app_id = add(db, "Acme", date_applied="2026-03-01")
    receipt = moves.mark_rejected(
        db, app_id, RejectionInput(rejected_on=FIXED_TODAY, stage_reached=Stage.APPLIED)
    )
    assert receipt.version == _version(db, "application", app_id)
    # Another window, after the rejection, edits its notes (a follow-up would be refused: a
    # closed application has nothing to follow up).
    edited = validate_application(
        {
            "company": "Acme",
            "role": "Engineer",
            "stage": "rejected",
            "date_applied": "2026-03-01",
            "notes": "they wrote back",
        },
        FIXED_TODAY,
    )
    # Its own handle on the store: this one's own writes since are no reason to refuse.
    other_window = Database(db.path)
    try:
        apps.update_application(other_window, app_id, edited)
    finally:
        other_window.dispose()
    with pytest.raises(ConflictError, match="changed in another window"):
        moves.undo_rejection(db, receipt)
    assert stage_of(db.path, app_id) == "rejected"
    assert rows(db.path, "SELECT count(*) FROM rejection") == [(1,)]


# --- Recovery, Skills, Reframe -------------------------------------------------------------


def test_recovery_writes_name_the_version_they_read(db: Database) -> None:
    from bounceback_tui.domain.recovery_forms import RejectionInput

    rejection_id = add_rejection(db)
    first, second = steps_of(db, rejection_id)[:2]
    plan_version = _version(db, "rejection", rejection_id)
    step_service.set_step_done(db, first.id, True)  # another window ticks
    with pytest.raises(ConflictError, match="changed in another window"):
        step_service.set_step_done(db, first.id, True, expected_version=first.version)
    with pytest.raises(ConflictError):
        step_service.save_answer(db, first.id, "mine", expected_version=first.version)
    with pytest.raises(ConflictError):
        step_service.save_draft(db, first.id, "mine", expected_version=first.version)
    with pytest.raises(ConflictError):
        step_service.delete_step(db, first.id, expected_version=first.version)
    # A tick is a change to its plan: the rejection's edit form read an older version.
    data = RejectionInput(company="Acme", role="Engineer", rejected_on=FIXED_TODAY)
    with pytest.raises(ConflictError, match="rejection from"):
        recovery_edits.update_rejection(db, rejection_id, data, expected_version=plan_version)
    with pytest.raises(ConflictError):
        recovery.delete_rejection(
            db, rejection_id, expected_version=plan_version, key_of=usual_keys
        )
    # The untouched step still takes its own version.
    step_service.set_step_done(db, second.id, True, expected_version=second.version)
    assert rows(db.path, "SELECT answer FROM recovery_step WHERE id = ?", first.id) == [("",)]


def test_skills_writes_name_the_version_they_read(db: Database) -> None:
    seed = seed_backlog(db)
    skill_id = seed.skills["design"]
    seen = skills.get_skill(db, skill_id)
    skill_moves.set_status(db, skill_id, SkillStatus.DOING)  # another window
    for write in (
        lambda: skills.update_skill(
            db, skill_id, SkillInput(title="Mine"), expected_version=seen.version
        ),
        lambda: skill_moves.step_status(db, skill_id, 1, expected_version=seen.version),
        lambda: skill_moves.move_priority(
            db, skill_id, 1, same_status=False, expected_version=seen.version
        ),
        lambda: skills.delete_skill(db, skill_id, expected_version=seen.version),
    ):
        with pytest.raises(ConflictError):
            write()
    now = skills.get_skill(db, skill_id)
    assert (now.title, now.status) == (seen.title, SkillStatus.DOING)
    skills.update_skill(db, skill_id, SkillInput(title="Mine"), expected_version=now.version)
    assert skills.get_skill(db, skill_id).title == "Mine"


def test_a_thought_record_saved_elsewhere_is_not_overwritten(db: Database) -> None:
    saved = reframe.save_draft(db, RecordDraft(thought="I always fail"))
    assert saved.version is not None
    mine = reframe.load_record(db, saved.id)  # this window
    theirs = reframe.load_record(db, saved.id)
    theirs.thought = "Theirs"
    reframe.save_draft(db, theirs)
    mine.thought = "Mine"
    with pytest.raises(ConflictError):
        reframe.save_draft(db, mine)
    assert reframe.load_record(db, saved.id).thought == "Theirs"
    # Each save hands back the version the next save from the same window names.
    again = reframe.save_draft(db, reframe.load_record(db, saved.id))
    again.thought = "Later"
    reframe.save_draft(db, again)
    with pytest.raises(ConflictError):
        reframe.delete_record(db, saved.id, expected_version=saved.version)


# --- Settings, the check-in, followed boards, the recovery template ------------------------


def test_a_setting_saved_from_a_stale_screen_is_refused_and_says_what_it_is_now(
    db: Database,
) -> None:
    from bounceback_tui.services import settings

    shown = settings.read_settings_versions(db)["weekly_goal"]
    assert (shown.value, shown.version) == (5, 0)  # the default: no row yet
    settings.save_setting(db, "weekly_goal", 7, expected_version=shown.version)  # another window
    with pytest.raises(ConflictError) as caught:
        settings.save_setting(db, "weekly_goal", 9, expected_version=shown.version)
    assert str(caught.value) == "Weekly goal was changed to 7 in another window."
    assert not caught.value.deleted
    assert settings.read_setting(db, "weekly_goal") == 7
    # Saving over it names the version the conflict reported; each save returns the next one.
    version = settings.save_setting(
        db, "weekly_goal", 9, expected_version=caught.value.current_version
    )
    assert version == settings.read_settings_versions(db)["weekly_goal"].version
    assert settings.save_setting(db, "weekly_goal", 10, expected_version=version) > version
    assert settings.read_setting(db, "weekly_goal") == 10


def test_a_setting_put_back_to_its_default_elsewhere_is_a_change_too(db: Database) -> None:
    from bounceback_tui.services import settings

    version = settings.save_setting(db, "recovery_optional_steps", True, expected_version=0)
    with sqlite3.connect(db.path) as conn:  # a restore of a store that never had it
        conn.execute("DELETE FROM setting WHERE key = 'recovery_optional_steps'")
    with pytest.raises(ConflictError) as caught:
        settings.save_setting(db, "recovery_optional_steps", False, expected_version=version)
    assert str(caught.value) == (
        "Optional recovery steps was set back to its default (off) in another window."
    )
    assert caught.value.current_version == 0 and not caught.value.deleted


def test_a_check_in_saved_in_another_window_is_not_replaced_unseen(db: Database) -> None:
    from bounceback_tui.domain.check_in import CheckInInput
    from bounceback_tui.services.check_ins import save_check_in
    from bounceback_tui.services.today import load_today

    assert load_today(db.path, FIXED_TODAY).check_in_version == 0  # none yet
    theirs = save_check_in(db, FIXED_TODAY, CheckInInput(4, "Theirs"), expected_version=0)
    with pytest.raises(ConflictError) as caught:
        save_check_in(db, FIXED_TODAY, CheckInInput(2, "Mine"), expected_version=0)
    assert str(caught.value) == "Today's check-in was saved in another window: 4 (good)."
    summary = load_today(db.path, FIXED_TODAY)
    assert summary.check_in == (4, "Theirs")
    assert summary.check_in_version == theirs.version
    mine = save_check_in(db, FIXED_TODAY, CheckInInput(2, "Mine"), expected_version=theirs.version)
    assert mine.version == load_today(db.path, FIXED_TODAY).check_in_version > theirs.version
    # A check-in a restore took away: the form's save says so instead of adding it back.
    with sqlite3.connect(db.path) as conn:
        conn.execute("DELETE FROM check_in")
    with pytest.raises(DeletedElsewhereError):
        save_check_in(db, FIXED_TODAY, CheckInInput(3, "Later"), expected_version=mine.version)


def test_unfollowing_a_board_names_the_version_the_screen_showed(db: Database) -> None:
    from bounceback_tui.importers.providers import BoardRef
    from bounceback_tui.services import board_refresh, boards

    shown = boards.follow_board(db, BoardRef("lever", "acme"), "Acme")
    board_refresh.store_board(db, shown, "The board could not be read.")  # another window's refresh
    with pytest.raises(ConflictError, match="Acme's board was changed in another window"):
        boards.unfollow_board(db, shown.id, expected_version=shown.version)
    assert [b.id for b in boards.list_boards(db)] == [shown.id]
    (now,) = boards.list_boards(db)
    assert now.version > shown.version
    boards.unfollow_board(db, shown.id, expected_version=now.version)
    assert boards.list_boards(db) == []
    with pytest.raises(DeletedElsewhereError):
        boards.unfollow_board(db, shown.id, expected_version=now.version)


def test_template_edits_name_the_version_they_read(db: Database) -> None:
    from bounceback_tui.domain.recovery import StepKind
    from bounceback_tui.domain.recovery_forms import TemplateStepInput

    shown = {row.key: row for row in template_service.list_template(db)}
    first, second = list(shown.values())[:2]
    assert first.group_key == second.group_key
    assert first.version == second.version == 1  # built in, not stored yet
    data = TemplateStepInput("Theirs", first.group_key, StepKind.CHECK, 0)
    template_service.update_template_step(db, first.key, data, expected_version=first.version)
    mine = TemplateStepInput("Mine", first.group_key, StepKind.CHECK, 0)
    for write in (
        lambda: template_service.update_template_step(db, first.key, mine, expected_version=1),
        lambda: template_service.set_template_step_retired(db, first.key, True, expected_version=1),
        lambda: template_service.move_template_step(db, first.key, 1, expected_version=1),
        # The step below it is untouched, but the one it would swap with is not.
        lambda: template_service.move_template_step(
            db, second.key, -1, expected_version=second.version, neighbour=(first.key, 1)
        ),
        lambda: template_service.reset_template(
            db, expected={k: r.version for k, r in shown.items()}
        ),
    ):
        with pytest.raises(ConflictError):
            write()
    now = {row.key: row for row in template_service.list_template(db)}
    assert now[first.key].title == "Theirs" and not now[first.key].retired
    assert [r.key for r in now.values()][:2] == [first.key, second.key]
    assert template_service.move_template_step(
        db, second.key, -1, expected_version=now[second.key].version,
        neighbour=(first.key, now[first.key].version),
    )  # fmt: skip
    template_service.reset_template(
        db, expected={r.key: r.version for r in template_service.list_template(db)}
    )
    assert template_service.list_template(db)[0].title == first.title


def test_a_template_step_added_after_a_reset_never_takes_an_old_steps_key(db: Database) -> None:
    from bounceback_tui.domain.recovery import StepKind
    from bounceback_tui.domain.recovery_forms import TemplateStepInput

    walk = TemplateStepInput("Walk", "breathe", StepKind.CHECK, 1)
    old_key = template_service.add_template_step(db, walk)
    old = next(r for r in template_service.list_template(db) if r.key == old_key)
    template_service.reset_template(db)  # another window
    new_key = template_service.add_template_step(
        db, TemplateStepInput("Run", "breathe", StepKind.CHECK, 1)
    )
    assert new_key != old_key
    with pytest.raises(DeletedElsewhereError):
        template_service.update_template_step(db, old_key, walk, expected_version=old.version)
    assert [r.title for r in template_service.list_template(db) if r.key == new_key] == ["Run"]


def test_a_priority_swap_checks_the_neighbour_it_swaps_with(db: Database) -> None:
    seed = seed_backlog(db)
    design, resume, review = (
        skills.get_skill(db, seed.skills[name]) for name in ("design", "resume", "review")
    )
    # The board's todo column as this window shows it: design, resume, review.
    assert [design.priority < resume.priority < review.priority] == [True]
    # Another window moves "review" above "resume": design, review, resume.
    skill_moves.move_priority(db, review.id, -1, same_status=True)
    # This window's J on design means "below resume", as it still shows it.
    with pytest.raises(ConflictError, match="order was changed in another window"):
        skill_moves.move_priority(
            db, design.id, 1, same_status=True, expected_version=design.version,
            neighbour=(resume.id, resume.version),
        )  # fmt: skip
    order = [s.id for s in skills.list_skills(db) if s.status is SkillStatus.TODO]
    assert order == [design.id, review.id, resume.id]
    # The neighbour itself changed (a new title elsewhere): refused as well.
    fresh = {s.id: s for s in skills.list_skills(db)}
    skills.update_skill(db, review.id, SkillInput(title="Lead two design reviews"))
    with pytest.raises(ConflictError, match="Lead two design reviews"):
        skill_moves.move_priority(
            db, design.id, 1, same_status=True, expected_version=fresh[design.id].version,
            neighbour=(review.id, fresh[review.id].version),
        )  # fmt: skip
    assert [s.id for s in skills.list_skills(db) if s.status is SkillStatus.TODO] == order


def test_a_refusal_names_the_new_name_of_a_record_renamed_elsewhere(db: Database) -> None:
    # "Nothing changed: AcmeA was changed in another window." while it was now called AcmeC
    # (a stranger's walk): the person could not tell which record that was any more.
    from bounceback_tui.domain.applications import validate_application

    app_id = add(db, "AcmeA", date_applied="2026-03-01")
    seen = _row(db, app_id)
    data = validate_application(
        {"company": "AcmeC", "role": "Engineer", "stage": "applied", "date_applied": "2026-03-01"},
        FIXED_TODAY,
    )
    apps.update_application(db, app_id, data)  # the other window
    with pytest.raises(ConflictError) as caught:
        delete_application(db, app_id, expected_version=seen.version)
    told = moves.retold(caught.value, seen.company, seen.stage)
    assert str(told) == "AcmeA was renamed “AcmeC” in another window."
    moves.move_stage(db, app_id, Stage.SCREENING)  # moved as well: the move is news enough
    with pytest.raises(ConflictError) as caught:
        delete_application(db, app_id, expected_version=seen.version)
    told = moves.retold(caught.value, seen.company, seen.stage)
    assert str(told) == "AcmeA was moved to Screening in another window."
