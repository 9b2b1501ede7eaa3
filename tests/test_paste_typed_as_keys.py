"""A long paste that arrives as keys does the work of each change once, not once a key.

A terminal without bracketed paste sends a 10,000-character paste as 10,000 key presses.
Into a skill's "Links and notes" it took minutes to settle, the note under the box naming a
length the text had long passed: every key's change read the whole text again (how long its
longest note is), queried the form for the box's lines and restyled its note twice
(docs/performance.md, "After the twenty-ninth round"). The notes are now worked out once the
changes waiting have been handled: once for a burst, as before for a key typed by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from tests.quiet import until_quiet
from tests.ui_harness import app_on, field_line, post_burst, settle, tab_to_field

KEYS = 600  # a paste of 600 characters, sent as a terminal without bracketed paste sends it


def _counting(monkeypatch: pytest.MonkeyPatch, where: Any, name: str) -> list[str]:
    """Each call of ``where.name`` from now on, by the text it was given."""
    calls: list[str] = []
    check: Callable[[Any], str] = getattr(where, name)

    def counted(text: Any) -> str:
        calls.append(text)
        return check(text)

    monkeypatch.setattr(where, name, counted)
    return calls


async def test_a_long_note_pasted_as_keys_is_measured_once(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.ui.skills import form as skill_form

    checks = _counting(monkeypatch, skill_form, "long_note")
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormScreen)
        resources = await tab_to_field(pilot, "resources")
        post_burst(app, list("n" * KEYS))
        await until_quiet(pilot)
        assert resources.text == "n" * KEYS
        # What the person reads: the length the line has now, not one it passed.
        assert field_line(screen, "resources") == (
            "Line 1 is 600 characters; keep a note under 400 and put longer thoughts in Notes."
        )
        assert len(checks) < KEYS / 10, f"the line was measured {len(checks)} times"
        assert checks[-1] == "n" * KEYS

        # A key typed by hand is still answered at once.
        await pilot.press("backspace")
        await settle(pilot)
        assert field_line(screen, "resources") == (
            "Line 1 is 599 characters; keep a note under 400 and put longer thoughts in Notes."
        )


async def test_a_thought_pasted_as_keys_is_checked_once_and_saved_once(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reframe's box says under it when it is full: read once for the burst, and the draft
    is written to the store once, after the typing (a save waits for a pause in it)."""
    from bounceback_tui.ui.reframe import steps

    checks = _counting(monkeypatch, steps, "full_note")
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        await pilot.press("a")
        await until_quiet(pilot)
        exercise = pane.exercise
        saves: list[str] = []
        store = exercise._store_draft

        def counted_save(draft: Any) -> Any:
            saves.append(draft.situation)
            return store(draft)

        exercise._store_draft = counted_save
        box = exercise.view().query_one("TextArea")
        assert app.focused is box
        checks.clear()
        post_burst(app, list("w" * KEYS))
        await until_quiet(pilot)
        assert box.text == "w" * KEYS
        assert len(checks) < KEYS / 10, f"the box was read {len(checks)} times"
        assert saves == ["w" * KEYS]
        assert exercise.draft.situation == "w" * KEYS
