"""A request for feedback names its application, "Company (Role)", as every other line does.

Two noes at Riverstone Legal read "Ask Riverstone Legal for feedback" twice on Today's due
list, in its next step and in the `today` command, while the plans' lines beside them said
"Riverstone Legal (Site Reliability Engineer)". Today is Monday 16 March 2026
(tests/conftest.py).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

ROLES = ("Site Reliability Engineer", "Data Analyst")


def _noes(paths: DataPaths) -> None:
    db = Database(paths.database)
    for role in ROLES:
        add_rejection(db, "Riverstone Legal", role, rejected_on=date(2026, 2, 20))
    db.dispose()


def test_each_request_names_its_application(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.cli import main

    _noes(opened_paths)
    titles = [item.title for item in load_today(opened_paths.database, FIXED_TODAY).due]
    for role in ROLES:
        assert f"Ask Riverstone Legal ({role}) for feedback" in titles, titles
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    for role in ROLES:
        assert f"Ask Riverstone Legal ({role}) for feedback" in out, out


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_two_requests_read_apart_on_screen(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    _noes(opened_paths)
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        lines = screen_lines(run.app)
    asks = [re.split(r"\s{2,}", line.split("│")[1].strip())[0] for line in lines if "│ ? " in line]
    assert len(asks) == 2 and len(set(asks)) == 2, lines
    assert all(re.search(r"Riverst\w*… \(|Riverstone Legal \(", ask) for ask in asks), asks
    assert any("(Da" in ask for ask in asks) and any("(Si" in ask for ask in asks), asks
