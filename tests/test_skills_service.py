"""Skills use cases over a real store: ordering, status moves, the doing limit, sources,
progress counts and soft-skill suggestions."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.skills import (
    ResourceInput,
    SkillInput,
    SkillKind,
    SkillStatus,
    SourceKind,
)
from bounceback_tui.errors import NotFoundError
from bounceback_tui.services import skill_moves, skill_progress, skill_suggestions
from bounceback_tui.services import skills as service
from bounceback_tui.services.settings import read_setting, save_setting
from bounceback_tui.store.database import Database
from tests.helpers import content_of, versions_of
from tests.skills_fixtures import (
    BLUEFIN_REFLECTION,
    FROZEN_NOW,
    add_rejection,
    seed_backlog,
)
from tests.written_over import another_program_writes

TODAY = FROZEN_NOW.date()


def _titles(db: Database) -> list[str]:
    return [row.title for row in service.list_skills(db)]


def _open_order(db: Database, status: SkillStatus | None = None) -> list[str]:
    return [
        r.title
        for r in service.list_skills(db)
        if r.status is not SkillStatus.DONE and (status is None or r.status is status)
    ]


def _db_rows(db: Database, sql: str) -> list[tuple]:
    with sqlite3.connect(db.path) as conn:
        return conn.execute(sql).fetchall()


# --- adding, editing, deleting -------------------------------------------------------------


def test_new_items_go_to_the_bottom_with_their_resources(db: Database) -> None:
    first = service.add_skill(db, SkillInput("First", SkillKind.TECHNICAL))
    second = service.add_skill(
        db,
        SkillInput(
            "Second",
            SkillKind.RESUME,
            target_date=date(2026, 4, 1),
            resources=(ResourceInput("https://example.org/x", "course"), ResourceInput("", "n")),
        ),
    )
    rows = service.list_skills(db)
    assert [r.id for r in rows] == [first, second]
    assert [r.priority for r in rows] == [1, 2]
    assert rows[1].status is SkillStatus.TODO
    assert rows[1].source_kind is SourceKind.MANUAL
    assert rows[1].resources == (ResourceInput("https://example.org/x", "course"), ("", "n"))
    assert rows[1].first_link == "https://example.org/x"
    assert rows[1].created_at == FROZEN_NOW


def test_edit_replaces_fields_and_resources_but_keeps_status(db: Database) -> None:
    skill_id = service.add_skill(
        db, SkillInput("Old", resources=(ResourceInput("https://a.example", ""),))
    )
    skill_moves.set_status(db, skill_id, SkillStatus.DOING)
    service.update_skill(
        db,
        skill_id,
        SkillInput("New", SkillKind.SOFT_SKILL, why="w", resources=(ResourceInput("", "only"),)),
    )
    row = service.get_skill(db, skill_id)
    assert (row.title, row.kind, row.why, row.status) == (
        "New",
        SkillKind.SOFT_SKILL,
        "w",
        SkillStatus.DOING,
    )
    assert row.resources == (ResourceInput("", "only"),)
    assert _db_rows(db, "SELECT count(*) FROM skill_resource") == [(1,)]


def test_delete_and_undo_bring_back_the_item_and_its_resources(db: Database) -> None:
    seed = seed_backlog(db)
    # Versions left out: the undo is a write and moves the item's version forward.
    before = content_of(db.path, "skill", "ORDER BY id") + content_of(
        db.path, "skill_resource", "ORDER BY id"
    )
    version_before = versions_of(db.path, "skill")[seed.skills["design"]]
    deleted = service.delete_skill(db, seed.skills["design"])
    assert "System design interviews" not in _titles(db)
    assert _db_rows(db, "SELECT count(*) FROM skill_resource WHERE skill_id = 1") == [(0,)]
    service.restore_skill(db, deleted)
    after = content_of(db.path, "skill", "ORDER BY id") + content_of(
        db.path, "skill_resource", "ORDER BY id"
    )
    assert after == before
    assert versions_of(db.path, "skill")[seed.skills["design"]] > version_before


def test_a_missing_item_says_so(db: Database) -> None:
    with pytest.raises(NotFoundError, match="no longer there"):
        service.update_skill(db, 99, SkillInput("x"))
    with pytest.raises(NotFoundError):
        skill_moves.step_status(db, 99, 1)
    with pytest.raises(NotFoundError):
        service.delete_skill(db, 99)


# --- ordering ------------------------------------------------------------------------------


def test_move_up_and_down_in_the_list(db: Database) -> None:
    seed_backlog(db)
    # Open items by priority: design, sql (doing), resume, review.
    assert _open_order(db) == [
        "System design interviews",
        "SQL window functions",
        "Quantify impact on the resume",
        "Lead a design review",
    ]
    moved = skill_moves.move_priority(db, 3, -1, same_status=False)
    assert moved == 2  # swapped with "SQL window functions"
    assert _open_order(db)[:3] == [
        "System design interviews",
        "Quantify impact on the resume",
        "SQL window functions",
    ]
    assert skill_moves.move_priority(db, 1, -1, same_status=False) is None  # already first
    assert skill_moves.move_priority(db, 4, 1, same_status=False) is None  # done items are after


def test_on_the_board_items_move_within_their_column(db: Database) -> None:
    seed_backlog(db)
    # To do column: design, resume, review ("SQL window functions" is doing, in between).
    assert skill_moves.move_priority(db, 3, -1, same_status=True) == 1
    assert _open_order(db, SkillStatus.TODO) == [
        "Quantify impact on the resume",
        "System design interviews",
        "Lead a design review",
    ]
    # The doing item kept its place relative to the others it was not swapped with.
    assert service.get_skill(db, 2).priority == 2
    assert skill_moves.move_priority(db, 2, 1, same_status=True) is None  # alone in doing


def test_done_items_are_not_reordered(db: Database) -> None:
    seed = seed_backlog(db)
    assert skill_moves.move_priority(db, seed.skills["kubernetes"], -1, same_status=False) is None


def test_ties_in_priority_are_fixed_before_a_swap(db: Database) -> None:
    ids = [service.add_skill(db, SkillInput(t)) for t in ("A", "B", "C")]
    # an older store, or a bulk import, with ties
    another_program_writes(db.path, "UPDATE skill SET priority = 5")
    assert _titles(db) == ["A", "B", "C"]
    assert skill_moves.move_priority(db, ids[2], -1, same_status=False) == ids[1]
    assert _titles(db) == ["A", "C", "B"]
    assert sorted(r.priority for r in service.list_skills(db)) == [1, 2, 3]


def test_each_move_is_one_write_transaction(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_backlog(db)
    writes: list[bool] = []
    original = db.write

    def counted(**kwargs: bool):  # type: ignore[no-untyped-def]
        writes.append(kwargs.get("count_activity", True))
        return original(**kwargs)

    monkeypatch.setattr(db, "write", counted)
    skill_moves.move_priority(db, 3, -1, same_status=False)
    skill_moves.move_priority(db, 3, 1, same_status=True)
    skill_moves.step_status(db, 3, 1)
    skill_moves.step_status(db, 3, -1)
    # One write each; reordering is tidying, so it does not count as an active day.
    assert writes == [False, False, True, True]


# --- status and the doing limit ------------------------------------------------------------


def test_status_moves_set_and_clear_the_times(db: Database) -> None:
    skill_id = service.add_skill(db, SkillInput("Terraform"))
    change = skill_moves.step_status(db, skill_id, 1)
    assert change is not None and (change.old, change.new) == (SkillStatus.TODO, SkillStatus.DOING)
    row = service.get_skill(db, skill_id)
    assert (row.started_at, row.finished_at) == (FROZEN_NOW, None)

    clock.freeze(datetime(2026, 3, 20, 17, 0))
    skill_moves.step_status(db, skill_id, 1)
    row = service.get_skill(db, skill_id)
    assert (row.status, row.started_at, row.finished_at) == (
        SkillStatus.DONE,
        FROZEN_NOW,
        datetime(2026, 3, 20, 17, 0),
    )
    assert skill_moves.step_status(db, skill_id, 1) is None  # already done

    skill_moves.step_status(db, skill_id, -1)
    row = service.get_skill(db, skill_id)
    assert (row.status, row.started_at, row.finished_at) == (SkillStatus.DOING, FROZEN_NOW, None)
    skill_moves.step_status(db, skill_id, -1)
    row = service.get_skill(db, skill_id)
    assert (row.status, row.started_at, row.finished_at) == (SkillStatus.TODO, None, None)
    assert skill_moves.step_status(db, skill_id, -1) is None


def test_a_move_back_into_done_keeps_the_finish_it_is_given_if_started_by_then(
    db: Database,
) -> None:
    skill_id = service.add_skill(db, SkillInput("Terraform"))
    skill_moves.step_status(db, skill_id, 1)  # doing, started Monday 16 09:30
    clock.freeze(datetime(2026, 3, 18, 17, 0))
    skill_moves.step_status(db, skill_id, 1)  # done on Wednesday
    clock.freeze(datetime(2026, 3, 20, 9, 0))
    out = skill_moves.step_status(db, skill_id, -1)
    assert out is not None and out.finished_before == datetime(2026, 3, 18, 17, 0)
    back = skill_moves.step_status(db, skill_id, 1, finished_at=out.finished_before)
    assert back is not None and back.finished_before is None  # it was not in Done
    row = service.get_skill(db, skill_id)
    assert (row.status, row.started_at, row.finished_at) == (
        SkillStatus.DONE,
        FROZEN_NOW,
        datetime(2026, 3, 18, 17, 0),
    )
    # Back to To do forgets the start; started again on Friday, a Wednesday finish would
    # come before it: finished now instead.
    skill_moves.step_status(db, skill_id, -1)
    skill_moves.step_status(db, skill_id, -1)
    skill_moves.step_status(db, skill_id, 1)
    skill_moves.step_status(db, skill_id, 1, finished_at=datetime(2026, 3, 18, 17, 0))
    row = service.get_skill(db, skill_id)
    assert (row.started_at, row.finished_at) == (
        datetime(2026, 3, 20, 9, 0),
        datetime(2026, 3, 20, 9, 0),
    )


def test_going_over_the_doing_limit_is_allowed_and_reported(db: Database) -> None:
    ids = [service.add_skill(db, SkillInput(f"Skill {n}")) for n in range(5)]
    changes = [skill_moves.step_status(db, i, 1) for i in ids[:4]]
    assert [c.doing for c in changes if c] == [1, 2, 3, 4]
    assert [c.over_limit for c in changes if c] == [False, False, False, True]
    assert _db_rows(db, "SELECT count(*) FROM skill WHERE status = 'doing'") == [(4,)]

    save_setting(db, "skills_doing_limit", 5)
    change = skill_moves.step_status(db, ids[4], 1)
    assert change is not None and (change.doing, change.doing_limit, change.over_limit) == (
        5,
        5,
        False,
    )


def test_finishing_is_never_over_the_limit(db: Database) -> None:
    ids = [service.add_skill(db, SkillInput(f"S{n}")) for n in range(5)]
    for skill_id in ids:
        skill_moves.step_status(db, skill_id, 1)
    change = skill_moves.step_status(db, ids[0], 1)
    assert change is not None and change.new is SkillStatus.DONE and not change.over_limit


# --- sources -------------------------------------------------------------------------------


def test_an_item_from_an_answer_is_linked_to_it(db: Database) -> None:
    rejection, steps = add_rejection(
        db, "Acme", "Engineer", date(2026, 3, 9), {"feedback.response": "More SQL."}
    )
    skill_id = service.add_skill(
        db,
        SkillInput("SQL"),
        source_kind=SourceKind.FEEDBACK,
        recovery_step_id=steps["feedback.response"],
    )
    row = service.get_skill(db, skill_id)
    # The rejection is found from the step when only the step is given.
    assert (row.source_kind, row.rejection_id, row.recovery_step_id) == (
        SourceKind.FEEDBACK,
        rejection,
        steps["feedback.response"],
    )
    assert (row.company, row.role) == ("Acme", "Engineer")
    assert [r.id for r in service.skills_for_rejection(db, rejection)] == [skill_id]
    context = service.source_context(db, None, steps["feedback.response"])
    assert context == service.SourceContext("Acme", "Engineer", date(2026, 3, 9), "More SQL.")


def test_a_step_of_another_rejection_or_a_missing_one_is_refused(db: Database) -> None:
    first, _ = add_rejection(db, "Acme", "Engineer", date(2026, 3, 9), {})
    _second, steps = add_rejection(db, "Beta", "Engineer", date(2026, 3, 9), {})
    with pytest.raises(NotFoundError):
        service.add_skill(
            db,
            SkillInput("x"),
            source_kind=SourceKind.REFLECTION,
            rejection_id=first,
            recovery_step_id=steps["reflect.prepared"],
        )
    with pytest.raises(NotFoundError):
        service.add_skill(db, SkillInput("x"), source_kind=SourceKind.REJECTION, rejection_id=999)
    assert _titles(db) == []


def test_deleting_the_rejection_keeps_the_item_without_its_link(db: Database) -> None:
    seed = seed_backlog(db)
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM rejection WHERE id = ?", (seed.paperkite,))
    row = service.get_skill(db, seed.skills["review"])
    assert (row.source_kind, row.rejection_id, row.recovery_step_id) == (
        SourceKind.FEEDBACK,
        None,
        None,
    )


# --- progress ------------------------------------------------------------------------------


def test_progress_counts_by_hand(db: Database) -> None:
    seed_backlog(db)
    progress = skill_progress.skill_progress(db, TODAY)
    assert (progress.total, progress.todo, progress.doing, progress.done) == (6, 3, 1, 2)
    # Kubernetes finished on 12 March; salary on 20 February (last month).
    assert progress.done_this_month == 1
    # System design's target (1 March) has passed; the design review's (1 April) has not.
    assert progress.overdue == 1
    assert progress.doing_limit == 3
    assert [(k.kind, k.done, k.total) for k in progress.by_kind] == [
        (SkillKind.TECHNICAL, 1, 2),
        (SkillKind.SOFT_SKILL, 1, 2),
        (SkillKind.INTERVIEWING, 0, 1),
        (SkillKind.RESUME, 0, 1),
    ]


def test_progress_of_an_empty_store(db: Database) -> None:
    progress = skill_progress.skill_progress(db, TODAY)
    assert (progress.total, progress.done_this_month, progress.by_kind) == (0, 0, ())


# --- suggestions ---------------------------------------------------------------------------


def test_a_technical_only_reflection_is_suggested_not_created(db: Database) -> None:
    seed = seed_backlog(db)
    suggestions = skill_suggestions.soft_skill_suggestions(db, TODAY)
    # Paperkite's reflection says the collaboration examples landed: no suggestion.
    assert [(s.rejection_id, s.company, s.answer) for s in suggestions] == [
        (seed.bluefin, "Bluefin Labs", BLUEFIN_REFLECTION)
    ]
    assert _db_rows(db, "SELECT count(*) FROM skill WHERE rejection_id = 1") == [(0,)]


def test_accepting_creates_a_linked_soft_skill_item_once(db: Database) -> None:
    seed = seed_backlog(db)
    (suggestion,) = skill_suggestions.soft_skill_suggestions(db, TODAY)
    skill_id = skill_suggestions.accept_suggestion(db, suggestion)
    row = service.get_skill(db, skill_id)
    assert row.kind is SkillKind.SOFT_SKILL
    assert (row.source_kind, row.rejection_id, row.recovery_step_id) == (
        SourceKind.REFLECTION,
        seed.bluefin,
        seed.bluefin_reflection_step,
    )
    assert BLUEFIN_REFLECTION in row.why
    assert skill_suggestions.soft_skill_suggestions(db, TODAY) == []


def test_dismissing_is_remembered_in_a_setting(db: Database) -> None:
    seed = seed_backlog(db)
    skill_suggestions.dismiss_suggestion(db, seed.bluefin)
    assert skill_suggestions.soft_skill_suggestions(db, TODAY) == []
    assert read_setting(db, "skills_dismissed_suggestions") == [seed.bluefin]
    assert _titles(db)[-1] == "Negotiating salary"  # nothing was created


def test_an_existing_soft_skill_item_for_the_rejection_stops_the_suggestion(db: Database) -> None:
    seed = seed_backlog(db)
    before = skill_suggestions.soft_skill_suggestions(db, TODAY)
    assert [s.rejection_id for s in before] == [seed.bluefin]
    service.add_skill(
        db,
        SkillInput("Tell the release-dispute story", SkillKind.SOFT_SKILL),
        source_kind=SourceKind.REJECTION,
        rejection_id=seed.bluefin,
    )
    assert skill_suggestions.soft_skill_suggestions(db, TODAY) == []


def test_old_rejections_are_not_suggested(db: Database) -> None:
    add_rejection(
        db, "Oldco", "Engineer", date(2025, 12, 1), {"reflect.soft_skills": "Mostly technical."}
    )
    assert skill_suggestions.soft_skill_suggestions(db, TODAY) == []
    assert len(skill_suggestions.soft_skill_suggestions(db, date(2026, 1, 15))) == 1


def test_a_broken_dismissal_setting_is_ignored(db: Database) -> None:
    seed_backlog(db)
    with sqlite3.connect(db.path) as conn:
        conn.execute(
            "INSERT INTO setting (key, value) VALUES ('skills_dismissed_suggestions', '\"oops\"')"
        )
    assert len(skill_suggestions.soft_skill_suggestions(db, TODAY)) == 1


def test_skills_in_progress_for_today(db: Database) -> None:
    seed = seed_backlog(db)
    assert [r.id for r in service.skills_in_progress(db)] == [seed.skills["sql"]]
    skill_moves.step_status(db, seed.skills["review"], 1)
    assert [r.title for r in service.skills_in_progress(db)] == [
        "SQL window functions",
        "Lead a design review",
    ]
