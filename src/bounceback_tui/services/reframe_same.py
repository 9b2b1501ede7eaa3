"""Whether a thought record saved again would change nothing (services/reframe.save_record).

The exercise saves the whole record as it stands, and a save cleans each text first (the
spaces at its ends go). A record typed into and left as it was after cleaning (a trailing
space added, a word typed and erased) is the record already stored: writing it again moved
its version, so a save from another window was refused for a change that was none (a
stranger's walk, twenty-sixth round). ``kept_as_stored`` says so, and the save writes
nothing: not the record, nor today as a day of activity."""

from __future__ import annotations

from sqlmodel import Session, col, select

from bounceback_tui.reframe.record import RecordDraft
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import ThoughtFeeling, ThoughtRecord, ThoughtTrap

# The record's own columns a draft holds, as the save writes them.
_COLUMNS = (
    "rejection_id",
    "situation",
    "thought",
    "evidence_for",
    "evidence_against",
    "balanced_thought",
    "belief_before",
    "belief_after",
    "current_step",
)


def same_as_stored(session: Session, record: ThoughtRecord, clean: RecordDraft) -> bool:
    """Whether saving ``clean`` (validated: its texts cleaned) over ``record`` would leave it
    exactly as it is: every column, its feelings in their order, its traps, and finished
    when it is finished."""
    if any(getattr(record, name) != getattr(clean, name) for name in _COLUMNS):
        return False
    if clean.complete and record.status != "complete":
        return False
    feelings = session.exec(
        select(ThoughtFeeling)
        .where(col(ThoughtFeeling.record_id) == record.id)
        .order_by(col(ThoughtFeeling.position), col(ThoughtFeeling.id))
    ).all()
    stored = [(f.name, f.intensity_before, f.intensity_after) for f in feelings]
    if stored != [(f.name, f.before, f.after) for f in clean.feelings]:
        return False
    trap_keys = select(ThoughtTrap.trap_key).where(ThoughtTrap.record_id == record.id)
    traps = set(session.exec(trap_keys))
    return traps == set(clean.traps) and len(clean.traps) == len(traps)


def kept_as_stored(db: Database, clean: RecordDraft) -> RecordDraft | None:
    """``clean`` (validated) as the store holds it, with its id, day and version, when the
    record stored at the version it names is exactly what it would write; None when the
    save has something to write (or to refuse: changed or gone elsewhere, a new record)."""
    if clean.id is None or clean.version is None:
        return None
    with db.read() as session:
        record = session.get(ThoughtRecord, clean.id)
        if record is None or record.version != clean.version:
            return None
        if not same_as_stored(session, record, clean):
            return None
        kept = clean.copy()
        kept.created_at = record.created_at
        kept.complete = record.status == "complete"
        return kept
