"""Today's "How did it go?" says which application it asks about, and offers a thank-you only
when none is logged for the interview yet.

A tester's walk (twenty-first round): "How did it go at Lumen Health?" with two Lumen Health
applications open did not say which; and after a thank-you was logged (People's `m`, marked
as sent), saving how it went offered to write one again.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.messages import MessageKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.messages import mark_sent
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import is_on_screen
from tests.test_people_pane import seeded  # noqa: F401  (Rita; an interview at Initech, past)
from tests.ui_harness import fill, settle, toasts


async def _how_it_went(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Today after its first paint, then `h`: the form about the interview just past."""
    await pilot.pause(0.5)
    await settle(pilot)
    await pilot.press("h")
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)


async def test_the_question_names_the_role_beside_the_company(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, _ids = seeded
    db = Database(paths.database)
    try:  # another application at the same company
        add_application(db, ApplicationInput(company="Initech", role="Data Engineer"))
    finally:
        db.dispose()
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _how_it_went(app, pilot)
        assert is_on_screen(app, "How did it go at Initech (Analyst)?")


@pytest.mark.parametrize(
    ("logged_on", "offered"),
    [
        (date(2026, 3, 13), False),  # the interview's day (it was at 14:00)
        (date(2026, 3, 15), False),
        (date(2026, 3, 12), True),  # the day before: a thank-you for something earlier
    ],
)
async def test_a_thank_you_already_logged_is_not_offered_again(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
    logged_on: date,
    offered: bool,
) -> None:
    paths, ids = seeded
    db = Database(paths.database)
    try:  # written from People's `m` and marked as sent
        mark_sent(db, MessageKind.THANK_YOU, ids["initech"], contact_id=ids["rita"], on=logged_on)
    finally:
        db.dispose()
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _how_it_went(app, pilot)
        await fill(pilot, note="Went well")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen) is offered
        if not offered:
            assert "Saved. Your thank-you to Initech (Analyst) is logged." in toasts(app)
