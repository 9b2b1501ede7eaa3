"""Role-family names that differ only in case are one family (What's working, `e`).

A tester's walk: the demo store, `w`, `e`, then "backend engineer = Engineering",
"platform engineer = Engineering" and "site reliability engineer = engineering" gave two
rows, "Engineering 11" and "engineering 5", on the screen and in `insights`; the form says
two families given the same name are counted together.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.insights import AppFacts
from bounceback_tui.domain.role_families import parse_family_renames, role_family
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.insights_oracle import compare_all
from tests.ui_harness import app_on, settle_workers

THREE_LINES = (
    "backend engineer = Engineering\n"
    "platform engineer = Engineering\n"
    "site reliability engineer = engineering"
)

# Five titles in the three families and one whose own family is "engineering".
TITLES = [
    "Senior Backend Engineer",
    "Backend Engineer",
    "Platform Engineer",
    "Site Reliability Engineer",
    "Site Reliability Engineer II",
    "Engineering",
]


def _role_groups(titles: list[str], renames: dict[str, str]) -> dict[str, int]:
    apps = [
        AppFacts(id=n, role=title, date_applied=date(2026, 2, 2), stages=(Stage.APPLIED,))
        for n, title in enumerate(titles)
    ]
    role = next(c for c in compare_all(apps, renames) if c.dimension.key == "role")
    return {group.name: group.count for group in role.groups}


def test_names_given_in_two_cases_are_saved_in_the_first_one() -> None:
    assert parse_family_renames(THREE_LINES) == {
        "backend engineer": "Engineering",
        "platform engineer": "Engineering",
        "site reliability engineer": "Engineering",
    }
    assert parse_family_renames("data analyst = data\nbi analyst = DATA") == {
        "data analyst": "data",
        "bi analyst": "data",
    }


def test_names_saved_in_two_cases_are_one_family() -> None:
    # As a store saved before this fix holds them (sorted by family, each as typed).
    saved = {
        "backend engineer": "Engineering",
        "platform engineer": "Engineering",
        "site reliability engineer": "engineering",
    }
    assert role_family("Site Reliability Engineer", saved) == "Engineering"
    # A family left as it is that reads as a name given is that name's family too.
    assert role_family("Engineering", saved) == "Engineering"
    assert role_family("Data Analyst", saved) == "data analyst"
    assert _role_groups(TITLES, saved) == {"Engineering": 6}


def _insert_apps(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        for title in TITLES:
            cursor = conn.execute(
                "INSERT INTO application (company, role, stage, source, date_applied, "
                "created_at, updated_at) VALUES ('Acme', ?, 'applied', 'referral', "
                "'2026-02-02', '2026-02-02 10:00:00', '2026-02-02 10:00:00')",
                (title,),
            )
            conn.execute(
                "INSERT INTO stage_change (application_id, to_stage, changed_on, created_at) "
                "VALUES (?, 'applied', '2026-02-02', '2026-02-02 10:00:00')",
                (cursor.lastrowid,),
            )
    conn.close()


async def test_the_tester_s_three_lines_give_one_row_on_screen_and_in_the_cli(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _insert_apps(opened_paths.database)
    async with app_on(opened_paths, "today", size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)
        await pilot.press("e")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        for line in THREE_LINES.splitlines():
            await pilot.press(*line, "enter")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)
        charts = str(app.screen.query_one("#insights-charts").render())
        rows = [line.split() for line in charts.splitlines() if "ngineering" in line]
        assert rows == [["Engineering", "6", "too", "few", "to", "tell"]]
        assert focus_problem(app) is None
    assert main(["insights", "--data-dir", str(opened_paths.data_dir)]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines() if "ngineering" in line]
    assert rows == [["Engineering", "6", "sent", "too", "few", "to", "tell"]]
