"""A message template saved as it opened writes nothing, and says so (as the other forms do,
tests/test_unchanged_edit_writes_nothing.py): the Settings editor of a message template said
"Saved the template for …" and wrote the templates' setting again (its version moved on, so
an editor open in another window met a change that was none); a built-in template saved as
shown became "yours", and a no on paper lost its own built-in words."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Any

from bounceback_tui import clock
from bounceback_tui.domain.messages import MessageKind, Template
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import messages as message_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_NOW, FIXED_ZONE
from tests.ui_harness import open_message_template, settle

KEPT = (
    "Nothing changed",
    "The template for “Ask for feedback after a no” is as it was, so nothing was saved.",
)


def _setting(paths: DataPaths) -> Any:
    """The templates' setting row (every column, its version among them), or None."""
    with sqlite3.connect(paths.database) as conn:
        row = conn.execute("SELECT * FROM setting WHERE key = 'message_templates'").fetchone()
    conn.close()
    return row


def _notes(app: Any) -> list[tuple[str, str]]:
    return [(str(n.title), str(n.message)) for n in app._notifications]


async def _save(paths: DataPaths, body: str | None = None) -> list[tuple[str, str]]:
    """The first message template (asking for feedback after a no) opened in Settings and
    saved an hour later, as it opened or with ``body``; the notes said."""
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        form = await open_message_template(app, pilot, 0)
        if body is not None:
            form.query_one("#field-body").text = body
        clock.freeze(FIXED_NOW + timedelta(hours=1), tz=FIXED_ZONE)  # a save would stamp this
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
        return _notes(app)


async def test_the_built_in_template_saved_as_shown(opened_paths: DataPaths) -> None:
    before = _setting(opened_paths)
    said = await _save(opened_paths)
    assert said[-1] == KEPT, said
    assert not any("Saved" in title + message for title, message in said), said
    assert _setting(opened_paths) == before
    db = Database(opened_paths.database)
    try:
        assert not message_service.is_customised(db, MessageKind.FEEDBACK_REQUEST)
    finally:
        db.dispose()


async def test_the_built_in_template_emptied(opened_paths: DataPaths) -> None:
    """Emptied, a template goes back to the built-in one: it already was."""
    before = _setting(opened_paths)
    said = await _save(opened_paths, body="")
    assert said[-1] == KEPT, said
    assert _setting(opened_paths) == before


async def test_your_own_template_saved_as_it_opened(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        mine = Template("About {role}", "Hi {first_name},\n\nCould you tell me more?\n\nThanks")
        message_service.save_template(db, MessageKind.FEEDBACK_REQUEST, mine)
    finally:
        db.dispose()
    before = _setting(opened_paths)
    said = await _save(opened_paths)
    assert said[-1] == KEPT, said
    assert not any("Saved" in title + message for title, message in said), said
    assert _setting(opened_paths) == before


async def test_a_template_changed_is_still_saved(opened_paths: DataPaths) -> None:
    before = _setting(opened_paths)
    said = await _save(opened_paths, body="Hi {first_name}, any feedback?")
    assert ("", "Saved the template for “Ask for feedback after a no”.") in said, said
    assert _setting(opened_paths) != before
    db = Database(opened_paths.database)
    try:
        kept = message_service.template_read(db, MessageKind.FEEDBACK_REQUEST).template
        assert kept.body == "Hi {first_name}, any feedback?"
    finally:
        db.dispose()
