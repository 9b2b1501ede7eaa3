"""What's working names a role family from the title's real words, never from a token that
reads as markup. A tester's note: the role "SRE [bold]lead" was shown as the family "Site
Reliability Engineer Bold Lead", its "[bold]" title-cased into a word. A square bracket that
reads as no tag ("[Remote]", a lone "[") is left to the words around it, as before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.domain.role_families import family_spellings, role_family
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.ui_harness import app_on, settle_workers


class _Posted:
    def __init__(self, role: str) -> None:
        self.role = role


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("SRE [bold]lead", "Site Reliability Engineer Lead"),
        ("[b]iOS Developer[/b]", "iOS Developer"),
        ("[link=https://example.com]Data Analyst[/link]", "Data Analyst"),
        ("[#ff0000]Backend[/] Engineer", "Backend Engineer"),
        ("[i]Senior[/i] Product Designer", "Product Designer"),
        ("[b]Ingénieure[/b] logiciel", "Ingénieure logiciel"),
        ("Platform Engineer [", "Platform Engineer"),
    ],
)
def test_a_family_is_named_from_the_title_s_words(title: str, shown: str) -> None:
    key_of, shown_as = family_spellings(None)
    assert shown_as(key_of(_Posted(title))) == shown
    # The same family as the title typed without the markup.
    assert role_family(title) == role_family(shown)


def _insert_apps(path: Path, titles: list[str]) -> None:
    with sqlite3.connect(path) as conn:
        for title in titles:
            conn.execute(
                "INSERT INTO application (company, role, stage, source, date_applied, "
                "created_at, updated_at) VALUES ('Acme', ?, 'applied', 'referral', "
                "'2026-02-02', '2026-02-02 10:00:00', '2026-02-02 10:00:00')",
                (title,),
            )
    conn.close()


async def test_what_s_working_shows_the_family_without_the_markup(
    opened_paths: DataPaths,
) -> None:
    _insert_apps(opened_paths.database, ["SRE [bold]lead", "SRE Lead", "Backend Engineer"])
    async with app_on(opened_paths, "today", size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)
        charts = str(app.screen.query_one("#insights-charts").render())
        assert "Bold" not in charts
        rows = [line.split()[:6] for line in charts.splitlines() if "Reliability" in line]
        assert rows == [["Site", "Reliability", "Engineer", "Lead", "2", "too"]]
        assert focus_problem(app) is None
