"""Lines a CSV import's plan adds below its counts (transfer/csv_import.CsvPlan.describe):
which column refused most rows, and sources read as Other."""

from __future__ import annotations

from bounceback_tui.domain.wording import plural
from bounceback_tui.transfer.csv_mapping import FIELDS, HeaderMapping


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
    one = len(values) == 1
    return [
        f"Source: {shown}{more} {'names' if one else 'name'} no source I know, so "
        f"{'its rows say' if one else 'their rows say'} Other."
    ]
