"""A rating (0 to 100) as the store's SQL reads it: only a whole number in range.

Another program (a hand edit, an old export) can write text over a rating: SQLite then took
'[b]x' for 0 in `belief_before - belief_after`, so Reframe's history called that record
"rose 55 pts" and counted it in the average, and Today's care figures failed whole (the
mood chart gone with them). A rating that is not a whole number from 0 to 100 reads as not
rated (NULL), as a blank one does."""

from __future__ import annotations


def rated(column: str) -> str:
    """SQL for ``column`` where it holds a rating, else NULL."""
    return (
        f"(CASE WHEN typeof({column}) = 'integer' AND {column} BETWEEN 0 AND 100 THEN {column} END)"
    )
