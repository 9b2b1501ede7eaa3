"""The Pipeline's rows keep whether an application has a link, not the link: the link is read
when `o` opens it (docs/performance.md, "Memory, mem4's round")."""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.pipeline_rows import link_of, load_rows
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.pipeline_fixtures import add
from tests.ui_harness import app_on
from tests.written_over import another_program_writes


def test_a_row_says_whether_there_is_a_link_and_the_link_is_read_on_demand(db: Database) -> None:
    with_link = add(db, "Northwind Analytics", link="https://jobs.example.com/northwind/1")
    without = add(db, "Paperkite")
    rows = {row.id: row for row in load_rows(db, clock.today()).rows}
    assert rows[with_link].has_link is True
    assert rows[without].has_link is False
    assert not hasattr(rows[with_link], "link")
    assert "link" not in PipelineRow.__slots__
    assert link_of(db, with_link) == "https://jobs.example.com/northwind/1"
    assert link_of(db, without) == ""
    assert link_of(db, 999_999) == ""


async def test_o_opens_the_link_saved_now(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The link is read when `o` is pressed: one changed in another window since the rows
    were read is the one opened (a row held the link it was read with)."""
    app_id = add(db, "Northwind Analytics", link="https://jobs.example.com/northwind/1")
    opened: list[str] = []
    monkeypatch.setattr(BouncebackApp, "open_url", lambda self, url, **kw: opened.append(url))
    async with app_on(opened_paths, "pipeline") as (_app, pilot, _pane):
        another_program_writes(
            opened_paths,
            "UPDATE application SET link = ? WHERE id = ?",
            ("https://jobs.example.com/northwind/2", app_id),
        )
        await pilot.press("o")
        await pilot.pause()
    assert opened == ["https://jobs.example.com/northwind/2"]


def test_rows_share_the_notes_and_salaries_they_repeat(db: Database) -> None:
    for company in ("Northwind Analytics", "Paperkite"):
        add(
            db,
            company,
            notes="Referred by a former colleague",
            salary_min="85000",
            salary_max="95000",
        )
    first, second = load_rows(db, clock.today()).rows
    assert first.notes == "Referred by a former colleague" and first.notes is second.notes
    assert (first.salary_min, first.salary_max) == (85000.0, 95000.0)
    assert first.salary_min is second.salary_min and first.salary_max is second.salary_max


def _copies(database: object, count: int, *, first_id: int | None = None) -> None:
    """``count`` more applications copied from the first one, numbered on from ``first_id``
    (or the next free id)."""
    with sqlite3.connect(str(database)) as con:
        columns = [c[1] for c in con.execute("PRAGMA table_info(application)") if c[1] != "id"]
        names = ", ".join(columns)
        start = first_id or con.execute("SELECT max(id) + 1 FROM application").fetchone()[0]
        for number in range(start, start + count):
            con.execute(
                f"INSERT INTO application (id, {names}) SELECT ?, {names} FROM application "
                "ORDER BY id LIMIT 1",
                (number,),
            )


def test_rows_ids_are_the_lists_own_numbers(opened_paths: DataPaths, db: Database) -> None:
    # Ids above 256 are int objects of their own unless taken from the places the lists
    # share (domain/places): a row's id is then the same object as the place of that number.
    from bounceback_tui.domain.places import places

    add(db, "Northwind Analytics")
    _copies(opened_paths.database, 400)
    rows = load_rows(db, clock.today()).rows
    assert sorted(row.id for row in rows) == list(range(1, 402))
    numbers = places(0)
    for row in rows:
        assert row.id is numbers[row.id], row.id


def test_sparse_ids_are_read_as_they_are(opened_paths: DataPaths, db: Database) -> None:
    # Ids far beyond how many applications there are: no table of a million numbers.
    from bounceback_tui.domain.places import places

    add(db, "Northwind Analytics")
    _copies(opened_paths.database, 3, first_id=1_000_000)
    rows = load_rows(db, clock.today()).rows
    assert [row.id for row in rows] == [1_000_002, 1_000_001, 1_000_000, 1]
    assert len(places(0)) < 1_000_000


def test_rows_share_their_repeated_facts_and_read_as_before(db: Database) -> None:
    import sys
    from datetime import date

    from bounceback_tui.domain.stages import Stage

    values = {"location": "Lisbon", "work_mode": "remote", "source": "referral"}
    values |= {"salary_currency": "EUR", "salary_period": "year", "salary_min": "85000"}
    first_id = add(db, "Northwind Analytics", link="https://jobs.example.com/1", **values)
    second_id = add(db, "Paperkite", **values)
    other_id = add(db, "Globex", location="Porto")
    rows = {row.id: row for row in load_rows(db, clock.today()).rows}
    first, second, other = rows[first_id], rows[second_id], rows[other_id]
    assert (first.location, first.work_mode, first.source) == ("Lisbon", "remote", "referral")
    assert (first.salary_currency, first.salary_period) == ("EUR", "year")
    assert first.facts is second.facts  # one object for the rows with the same facts
    assert other.location == "Porto" and other.facts is not first.facts
    assert (first.has_link, second.has_link, first.quiet) == (True, False, False)
    # Made from each field, a row is the same row.
    again = PipelineRow.of(
        first.id, first.company, first.role, first.stage, first.in_stage_since,
        first.date_applied, first.next_follow_up, first.excitement, "Lisbon", "remote",
        "referral", first.salary_min, first.salary_max, "EUR", "year", has_link=True,
        notes=first.notes, quiet=False, version=first.version,
    )  # fmt: skip
    assert again == first
    quiet = PipelineRow.of(
        1, "Acme", "Engineer", Stage.APPLIED, None, date(2026, 3, 1), None, None, "", None,
        None, None, None, "", None, has_link=False, notes="", quiet=True,
    )  # fmt: skip
    assert quiet.quiet and not quiet.has_link
    # 14 slots: 144 bytes a row with the collector's header (192 with the 19 fields).
    assert len(PipelineRow.__slots__) == 14
    assert sys.getsizeof(first) <= 144
