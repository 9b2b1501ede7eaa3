"""At 80x24 two follow-ups at one company keep their roles, so a person tells them apart.

A line too long for the due list's box gave up the role first, then "Follow up with": at
80x24 two follow-ups at Acme both read "✉ Acme" before how late they were, and nothing on
screen said which application each was. Now a follow-up at a company another listed
follow-up names keeps its role, cut inside its brackets ("Acme (Machine…)", as the app
names an application elsewhere), how late still whole at the line's end; one at a company
of its own may still drop its role. Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.paths import DataPaths
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def _store(paths: DataPaths, company: str = "Acme") -> None:
    with sqlite3.connect(paths.database) as conn:
        for name, role, day in (
            (company, "Data Analyst", "2026-03-13"),
            (company, "Machine Learning Engineer", "2026-03-12"),
            ("Northwind Traders", "Senior Support Engineer", "2026-03-14"),
        ):
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES (?, ?, 'screening', '2026-02-01', "
                "?, '2026-02-01 09:00:00', '2026-02-01 09:00:00')",
                (name, role, day),
            )
    conn.close()


async def _due_lines(paths: DataPaths) -> list[str]:
    async with app_on(paths, size=(80, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    return [line.split("│")[1].strip() for line in lines if "│ ✉ " in line]


async def test_two_follow_ups_at_one_company_keep_their_roles_at_80x24(
    opened_paths: DataPaths,
) -> None:
    _store(opened_paths)
    due = await _due_lines(opened_paths)
    assert due == [
        "✉ Acme (Machine…)       4 days late",
        "✉ Acme (Data Analyst)   3 days late",
        # A company of its own keeps its role too, cut part by part.
        "✉ Northwind… (Senior…)  2 days late",
    ], due


@pytest.mark.parametrize(
    ("company", "first", "second"),
    [
        # The role is cut at a word's end (ui/kit/cells.clip_app_name's ``fill``: "Machine
        # Learn…" read as part of a word), inside a word only where nothing else tells the
        # two apart (a company of one word 200 letters long).
        ("[b]", "✉ [b] (Machine…)", "✉ [b] (Data Analyst)"),
        ("[", "✉ [ (Machine…)", "✉ [ (Data Analyst)"),
        ("Café 🚀 Numérique", "✉ Café 🚀… (Machine…)", "✉ Café 🚀… (Data…)"),
        # The cell "(Data…)" leaves beside "(Machi…)" goes to the name, a cut inside its one
        # word either way; the roles still tell the two apart.
        ("Lumen" * 40, "✉ LumenLumen… (Machi…)", "✉ LumenLumenL… (Data…)"),
    ],
)
async def test_hostile_names_at_one_company_are_told_apart_too(
    opened_paths: DataPaths, company: str, first: str, second: str
) -> None:
    _store(opened_paths, company)
    due = await _due_lines(opened_paths)
    assert [line.rsplit("  ", 1)[0].rstrip() for line in due[:2]] == [first, second], due
    assert [line.rsplit("  ", 1)[1] for line in due] == [
        "4 days late",
        "3 days late",
        "2 days late",
    ], due
