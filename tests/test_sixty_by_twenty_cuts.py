"""At 60x20 nothing is cut where a person cannot tell it was (a new user on the demo store).

- Pipeline: the Applied column read "202" at the view's right edge; a date the edge cuts is
  left out now, title and all, until it is scrolled into sight whole.
- Recovery: the plan's title stopped at "No on 6 Dec (today)," with no "…"; the stage
  reached ("after interviews") and the reason are in sight now, each line cut with "…".
- Reframe: the Thought column had 11 cells of text ("I'm such a…") while Traps kept 22; the
  thought has the room now, and a cut trap keeps its "+1"."""

from __future__ import annotations

import re
from datetime import date, datetime

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.pipeline_fixtures import add
from tests.recovery_fixtures import add_rejection
from tests.reframe_fixtures import add_record
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle

SIZE = (60, 20)


def _store(paths: DataPaths, fill: object) -> None:
    db = Database(paths.database)
    try:
        fill(db)  # type: ignore[operator]
    finally:
        db.dispose()


async def test_the_pipeline_draws_no_part_of_a_date(opened_paths: DataPaths) -> None:
    def fill(db: Database) -> None:
        add(db, "Vantage Civic", "iOS Developer", stage="applied", date_applied="2026-03-04")
        add(db, "Pinecrest Retail", "Product Manager", stage="applied", date_applied="2026-03-02")

    _store(opened_paths, fill)
    async with app_on(opened_paths, "pipeline", size=SIZE) as run:
        app, pilot = run.app, run.pilot
        await settle(pilot)
        lines = screen_lines(app)
        (header,) = [line for line in lines if "Company" in line]
        rows = [line for line in lines if "Vantage Civic" in line or "Pinecrest" in line]
        assert len(rows) == 2, "\n".join(lines)
        assert re.search(r"In stage\s+▸\s*$", header), header
        for row in rows:
            # Whatever follows the days in the stage is blank: no "202" of a date.
            assert re.search(r"\d+d\s*$", row), row
        # Right moves the table a whole column at a time: at each step a date is whole or
        # not there, and one step shows the date applied.
        seen = False
        for _ in range(12):
            await pilot.press("right")
            await settle(pilot)
            lines = screen_lines(app)
            seen = seen or any("2026-03-04" in line for line in lines)
            for line in lines:
                for date_text in re.findall(r"(?<![\d-])\d[\d-]*(?![\d-])", line):
                    whole = re.fullmatch(r"\d{4}-\d\d-\d\d", date_text)
                    assert "-" not in date_text or whole, line
        assert seen


async def test_the_recovery_title_shows_the_stage_and_the_reason(opened_paths: DataPaths) -> None:
    def fill(db: Database) -> None:
        add_rejection(
            db,
            "Larkspur AI",
            "Frontend Developer",
            rejected_on=date(2026, 3, 16),
            stage_reached="interviewing",
            reason="They went with someone who had shipped a design system before.",
        )

    _store(opened_paths, fill)
    async with app_on(opened_paths, "recovery", size=SIZE) as run:
        app, pilot = run.app, run.pilot
        await settle(pilot)
        title = app.screen.query_one("#plan-title")
        shown = [line.rstrip() for line in screen_lines(app)[title.region.y : title.region.bottom]]
        right = [line[title.region.x : title.region.right].rstrip() for line in shown]
        width = title.region.width
        assert right[0] == "Larkspur AI  Frontend Developer"[: width - 1] + "…"
        assert " ".join(right[1:-1]) == "No on 16 Mar (today), after interviews"
        assert right[-1].startswith("“They went with") and right[-1].endswith("…")


async def test_the_thought_has_the_room_beside_the_traps(opened_paths: DataPaths) -> None:
    def fill(db: Database) -> None:
        add_record(
            db,
            "I'm such a loser for freezing on that question",
            traps=("labeling",),
            at=datetime(2026, 3, 2, 10, 0),
        )
        add_record(
            db,
            "Nobody will want someone who froze",
            traps=("overgeneralization", "mind_reading"),
            at=datetime(2026, 3, 1, 10, 0),
        )

    _store(opened_paths, fill)
    async with app_on(opened_paths, "reframe", size=SIZE) as run:
        app = run.app
        await settle(run.pilot)
        lines = screen_lines(app)
        (loser,) = [line for line in lines if "2026-03-02" in line]
        (nobody,) = [line for line in lines if "2026-03-01" in line]
        # 58 cells of list: Date 10, Feelings 13 ("eased 20 pts" since the twenty-seventh
        # round, one more than "not re-rated") and the padding leave 29: 17 for the
        # thought, 10 for the traps.
        assert "I'm such a loser…" in loser, loser
        assert "Nobody will want…" in nobody, nobody
        assert "Overge… +1" in nobody, nobody
