"""A crash log keeps the error and where it happened, never what the person typed.

A tester's walk: SQLAlchemy put the values bound to a failing statement into its error's text
("[parameters: ('Private Co', 'Secret role', ...)]"), and the crash log kept them, against
docs/privacy.md. The store's engines hide them, and the crash log cuts any that come through.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bounceback_tui.commands.failures import report_crash
from bounceback_tui.paths import DataPaths, state_dir
from bounceback_tui.store.database import Database

TYPED = ("Private Co", "Secret role")
# stage NULL: refused inside SQLite (NOT NULL), with the person's words bound beside it.
FAILING = text(
    "INSERT INTO application (company, role, stage, created_at, updated_at) "
    "VALUES (:company, :role, NULL, '2026-03-16 09:00:00', '2026-03-16 09:00:00')"
)


def _failed_write(engine: Engine) -> Exception:
    with pytest.raises(sqlalchemy.exc.IntegrityError) as caught, engine.begin() as conn:
        conn.execute(FAILING, {"company": TYPED[0], "role": TYPED[1]})
    return caught.value


def _crash_log_of(exc: Exception, capsys: pytest.CaptureFixture[str]) -> str:
    report_crash(exc)
    said = capsys.readouterr().err
    (log,) = sorted(state_dir().glob("crash-*.log"))
    written = log.read_text(encoding="utf-8")
    assert "IntegrityError" in written and "NOT NULL constraint failed" in written
    return said + written


def test_the_stores_engine_keeps_typed_values_out_of_a_crash_log(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    database = Database(opened_paths.database)
    try:
        exc = _failed_write(database.engine)
    finally:
        database.dispose()
    assert not any(word in str(exc) for word in TYPED)
    logged = _crash_log_of(exc, capsys)
    assert not any(word in logged for word in TYPED)


def test_values_from_any_engine_are_cut_from_the_crash_log(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{Path(opened_paths.database)}")
    try:
        exc = _failed_write(engine)
    finally:
        engine.dispose()
    assert TYPED[0] in str(exc)  # this engine shows them: the log must not
    logged = _crash_log_of(exc, capsys)
    assert not any(word in logged for word in TYPED)
