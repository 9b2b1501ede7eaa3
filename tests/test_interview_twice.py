"""A time that happens twice where it is typed (the clocks go back) is saved as the first, and
the app says so.

A tester's walk (twenty-first round): 2027-11-07 01:30 America/New_York, the night the clocks
go back, was saved as the first 01:30 (EDT) without a word, while a time the clocks skip was
refused with a clear message.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.quiet import until_drained
from tests.test_people_interview_form import _link_rita_to_acme
from tests.test_people_pane import seeded  # noqa: F401  (Rita, linked to Initech)
from tests.ui_harness import fill, keep_toasts, settle

NEW_YORK_TWICE = (
    "01:30 happens twice in America/New_York that night; saved as the first (EDT, UTC−4)."
)


@pytest.mark.parametrize(
    ("day", "at", "zone", "note"),
    [
        ("2027-11-07", "01:30", "America/New_York", NEW_YORK_TWICE),
        (
            "2026-10-25",
            "01:15",
            "Europe/London",
            "01:15 happens twice in Europe/London that night; saved as the first (BST, UTC+1).",
        ),
        # Lord Howe Island goes back half an hour, and its zone has no letters: its offset.
        (
            "2026-04-05",
            "01:45",
            "Australia/Lord_Howe",
            "01:45 happens twice in Australia/Lord_Howe that night; saved as the first (UTC+11).",
        ),
        ("2027-11-07", "00:30", "America/New_York", None),  # before they go back: once
        ("2027-11-07", "02:30", "America/New_York", None),  # after: once
        ("2026-03-20", "01:30", "UTC", None),
    ],
)
def test_a_time_that_happens_twice_is_named(day: str, at: str, zone: str, note: str | None) -> None:
    from bounceback_tui.domain.interviews import twice_note

    data = validate_interview(
        {"kind": "technical", "day": day, "at": at, "zone": zone}, date(2026, 3, 16)
    )
    assert twice_note(data) == note


def _starts(paths: DataPaths) -> list[tuple[str, str]]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(
            "SELECT starts_at, zone FROM interview WHERE starts_at LIKE '2027-11-07%'"
        ).fetchall()


async def test_saving_one_says_which_one_it_is_new_or_edited(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    app = BouncebackApp(paths)
    # Every toast, kept: the first save's could go (5 s) before the second save was read.
    shown = keep_toasts(app)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, day="2027-11-07", at="01:30", zone="America/New_York")
        await pilot.press("ctrl+s")
        await until_drained(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert any(NEW_YORK_TWICE in toast for toast in shown), shown
        # 01:30 EDT is 05:30 UTC; the second, in EST, would be 06:30.
        assert _starts(paths) == [("2027-11-07 05:30:00.000000", "America/New_York")]
        told = len(shown)
        # Edited and saved again: said again (the edit form's own note).
        await pilot.press("N")
        await settle(pilot)
        await pilot.press(*"2027", "enter")  # the picker: the one in November 2027
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.values()["at"] == "01:30"
        await pilot.press("ctrl+s")
        await until_drained(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert any(NEW_YORK_TWICE in toast for toast in shown[told:]), shown
    assert _starts(paths) == [("2027-11-07 05:30:00.000000", "America/New_York")]
