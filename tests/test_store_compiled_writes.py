"""A store handle let go of leaves nothing of its engine in the ORM's caches.

SQLAlchemy keeps the ORM's compiled INSERT, UPDATE and DELETE statements on each table's
mapper, keyed by the engine's dialect, up to 150 of them; every handle disposed (the demo
store left, a calendar export, another window's write in the random walk) stayed alive
there with what it compiled (store/compiled_writes.py; docs/performance.md, "After the
twenty-third round: the long walk").
"""

from __future__ import annotations

import gc
import weakref

from sqlmodel import SQLModel

from bounceback_tui import clock
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application, list_applications
from bounceback_tui.store.database import Database


def _add(db: Database, company: str) -> None:
    add_application(
        db,
        validate_application(
            {"company": company, "role": "Analyst", "stage": "applied"}, clock.today()
        ),
    )


def _statements_for(dialect: object) -> int:
    """The entries of every mapper's cache of compiled writes made for ``dialect``."""
    count = 0
    for mapper in SQLModel._sa_registry.mappers:
        cache = mapper.__dict__.get("_compiled_cache")
        if cache is not None:
            count += sum(1 for key in list(cache) if key[0] is dialect)
    return count


def test_six_handles_disposed_after_a_write_are_all_let_go(opened_paths: DataPaths) -> None:
    dialects = []
    for number in range(6):
        db = Database(opened_paths.database)
        _add(db, f"Firm {number}")
        dialects.append(weakref.ref(db.engine.dialect))
        db.dispose()
        del db
    gc.collect()

    assert [ref for ref in dialects if ref() is not None] == []
    # The six writes are in the store.
    reader = Database(opened_paths.database)
    try:
        companies = sorted(row.company for row in list_applications(reader))
    finally:
        reader.dispose()
    assert companies == ["Firm 0", "Firm 1", "Firm 2", "Firm 3", "Firm 4", "Firm 5"]


def test_a_handle_in_use_keeps_its_statements_when_another_is_disposed(
    opened_paths: DataPaths,
) -> None:
    kept = Database(opened_paths.database)
    try:
        _add(kept, "Kept Ltd")
        kept_statements = _statements_for(kept.engine.dialect)
        other = Database(opened_paths.database)
        _add(other, "Other Ltd")
        other_dialect = other.engine.dialect
        assert _statements_for(other_dialect) > 0
        other.dispose()

        assert _statements_for(other_dialect) == 0
        assert kept_statements > 0
        assert _statements_for(kept.engine.dialect) == kept_statements
        _add(kept, "Kept Again Ltd")  # it still writes
    finally:
        kept.dispose()


def test_a_handle_reopened_lets_go_of_its_old_engines_statements(
    opened_paths: DataPaths,
) -> None:
    # Its old pool stays until the handle is disposed (a connection in use goes back
    # there), and the dialect with it; what the old engine compiled goes at once.
    db = Database(opened_paths.database)
    try:
        _add(db, "Before Ltd")
        old = db.engine.dialect
        assert _statements_for(old) > 0
        db.reopen()
        _add(db, "After Ltd")

        assert _statements_for(old) == 0
        assert sorted(row.company for row in list_applications(db)) == ["After Ltd", "Before Ltd"]
    finally:
        db.dispose()
