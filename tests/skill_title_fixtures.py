"""Helpers for the tests of a skill saved with an open one's title (typed, or edited)."""

from __future__ import annotations

from sqlmodel import select

from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Skill
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import settle


def titles(db: Database) -> list[str]:
    with db.read() as session:
        return sorted(s.title for s in session.exec(select(Skill)).all())


async def asked_and_kept_open(  # type: ignore[no-untyped-def]
    app,
    pilot,
    form: FormScreen,
    question: str,
    typed: str,
    kept_open: str,  # type: ignore[type-arg]
) -> None:
    """ctrl+s on ``form`` asks ``question``; Escape changes nothing: the form stays, its title
    as typed (``typed``), its bottom line saying ``kept_open``, the focus kept."""
    await pilot.press("ctrl+s")
    await settle(pilot, 3)
    asked = app.screen
    assert isinstance(asked, ConfirmScreen)
    assert str(asked.question) == question
    await pilot.press("escape")
    await settle(pilot, 3)
    assert app.screen is form
    assert str(form.query_one("#field-title").value) == typed
    assert kept_open in str(form.query_one("#form-message").render())
    assert focus_problem(app) is None
