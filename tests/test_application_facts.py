"""The facts What's working compares (issue 20), entered and seen in the Pipeline.

Company size, the posting's date, and whether a cover letter or a tailored resume went with
the application are stored since schema v3, compared by `insights`, and carried through an
edit; before this test the application form had no field for any of them, so a person could
not set them in the app at all and those comparisons stayed "too few to tell" for ever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.built_stores import store_once
from tests.pipeline_fixtures import rows, small_pipeline
from tests.written_over import another_program_writes

FACTS = (
    "SELECT company_size, posted_on, cover_letter, tailored_resume FROM application WHERE id = ?"
)


@pytest.fixture
def ids(opened_paths: DataPaths) -> dict[str, int]:
    return store_once(opened_paths, small_pipeline)


@asynccontextmanager
async def editing(paths: DataPaths, app_id: int) -> AsyncIterator[tuple[Any, Any, PipelinePane]]:
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        assert pane.select_item(app_id)
        await pilot.pause()
        await pilot.press("e")
        # The form mounts its later fields just after its first paint.
        await pilot.pause()
        await pilot.pause()
        yield app, pilot, pane


def field(app: Any, name: str) -> Any:
    return app.screen.query_one(f"#field-{name}")


def detail_text(app: Any) -> str:
    return str(app.query_one("#pipeline-detail-body", Static).render())


async def test_the_form_sets_the_four_facts_and_the_detail_shows_them(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    app_id = ids["Northwind Analytics"]  # applied 2026-02-16
    assert rows(opened_paths.database, FACTS, app_id) == [(None, None, None, None)]
    async with editing(opened_paths, app_id) as (app, pilot, _pane):
        field(app, "company_size").value = "51-250"
        field(app, "posted_on").value = "2026-02-10"
        field(app, "cover_letter").value = "yes"
        field(app, "tailored_resume").value = "no"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        text = detail_text(app)
        assert "51-250 people" in text
        assert "2026-02-10" in text and "6 days before applying" in text
        assert "a cover letter · the usual resume" in text
    assert rows(opened_paths.database, FACTS, app_id) == [("51-250", "2026-02-10", 1, 0)]


async def test_the_edit_form_shows_what_is_stored_and_refuses_a_posting_after_applying(
    opened_paths: DataPaths, ids: dict[str, int]
) -> None:
    app_id = ids["Northwind Analytics"]
    another_program_writes(
        opened_paths,
        "UPDATE application SET company_size = '1000+', posted_on = '2026-02-01', "
        "cover_letter = 0, tailored_resume = 1 WHERE id = ?",
        (app_id,),
    )
    async with editing(opened_paths, app_id) as (app, pilot, _pane):
        assert field(app, "company_size").value == "1000+"
        assert field(app, "posted_on").value == "2026-02-01"
        assert field(app, "cover_letter").value == "no"
        assert field(app, "tailored_resume").value == "yes"
        field(app, "posted_on").value = "2026-03-01"  # after the date applied
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        error = str(app.screen.query_one("#error-posted_on", Static).render())
        assert "after the date applied" in error
        await pilot.press("escape", "y")
        await pilot.pause()
    assert rows(opened_paths.database, FACTS, app_id) == [("1000+", "2026-02-01", 0, 1)]
