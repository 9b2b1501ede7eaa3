"""Today cuts an application's name, "Company (Role)", so it still says which one it is.

A stranger at 80x24: a follow-up at a company of its own read "✉ Lumen Health  3 days
late", its role dropped; a plan's line read "☐ Riverstone L… (+5 more)", its role and its
step gone; the next step "Follow up with Northwind Traders International (Senior Site Rel…"
lost its closing bracket; and "Senior Engineer" and "Senior Designer" at Acme both read
"✉ Acme (Senior…)". Now a name is cut part by part, its closing bracket kept, in the middle
of the role where its end would read as another line's ("Acme (…Engineer)"), a plan's step
keeps its first words, and no two lines read the same. Today is Monday 16 March 2026
(tests/conftest.py), at 80x24 and 120x40.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.recovery_fixtures import add_rejection
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SIZES = [(80, 24), (120, 40)]
NORTHWIND = ("Northwind Traders International", "Senior Site Reliability Engineer")


def _applications(paths: DataPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        for company, role, follow_up in (
            (*NORTHWIND, "2026-03-10"),
            ("Acme", "Senior Engineer", "2026-03-12"),
            ("Acme", "Senior Designer", "2026-03-13"),
            ("Lumen Health", "Data Analyst", "2026-03-13"),
        ):
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
                "created_at, updated_at) VALUES (?, ?, 'screening', '2026-03-10', ?, "
                "'2026-03-10 09:00:00', '2026-03-10 09:00:00')",
                (company, role, follow_up),
            )
    conn.close()


async def _screen(paths: DataPaths, size: tuple[int, int]) -> tuple[str, list[str]]:
    """The next step's title line, and the due list's lines (without the box)."""
    async with app_on(paths, size=size) as run:
        await settle_workers(run.pilot)
        lines = screen_lines(run.app)
    step = next(line for line in lines if "Next step:" in line)
    due = [line.split("│")[1].strip() for line in lines if re.match(r"^ │ [✉☐?◌] ", line)]
    return step.strip(), due


def _words(line: str) -> str:
    """A due line's words, before its day in the right-hand column."""
    return re.split(r"\s{2,}", line)[0]


def _no_two_alike(due: list[str]) -> None:
    words = [_words(line) for line in due]
    assert len(set(words)) == len(words), due


@pytest.mark.parametrize("size", SIZES)
async def test_follow_ups_keep_their_roles_and_read_apart(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    _applications(opened_paths)
    step, due = await _screen(opened_paths, size)
    # The next step's name cut inside it, its closing bracket and its key kept.
    assert step.startswith("█ Next step: Follow up with Northwind"), step
    assert step.endswith(")  (n)"), step
    assert "(Senior" in step or "Engineer)" in step, step
    acme = [_words(line) for line in due if "Acme" in line]
    assert len(acme) == 2 and all(line.endswith(")") for line in acme), due
    # What sets them apart is kept: "(Senior Engin…)", or "(…Engineer)" where less fits.
    assert re.search(r"\(.*Engin", acme[0]) and re.search(r"\(.*Desig", acme[1]), acme
    (lumen,) = [_words(line) for line in due if "Lumen" in line]
    assert re.search(r"Lumen Health \(Data.*\)$", lumen), lumen  # its role kept
    _no_two_alike(due)
    assert all(line.endswith("days late") for line in due), due


@pytest.mark.parametrize("size", SIZES)
async def test_a_plan_keeps_its_step_and_two_at_one_company_read_apart(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    db = Database(opened_paths.database)
    for role in ("Site Reliability Engineer", "Site Reliability Manager"):
        add_rejection(db, "Riverstone Legal", role, rejected_on=date(2026, 2, 20))
    add_rejection(db, "Tidewater Foods", "Engineering Manager", rejected_on=date(2026, 2, 20))
    db.dispose()
    _step, due = await _screen(opened_paths, size)
    plans = [line for line in due if line.startswith("☐")]
    assert len(plans) == 3, due
    for line in plans:
        # The step's first words; at 80x24 the two at one company told apart by their
        # roles instead, the company's first word whole ("Riverstone… (…Engineer)", not
        # "Riv… (…Engineer): Let…"). No step's word fits beside the role there (": Let…"
        # takes six cells, five are left), so those cells go to the name: "Riverstone
        # Legal (…Engineer)" (the room a word-end cut leaves goes to the name).
        told = size == (80, 24) and re.match(r"☐ Riverstone( Legal|…) \(…\w+\)  ", line)
        assert told or re.search(r": (Let|How|Wh|Wr|Keep)\w*", line), line
        if size == (120, 40):  # with room, how many more are due (at 80x24 it gives way):
            # not "Note what came back", while nothing was asked (test_reply_waits_for_ask.py)
            assert "(+12 more)" in line, line
        # The day its first step was for (tests/test_plan_steps_was_due.py), a comfort step
        # of 20 Feb offered, never late (tests/test_care_steps_not_late.py): the next, of 21
        # Feb; where that does not fit, how late, never a bare "due"
        # (tests/test_today_overdue_says_when.py).
        assert line.endswith("21 Feb") or re.search(r"  \d+d late$", line), line
    riverstone = [_words(line) for line in plans if line.startswith("☐ Riv")]
    assert len(riverstone) == 2, plans
    assert any("Engineer)" in line or "Eng" in line for line in riverstone), riverstone
    _no_two_alike(due)


def test_a_cut_that_would_read_as_another_is_made_in_the_middle() -> None:
    from bounceback_tui.ui.kit.cells import clip_app_name, reads_as

    # The end cut "Acme (Senior…)" stands for both; the middle of the role tells them apart.
    assert clip_app_name("Acme", "Senior Engineer", 16) == "Acme (Senior…)"
    for width in (16, 18, 20):
        engineer = clip_app_name("Acme", "Senior Engineer", width, ["Acme (Senior Designer)"])
        designer = clip_app_name("Acme", "Senior Designer", width, ["Acme (Senior Engineer)"])
        assert engineer.endswith("Engineer)") and designer.endswith("Designer)"), width
        assert not reads_as(engineer, "Acme (Senior Designer)")
        assert reads_as(engineer, "Acme (Senior Engineer)")
    # Roles that differ at their start keep the usual cut.
    assert clip_app_name("Acme", "Data Analyst", 14, ["Acme (Senior Designer)"]) == ("Acme (Data…)")
