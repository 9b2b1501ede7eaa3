"""Today's due list cuts an application's name at a word's end, never inside a word.

A stranger at 80x24: "Harbor… (Frontend…)" was whole words, but "Larkspur… (Pla…)",
"Pinecrest… (Produc…)" and "Cinder… (Engineeri…)" were not: a piece of a word reads as some
other word. Now the company and the role are each cut where a word ends, and the role's
bracket is left out where no whole word of it fits beside the company (the company then
has the room). Only two applications at one company, where nothing else tells them apart,
may still be cut inside a word (tests/test_today_follow_ups_told_apart.py). Today is
Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import follow_up_item
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.today.due_fit import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

TODAY = date(2026, 3, 16)
APPLICATIONS = [
    ("Larkspur AI", "Platform Engineer"),
    ("Pinecrest Retail", "Product Manager"),
    ("Cinder Audio", "Engineering Manager"),
    ("Harbor Freight Tech", "Frontend Developer"),
]
WORDS = {word for company, role in APPLICATIONS for word in f"{company} {role}".split()}


def _pieces_of_words(line: str) -> list[str]:
    """The words cut with an ellipsis in ``line`` that are not whole words of a name."""
    return [cut for cut in re.findall(r"(\w+)…", line) if cut not in WORDS]


def _line(company: str, role: str, width: int) -> str:
    item = follow_up_item(1, company, role, date(2026, 3, 13), TODAY)
    summary: Any = SimpleNamespace(today=TODAY)  # the one field a due line reads
    return DuePrompt(partial(due_prompt, item, summary)).fitted(width).plain


@pytest.mark.parametrize(("company", "role"), APPLICATIONS)
def test_a_follow_up_is_cut_at_words_ends_at_every_width(company: str, role: str) -> None:
    for width in range(20, 70):  # from an icon, a company and "late"
        line = _line(company, role, width)
        assert not _pieces_of_words(line), (width, line)


@pytest.mark.parametrize(
    ("company", "role", "width", "wanted"),
    [
        # 80x24's 35 cells less the padding: the role's one word that fits is kept, the
        # company cut for it.
        ("Harbor Freight Tech", "Frontend Developer", 34, "✉ Harbor… (Frontend…)  3 days late"),
        # No whole word of the role fits beside the company: the company alone, whole.
        ("Pinecrest Retail", "Product Manager", 34, "✉ Pinecrest Retail  3 days late"),
        ("Larkspur AI", "Platform Engineer", 24, "✉ Larkspur AI  3d late"),
        ("Larkspur AI", "Platform Engineer", 38, "✉ Larkspur AI (Platform…)  3 days late"),
    ],
)
def test_the_role_goes_whole_or_not_at_all(
    company: str, role: str, width: int, wanted: str
) -> None:
    assert re.sub(" {2,}", "  ", _line(company, role, width)) == wanted  # padding aside


async def test_at_80x24_no_line_of_the_due_list_ends_in_a_piece_of_a_word(
    opened_paths: DataPaths,
) -> None:
    with sqlite3.connect(opened_paths.database) as conn:
        for day, (company, role) in enumerate(APPLICATIONS, start=9):
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES (?, ?, 'screening', '2026-02-01', ?, "
                "'2026-02-01 09:00:00', '2026-02-01 09:00:00')",
                (company, role, f"2026-03-{day:02d}"),
            )
    conn.close()
    async with app_on(opened_paths, size=(80, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    due = [line.split("│")[1].strip() for line in lines if "│ ✉ " in line]
    assert len(due) == len(APPLICATIONS), due
    assert not [line for line in due if _pieces_of_words(line)], due


async def test_at_80x24_the_interviews_strip_names_applications_in_whole_words(
    opened_paths: DataPaths,
) -> None:
    """The strip above the due list read "Offer call: Cinde… (Eng…)" (and "Take-home due:
    Lark… (Pla…)" on another day) with the same cut: it says "Cinder Audio" now, its role
    left out where no whole word of it fits."""
    store_once(opened_paths, fill_demo, 60)
    with sqlite3.connect(opened_paths.database) as conn:
        named = conn.execute("SELECT company, role FROM application").fetchall()
    conn.close()
    words = {word for company, role in named for word in f"{company} {role}".split()}
    async with app_on(opened_paths, size=(80, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    strip = [line for line in lines if line.startswith(" █ ") and "(N)" in line]
    assert strip, lines
    cut = [piece for line in strip for piece in re.findall(r"(\w+)…", line)]
    assert not [piece for piece in cut if piece not in words], strip
