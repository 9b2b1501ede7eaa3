"""Care on hard days (pure): belief shifts, coping cards, what a low check-in offers, and a
paced-breathing timer.

Nothing here is therapy, and the app says so where it matters (the "If you are struggling"
screen). These are small, well-known self-help steps offered gently, at most once a day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bounceback_tui.domain.text import clean_text
from bounceback_tui.errors import FieldError, ValidationError

LOW_MOOD = 2  # a mood of 1 or 2 out of 5 is a low check-in
VERY_LOW_MOOD = 1  # ...and 1 also points to the "If you are struggling" screen
CARD_LIMIT = 600
# A thought record begun with no no named (a low check-in's "Write the hard thought down",
# Reframe's `a`, the palette) is about the latest no this many days old or newer.
RECENT_NO_DAYS = 3


def is_recent_no(rejected_on: date, today: date) -> bool:
    """A no recent enough that a hard thought written now is likely about it: from
    RECENT_NO_DAYS days before ``today`` up to ``today``."""
    return 0 <= (today - rejected_on).days <= RECENT_NO_DAYS


def belief_shift(before: int | None, after: int | None) -> int | None:
    """How much belief in the thought dropped (positive) or rose (negative); None unless both
    were rated."""
    if not (_rating(before) and _rating(after)):
        return None  # not rated, or not a rating (text another program wrote: store/ratings)
    return int(before) - int(after)  # type: ignore[arg-type]  # a rating, as checked


def _rating(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def validate_card(text: str) -> str:
    errors: list[FieldError] = []
    cleaned = clean_text(
        text, "text", "The card", errors, multiline=True, limit=CARD_LIMIT, required=True
    )
    if errors:
        raise ValidationError(errors)
    return cleaned


# -- coping cards -------------------------------------------------------------------------


def is_hard_day(mood_today: int | None, rejected_today: bool, days_away: int = 0) -> bool:
    """A day with a new rejection or a low check-in (Today shows one coping card then), or
    the first screen back after a gap (``is_back_after_gap``: ``days_away`` since the last
    action): Today and `bounceback-tui today` say what is late without how late."""
    low = mood_today is not None and mood_today <= LOW_MOOD
    return rejected_today or low or is_back_after_gap(days_away)


# Back after a gap: not here (no saved change, the store's activity days, and the app not
# opened: services/days_opened.py) for this many days or more, and no action yet today.
# After three weeks away Today was a wall of "overdue 5-21 days" in the warning colour (a
# stranger's month); it now welcomes the person back and says what waited as on a hard day,
# until they do something today. A week: after 7 days away
# (a tester's break) the first screen was "Due now · 14" over a column of "N days late", with no
# welcome, as it waited for ten.
GAP_DAYS = 7


def days_away(last_active: date | None, today: date) -> int:
    """Days from the last day here (``last_active``: an action, today's included, or a day
    opened before today) to today: 0 when there was one today, or never one (a new store is
    no return)."""
    return max(0, (today - last_active).days) if last_active is not None else 0


def is_back_after_gap(days: int) -> bool:
    return days >= GAP_DAYS


# What Today says in the coping card's place on a return (``return_line``): coming back after
# days away is a hard moment of its own, and it had no care line at all, only the count of days.
# One row at 80 columns (the card's place has one there): a longer line was cut "Com…".
RETURN_LINE = "Time away is no mark against you: long searches pause. Coming back counts."


def return_line(days: int) -> str | None:
    """The care line for the first screen back after ``days`` away (``is_back_after_gap``),
    shown in the coping card's place until the first action of the day; None otherwise."""
    return RETURN_LINE if is_back_after_gap(days) else None


def choose_card(card_ids: Sequence[int], today: date) -> int | None:
    """The card to show today: the same one all day (Today does not shuffle on every visit),
    the next one the next hard day, going round the cards in the order they were kept.
    Chosen from the date alone, so showing a card writes nothing."""
    if not card_ids:
        return None
    ordered = sorted(card_ids)
    return ordered[today.toordinal() % len(ordered)]


# -- a low check-in -----------------------------------------------------------------------


@dataclass(frozen=True)
class LowDayOffer:
    """What a low check-in offers: grounding, talking it through, a reframe; and for the
    lowest mood, the way to the "If you are struggling" screen."""

    show_crisis_link: bool
    help_only: bool = False  # the grounding was offered earlier today: only the way to help


def low_day_offer(mood: int, offered_today: int | None) -> LowDayOffer | None:
    """What to offer when today's check-in is saved with ``mood``: None unless it is low and
    nothing was offered yet today. ``offered_today``: the mood of the check-in that was made
    today's offer (None: none made yet), kept in the store (``services/check_ins``), so a
    check-in changed to okay and back to rough the same day offers nothing again (a new
    user's walk saw it four times in a day)."""
    if mood > LOW_MOOD:
        return None
    if offered_today is not None:
        return None
    return LowDayOffer(show_crisis_link=mood <= VERY_LOW_MOOD)


def check_in_offer(mood: int, offered_today: int | None) -> LowDayOffer | None:
    """What saving today's check-in offers: the low-day offer (``low_day_offer``) or, when
    the day turns very low only after today's offer was made for a 2 (a 2, then a 1), the
    way to help alone, since the grounding was offered already and that one was not."""
    if (offer := low_day_offer(mood, offered_today)) is not None:
        return offer
    if (
        mood <= VERY_LOW_MOOD
        and offered_today is not None
        and VERY_LOW_MOOD < offered_today <= LOW_MOOD
    ):
        return LowDayOffer(show_crisis_link=True, help_only=True)
    return None


# -- grounding ----------------------------------------------------------------------------

BREATH_IN = 4  # seconds
BREATH_OUT = 6
BREATHING_SECONDS = 120
SENSES_STEPS: tuple[tuple[int, str], ...] = (
    (5, "things you can see"),
    (4, "things you can touch"),
    (3, "things you can hear"),
    (2, "things you can smell"),
    (1, "thing you can taste"),
)


@dataclass(frozen=True)
class BreathPhase:
    word: str  # "Breathe in" / "Breathe out" / "Done"
    fraction: float  # how far through this phase, 0..1
    remaining: int  # whole seconds left in the exercise


def breath_phase(elapsed: float) -> BreathPhase:
    """Where the paced-breathing exercise is after ``elapsed`` seconds: in for 4, out for 6
    (about six breaths a minute), for two minutes."""
    if elapsed >= BREATHING_SECONDS:
        return BreathPhase("Done", 1.0, 0)
    cycle = BREATH_IN + BREATH_OUT
    into = max(0.0, elapsed) % cycle
    remaining = int(BREATHING_SECONDS - max(0.0, elapsed) + 0.999)
    if into < BREATH_IN:
        return BreathPhase("Breathe in", into / BREATH_IN, remaining)
    return BreathPhase("Breathe out", (into - BREATH_IN) / BREATH_OUT, remaining)


def breath_bar(phase: BreathPhase, width: int) -> str:
    """A bar that fills while breathing in and empties while breathing out."""
    if phase.word == "Breathe in":
        filled = round(phase.fraction * width)
    elif phase.word == "Breathe out":
        filled = round((1 - phase.fraction) * width)
    else:
        filled = 0
    return "█" * filled + "░" * (width - filled)
