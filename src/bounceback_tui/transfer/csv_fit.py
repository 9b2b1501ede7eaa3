"""Whether a column's values fit the field its header matched (csv_mapping.py matches by the
header alone).

A checkbox column holds yes or no: Google Sheets' TRUE/FALSE, Notion's Yes/No, a ✓ or
nothing. Matched by its header to a field that never holds yes or no ("Follow-up?" to Next
follow-up, "Referral?" to Source), it refused every row ("'TRUE' is not a date I can read")
or stored every row as Other without a word (a stranger's walk). Such a column is left out,
and the plan says why; a yes/no column whose header says referral is read as one: Yes is a
referral, No says nothing. A column the person named with --map is read as they said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from rapidfuzz import utils

from bounceback_tui.transfer.csv_mapping import FIELDS, ColumnMatch, HeaderMapping
from bounceback_tui.transfer.csv_values import is_blank, unescape_cell
from bounceback_tui.transfer.csv_words import source_for

YES = frozenset({"true", "yes", "y", "✓", "✔", "✔️", "☑", "☑️", "✅", "x", "checked"})
NO = frozenset({"false", "no", "n", "✗", "✘", "☐", "❌", "unchecked"})
# Fields no yes or no can be: a day, a stage, an amount, a place, a link, where it came from.
NOT_YES_OR_NO = frozenset(
    (
        *("date_applied", "next_follow_up", "posted_on", "rejected_on", "stage"),
        *("stage_reached", "source", "link", "contact_email", "location", "salary"),
        *("salary_min", "salary_max", "salary_currency", "salary_period", "excitement"),
        *("company_size", "employment_type"),
    )
)
REFERRAL = "referral"  # ColumnMatch.how of a yes/no column read as "a referral or not"


def _word(cell: str) -> str:
    return unescape_cell(cell).lower()


def yes_or_no_only(cells: Iterable[str]) -> bool:
    """Whether every cell that says something says yes or no, and some cell says it (the
    first that says something else ends the look: a day column is read no further)."""
    said = False
    for cell in cells:
        word = _word(cell)
        if is_blank(word):
            continue
        if word not in YES and word not in NO:
            return False
        said = True
    return said


def fit_columns(mapping: HeaderMapping, rows: Sequence[Sequence[str]]) -> HeaderMapping:
    """``mapping`` with each yes/no column matched by its header alone to a field in
    NOT_YES_OR_NO left out, with the reason as its note (or read as a referral)."""
    columns = []
    for column in mapping.columns:
        if column.how == "given" or column.field not in NOT_YES_OR_NO:
            columns.append(column)
            continue
        cells = (cells[column.index] for cells in rows if column.index < len(cells))
        if not yes_or_no_only(cells):
            columns.append(column)
        elif column.field == "source" and "refer" in utils.default_process(column.header):
            columns.append(replace(column, how=REFERRAL))
        else:
            columns.append(_left_out(column))
    return HeaderMapping(tuple(columns))


def _left_out(column: ColumnMatch) -> ColumnMatch:
    label = FIELDS[column.field or ""][0]
    note = (
        f" (its header reads as {label}, but its values are yes or no; "
        f"--map '{column.header}={column.field}' reads it anyway)"
    )
    return ColumnMatch(column.index, column.header, None, "", note)


def referral_or_not(cell: str) -> str:
    """A yes/no Referral column's cell as a source: Yes is a referral, anything else none."""
    return "referral" if _word(cell) in YES else ""


def sources_unplaced(mapping: HeaderMapping, rows: Sequence[Sequence[str]]) -> list[str]:
    """The Source column's values that name no source we know, in the order met: those rows
    say Other, and the plan names these so that is seen."""
    index = mapping.index_of("source")
    if index is None or any(c.how == REFERRAL for c in mapping.columns):
        return []
    found: dict[str, None] = {}
    for cells in rows:
        value = unescape_cell(cells[index]) if index < len(cells) else ""
        key = utils.default_process(value)
        if not is_blank(value) and key != "other" and source_for(value) == "other":
            found.setdefault(value, None)
    return list(found)
