"""Lines a CSV import's plan adds below its counts (transfer/csv_import.CsvPlan.describe):
how many will read as quiet, which column refused most rows, and sources read as Other."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bounceback_tui.domain.stages import Stage, is_quiet
from bounceback_tui.domain.wording import plural
from bounceback_tui.transfer.csv_mapping import FIELDS, HeaderMapping


def quiet_note(rows: Iterable[tuple[Stage, date | None]], today: date, days: int) -> list[str]:
    """How many of the new (stage, date applied) will read as quiet once added, by the
    domain's one rule for it: an old history's Applied rows put hundreds of "ghosted?" on
    Today, and the plan had not said so."""
    # An imported row enters its stage on the day it was sent (its timeline says so).
    quiet = sum(is_quiet(stage, applied, applied, None, today, days) for stage, applied in rows)
    if not quiet:
        return []
    one = quiet == 1
    return [
        f"Of the new ones, {plural(quiet, 'application')} will read as quiet: in Applied more "
        f"than {plural(days, 'day')} with no reply. Today will ask whether "
        f"{'it' if one else 'they'} ghosted you, and the Pipeline's r goes through "
        f"{'it' if one else 'them'}; Settings, Ghosted after (days), sets how long that is."
    ]


def refused_by_note(fields: list[str], mapping: HeaderMapping) -> list[str]:
    """The column whose values refused the most rows (``fields``: each refused row's field,
    "" for none), named with the --map that leaves it out."""
    named = [field for field in fields if field and field not in ("company", "role")]
    if not named:
        return []
    most = max(dict.fromkeys(named), key=named.count)
    index = mapping.index_of(most)
    header = next((c.header for c in mapping.columns if c.index == index), "")
    if not header:
        return []
    count = named.count(most)
    return [
        f"{plural(count, 'row')} {'is' if count == 1 else 'are'} refused for "
        f"{FIELDS[most][0]}, from the column {header!r}. If that column holds something "
        f"else, leave it out: --map {f'{header}='!r} (no field)."
    ]


def unplaced_note(values: list[str], limit: int = 5) -> list[str]:
    """The Source column's values that name no source we know (csv_fit.sources_unplaced)."""
    if not values:
        return []
    shown = ", ".join(repr(value) for value in values[:limit])
    more = ", ..." if len(values) > limit else ""
    if len(values) == 1:
        return [f"A source I do not know (its rows say Other): {shown}."]
    return [f"Sources I do not know (their rows say Other): {shown}{more}."]
