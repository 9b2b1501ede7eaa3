"""Every count a person reads is written with thousands separators, on a big store too:
"1,424 recovery plans", "Due now · 1,265", "+1,257 more", never "1424" beside "1,163"."""

from __future__ import annotations

import re
from typing import Any

from textual.app import App

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.text import markup_with, toast_with
from bounceback_tui.ui.pipeline.dialogs import GhostScreen
from tests.screen_text import screen_lines, screen_text
from tests.ui_harness import app_on, settle, settle_workers

# A number of four digits or more with no separator, not part of a date, a time or a
# decimal ("2026-03-16", "14:30", "1.5"), nor a year on its own.
BARE = re.compile(r"(?<![\d,.:/-])(?!(?:19|20)\d\d\b)\d{4,}(?![\d,.:/-])")
GROUPED = r"\d{1,3}(?:,\d{3})+"


def _bare_numbers(lines: list[str]) -> list[str]:
    return [line for line in lines if BARE.search(line)]


async def test_today_and_recovery_write_big_counts_with_separators(
    opened_paths: DataPaths, db: Database
) -> None:
    # About 1,750 plans and 1,150 items due (quiet applications whose follow-up is set for
    # a day ahead are not asked about: 4,000 gave fewer than 1,000).
    fill_demo(db, scale=5000)
    async with app_on(opened_paths, "today", size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await settle(pilot)
        today = screen_lines(app)
        assert re.search(rf"Due now · {GROUPED}\b", screen_text(app)), today
        assert re.search(rf"\+{GROUPED} more", screen_text(app)), today
        assert _bare_numbers(today) == [], today
        await pilot.press("3")
        await settle_workers(pilot)
        await settle(pilot)
        recovery = screen_lines(app)
        header = next(line for line in recovery if "recovery plans" in line)
        assert re.search(rf"{GROUPED} recovery plans, [\d,]+ still open", header), header
        assert _bare_numbers(recovery) == [], recovery


class Ghost(App[None]):
    def on_mount(self) -> None:
        self.push_screen(GhostScreen("Lumen Health", "Data Analyst", 45, 14, 1269))


async def test_the_ghosted_review_counts_those_after_it_with_a_separator() -> None:
    app = Ghost()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "(1,269 more after this one)" in screen_text(app)


def test_a_count_given_to_a_sentence_is_grouped() -> None:
    assert markup_with("[b]$total[/b] plans", total=3513).plain == "3,513 plans"
    assert toast_with("$count saved.", count=12000).plain == "12,000 saved."
    assert markup_with("$flag", flag=True).plain == "True"  # a yes or no is not a count


def test_a_board_checks_summary_groups_its_counts() -> None:
    from bounceback_tui.services.board_refresh import BoardOutcome

    board: Any = None  # the summary does not read it
    outcome = BoardOutcome(
        board, openings=9000, added=list(range(1200)), known=4321, over_limit=2500, unreadable=1001
    )
    assert outcome.summary() == (
        "1,200 new, 4,321 already in your Pipeline, 2,500 more left out (the 25 newest added), "
        "1,001 left out (no title, a link that is not a web page, or not readable)."
    )


def test_the_calendar_command_groups_its_counts(
    opened_paths: DataPaths, tmp_path: Any, monkeypatch: Any, capsys: Any
) -> None:
    from types import SimpleNamespace

    from bounceback_tui.cli import main
    from bounceback_tui.services import exports

    wrote = SimpleNamespace(interviews=1500, reminders=3000, taken_back=1200, written=None)
    monkeypatch.setattr(exports, "export_to_file", lambda *_args, **_kwargs: wrote)
    target = tmp_path / "calendar.ics"
    where = ["--data-dir", str(opened_paths.data_dir), "--days", "1000"]
    assert main(["calendar", "-o", str(target), *where]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "Wrote 1,500 interviews and 3,000 reminders (the next 1,000 days)." in said
    assert said.endswith("1,200 that went since the last file go out cancelled.")
