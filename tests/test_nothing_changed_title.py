"""A refused change is titled "Nothing changed", with the reason as its own sentence.

Several places glued the title to the reason ("Nothing changed: That card was deleted in
another window."), a capital after a colon and a different look from the panes' own
refusals, which carry "Nothing changed" as the note's title (nineteenth round's left-alone
list).
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import care
from bounceback_tui.services.reframe import history
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.palette_fixtures_ui import choose
from tests.test_insights_services import _finished_record
from tests.ui_harness import settle


def _warnings(app: Any) -> list[tuple[str, str]]:
    return [(str(n.title), str(n.message)) for n in app._notifications if n.severity == "warning"]


def _said_once_titled(app: Any, starts: str) -> None:
    said = _warnings(app)
    assert said, "no warning was shown"
    title, message = said[-1]
    assert title == "Nothing changed"
    assert message.startswith(starts), message
    assert "Nothing changed" not in message


async def test_a_card_put_away_in_another_window_is_titled_not_glued(
    opened_paths: DataPaths, db: Database
) -> None:
    saved = _finished_record(db, "A card to put away.")
    assert saved.id is not None
    care.keep_as_card(db, saved.id)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await choose(app, pilot, "put away a coping card")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        (card,) = care.list_cards(db)
        care.delete_card(db, card.id)  # the other window
        await pilot.press("y")
        await settle(pilot)
        _said_once_titled(app, "That card")
        assert focus_problem(app) is None


async def test_a_record_changed_in_another_window_is_titled_not_glued(
    opened_paths: DataPaths, db: Database
) -> None:
    saved = _finished_record(db, "A record to delete.")
    assert saved.id is not None
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        from bounceback_tui.services import reframe as reframe_service

        reframe_service.delete_record(db, saved.id)  # the other window
        await pilot.press("y")
        await settle(pilot)
        assert history(db) == []
        said = _warnings(app)
        assert said and said[-1][0] == "Nothing changed"
        assert not said[-1][1].startswith("Nothing changed"), said[-1][1]
        assert focus_problem(app) is None
