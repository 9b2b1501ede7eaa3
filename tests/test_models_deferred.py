"""The table classes build their pydantic validator and serializer when one is first used,
not when the class is made (``store/models/base.StoredTable``; docs/performance.md,
"Memory, mem10's round"), and what uses them still works."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from bounceback_tui.errors import ConflictError
from bounceback_tui.store.cas import checked
from bounceback_tui.store.database import Database
from tests.pipeline_fixtures import add

_AT_IMPORT = """
import json
from sqlmodel import SQLModel
import bounceback_tui.store.models  # every table

found = [mapper.class_ for mapper in SQLModel._sa_registry.mappers]
print(json.dumps({
    "tables": sorted(SQLModel.metadata.tables),
    "classes": sorted(c.__table__.name for c in found),
    "built": sorted(c.__name__ for c in found if c.__pydantic_complete__),
}))
"""


def test_no_table_class_builds_its_validator_at_import() -> None:
    # A fresh interpreter: in this one another test may already have used a class.
    result = subprocess.run(
        [sys.executable, "-c", _AT_IMPORT], capture_output=True, text=True, check=True
    )
    seen = json.loads(result.stdout)
    assert seen["classes"] == seen["tables"]
    assert len(seen["tables"]) > 20
    assert seen["built"] == []


def test_a_conflict_still_says_what_the_row_is_now(db: Database) -> None:
    from bounceback_tui.services import applications as apps
    from bounceback_tui.store.models import Application

    app_id = add(db, "Acme", "Platform engineer")
    apps.set_follow_up(db, app_id, date(2026, 3, 20))
    with pytest.raises(ConflictError) as raised, db.write() as session:
        checked(session, Application, app_id, 1, gone="gone", changed="changed")
    current = raised.value.current
    assert current is not None
    assert current["company"] == "Acme"
    assert current["role"] == "Platform engineer"
    assert current["next_follow_up"] == date(2026, 3, 20)
    assert current["version"] == raised.value.current_version
    assert current["version"] != 1


def test_every_table_class_still_serializes_when_first_asked() -> None:
    from sqlmodel import SQLModel

    import bounceback_tui.store.models  # noqa: F401  (every table)

    for mapper in SQLModel._sa_registry.mappers:
        cls = mapper.class_
        row = cls.model_construct(**{"version": 7} if "version" in cls.model_fields else {})
        dumped = row.model_dump()
        # Made without its required values, a row dumps those it has: every column it names is one.
        assert set(dumped) <= set(cls.model_fields), cls.__name__
        assert "version" not in dumped or dumped["version"] == 7
