"""A pay cell's words beside its amounts are kept in the notes, as words alone always were.

A stranger moving in from Huntr found "$130,000 - $160,000 + equity" read as 130k to 160k
USD with "+ equity" dropped without a word, while "Competitive" went to the notes as
"Salary: Competitive". The amounts are still read, and the cell as written goes to the notes
whenever it says more than they do. The clock is frozen at 2026-03-16 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.transfer.csv_values import split_salary
from tests.csv_sheets import planned

MONDAY = date(2026, 3, 16)


def test_equity_beside_a_range_goes_to_the_notes(tmp_path: Path) -> None:
    plan = planned(
        tmp_path,
        "Company,Job Title,Salary,Notes\n"
        'Acme,Engineer,"$130,000 - $160,000 + equity",Great team\n'
        "Globex,Developer,Competitive,\n"
        'Initech,QA,"$90,000 - $100,000",\n',
        today=MONDAY,
        name="huntr.csv",
    )
    assert plan.bad == []
    acme, globex, initech = (row.data for row in plan.rows)
    assert (acme.salary_min, acme.salary_max, acme.salary_currency) == (130000, 160000, "USD")
    assert acme.notes == "Great team\nSalary: $130,000 - $160,000 + equity"
    assert globex.notes == "Salary: Competitive"
    assert (initech.salary_min, initech.salary_max, initech.notes) == (90000, 100000, "")


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("100k-120k + bonus", "100k-120k + bonus"),
        ("90k, negotiable", "90k, negotiable"),
        ("from 60k, plus stock", "from 60k, plus stock"),
        ("$80k-100k/yr", ""),
        ("up to 90k", ""),
        ("£50k p.a.", ""),
        ("CHF 120000 annually", ""),
        ("$50 an hour", ""),
        ("60k EUR gross", ""),
    ],
)
def test_only_words_the_amounts_do_not_say_make_a_note(text: str, note: str) -> None:
    assert split_salary(text).note == note
