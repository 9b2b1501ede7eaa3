"""A zero-width joiner or non-joiner typed into a filter or the palette is not asked of a row.

The matcher asked each symbol typed among the words to be in the row as typed ("c++"), and
took a joiner for one: "acme" with a non-joiner after it found nothing though "Acme" was
there, and a Persian word typed with its non-joiner ("می‌خواهم": the non-joiner keeps the ی
from joining the خ) did not find the same word written without it, as it often is. Joiners
are now left out of the query and of the row's text alike, as accents are, in the one
normalisation the matcher uses (``domain/fuzzy_text.fold``); the row keeps them as written. The
keys are typed as a terminal sends them (tests/test_joiners_typed_as_keys.py).
"""

from __future__ import annotations

from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.palette_fixtures_ui import search
from tests.pipeline_fixtures import add
from tests.test_joiners_typed_as_keys import type_keys
from tests.ui_harness import settle

ZWJ, ZWNJ = "\u200d", "\u200c"
WITH_JOINER = f"می{ZWNJ}خواهم"
WITHOUT_JOINER = "میخواهم"


def _store(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        add(db, "Acme", "Data Analyst")
        add(db, "Globex", "Data Analyst")
        add(db, WITHOUT_JOINER, "Engineer")  # written without its non-joiner
        add(db, "Northwind", f"{WITH_JOINER} Designer")  # and with it
    finally:
        db.dispose()


async def _filtered(app: BouncebackApp, pilot: object, pane: PipelinePane, text: str) -> list[str]:
    """The Pipeline's rows (company and role) after ``text`` is typed into a new filter."""
    pane.filter_input.value = ""
    await settle(pilot)
    await type_keys(pilot, text)
    await app.workers.wait_for_complete()
    await settle(pilot)
    assert pane.filter_input.value == text  # the box holds what was typed, joiners too
    return sorted(f"{row.company} · {row.role}" for row in pane.visible_rows)


async def test_a_joiner_typed_in_the_pipelines_filter_is_not_asked_of_the_rows(
    opened_paths: DataPaths,
) -> None:
    _store(opened_paths)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        pane = app.query_one(PipelinePane)
        await pilot.press("/")
        await settle(pilot)
        assert app.focused is pane.filter_input
        assert await _filtered(app, pilot, pane, f"acme{ZWNJ}") == ["Acme · Data Analyst"]
        assert await _filtered(app, pilot, pane, f"acme{ZWJ}") == ["Acme · Data Analyst"]
        persian = [f"Northwind · {WITH_JOINER} Designer", f"{WITHOUT_JOINER} · Engineer"]
        # Typed with its non-joiner: the word written without one is found, and with one.
        assert await _filtered(app, pilot, pane, WITH_JOINER) == sorted(persian)
        # Typed without it: the word written with one is found too, and kept as written.
        assert await _filtered(app, pilot, pane, WITHOUT_JOINER) == sorted(persian)
        assert app.focused is pane.filter_input


def test_every_filter_leaves_joiners_out_alike() -> None:
    """The list model every pane's filter is (People, Recovery, Skills...)."""
    model: ListModel[str, str] = ListModel(lambda text: text, lambda text: text)
    model.replace(["Acme", "Globex", WITHOUT_JOINER, f"{WITH_JOINER} Designer"])
    model.set_filter(f"acme{ZWNJ}")
    assert list(model.visible) == ["Acme"]
    model.set_filter(WITH_JOINER)
    assert sorted(model.visible) == sorted([WITHOUT_JOINER, f"{WITH_JOINER} Designer"])
    model.set_filter(ZWNJ)  # a joiner alone asks nothing, as a space alone does
    assert len(model.visible) == 4


async def test_a_joiner_typed_in_the_palette_is_not_asked_of_the_records(
    opened_paths: DataPaths,
) -> None:
    _store(opened_paths)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        found = await search(app, pilot, f"acme{ZWNJ}")
        assert [line.split(" | ")[0] for line in found if "Application" in line] == [
            "Application · Acme (Data Analyst)"
        ]
        await pilot.press("escape")
        await settle(pilot)
        found = await search(app, pilot, WITH_JOINER)
        assert sorted(line.split(" | ")[0] for line in found if "Application" in line) == [
            f"Application · Northwind ({WITH_JOINER} Designer)",
            f"Application · {WITHOUT_JOINER} (Engineer)",
        ]
