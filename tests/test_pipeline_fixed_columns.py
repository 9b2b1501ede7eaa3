"""The Pipeline's table keeps Company (and Role, with room) at its left edge when it scrolls
sideways, and names the sort in the header while the sorted column is out of sight.

An attacker's walk on the 10,000-application demo: sorted by Salary at 80x24, the header was
"◂        Excite   Location         Mode     Source       Salary ▼" and the selected row
showed only stars and a city; shrunk to 60x20, no title said the table was sorted by Salary.
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.paths import DataPaths
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle


def table_line(app: Any, line: int) -> str:
    """Line ``line`` of the table as the terminal shows it (0: the column titles)."""
    table = app.query_one("#pipeline-table")
    return screen_lines(app)[table.region.y + line]


def header_text(app: Any) -> str:
    """The funnel header above the table, as the terminal shows it."""
    header = app.query_one("#pipeline-header")
    lines = screen_lines(app)[header.region.y : header.region.bottom]
    return " ".join(" ".join(line.split()) for line in lines)


async def to_salary(pilot: Any) -> None:
    # Applied -> Follow-up -> Excite -> Location -> Mode -> Source -> Salary.
    for _ in range(6):
        await pilot.press("s")
    await settle(pilot)


async def test_sorted_by_salary_a_row_still_names_its_application(
    opened_paths: DataPaths,
) -> None:
    ids = store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, pane):
        pane.select_item(ids["Northwind Analytics"])
        await to_salary(pilot)
        assert pane.table.sort_key == "salary"
        assert pane.table.scroll_x > 0  # Salary is far to the right at 80 columns
        titles = table_line(app, 0)
        assert titles.split()[:2] == ["Company", "Role"]
        assert "Salary ▼" in titles and "◂" in titles
        row = table_line(app, 1 + pane.table.cursor - int(pane.table.scroll_y))
        assert row.startswith(" Northwind An")
        assert "Senior Data" in row
        assert "70k-85k EUR/year" in row

        # A click on a fixed title sorts by it, wherever the table has scrolled to.
        await pilot.click("#pipeline-table", offset=(2, 0))
        await settle(pilot)
        assert pane.table.sort_key == "company"


async def test_the_sort_is_named_while_its_column_is_out_of_sight(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, pane):
        await to_salary(pilot)
        assert "Salary ▼" in table_line(app, 0)
        assert "sorted by" not in header_text(app)  # its own title says it

        await pilot.press("home")  # the first row and the first columns: out of sight
        await settle(pilot, 3)
        titles = table_line(app, 0)
        assert "Salary" not in titles
        assert titles.split()[:2] == ["Company", "Role"]
        assert "sorted by Salary ▼" in header_text(app)

        await pilot.press("S")  # reversed, its column is brought into sight: no note
        await settle(pilot, 3)
        assert "Salary ▲" in table_line(app, 0)
        assert "sorted by" not in header_text(app)

        await pilot.press("home")  # out of sight again
        await settle(pilot, 3)
        assert pane.table.scroll_x == 0
        assert "sorted by Salary ▲" in header_text(app)

        await pilot.press("s")  # Company: always in sight, the note goes
        await settle(pilot, 3)
        assert "Company ▲" in table_line(app, 0)
        assert "sorted by" not in header_text(app)


async def test_a_column_cut_by_the_left_edge_shows_no_word_ends(opened_paths: DataPaths) -> None:
    """At 60x20 sorted by Salary, Source was cut by the view's left edge: under a blank
    title, its rows read "ral" and "ter" (of Referral, Recruiter; a tester's walk). Cut
    there, a column is drawn blank, as the dates always were."""
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(60, 20)) as (app, pilot, pane):
        await to_salary(pilot)
        titles = table_line(app, 0)
        assert titles.split()[:4] == ["Company", "Role", "◂", "Salary"]
        start, salary = titles.index("◂"), titles.index("Salary")
        assert salary - start > 2  # something lies between them to be blanked
        rows = [table_line(app, 1 + n) for n in range(len(pane.table.rows))]
        assert any("k" in row[salary:] for row in rows)  # the salaries are there
        assert all(row[start:salary].strip() == "" for row in rows)


async def test_a_resize_brings_the_sorted_column_back_into_sight(opened_paths: DataPaths) -> None:
    """A column sorted by while narrow stayed off to the side when the table was widened
    back, said only by the header's note. After the table's width changes, a sort the
    person chose is brought back into sight; the sort the table opens with (Applied) keeps
    the columns from the left, Stage in sight, and the note says the sort."""
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, pane):
        assert "Applied ▼" in table_line(app, 0)  # the sort it opens with, in sight
        await pilot.resize_terminal(60, 20)
        await settle(pilot, 3)
        assert pane.table.scroll_x == 0
        assert table_line(app, 0).split()[:3] == ["Company", "Role", "Stage"]
        assert "sorted by Applied ▼" in header_text(app)

        await to_salary(pilot)  # sorted while narrow, then widened back
        for size in ((80, 24), (120, 30)):
            await pilot.resize_terminal(*size)
            await settle(pilot, 3)
            assert pane.table.column_in_view("salary"), size
            assert "Salary ▼" in table_line(app, 0), size
            assert "sorted by" not in header_text(app), size


async def test_opened_at_60_columns_the_table_starts_at_its_left(opened_paths: DataPaths) -> None:
    # Its first width is no resize: Stage shows, and the note says the sort (Applied).
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(60, 20)) as (app, pilot, pane):
        await settle(pilot, 3)
        assert pane.table.scroll_x == 0
        assert table_line(app, 0).split()[:3] == ["Company", "Role", "Stage"]
        assert "sorted by Applied ▼" in header_text(app)
