"""Today's "ghosted?" line at 80x24 keeps the role, so two applications at one company are
told apart.

The twenty-sixth round's list: at 80x24 the due box has 37 cells inside, and "◌ No word from
Quarry & Co (Technical Writer): ghosted?" was cut inside its name, so two applications at
Quarry & Co both read "◌ No word from Quarry &…: ghosted?", and "Globex (Analyst)" read
"Globex (A…", its bracket left open. The line now gives up "No word from" first, as a
follow-up's line gives up its role before its company, and then cuts the role inside its
brackets (at a word's end where one word stays whole), then the company too
(``ui/kit/cells.clip_app_name``). The clock stands at Monday 16 March 2026
(tests/conftest.py).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.cells import clip_app_name, clip_at_word
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

EIGHTY = (80, 24)


def _due_lines(lines: list[str]) -> list[str]:
    """The due list's lines, inside its box's left border."""
    return [line.split("│")[1].strip() for line in lines if line.startswith(" │ ")]


async def test_at_80x24_two_quiet_applications_at_one_company_are_told_apart(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        for role, sent in (("Technical Writer", 1), ("Support Engineer", 3)):
            data = ApplicationInput(
                company="Quarry & Co", role=role, date_applied=date(2026, 2, sent)
            )
            add_application(db, data)
        add_application(
            db, ApplicationInput(company="Globex", role="Analyst", date_applied=date(2026, 2, 5))
        )
    finally:
        db.dispose()
    async with app_on(opened_paths, size=EIGHTY) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        due = [line for line in _due_lines(screen_lines(run.app)) if line]
    # The two at Quarry & Co are told apart by their roles cut at a word's end, before their
    # day, as two follow-ups at one company are (tests/test_today_ghosted_alike_kept.py; "Quarry…
    # (Tec…)" read as a piece of a word); Globex gives up its role (nothing else is at Globex)
    # and keeps its day, which is what the line asks about (tests/test_today_due_one_form.py).
    # The longest name that tells it apart in its room: its company whole and the word of its
    # role that tells it apart, not "Quarry… (Technical…)", a cell shorter (more room never
    # says less: tests/test_app_name_more_room.py).
    assert [re.sub(r" {2,}", "  ", line) for line in due[:3]] == [
        "◌ Quarry & Co (…Writer): ghosted?",
        "◌ Quarry & Co (Support…): ghosted?",
        "◌ Globex: ghosted?  39d ago",
    ], due


@pytest.mark.parametrize(
    ("width", "said"),
    [
        (40, "Quarry & Co (Support Engineer)"),
        (30, "Quarry & Co (Support Engineer)"),
        (24, "Quarry & Co (Support…)"),
        # The role's first word kept whole, the company cut for it: "(Engineer…)" read as
        # another job for an Engineering Manager (tests/test_app_named_in_full.py).
        (20, "Quarry… (Support…)"),
        (15, "Qua… (Support…)"),
        (13, "Quarr… (Sup…)"),  # no room for the word and a company: cut inside it
        (6, "Quarr…"),
    ],
)
def test_an_application_is_cut_part_by_part_its_bracket_closed(width: int, said: str) -> None:
    assert clip_app_name("Quarry & Co", "Support Engineer", width) == said


def test_a_long_company_keeps_two_thirds_of_the_room() -> None:
    said = clip_app_name("Northwind Traders International", "Senior Staff Product Designer", 40)
    assert said == "Northwind Traders… (Senior Staff…)"
    assert clip_app_name("Globex", "", 4) == "Glo…"  # no role: the company alone


@pytest.mark.parametrize(
    ("text", "width", "said"),
    [
        ("Support Engineer", 11, "Support…"),
        ("Technical Writer", 11, "Technical…"),
        ("Analyst", 5, "Anal…"),  # one word: cut inside it
        ("Quarry & Co", 10, "Quarry…"),  # not "Quarry &…"
        ("Analyst", 7, "Analyst"),
    ],
)
def test_a_cut_at_a_word_s_end(text: str, width: int, said: str) -> None:
    assert clip_at_word(text, width) == said
