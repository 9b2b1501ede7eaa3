"""Small pieces of wording shared by every pane and command: counts with their nouns."""

from __future__ import annotations


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """ "1 day", "2 days", "1,204 applications": a count with its noun in the right number.

    ``nouns`` is the plural when adding "s" is wrong ("1 reply", "2 replies")."""
    return f"{count:,} {noun_for(count, noun, nouns)}"


def noun_for(count: int, noun: str, nouns: str | None = None) -> str:
    """The noun alone in the right number, for text that styles the count on its own."""
    return noun if count == 1 else (nouns or f"{noun}s")


def days_ago(days: int) -> str:
    """ "today", "yesterday", "3 days ago"."""
    if days == 0:
        return "today"
    return "yesterday" if days == 1 else f"{plural(days, 'day')} ago"
