"""A location that says Remote, Hybrid or On-site gives the work mode, and stays as written.

A stranger moving in from Huntr and Teal found "Remote (US)" in Location leaving Work mode
empty: those trackers keep the work mode inside the location. The rule is the domain's
(``domain/work_modes.work_mode_in_location``); the CSV import uses it for a row with no work
mode of its own. The clock is frozen at 2026-03-16 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.domain.applications import WorkMode
from bounceback_tui.domain.work_modes import work_mode_in_location
from tests.csv_sheets import planned


@pytest.mark.parametrize(
    ("location", "mode"),
    [
        ("Remote", WorkMode.REMOTE),
        ("Remote (US)", WorkMode.REMOTE),
        ("US - Remote", WorkMode.REMOTE),
        ("remote-first, EMEA", WorkMode.REMOTE),
        ("Hybrid - Berlin", WorkMode.HYBRID),
        ("Berlin (hybrid, 2 days remote)", WorkMode.HYBRID),
        ("On-site - New York", WorkMode.ONSITE),
        ("Onsite, Austin TX", WorkMode.ONSITE),
        ("London (in office)", WorkMode.ONSITE),
        ("Berlin", None),
        ("", None),
        ("Not remote - Paris", None),
        ("Remote or on-site, Lisbon", None),
        ("Remoteville, OH", None),
    ],
)
def test_the_work_mode_a_location_names(location: str, mode: WorkMode | None) -> None:
    assert work_mode_in_location(location) == mode


def test_an_import_takes_the_work_mode_from_the_location(tmp_path: Path) -> None:
    plan = planned(
        tmp_path,
        "Company,Job Title,Location\n"
        "Acme,Engineer,Remote (US)\n"
        "Globex,Developer,US - Remote\n"
        "Initech,QA,Hybrid - Berlin\n"
        "Umbrella,Analyst,Paris\n",
        today=date(2026, 3, 16),
        name="huntr.csv",
    )
    assert plan.bad == []
    read = [(row.data.location, row.data.work_mode) for row in plan.rows]
    assert read == [
        ("Remote (US)", WorkMode.REMOTE),
        ("US - Remote", WorkMode.REMOTE),
        ("Hybrid - Berlin", WorkMode.HYBRID),
        ("Paris", None),
    ]


def test_a_work_mode_column_outranks_the_location(tmp_path: Path) -> None:
    # A file with a column for it says the work mode there, empty included (the app's own
    # export of "Remote (EU)" with no work mode reads back as it was written).
    plan = planned(
        tmp_path,
        "Company,Job Position,Location,Work mode\n"
        "Acme,Engineer,Remote (US),Hybrid\n"
        "Globex,Developer,US - Remote,\n",
        today=date(2026, 3, 16),
        name="teal.csv",
    )
    assert [row.data.work_mode for row in plan.rows] == [WorkMode.HYBRID, None]
