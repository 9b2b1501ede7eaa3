"""Command-line output never sends stored text to the terminal raw; files keep it exactly.

A store edited by hand (or filled by an older export, or a job board's answer) can hold an
OSC 52 sequence (it writes the clipboard), CSI 2J (it clears the screen), an OSC 8 link or a
bidi override. Whatever a command prints shows each such character as U+FFFD; JSON carries
it as a ``\\uXXXX`` escape (the same data for any reader). A CSV or Markdown file written with
``-o PATH`` keeps the text exactly as stored (docs/privacy.md).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.text import PLACEHOLDER, is_display_safe
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.boards import follow_board_spec
from bounceback_tui.store.database import Database
from tests.recovery_fixtures import add_rejection
from tests.written_over import another_program_writes

OSC52 = "\x1b]52;c;aGVsbG8=\x07"
HOSTILE = (
    f"Acme {OSC52} \x1b[2J \x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\ \u202eevil \x9b31m"
)


@pytest.fixture
def hostile_store(opened_paths: DataPaths) -> DataPaths:
    """An application, a rejection (so Today lists a step for it) and a followed board whose
    texts were replaced by hand with escape sequences."""
    db = Database(opened_paths.database)
    try:
        app = add_application(db, ApplicationInput(company="Acme", role="Engineer"))
        add_rejection(db, "Acme", "Engineer", date(2026, 3, 15))
        follow_board_spec(db, "lever:acme", "Acme")
    finally:
        db.dispose()
    another_program_writes(
        opened_paths,
        "UPDATE application SET company = ?, notes = ? WHERE id = ?",
        (HOSTILE, HOSTILE, app.id),
    )
    another_program_writes(opened_paths, "UPDATE rejection SET company = ?", (HOSTILE,))
    another_program_writes(
        opened_paths, "UPDATE followed_board SET company = ?, last_error = ?", (HOSTILE, HOSTILE)
    )
    return opened_paths


def _printed(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    captured = capsys.readouterr()
    return captured.out, captured.err


def _assert_safe(text: str) -> None:
    for number, line in enumerate(text.splitlines()):
        assert is_display_safe(line), f"line {number} would reach the terminal raw: {line!r}"


def test_today_prints_the_text_neutralised(
    hostile_store: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["today"]) == 0
    out, _ = _printed(capsys)
    _assert_safe(out)
    assert f"Acme {PLACEHOLDER}]52;c;aGVsbG8={PLACEHOLDER}" in out  # shown, not obeyed


def test_today_json_keeps_the_data_as_escapes(
    hostile_store: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["today", "--json"]) == 0
    out, _ = _printed(capsys)
    _assert_safe(out)
    titles = [item["title"] for item in json.loads(out)["due"]]
    assert any(HOSTILE in title for title in titles), titles  # nothing lost


def test_export_csv_to_the_terminal_is_neutralised(
    hostile_store: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "csv", "-o", "-"]) == 0
    out, _ = _printed(capsys)
    _assert_safe(out)
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["Company"].startswith(f"Acme {PLACEHOLDER}]52;")


def test_export_markdown_to_the_terminal_is_neutralised(
    hostile_store: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "markdown", "--from", "all", "-o", "-"]) == 0
    out, _ = _printed(capsys)
    _assert_safe(out)
    assert f"Acme {PLACEHOLDER}" in out


def test_export_json_is_safe_to_print_and_loses_nothing(
    hostile_store: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "json", "-o", "-"]) == 0
    out, _ = _printed(capsys)
    _assert_safe(out)
    (printed,) = json.loads(out)["tables"]["application"]
    assert printed["company"] == HOSTILE
    target = tmp_path / "all.json"
    assert main(["export", "--format", "json", "-o", str(target)]) == 0
    saved = target.read_text(encoding="utf-8")
    _assert_safe(saved)  # `cat all.json` is harmless too
    assert json.loads(saved)["tables"]["application"][0]["notes"] == HOSTILE


def test_export_csv_to_a_file_keeps_the_text_exactly(
    hostile_store: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "apps.csv"
    assert main(["export", "--format", "csv", "-o", str(target)]) == 0
    out, _ = _printed(capsys)
    _assert_safe(out)
    with target.open(newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["Company"] == HOSTILE and row["Notes"] == HOSTILE


def test_board_listings_are_neutralised(
    hostile_store: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["boards", "list"]) == 0
    out, _ = _printed(capsys)
    _assert_safe(out)
    assert f"{PLACEHOLDER}[2J" in out
    assert main(["boards", "list", "--json"]) == 0
    out, _ = _printed(capsys)
    _assert_safe(out)
    assert json.loads(out)[0]["company"] == HOSTILE
    assert main(["boards", "unfollow", "lever:acme"]) == 0
    out, _ = _printed(capsys)
    _assert_safe(out)
    assert out.startswith("No longer following Acme")


def test_an_error_naming_hostile_text_is_neutralised(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / f"export {OSC52}.json"
    assert main(["import", str(missing)]) == 1
    _, err = _printed(capsys)
    _assert_safe(err)
    assert err.startswith("bounceback-tui: There is no file at ")


def test_a_fetched_posting_is_printed_neutralised(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.importers_fixtures import HTML, Route, serve_postings

    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": f"Backend {OSC52} Engineer",
        "hiringOrganization": {"name": "Evil \x1b[2J \u202eCo"},
        "description": "<p>Build \x1b]8;;http://evil.example/\x1b\\things\x1b]8;;\x1b\\</p>",
    }
    page = f'<script type="application/ld+json">{json.dumps(posting)}</script>'
    for server in serve_postings(monkeypatch):
        server.routes["/jobs/evil"] = Route(page.encode(), HTML)
        assert main(["fetch-posting", server.url("/jobs/evil")]) == 0
        out, _ = _printed(capsys)
        _assert_safe(out)
        assert out.startswith("Backend ")
        assert main(["fetch-posting", "--json", server.url("/jobs/evil")]) == 0
        out, _ = _printed(capsys)
        _assert_safe(out)
        assert json.loads(out)["title"].startswith("Backend ")


def _calendar_store(paths: DataPaths) -> None:
    """The hostile application with a follow-up tomorrow and an interview the day after,
    whose place and preparation notes are hostile too."""
    from bounceback_tui import clock

    tomorrow = clock.today().toordinal() + 1
    day = date.fromordinal(tomorrow).isoformat()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE application SET next_follow_up = ?", (day,))
        conn.execute(
            "INSERT INTO interview (application_id, kind, starts_at, zone, place, prep_notes, "
            "created_at, updated_at) SELECT id, 'onsite', ?, 'Europe/Zurich', ?, ?, ?, ? "
            "FROM application",
            (f"{date.fromordinal(tomorrow + 1)} 09:00:00", HOSTILE, HOSTILE, day, day),
        )


def test_the_calendar_printed_is_neutralised(
    hostile_store: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _calendar_store(hostile_store)
    assert main(["calendar", "-o", "-"]) == 0
    out, _ = _printed(capsys)
    _assert_safe(out)
    assert "Follow up: Acme \ufffd]52" in out


def test_the_calendar_file_holds_no_control_character(
    hostile_store: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """RFC 5545 allows no control character in a TEXT value, and a calendar shows the file's
    text to the person: every text goes in as display_text shows it."""
    from icalendar import Calendar

    _calendar_store(hostile_store)
    target = tmp_path / "mine.ics"
    assert main(["calendar", "-o", str(target)]) == 0
    _printed(capsys)
    raw = target.read_text(encoding="utf-8")
    _assert_safe(raw)
    events = Calendar.from_ical(raw).walk("VEVENT")
    texts = [
        str(event[name])
        for event in events
        for name in ("SUMMARY", "DESCRIPTION", "LOCATION")
        if name in event
    ]
    assert texts
    for text in texts:
        assert is_display_safe(text), text
    assert any(text.startswith(f"Acme {PLACEHOLDER}]52;") for text in texts)  # place, shown
