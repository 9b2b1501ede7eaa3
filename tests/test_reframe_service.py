"""Thought records through the service: drafts, reopening, history, figures, links, undo."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from bounceback_tui.errors import BouncebackError, NotFoundError, ValidationError
from bounceback_tui.reframe.record import Feeling, RecordDraft
from bounceback_tui.services import reframe as service
from bounceback_tui.store.database import Database
from tests.reframe_fixtures import add_record, add_rejection


def _count(db: Database, table: str) -> int:
    with sqlite3.connect(db.path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_draft_is_saved_reopened_and_resumed(db: Database) -> None:
    draft = RecordDraft(
        situation="Recruiter call",
        thought="I'll never get hired",
        feelings=[Feeling("sad", 80), Feeling("frustrated", 40)],
        current_step=3,
    )
    saved = service.save_draft(db, draft)
    assert saved.id is not None and not saved.complete
    assert saved.created_at == datetime(2026, 3, 16, 9, 30)
    loaded = service.load_record(db, saved.id)
    assert loaded.thought == "I'll never get hired"
    assert loaded.current_step == 3
    assert [(f.name, f.before, f.after) for f in loaded.feelings] == [
        ("sad", 80, None),
        ("frustrated", 40, None),
    ]
    # Later steps: traps chosen, feelings re-rated, reaching the summary completes it.
    loaded.traps = ["fortune_telling", "overgeneralization"]
    loaded.feelings[0].after = 50
    loaded.balanced_thought = "Searches take months; I've had interviews."
    loaded.current_step = 8
    again = service.save_draft(db, loaded)
    assert again.id == saved.id and again.complete
    reopened = service.load_record(db, saved.id)
    assert reopened.traps == ["overgeneralization", "fortune_telling"]  # catalogue order
    assert reopened.feelings[0].after == 50
    assert reopened.complete
    assert _count(db, "thought_record") == 1
    assert _count(db, "thought_feeling") == 2


def test_a_complete_record_stays_complete_when_edited(db: Database) -> None:
    record_id = add_record(db, "I always fail")
    draft = service.load_record(db, record_id)
    draft.current_step = 2
    draft.evidence_for = "Two rejections this month."
    assert service.save_draft(db, draft).complete
    assert service.load_record(db, record_id).complete


def test_refused_input_changes_nothing(db: Database) -> None:
    record_id = add_record(db, "I always fail", feelings=(("sad", 70, None),))
    draft = service.load_record(db, record_id)
    draft.feelings = [Feeling("sad", 170)]
    draft.situation = "changed"
    with pytest.raises(ValidationError):
        service.save_draft(db, draft)
    kept = service.load_record(db, record_id)
    assert kept.situation == "A no by email."
    assert kept.feelings[0].before == 70
    with pytest.raises(ValidationError):
        service.save_draft(db, RecordDraft(situation="x", thought="", current_step=4))
    assert _count(db, "thought_record") == 1


def test_long_text_is_kept_whole(db: Database) -> None:
    thought = "I keep thinking I'm not enough. " * 3000  # 96,000 characters
    record_id = service.save_draft(db, RecordDraft(thought=thought, current_step=1)).id
    assert record_id is not None
    assert service.load_record(db, record_id).thought == thought.rstrip()
    (row,) = service.history(db)
    assert len(row.thought) == service.LIST_THOUGHT_CHARS


def test_new_draft_from_a_rejection(db: Database) -> None:
    rejection_id = add_rejection(db)
    draft = service.new_draft(db, rejection_id)
    assert draft.rejection_id == rejection_id
    assert draft.situation == (
        "Lumen Health said no to me for the Data Analyst role on Thursday 12 March 2026. "
        "I had got to the interviews. Their reason: went with someone with more SQL."
    )
    assert draft.id is None  # nothing is stored until the person writes something
    assert _count(db, "thought_record") == 0
    with pytest.raises(NotFoundError):
        service.new_draft(db, 999)


def test_records_for_a_rejection(db: Database) -> None:
    lumen = add_rejection(db)
    other = add_rejection(db, "Paperkite", "Designer")
    first = add_record(db, "They think I'm a fraud", rejection_id=lumen)
    add_record(db, "Unrelated", rejection_id=other)
    add_record(db, "No link")
    rows = service.records_for_rejection(db, lumen)
    assert [(r.id, r.company) for r in rows] == [(first, "Lumen Health")]
    assert service.rejection_label(db, lumen) == (
        "Lumen Health · Data Analyst, turned down on 12 March 2026"
    )


def test_history_rows_and_figures(db: Database) -> None:
    old = add_record(
        db,
        "I always fail",
        traps=("overgeneralization", "labeling"),
        feelings=(("sad", 80, 40), ("anxious", 60, 50)),  # drops 40 and 10: average 25
        at=datetime(2026, 3, 1, 20, 0),
    )
    new = add_record(
        db,
        "They must think I'm a fraud",
        traps=("mind_reading", "labeling"),
        feelings=(("ashamed", 90, 85),),  # drop 5
        at=datetime(2026, 3, 10, 21, 0),
    )
    draft = add_record(db, "Everyone else has a job", feelings=(("sad", 70, None),), complete=False)
    rows = service.history(db)
    assert [r.id for r in rows] == [draft, new, old]  # newest first
    by_id = {r.id: r for r in rows}
    assert by_id[old].created_on == date(2026, 3, 1)
    assert by_id[old].traps == ("overgeneralization", "labeling")
    assert by_id[old].average_shift == 25
    assert by_id[new].average_shift == 5
    assert by_id[draft].average_shift is None and not by_id[draft].complete

    figures = service.history_figures(db)
    assert figures.records == 3
    assert figures.drafts == 1
    assert figures.rated == 2
    assert figures.average_drop == 15  # (25 + 5) / 2
    assert figures.top_traps == (("labeling", 2), ("mind_reading", 1), ("overgeneralization", 1))
    assert service.trap_counts(db) == {"labeling": 2, "mind_reading": 1, "overgeneralization": 1}
    assert service.latest_draft_id(db) == draft


def test_figures_on_an_empty_store(db: Database) -> None:
    figures = service.history_figures(db)
    assert (figures.records, figures.drafts, figures.rated) == (0, 0, 0)
    assert figures.average_drop is None and figures.top_traps == ()
    assert service.history(db) == [] and service.latest_draft_id(db) is None


def test_delete_and_undo(db: Database) -> None:
    rejection_id = add_rejection(db)
    record_id = add_record(
        db,
        "I always fail",
        traps=("overgeneralization",),
        feelings=(("sad", 80, 40),),
        rejection_id=rejection_id,
    )
    deleted = service.delete_record(db, record_id)
    assert _count(db, "thought_record") == 0
    assert _count(db, "thought_feeling") == 0 and _count(db, "thought_trap") == 0
    service.restore_record(db, deleted)
    back = service.load_record(db, record_id)
    assert back.traps == ["overgeneralization"]
    assert back.feelings[0].after == 40 and back.rejection_id == rejection_id
    with pytest.raises(NotFoundError):
        service.delete_record(db, 999)


def test_saving_a_deleted_record_says_so(db: Database) -> None:
    record_id = add_record(db, "I always fail")
    draft = service.load_record(db, record_id)
    service.delete_record(db, record_id)
    with pytest.raises(NotFoundError):
        service.save_draft(db, draft)


def test_a_deleted_record_saved_again_keeps_its_id_and_undo_finds_it_there(
    db: Database,
) -> None:
    record_id = add_record(db, "I always fail")
    draft = service.load_record(db, record_id)
    deleted = service.delete_record(db, record_id)
    draft.version = None  # "save as new" in the window that was writing it
    draft.evidence_for = "Three noes this month."
    saved = service.save_draft(db, draft)
    assert saved.id == record_id
    with pytest.raises(BouncebackError, match="in the store again"):
        service.restore_record(db, deleted)
    (row,) = service.history(db)
    assert row.id == record_id
    assert service.load_record(db, record_id).evidence_for == "Three noes this month."
