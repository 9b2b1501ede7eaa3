"""A column's values as a CSV import reads them, listed in the plan before anything is
written: each value in the file (its first spelling, first seen first), what it was read as,
and how many rows say it.

The statuses (``csv_statuses.StatusReader``) and the sources are listed through it: the plan
said how each status would be read but not that "LinkedIn" would come in as Job board (a
tester's import).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import utils

from bounceback_tui.domain.applications import Source
from bounceback_tui.domain.text import cut_near_word, text_cells
from bounceback_tui.domain.wording import plural
from bounceback_tui.transfer.csv_words import source_for

SHOWN = 32  # a value is cut to this many characters in the plan, as a header is
ALL = "--all lists every one"


def value_key(text: str) -> str:
    """A value as it is compared: case, punctuation and emoji aside, as the known words
    are; one that is punctuation alone ("???") is compared as written."""
    return utils.default_process(text) or text.strip().casefold()


@dataclass
class Seen:
    written: str  # the first spelling in the file
    rows: int = 0


@dataclass
class ValuesSeen:
    """The values of one column, counted as the rows are read."""

    _seen: dict[str, Seen] = field(default_factory=dict)

    def saw(self, text: str) -> None:
        """A row's cell, counted for the plan."""
        self._seen.setdefault(value_key(text), Seen(text.strip())).rows += 1

    def __contains__(self, key: str) -> bool:
        return key in self._seen

    def values(self) -> list[Seen]:
        return list(self._seen.values())

    def describe(
        self, what: str, header: str, limit: int | None, read: Callable[[Seen], str]
    ) -> list[str]:
        """ "Statuses in the column 'Status', as read:", then each value (at most ``limit``)
        with ``read``'s words for it ("Rejected (2 rows)")."""
        seen = self.values()
        if not seen:
            return []
        shown = seen[:limit]
        width = max(text_cells(shown_value(s.written)) for s in shown)
        lines = [f"{what} in the column {header!r}, as read:"]
        for value in shown:
            written = shown_value(value.written)
            lines.append(f"  {written}{' ' * (width - text_cells(written))}  ->  {read(value)}")
        if len(seen) > len(shown):
            lines.append(f"  ... and {len(seen) - len(shown)} more ({ALL}).")
        return lines


def source_read(value: Seen) -> str:
    """A Source cell as the import reads it (``csv_words.source_for``, the row's own)."""
    rows = plural(value.rows, "row")
    source = source_for(value.written)
    if not source:
        return f"no source ({rows})"
    if source == Source.OTHER and value_key(value.written) != Source.OTHER:
        return f"Other (no source I know, {rows})"
    return f"{Source(source).label} ({rows})"


def shown_value(text: str) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in text) or "(empty)"
    return cut_near_word(text, SHOWN)
