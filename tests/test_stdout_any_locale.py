"""Data printed to standard output is UTF-8 whatever the locale says.

A tester ran `LC_ALL=C PYTHONUTF8=0 bounceback-tui export --format csv -o -` on the demo
store: seven lines of CSV came out, then "Something went wrong (UnicodeEncodeError: 'ascii'
codec …) … nothing half-done was kept" at the company "Åsa Design". The JSON and Markdown
exports, the calendar and `today --json` stopped the same way. Here standard output is an
ASCII text stream, as the C locale makes it, and what reaches its bytes is read as UTF-8.
"""

from __future__ import annotations

import io
import sys

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY


class Terminal:
    """Standard output as the C locale makes it (an ASCII text stream), and standard error."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.raw = io.BytesIO()
        self.out = io.TextIOWrapper(self.raw, encoding="ascii")
        self.err = io.StringIO()
        monkeypatch.setattr(sys, "stdout", self.out)
        monkeypatch.setattr(sys, "stderr", self.err)

    def printed(self) -> str:
        self.out.flush()
        return self.raw.getvalue().decode("utf-8")


def _store(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        app = add_application(
            db, ApplicationInput(company="Åsa Design", role="Ingénieur", date_applied=FIXED_TODAY)
        )
        assert app.id is not None
        data = validate_interview(
            {"kind": "phone screen", "day": "2026-03-18", "at": "10:00", "zone": "Europe/London"},
            FIXED_TODAY,
        )
        interviews.add_interview(db, app.id, data)
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "csv", "-o", "-"],
        ["export", "--format", "json", "-o", "-"],
        ["export", "--format", "markdown", "-o", "-", "--from", "all"],
        ["calendar", "-o", "-"],
        ["today", "--json"],
    ],
)
def test_data_on_an_ascii_standard_output_is_utf8(
    opened_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    _store(opened_paths)
    c_locale = Terminal(monkeypatch)  # in the test: pytest sets its own between phases
    code = main([*command, "--data-dir", str(opened_paths.data_dir)])
    said = c_locale.err.getvalue()
    assert code == 0, said
    assert "went wrong" not in said
    assert "Åsa Design" in c_locale.printed()
