"""Every key the shown pane offers is in the command palette by what its key bar and `?` call
it, its key named as bound, and choosing it does what the key does. A power user who drives
everything from the palette found nothing for "stage", "next stage", "filter", "open link"
and "new person" on the Pipeline, "tick" and "skip" on Recovery, "add a person" on People;
"sort" offered only "Show keys", and "board view" no view switch. The keys are read from the
panes' bindings here, so a key added later without a palette entry fails."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette

from bounceback_tui import clock
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.commands import ActionsProvider
from bounceback_tui.ui.kit.pane import Pane
from bounceback_tui.ui.pane_keys import PANE_GROUPS
from bounceback_tui.ui.panes import PANES
from tests.palette_fixtures_ui import search, settle
from tests.people_fixtures import seed_people
from tests.pipeline_fixtures import add
from tests.recovery_fixtures import add_rejection
from tests.reframe_fixtures import add_record


def _store(db: Database) -> dict[str, int]:
    from bounceback_tui.domain.stages import Stage

    ana = {"name": "Ana Lee", "kind": "recruiter", "link": "https://example.com/ana"}
    ids = seed_people(db, reached=Stage.INTERVIEWING, people={"ana": (ana, ("acme",))})
    add(db, "Globex", "Analyst", link="https://example.com/job")
    ids["rejection"] = add_rejection(db, "Umbrella", "Tester")
    add_skill(
        db, validate_skill({"title": "SQL window functions", "kind": "technical"}, clock.today())
    )
    add_record(db, "I will never get a job.")
    return ids


async def _open(app: BouncebackApp, pilot, pane_id: str) -> Pane:  # type: ignore[no-untyped-def]
    pane = await app.go_to(pane_id)
    await settle(app, pilot)
    return pane


def _pane_keys(app: BouncebackApp, pane: Pane, pane_id: str) -> list[tuple[str, set[str]]]:
    """(what the bar calls it, its keys as bound) for each key of the pane the bar shows or
    `?` lists, but its moves in a list (`?`'s "Moving")."""
    helped = {entry for group in PANE_GROUPS[pane_id] for entry, _text in group.entries}
    moves = {
        entry
        for group in PANE_GROUPS[pane_id]
        if group.title == "Moving"
        for entry, _text in group.entries
    }
    found: dict[tuple[int, str], tuple[str, set[str]]] = {}
    for active in app.screen.active_bindings.values():
        binding, node = active.binding, active.node
        if node is not pane and pane not in node.ancestors:
            continue
        if not binding.description or binding.id in moves:
            continue
        if not (binding.show or binding.id in helped):
            continue
        _words, keys = found.setdefault(
            (id(node), binding.id or binding.action), (binding.description, set())
        )
        keys.add(app.get_key_display(binding))
    return list(found.values())


async def _hits(app: BouncebackApp, query: str) -> list[str]:
    provider = ActionsProvider(app.screen)
    await provider.startup()
    return [f"{hit.text} | {hit.help}" async for hit in provider.search(query)]


@pytest.mark.parametrize("pane_id", [spec.id for spec in PANES])
async def test_each_key_of_the_pane_is_found_by_its_words(
    opened_paths: DataPaths, db: Database, pane_id: str
) -> None:
    _store(db)
    app = BouncebackApp(opened_paths)
    where = {"pipeline": "the Pipeline"}.get(
        pane_id, next(s.title for s in PANES if s.id == pane_id)
    )
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await _open(app, pilot, pane_id)
        keys = _pane_keys(app, pane, pane_id)
        assert keys, "the pane offers keys"
        missing = []
        for words, bound in keys:
            hits = await _hits(app, words)
            named = {f"key {key} on {where}" for key in bound}
            if not any(name in hit for hit in hits for name in named):
                missing.append(f"{words} ({'/'.join(sorted(bound))})")
    assert missing == []


async def _choose(app: BouncebackApp, pilot, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    found = await search(app, pilot, query)
    await pilot.press("enter")
    await settle(app, pilot)
    assert not isinstance(app.screen, CommandPalette)
    return found


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("stage", "Stage back"),
        ("next stage", "Stage on"),
        ("filter", "Filter"),
        ("open link", "Open link"),
        ("board view", "View"),
        ("sort", "Sort by next column"),
        ("new person", "Add a person"),
    ],
)
async def test_the_pipelines_words_find_its_keys(
    opened_paths: DataPaths, db: Database, query: str, first: str
) -> None:
    _store(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "pipeline")
        found = await search(app, pilot, query)
    assert found and found[0].split(" | ")[0] == first, found[:3]


async def test_next_stage_moves_the_application_as_its_key_does(
    opened_paths: DataPaths, db: Database
) -> None:
    _store(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await _open(app, pilot, "pipeline")
        focused = app.focused
        before = pane.selected_row  # type: ignore[attr-defined]
        await _choose(app, pilot, "next stage")
        after = pane.selected_row  # type: ignore[attr-defined]
        assert after.id == before.id
        assert after.stage != before.stage
        assert app.focused is focused


async def test_tick_on_recovery_ticks_the_step_as_space_does(
    opened_paths: DataPaths, db: Database
) -> None:
    _store(db)
    before = _ticked(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "recovery")
        await pilot.press("enter")  # the plan's steps
        await settle(app, pilot)
        focused = app.focused
        await _choose(app, pilot, "tick")
        assert app.focused is focused
    assert _ticked(db) == before + 1


def _ticked(db: Database) -> int:
    """How many steps of every plan are ticked."""
    from sqlmodel import select

    from bounceback_tui.store.models.recovery import RecoveryStep

    with db.read() as session:
        return sum(1 for step in session.exec(select(RecoveryStep)) if step.done_at is not None)


async def test_add_a_person_on_people_opens_the_form(opened_paths: DataPaths, db: Database) -> None:
    from bounceback_tui.ui.kit.form import FormScreen

    _store(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "people")
        await _choose(app, pilot, "add a person")
        assert isinstance(app.screen, FormScreen)
