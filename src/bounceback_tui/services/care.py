"""Care on hard days: coping cards, and what Today fills in after its first paint (a card on
a hard day, the "What's working" suggestion, mood by week, belief and intensity shifts).

``load_care_today`` reads with sqlite3 only and is called from a thread once Today is on
screen, never before (docs/architecture.md, "Startup"). The card writes go through the ORM,
one transaction each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.domain.care import (
    belief_shift,
    choose_card,
    days_away,
    is_hard_day,
    mean,
    return_line,
    validate_card,
)
from bounceback_tui.domain.metrics import week_start
from bounceback_tui.domain.wording import changed_elsewhere, gone_elsewhere
from bounceback_tui.errors import NotFoundError, ValidationError
from bounceback_tui.services.days_opened import last_here

if TYPE_CHECKING:
    from collections.abc import Hashable

    from bounceback_tui.store.database import Database
    from bounceback_tui.store.models import CopingCard

TREND_WEEKS = 12


@dataclass(frozen=True)
class CareToday:
    card: str | None = None  # the coping card to show today (a hard day with cards kept)
    # The app's own line for a return after days away, in the card's place (``return_line``).
    care_line: str | None = None
    suggestions: tuple[str, ...] = ()
    mood_per_week: tuple[float | None, ...] = ()  # oldest first, this week last
    belief_drop: float | None = None  # mean over completed reframes with both ratings
    intensity_drop: float | None = None  # mean over completed reframes with re-rated feelings
    reframes_with_belief: int = 0
    hard_day: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)


def load_care_today(db_path: Path, today: date, *, with_suggestions: bool = True) -> CareToday:
    """Today's care pieces. Without the suggestions it is a handful of small aggregate
    queries (cheap enough for the UI thread just after the first paint); the suggestions read
    every sent application, so the pane asks for them separately, in a thread."""
    from bounceback_tui.store.insights_read import InsightsReader

    with InsightsReader(db_path) as reader:
        cards = reader.coping_cards()
        away = days_away(last_here(db_path, reader.last_active_day(today), today), today)
        hard = is_hard_day(reader.mood_today(today), reader.rejected_on(today), away)
        first_week = week_start(today) - timedelta(weeks=TREND_WEEKS - 1)
        moods = reader.mood_per_week(first_week)
        shifts = reader.reframe_shifts()
    card = None
    line = return_line(away)  # a return: the app's own line, not a card about a no
    if hard and line is None:
        chosen = choose_card([card_id for card_id, _ in cards], today)
        card = next((text for card_id, text in cards if card_id == chosen), None)
    weeks = [first_week + timedelta(weeks=n) for n in range(TREND_WEEKS)]
    belief = [s for _, _, before, after in shifts if (s := belief_shift(before, after)) is not None]
    intensity = [drop for _, drop, _, _ in shifts if drop is not None]
    return CareToday(
        card=card,
        care_line=line,
        suggestions=today_suggestions(db_path) if with_suggestions else (),
        mood_per_week=tuple(moods.get(week) for week in weeks),
        belief_drop=mean(belief),
        intensity_drop=mean(intensity),
        reframes_with_belief=len(belief),
        hard_day=hard,
    )


def today_suggestions(
    db_path: Path, stamp: Hashable | None = None, repair_command: str = "bounceback-tui repair"
) -> tuple[str, ...]:
    """What's working's suggestions, from all time; read once for each ``stamp`` of the
    store, so that What's working opened next shows the same figures without a read. A read
    that fails names `repair` as ``repair_command`` says (the window's --data-dir)."""
    from bounceback_tui.services.insights import load_insights_once

    return load_insights_once(db_path, None, None, stamp, repair_command).suggestions


# -- coping cards (ORM) ------------------------------------------------------------------


@dataclass(frozen=True)
class CardRow:
    id: int
    text: str
    record_id: int | None
    version: int


def _card_row(card: CopingCard) -> CardRow:
    assert card.id is not None  # read from the store, or flushed: it has its key
    return CardRow(card.id, card.text, card.record_id, card.version)


def list_cards(db: Database) -> list[CardRow]:
    from sqlmodel import col, select

    from bounceback_tui.store.models import CopingCard

    with db.read() as session:
        return [_card_row(c) for c in session.exec(select(CopingCard).order_by(col(CopingCard.id)))]


def keep_as_card(db: Database, record_id: int) -> CardRow:
    """Keep a finished record's balanced thought as a coping card (once per record). A card
    already holding it is left as it is: nothing is written, and the day is not counted as
    active for it (services/kept_edits.py: a save that changes nothing writes nothing)."""
    from sqlmodel import select

    from bounceback_tui.store.models import CopingCard, ThoughtRecord

    with db.read() as session:
        record = session.get(ThoughtRecord, record_id)
        kept = session.exec(select(CopingCard).where(CopingCard.record_id == record_id)).first()
        if (
            record is not None
            and kept is not None
            and record.status == "complete"
            and record.balanced_thought.strip()
            and kept.text == validate_card(record.balanced_thought)
        ):
            return _card_row(kept)
    with db.write() as session:
        record = session.get(ThoughtRecord, record_id)
        if record is None:
            raise NotFoundError(gone_elsewhere("That thought record"))
        if record.status != "complete" or not record.balanced_thought.strip():
            raise ValidationError.single(
                "text", "Only a finished record with a balanced thought can become a card."
            )
        existing = session.exec(select(CopingCard).where(CopingCard.record_id == record_id)).first()
        if existing is not None:
            existing.text = validate_card(record.balanced_thought)
            card = existing
        else:
            card = CopingCard(text=validate_card(record.balanced_thought), record_id=record_id)
            session.add(card)
        session.flush()
        session.refresh(card)
        return _card_row(card)


def card_for_record(db: Database, record_id: int) -> CardRow | None:
    return next((c for c in list_cards(db) if c.record_id == record_id), None)


def delete_card(db: Database, card_id: int, *, expected_version: int | None = None) -> None:
    from bounceback_tui.store.cas import checked
    from bounceback_tui.store.models import CopingCard

    with db.write() as session:
        card = checked(
            session,
            CopingCard,
            card_id,
            expected_version,
            gone=gone_elsewhere("That card"),
            changed=changed_elsewhere("That card"),
        )
        session.delete(card)
