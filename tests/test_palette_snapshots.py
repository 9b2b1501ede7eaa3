"""How the palette looks with mixed results: records of every kind and an action, ranked
together (pytest-textual-snapshot; update with --snapshot-update and review the SVG)."""

from __future__ import annotations

from bounceback_tui import clock
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.palette_fixtures import build_store
from tests.palette_fixtures_ui import search
from tests.reframe_fixtures import add_record


def test_mixed_results(snap_compare, opened_paths: DataPaths, db: Database) -> None:  # type: ignore[no-untyped-def]
    store_once(db, build_store)
    add_record(db, "I always go blank on data questions.")
    add_skill(
        db,
        validate_skill(
            {"title": "Data modelling with SQL", "kind": "technical", "why": ""}, clock.today()
        ),
    )

    async def type_query(pilot) -> None:  # type: ignore[no-untyped-def]
        await search(pilot.app, pilot, "data")

    assert snap_compare(BouncebackApp(opened_paths), run_before=type_query, terminal_size=(100, 30))
