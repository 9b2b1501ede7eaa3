"""Three capitals in a pay cell are its currency only when ISO 4217 knows them.

The twenty-sixth round's list: a CSV import read "80k DOE" ("depending on experience") as
80,000 in a currency "DOE", and the words were lost. Now a currency is read only from a
known code or symbol, and words such as DOE or OTE go to the notes as "+ equity" and
"Competitive" do (tests/test_csv_pay_words.py). The clock is frozen at 2026-03-16
(tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.transfer.csv_values import currency_in, split_salary
from tests.csv_sheets import planned

MONDAY = date(2026, 3, 16)


def test_doe_beside_an_amount_goes_to_the_notes(tmp_path: Path) -> None:
    plan = planned(
        tmp_path,
        "Company,Job Title,Salary,Notes\n"
        "Acme,Engineer,80k DOE,Met at a meetup\n"
        "Globex,Account Executive,$90k OTE,\n"
        'Initech,Analyst,"60,000 - 70,000 GBP",\n',
        today=MONDAY,
        name="tracker.csv",
    )
    assert plan.bad == []
    acme, globex, initech = (row.data for row in plan.rows)
    assert (acme.salary_min, acme.salary_max, acme.salary_currency) == (80000, 80000, "")
    assert acme.notes == "Met at a meetup\nSalary: 80k DOE"
    assert (globex.salary_min, globex.salary_currency) == (90000, "USD")
    assert globex.notes == "Salary: $90k OTE"
    assert (initech.salary_min, initech.salary_max) == (60000, 70000)
    assert (initech.salary_currency, initech.notes) == ("GBP", "")


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("80k DOE", ""),
        ("DOE", ""),
        ("100k OTE", ""),
        ("90k TBD", ""),
        ("DOE, 80k USD", "USD"),  # the first known code, not the first three capitals
        ("80k-100k EUR DOE", "EUR"),
        ("120k SGD", "SGD"),
        ("CHF 120000", "CHF"),
        ("£50k", "GBP"),
        ("Salary (NOK)", "NOK"),
    ],
)
def test_a_currency_is_a_known_code_or_symbol(text: str, currency: str) -> None:
    assert currency_in(text) == currency


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("80k DOE", "80k DOE"),
        ("80k-100k EUR DOE", "80k-100k EUR DOE"),
        ("60k EUR gross", ""),
    ],
)
def test_the_words_are_kept_as_written(text: str, note: str) -> None:
    assert split_salary(text).note == note
