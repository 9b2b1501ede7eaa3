"""Jump anywhere with the keyboard: ctrl+p, a few letters, Enter, and the record is open in
its pane, selected."""

from __future__ import annotations

import asyncio

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.palette_fixtures import Records, build_store
from tests.palette_fixtures_ui import choose, messages, search, settle, shown
from tests.pipeline_fixtures import add

SIZE = (100, 30)


@pytest.fixture
def records(db: Database) -> Records:
    return store_once(db, build_store)


async def test_the_results_are_labelled_by_kind(records: Records, opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        results = await search(app, pilot, "nrthwind")
    assert results == [
        "Application · Northwind Analytics (Data Analyst) | Applied 20 Feb",
        "Rejection · Northwind Analytics (Data Analyst) | No on 12 Mar · plan in progress",
    ]


async def test_an_application_opens_selected_in_the_pipeline(
    records: Records, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await choose(app, pilot, "gogle")
        pane = app.current_pane
        assert pane.id == "pipeline"
        assert pane.selected_row is not None  # type: ignore[attr-defined]
        assert pane.selected_row.id == records.google  # type: ignore[attr-defined]
        assert app.focused is not None and pane in app.focused.ancestors_with_self


async def test_a_rejection_opens_its_plan_in_recovery(
    records: Records, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await choose(app, pilot, "nrthwind", down=1)
        pane = app.current_pane
        assert pane.id == "recovery"
        assert pane.table.selected_key == records.northwind_no  # type: ignore[attr-defined]
        assert pane.plan_view.display  # type: ignore[attr-defined]


async def test_a_thought_record_opens_its_summary_in_reframe(
    records: Records, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await choose(app, pilot, "never hired")
        pane = app.current_pane
        assert pane.id == "reframe"
        assert pane.mode == "summary"  # type: ignore[attr-defined]
        assert pane.table.selected_key == str(records.thought)  # type: ignore[attr-defined]


async def test_a_skill_opens_selected_in_skills(records: Records, opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await choose(app, pilot, "systm desgn")
        pane = app.current_pane
        assert pane.id == "skills"
        assert pane.selected is not None  # type: ignore[attr-defined]
        assert pane.selected.id == records.skill  # type: ignore[attr-defined]


async def test_a_filter_hiding_the_record_is_cleared(
    records: Records, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "slash", *"globex", "enter")
        await pilot.pause()
        await choose(app, pilot, "gogle")
        pane = app.current_pane
        assert pane.selected_row.id == records.google  # type: ignore[attr-defined]
        assert pane.filter_input.value == ""  # type: ignore[attr-defined]


async def test_a_record_deleted_meanwhile_is_reported(
    records: Records, db: Database, opened_paths: DataPaths
) -> None:
    from bounceback_tui.services.application_delete import delete_application

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "gogle")
        # Deleted from another window while the palette is open.
        delete_application(db, records.google)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.current_pane.id == "pipeline"
        assert "That item is no longer there." in messages(app)


async def test_text_that_looks_like_markup_shows_as_typed(
    db: Database, opened_paths: DataPaths
) -> None:
    add(db, "[b]Acme[/b] & Co", "Engineer [red]", location="[i]Remote")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        results = await search(app, pilot, "acme")
    assert results == [
        "Application · [b]Acme[/b] & Co (Engineer [red]) | Applied 16 Mar · [i]Remote"
    ]


async def test_odd_unicode_is_found_and_shown(db: Database, opened_paths: DataPaths) -> None:
    add(db, "Zürich Systems 🚀", "مهندس بيانات")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        assert await search(app, pilot, "zurich") == [
            "Application · Zürich Systems 🚀 (مهندس بيانات) | Applied 16 Mar"
        ]
        await pilot.press("escape")
        await pilot.pause()
        assert len(await search(app, pilot, "بيانات")) == 1


async def test_over_a_dialog_records_are_not_offered(
    records: Records, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        results = await search(app, pilot, "gogle")
    assert not any(line.startswith("Application") for line in results)


async def test_typing_before_the_index_is_ready_still_finds(
    records: Records, opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys typed while a big store is still being read cancel the searches they replace;
    that must not cancel the reading itself."""
    import time

    from textual.command import CommandInput

    from bounceback_tui.services.search import INDEXES

    real_index = INDEXES.index

    def slow_index(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.4)  # like reading 10,000 applications on a slow machine
        return real_index(*args, **kwargs)

    monkeypatch.setattr(INDEXES, "index", slow_index)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        box = app.screen.query_one(CommandInput)
        for end in range(1, len("nrthwind") + 1):
            box.value = "nrthwind"[:end]
            await asyncio.sleep(0.02)
        await settle(app, pilot)
        assert shown(app)[:2] == [
            "Application · Northwind Analytics (Data Analyst) | Applied 20 Feb",
            "Rejection · Northwind Analytics (Data Analyst) | No on 12 Mar · plan in progress",
        ]
