"""A pane whose read fails says so where its rows would be, never as an empty list.

A tester's walk: with the store's `contact` table lacking a column (dropped by another
program while the app was open), People said "Nobody here yet … Press a to add someone"
over seven people, and a toast gone in seconds said "The store could not be used (no such
column: c.phone)."; `a` opened the add form over it. A person would believe their people
were deleted. Now People (and Skills, Recovery and Reframe's records, through one mechanism,
kit/read_failed.py) says that they could not be read, why in plain words and what to do;
focus is on that, the pane's keys are refused with a word, and nothing is added over it.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.errors import STORE_BUSY, StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import flat, screen_lines, screen_text
from tests.transfer_fixtures import count, dump_store, fill_every_table
from tests.ui_harness import app_on, keep_toasts, settle_workers


def _drop(paths: DataPaths, statement: str) -> None:
    conn = sqlite3.connect(paths.database)
    conn.execute(statement)
    conn.commit()
    conn.close()


def _key_bar(app: Any) -> str:
    return screen_lines(app)[-1]


def _shown(widget: Any) -> bool:
    return bool(widget.display and widget.region.height > 0)


def _said_in_pane(app: Any) -> str:
    """The text of every widget shown in the current pane, whitespace flattened."""
    pane = app.current_pane
    return flat(
        " ".join(
            str(widget.render())
            for widget in pane.query("*")
            if isinstance(widget, Static) and _shown(widget)
        )
    )


async def test_people_unread_is_said_not_shown_empty(opened_paths: DataPaths) -> None:
    fill_every_table(opened_paths)
    assert count(opened_paths.database, "contact") > 0
    async with app_on(opened_paths, None, notifications=True) as run:
        await settle_workers(run.pilot)
        _drop(opened_paths, "ALTER TABLE contact DROP COLUMN phone")  # another program
        before = dump_store(opened_paths.database)
        said = keep_toasts(run.app)
        await run.pilot.press("6")
        await settle_workers(run.pilot)
        assert "Nobody here yet" not in screen_text(run.app)
        text = _said_in_pane(run.app)
        assert "Your people could not be read" in text
        assert "its table contact lacks the column phone" in text
        assert "no such column" not in text
        assert "`bounceback-tui repair` does not mend that: restore a backup made before it" in (
            text
        )
        assert "This is not an empty list." in text
        assert "reads the store again" in text
        pane = run.app.current_pane
        focused = run.app.focused
        assert focused is not None and focused is not pane and pane in focused.ancestors
        assert focused.display and focused.region.height > 0
        assert "Add" not in _key_bar(run.app)
        await run.pilot.press("a")
        await settle_workers(run.pilot)
        assert not isinstance(run.app.screen, FormScreen)  # nothing added over it
        assert any(
            "Nothing can be added or changed here until your people can be read" in line
            for line in said
        ), said
    assert dump_store(opened_paths.database) == before


@pytest.mark.parametrize(
    ("key", "module", "read", "what"),
    [
        ("6", "people", "list_contacts", "Your people"),
        ("5", "skills", "list_skills", "Your skills"),
        ("3", "recovery_plans", "plan_rows", "Your recovery plans"),
        ("4", "reframe", "history", "Your thought records"),
    ],
)
async def test_a_read_that_fails_is_said_and_a_read_again_shows_the_rows(
    opened_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    module: str,
    read: str,
    what: str,
) -> None:
    import importlib

    fill_every_table(opened_paths)
    service = importlib.import_module(f"bounceback_tui.services.{module}")
    real = getattr(service, read)

    def busy(*args: object, **kwargs: object) -> object:
        raise StoreError(STORE_BUSY)

    async with app_on(opened_paths, None) as run:
        await settle_workers(run.pilot)
        monkeypatch.setattr(service, read, busy)
        await run.pilot.press(key)
        await settle_workers(run.pilot)
        text = _said_in_pane(run.app)
        assert f"{what} could not be read" in text
        assert flat(STORE_BUSY) in text
        assert "This is not an empty list." in text
        pane = run.app.current_pane
        assert not any(_shown(empty) for empty in pane.query(".empty-state"))
        assert run.app.focused is not None and pane in run.app.focused.ancestors
        monkeypatch.setattr(service, read, real)
        await run.pilot.press("ctrl+r")  # the store can be read again
        await settle_workers(run.pilot)
        assert "could not be read" not in screen_text(run.app)
        focused = run.app.focused
        assert focused is not None and focused.display
        assert focused is pane or pane in focused.ancestors
