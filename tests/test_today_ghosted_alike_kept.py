"""Two quiet ("ghosted?") applications at one company keep what tells them apart at 80
columns, as other lines at one company do.

A stranger's store: sixteen applications gone quiet, two of them at Samecorp (Data Analyst,
Data Engineer) sent 65 days ago. At 80x40 and 80x30 Today read "◌ Samecorp: ghosted?  65d ago"
twice, while other lines kept their "(Role…)"; at 100x30 both roles showed. A quiet line at a
company another line names now keeps its role, at a word's end, before its day, as a follow-up
at one company does (ui/today/text._name_least). Here the two are the longest silent quiet
ones, always listed; in the last test the fourth and fifth, which a tall box adds
(``TodaySummary.due_room``).
The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.due import ghosted_item
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.today.due_fit import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

_OTHERS = (
    ("Acme Robotics", "Backend Developer"),
    ("Bluefin Analytics", "Data Scientist"),
    ("Copperline", "Machine Learning Engineer"),
    ("Driftwood Labs", "Product Analyst"),
    ("Evergreen Health", "Business Analyst"),
    ("Foxglove Systems", "Site Reliability Engineer"),
    ("Granite Bank", "Risk Analyst"),
    ("Harbor Freight Tech", "Frontend Developer"),
    ("Ironbark Media", "Content Strategist"),
    ("Juniper Logistics", "Operations Analyst"),
    ("Kestrel Energy", "Data Engineer"),
    ("Lumen Health", "Analytics Engineer"),
    ("Meridian Insurance", "Actuarial Analyst"),
    ("Northwind Traders", "Supply Chain Analyst"),
)


def _store(paths: DataPaths, samecorp_sent: date, others_sent: list[date]) -> None:
    """The Samecorp pair sent on one day, and the others (``_OTHERS``) each on its own."""
    db = Database(paths.database)
    try:
        for role in ("Data Analyst", "Data Engineer"):
            add_application(
                db, ApplicationInput(company="Samecorp", role=role, date_applied=samecorp_sent)
            )
        for (company, role), sent in zip(_OTHERS, others_sent, strict=True):
            add_application(db, ApplicationInput(company=company, role=role, date_applied=sent))
    finally:
        db.dispose()


def _quiet_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if "ghosted?" in line]


@pytest.mark.parametrize("size", [(80, 40), (80, 30), (100, 30)])
async def test_two_quiet_applications_at_one_company_keep_their_roles(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    _store(opened_paths, date(2025, 10, 1), [date(2026, 1, n) for n in range(1, 15)])
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    samecorp = [line for line in _quiet_lines(lines) if "Samecorp" in line]
    assert len(samecorp) == 2, "\n".join(lines)
    # Each names its role, cut at a word's end at the most: "(Data…)" would read as either.
    assert any("(Data Analyst" in line or "(…Analyst" in line for line in samecorp), samecorp
    assert any("(Data Engineer" in line or "(…Engineer" in line for line in samecorp), samecorp


@pytest.mark.parametrize("width", range(31, 38))
def test_a_quiet_line_at_a_company_another_names_keeps_its_role_in_whole_words(
    width: int,
) -> None:
    item = ghosted_item(1, "Samecorp", "Data Analyst", date(2026, 1, 10))
    item = item._replace(alike=("Samecorp (Data Engineer)",))
    summary: Any = SimpleNamespace(today=date(2026, 3, 16))  # the one field a due line reads
    words = DuePrompt(lambda: due_prompt(item, summary))
    for short in (False, True):
        line = words.fitted(width, short).plain
        assert line.startswith(("◌ Samecorp (…Analyst): ", "◌ Samecorp (Data Analyst): ")), line


async def test_two_older_ones_a_tall_box_adds_keep_their_roles(opened_paths: DataPaths) -> None:
    """The same pair, now the fourth and fifth longest silent of the sixteen: a tall box
    lists them among the quiet applications it adds to fill its rows (``due_room``), which
    were never told apart, and read "◌ Samecorp: ghosted?" twice (the fixer's finding, the
    stranger's own store)."""
    three_older = [date(2025, 11, n) for n in range(1, 4)]
    _store(opened_paths, date(2025, 12, 1), three_older + [date(2026, 1, n) for n in range(1, 12)])
    async with app_on(opened_paths, size=(80, 50)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    samecorp = [line for line in _quiet_lines(lines) if "Samecorp" in line]
    assert len(samecorp) == 2, "\n".join(lines)
    assert any("(Data Analyst" in line or "(…Analyst" in line for line in samecorp), samecorp
    assert any("(Data Engineer" in line or "(…Engineer" in line for line in samecorp), samecorp


@pytest.mark.parametrize("size", [(30, 24), (32, 24), (34, 24), (36, 24)])
async def test_in_a_narrow_box_the_role_stays_over_the_day(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    """Below 37 columns the due list has fewer than 29 cells of words: at 30x24 both read "◌
    Samecorp:…   65d ago", at 34x24 both "◌ Samecorp (Data…  65d ago", their day kept and
    what tells the pair apart cut away. The day gives way first now, then "ghosted?" (the
    "◌" says it): "◌ Samecorp (…Analyst)" above "◌ Samecorp (…Engineer)"."""
    # The pair the longest silent, so listed first: Today lists quiet applications the
    # longest silent first (domain/due_more.due_in_room); the others sent after them.
    _store(opened_paths, date(2026, 1, 10), [date(2026, 1, 11 + n) for n in range(14)])
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    samecorp = [line.split("│")[1].strip() for line in lines if "│ ◌ " in line]
    samecorp = [line for line in samecorp if "Samecorp" in line]
    assert len(samecorp) == 2, "\n".join(lines)
    assert any("(Data Analyst)" in line or "(…Analyst)" in line for line in samecorp), samecorp
    assert any("(Data Engineer)" in line or "(…Engineer)" in line for line in samecorp), samecorp
