"""A lone carriage return in the calendar file is the app's line break, not "�".

An old Mac line end (a lone "\\r", kept by the CSV import) in a company, a role, a place or
an interview's preparation notes went into `calendar`'s file as U+FFFD ("Lumen�Health"),
where the app shows a line break in a note and a space in a name (``domain/text.line_breaks``).
In the file a DESCRIPTION holds lines (a line break is written "\\n", escaped as RFC 5545
asks), while a SUMMARY and a LOCATION are one line: the break is a space there. Every other
control character is still U+FFFD, never raw.
"""

from __future__ import annotations

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.written_over import another_program_writes

REPLACEMENT = "\ufffd"


def _stored_with_carriage_returns(paths: DataPaths) -> None:
    """An application with a follow-up and an interview, then their text as an old Mac file's
    import would have left it."""
    db = Database(paths.database)
    try:
        app = add_application(db, ApplicationInput(company="Lumen", role="Analyst"))
        assert app.id is not None
        data = validate_interview(
            {"kind": "onsite", "day": "2026-03-18", "at": "10:00", "zone": "Europe/London"},
            FIXED_TODAY,
        )
        interviews.add_interview(db, app.id, data)
    finally:
        db.dispose()
    another_program_writes(
        paths,
        "UPDATE application SET company = ?, role = ?, next_follow_up = '2026-03-19'",
        ("Lumen\rHealth", "Data\r\nAnalyst"),
    )
    another_program_writes(
        paths,
        "UPDATE interview SET place = ?, prep_notes = ?",
        ("Floor 2\rRoom 4", "Read their blog\rAsk about the team\x1b[2J"),
    )


def _ics(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--data-dir", str(paths.data_dir), "calendar", "-o", "-", "--days", "7"]) == 0
    raw = capsys.readouterr().out
    assert "\r" not in raw.replace("\r\n", ""), repr(raw)  # only the file's own line ends
    # RFC 5545 folds lines longer than 75 octets: a CRLF and a space carry one on.
    return raw.replace("\r\n ", "").replace("\r\n", "\n")


def test_a_lone_carriage_return_is_a_line_break_in_a_description_and_a_space_in_a_summary(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _stored_with_carriage_returns(opened_paths)
    ics = _ics(opened_paths, capsys)
    assert "SUMMARY:Follow up: Lumen Health (Data Analyst)\n" in ics, ics
    assert "SUMMARY:Onsite: Lumen Health (Data Analyst)\n" in ics, ics
    assert "LOCATION:Floor 2 Room 4\n" in ics, ics
    # A name inside the description's sentence is one line too; the notes keep their lines.
    assert "DESCRIPTION:Onsite for Data Analyst at Lumen Health.\\n" in ics, ics
    assert f"Read their blog\\nAsk about the team{REPLACEMENT}[2J" in ics, ics
    assert ics.count(REPLACEMENT) == 1, ics  # the escape sequence's, and only it
