"""An interview booked for an application is the company's reply: the application is not
quiet, on Today, in the palette, in `bounceback-tui today` and in the Pipeline alike.

An application sent 43 days ago, its interview scheduled with the Pipeline's `I` (which
leaves it in Applied), was still asked "No word from Globex (Analyst): ghosted?" on Today and
by `today`, counted quiet in the Pipeline's header, and the palette offered "Review quiet
applications" for it. Today is Monday 16 March 2026 (tests/conftest.py); "ghost after" is
the default 21 days.
"""

from __future__ import annotations

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.interviews import add_interview
from bounceback_tui.services.pipeline_rows import any_quiet, load_rows
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.conftest import FIXED_TODAY
from tests.palette_fixtures_ui import search
from tests.pipeline_fixtures import add
from tests.screen_text import screen_text


def _globex_interviewing(db: Database, day: str) -> None:
    """Globex, sent 43 days ago and still in Applied, its interview on ``day``."""
    application = add(db, "Globex", "Analyst", date_applied="2026-02-01")
    data = validate_interview(
        {"kind": "technical", "day": day, "at": "14:00", "zone": "Europe/London"}, clock.today()
    )
    add_interview(db, application, data)


@pytest.mark.parametrize("day", ["2026-03-20", "2026-03-02"], ids=["ahead", "held"])
def test_the_pipeline_and_today_do_not_call_it_quiet(db: Database, day: str) -> None:
    _globex_interviewing(db, day)
    rows = load_rows(db, FIXED_TODAY)
    assert rows.quiet_count == 0
    assert not any_quiet(db, FIXED_TODAY)
    titles = [item.title for item in load_today(db.path, FIXED_TODAY).due]
    assert not any("ghosted?" in title for title in titles), titles


def test_the_today_command_does_not_ask_ghosted(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _globex_interviewing(db, "2026-03-20")
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "ghosted?" not in out, out


async def test_todays_pane_and_the_palette_agree(opened_paths: DataPaths, db: Database) -> None:
    _globex_interviewing(db, "2026-03-20")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "quiet")
        assert [line.split(" | ")[0] for line in results] == ["Quit"]
        await pilot.press("escape")
        await pilot.pause()
        assert "ghosted?" not in screen_text(app)


def test_one_without_an_interview_is_still_quiet(db: Database) -> None:
    """The rule's other side: sent 43 days ago, nothing booked, it is asked about."""
    add(db, "Initech", "Analyst", date_applied="2026-02-01")
    assert load_rows(db, FIXED_TODAY).quiet_count == 1
    assert any_quiet(db, FIXED_TODAY)
    titles = [item.title for item in load_today(db.path, FIXED_TODAY).due]
    assert "No word from Initech (Analyst): ghosted?" in titles, titles
