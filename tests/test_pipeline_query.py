"""The `/` filter's prefixes, fuzzy matching with typos, and sorting by any column."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.pipeline_query import PipelineQuery, parse_query
from bounceback_tui.domain.pipeline_rows import PipelineRow, apply_query, sort_rows
from bounceback_tui.domain.stages import Stage, stages_starting_with

TODAY = date(2026, 3, 16)


def row(app_id: int, company: str, role: str = "Engineer", **kw: object) -> PipelineRow:
    values: dict[str, object] = {
        "stage": Stage.APPLIED,
        "in_stage_since": None,
        "date_applied": None,
        "next_follow_up": None,
        "excitement": None,
        "location": "",
        "work_mode": None,
        "source": None,
        "salary_min": None,
        "salary_max": None,
        "salary_currency": "",
        "salary_period": None,
        "has_link": False,
        "notes": "",
    }
    values.update(kw)
    return PipelineRow.of(app_id, company, role, **values)  # type: ignore[arg-type]


ROWS = [
    row(1, "Google", "Backend Engineer", stage=Stage.INTERVIEWING, date_applied=date(2026, 2, 1)),
    row(2, "Globex", "Data Analyst", date_applied=date(2026, 3, 10), location="Lisbon"),
    row(3, "Initech", "Product Designer", stage=Stage.SAVED, notes="Friend works at google"),
    row(4, "Umbrella", "Backend Engineer", stage=Stage.REJECTED, date_applied=date(2026, 1, 5)),
    row(5, "Hooli", "SRE", date_applied=date(2026, 3, 1), quiet=True, next_follow_up=TODAY),
]


def ids(rows: list[PipelineRow]) -> list[int]:
    return [r.id for r in rows]


def test_plain_words_are_fuzzy() -> None:
    query = parse_query("gogle", TODAY)
    assert query == PipelineQuery(words="gogle")
    # Best matches first: the company name, then the note that mentions it.
    assert ids(apply_query(ROWS, query, TODAY))[:2] == [1, 3]


def test_words_match_role_and_location() -> None:
    assert ids(apply_query(ROWS, parse_query("backend", TODAY), TODAY)) == [1, 4]
    assert ids(apply_query(ROWS, parse_query("lisbn", TODAY), TODAY)) == [2]


def test_stage_prefix() -> None:
    query = parse_query("stage:int", TODAY)
    assert query.stages == frozenset({Stage.INTERVIEWING})
    assert ids(apply_query(ROWS, query, TODAY)) == [1]
    several = parse_query("stage:saved,rej", TODAY)
    assert ids(apply_query(ROWS, several, TODAY)) == [3, 4]


def test_dates_since_and_until() -> None:
    since = parse_query("since:2026-03-01", TODAY)
    assert since.since == date(2026, 3, 1)
    assert ids(apply_query(ROWS, since, TODAY)) == [2, 5]  # Saved has no date: left out
    window = parse_query("since:-10w until:2026-02-28", TODAY)
    assert ids(apply_query(ROWS, window, TODAY)) == [1, 4]
    assert parse_query("before:yesterday", TODAY).until == date(2026, 3, 15)


def test_a_bare_length_of_time_is_that_long_ago() -> None:
    # "since:30d" was refused ("use an offset like -3d"), though the CLI's --from takes 30d
    # (a new user's walk). Today is 2026-03-16: 30 days ago is 2026-02-14, 2 weeks 2026-03-02.
    since = parse_query("since:30d", TODAY)
    assert (since.since, since.problems) == (date(2026, 2, 14), ())
    assert ids(apply_query(ROWS, since, TODAY)) == [2, 5]
    assert parse_query("since:2W", TODAY).since == date(2026, 3, 2)
    # until: and before: read it the same way, as --to does.
    assert parse_query("until:30d", TODAY).until == date(2026, 2, 14)
    assert parse_query("before:1w", TODAY).until == date(2026, 3, 9)
    # A signed offset still means what it says, ahead included.
    assert parse_query("until:+1w", TODAY).until == date(2026, 3, 23)
    # A refusal quotes what was typed, not the "-30x" it was read as.
    assert parse_query("since:30x", TODAY).problems == (
        "since: could not read '30x' as a date; use YYYY-MM-DD, today, yesterday, tomorrow, "
        "an offset like -3d or +1w, or a weekday: fri (the next one after today) or last fri.",
    )
    assert "'99999d'" in parse_query("since:99999d", TODAY).problems[0]


def test_flags() -> None:
    assert ids(apply_query(ROWS, parse_query("is:quiet", TODAY), TODAY)) == [5]
    assert ids(apply_query(ROWS, parse_query("is:due", TODAY), TODAY)) == [5]


def test_words_and_conditions_together() -> None:
    query = parse_query("backend stage:rejected", TODAY)
    assert (query.words, query.stages) == ("backend", frozenset({Stage.REJECTED}))
    assert ids(apply_query(ROWS, query, TODAY)) == [4]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("stage:zzz", "No stage starts with 'zzz'"),
        ("since:last-week", "YYYY-MM-DD"),
        ("until:2026-02-30", "not a real calendar date"),
        ("is:happy", "is:quiet"),
    ],
)
def test_unreadable_prefixes_are_reported_and_left_out(text: str, fragment: str) -> None:
    query = parse_query(f"{text} globex", TODAY)
    assert query.words == "globex"
    assert fragment in query.problems[0]
    assert ids(apply_query(ROWS, query, TODAY)) == [2]


def test_unknown_keys_and_half_typed_prefixes_are_plain_text() -> None:
    assert parse_query("https://x.org", TODAY).words == "https://x.org"
    assert parse_query("stage:", TODAY) == PipelineQuery()


def test_no_match_gives_nothing() -> None:
    assert apply_query(ROWS, parse_query("zzzzqqq", TODAY), TODAY) == []


def test_stages_by_prefix() -> None:
    assert stages_starting_with("s") == [Stage.SAVED, Stage.SCREENING]
    assert stages_starting_with("") == []


@pytest.mark.parametrize(
    ("column", "descending", "expected"),
    [
        ("company", False, [2, 1, 5, 3, 4]),  # Globex, Google, Hooli, Initech, Umbrella
        ("company", True, [4, 3, 5, 1, 2]),
        ("stage", False, [3, 5, 2, 1, 4]),  # board order; ties newest first
        ("applied", True, [2, 5, 1, 4, 3]),  # no date last, whatever the direction
        ("applied", False, [4, 1, 5, 2, 3]),
    ],
)
def test_sort_by_any_column(column: str, descending: bool, expected: list[int]) -> None:
    assert ids(sort_rows(ROWS, column, descending=descending)) == expected


def test_every_column_sorts() -> None:
    from bounceback_tui.domain.pipeline_rows import SORT_KEYS
    from bounceback_tui.ui.pipeline.table import COLUMN_KEYS

    assert set(COLUMN_KEYS) == set(SORT_KEYS)
    for key in SORT_KEYS:
        assert sorted(ids(sort_rows(ROWS, key, descending=True))) == [1, 2, 3, 4, 5]


def test_fuzzy_ties_keep_the_sort_order() -> None:
    ordered = sort_rows(ROWS, "applied", descending=False)
    # Both Backend Engineers match equally well: the sort decides.
    assert ids(apply_query(ordered, parse_query("backend", TODAY), TODAY)) == [4, 1]


# --- the list the pane holds --------------------------------------------------------------


def test_pipeline_list_sorts_filters_and_takes_updates() -> None:
    from bounceback_tui.domain.pipeline_list import PipelineList

    listing = PipelineList()
    listing.replace(ROWS, TODAY)
    assert ids(listing.ordered) == [2, 5, 1, 4, 3]  # date applied, newest first
    assert listing.quiet_count == 1
    assert listing.set_query(parse_query("backend", TODAY), TODAY)
    assert ids(listing.visible) == [1, 4]
    assert not listing.set_query(parse_query("backend ", TODAY), TODAY)  # same filter
    listing.set_sort("company", False, TODAY)
    assert ids(listing.visible) == [1, 4]  # Google before Umbrella
    # Re-read 4 (now renamed) and 6 (new); 1 is gone (deleted elsewhere).
    listing.update(
        [row(4, "Aardvark", "Backend Engineer"), row(6, "Zeta", "Backend Developer")],
        [1, 4, 6],
        TODAY,
    )
    assert ids(listing.rows) == [6, 5, 4, 3, 2]
    assert ids(listing.visible) == [4, 6]
    assert listing.find(1) is None and listing.shows(6) and not listing.shows(5)


def test_undo_stack_keeps_the_newest_last() -> None:
    from bounceback_tui.services.pipeline_undo import UndoStack

    stack = UndoStack()
    assert not stack and stack.peek() is None
    stack.push("first")  # type: ignore[arg-type]
    stack.push("second")  # type: ignore[arg-type]
    assert stack.peek() == "second"
    stack.discard("second")  # type: ignore[arg-type]
    assert stack.peek() == "first"


def test_the_quiet_count_follows_every_change_of_rows() -> None:
    """Counted once per change of rows (the key bar asks on every keystroke), so each way
    the rows change must count again."""
    from dataclasses import replace

    from bounceback_tui.domain.pipeline_list import PipelineList
    from bounceback_tui.domain.pipeline_rows import QUIET

    listing = PipelineList()
    listing.replace(ROWS, TODAY)
    quiet = [row for row in ROWS if row.quiet]
    loud = [row for row in ROWS if not row.quiet]
    assert listing.quiet_count == len(quiet) == 1
    assert listing.put(replace(loud[0], flags=loud[0].flags | QUIET))  # a tick, a dismissal
    assert listing.quiet_count == 2
    listing.update([replace(quiet[0], flags=quiet[0].flags & ~QUIET)], [quiet[0].id], TODAY)
    assert listing.quiet_count == 1
    listing.replace([row for row in ROWS if row.id != quiet[0].id], TODAY)  # a fresh read
    assert listing.quiet_count == 0


def test_undo_stack_keeps_only_the_newest_actions() -> None:
    """Each entry holds a deleted application's rows or a rejection's receipt: a stack
    that kept every one grew for as long as the app stayed open (the long walk's memory)."""
    from bounceback_tui.services.pipeline_undo import UndoStack

    stack = UndoStack()
    for number in range(55):
        stack.push(f"entry {number}")  # type: ignore[arg-type]
    assert stack.peek() == "entry 54"
    taken = []
    while (entry := stack.peek()) is not None:
        taken.append(entry)
        stack.discard(entry)
    assert len(taken) == 50  # the last 50 actions (docs/keys.md)
    assert taken[-1] == "entry 5"  # the five oldest were let go
