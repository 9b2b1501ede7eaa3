"""A JSON import checks an interview by the interview form's own rules, so what it takes can
be edited and saved again unchanged.

A tester's walk (twenty-first round): the import took zones the form refuses (`localtime`,
`Factory`, `EST5EDT`, `Etc/GMT+12`; `localtime` went into the calendar as `TZID:localtime`),
starts in the year 9999 and in 1969, and a link with a space before it. An interview of 2015
is history and still imports, and its edit form saves it again as it is (the form's "within
ten years of today" is a rule for typing a day, not for one the record holds).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_import import load_json_export
from tests.transfer_fixtures import demo_export

NO_PLACE = "names no place; use an area and a city, like Europe/London or America/New_York, or UTC."


def _refusals(paths: DataPaths, tmp_path: Path, **changed: Any) -> list[str]:
    """The lines the import refuses the demo's export with, its first interview ``changed``."""
    document = demo_export(paths, tmp_path)
    document["tables"]["interview"][0].update(changed)
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    try:
        load_json_export(path)
    except TransferError as refused:
        return [line for line in str(refused).splitlines() if line.startswith("  - ")]
    return []


@pytest.mark.parametrize("zone", ["localtime", "Factory", "EST5EDT", "Etc/GMT+12"])
def test_a_zone_the_form_refuses_is_refused(
    opened_paths: DataPaths, tmp_path: Path, zone: str
) -> None:
    assert _refusals(opened_paths, tmp_path, zone=zone) == [
        f"  - interview row 1, zone: '{zone}' {NO_PLACE}"
    ]


def test_a_zone_written_otherwise_than_the_form_writes_it_is_refused(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """Re-saved, "Etc/UTC" would become "UTC": the import takes what the form keeps."""
    assert _refusals(opened_paths, tmp_path, zone="Etc/UTC") == [
        "  - interview row 1, zone: 'Etc/UTC' would be saved as 'UTC' by the interview form"
    ]


@pytest.mark.parametrize(
    ("starts_at", "why"),
    [
        ("9999-12-31 10:00:00", "Date: pick a day within ten years of today."),
        ("1969-12-31 23:00:00", "Date: pick a day from 1970 on."),
    ],
)
def test_a_start_the_app_can_never_have_kept_is_refused(
    opened_paths: DataPaths, tmp_path: Path, starts_at: str, why: str
) -> None:
    refused = _refusals(opened_paths, tmp_path, starts_at=starts_at, zone="UTC")
    assert refused == [f"  - interview row 1, starts_at: {why}"]


def test_a_start_between_minutes_is_refused(opened_paths: DataPaths, tmp_path: Path) -> None:
    refused = _refusals(opened_paths, tmp_path, starts_at="2026-03-20 14:30:15", zone="UTC")
    assert refused == [
        "  - interview row 1, starts_at: an interview starts on a whole minute; the interview "
        "form would save 2026-03-20 14:30:00 (UTC)"
    ]


def test_a_link_with_a_space_before_it_is_refused(opened_paths: DataPaths, tmp_path: Path) -> None:
    refused = _refusals(opened_paths, tmp_path, link=" https://meet.example/abc")
    assert refused == [
        "  - interview row 1, link: ' https://meet.example/abc' would be saved as "
        "'https://meet.example/abc' by the interview form"
    ]


def test_an_interview_of_2015_imports(opened_paths: DataPaths, tmp_path: Path) -> None:
    """Ten years and more ago: the person's history, kept (the store's own rows held it)."""
    starts = {"starts_at": "2015-06-01 09:00:00", "zone": "Europe/London"}
    assert _refusals(opened_paths, tmp_path, **starts) == []


async def test_an_interview_of_2015_is_saved_again_unchanged_from_its_edit_form(
    seeded: tuple[DataPaths, dict[str, int]],
) -> None:
    """Its edit form, saved as it opened: "Date: pick a day within ten years of today." before."""
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.kit.form import FormScreen
    from tests.ui_harness import settle

    paths, ids = seeded
    with sqlite3.connect(paths.database) as conn:
        conn.execute("DELETE FROM interview WHERE application_id != ?", (ids["initech"],))
        conn.execute("UPDATE interview SET starts_at = '2015-06-01 08:00:00.000000'")
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await pilot.press("N")  # her one interview: what to do with it
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.values()["day"] == "2015-06-01"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    with sqlite3.connect(paths.database) as conn:
        kept = conn.execute("SELECT starts_at, zone, version FROM interview").fetchall()
    assert kept == [("2015-06-01 08:00:00.000000", "Europe/London", 2)]


@pytest.fixture
def seeded(opened_paths: DataPaths) -> tuple[DataPaths, dict[str, int]]:
    from tests.test_people_pane import _seed

    return opened_paths, _seed(opened_paths)
