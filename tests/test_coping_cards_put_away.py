"""A coping card can be put away (a stranger's walk, nineteenth round).

Deleting the thought record a card was kept from left the card, the dialog said only "Its
feelings and traps go with it", and the card went on showing on Today's hard days with no
way in the app to remove it. The dialog now says the card stays and how to remove it; the
palette's "Put away a coping card" lists the cards and removes the chosen one after a yes.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import care
from bounceback_tui.services.reframe import history
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.pick import PickScreen
from tests.palette_fixtures_ui import choose, messages
from tests.screen_text import screen_text
from tests.test_insights_services import _finished_record
from tests.ui_harness import settle

KEPT = "One no is not every no [b] [/]."


def _kept_card(db: Database) -> int:
    saved = _finished_record(db, KEPT)
    assert saved.id is not None
    care.keep_as_card(db, saved.id)
    return saved.id


async def test_deleting_a_record_says_its_card_stays(opened_paths: DataPaths, db: Database) -> None:
    _kept_card(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        said = " ".join(screen_text(app).split())
        assert "The coping card you kept from it stays" in said
        await pilot.press("y")
        await settle(pilot)
        assert history(db) == []
        assert [c.text for c in care.list_cards(db)] == [KEPT]  # kept, as it said
        assert focus_problem(app) is None


async def test_the_palette_puts_a_card_away_after_a_yes(
    opened_paths: DataPaths, db: Database
) -> None:
    _kept_card(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await choose(app, pilot, "put away a coping card")
        assert isinstance(app.screen, PickScreen)
        assert KEPT in screen_text(app)  # the person's text, shown as typed
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: nothing goes
        await settle(pilot)
        assert [c.text for c in care.list_cards(db)] == [KEPT]
        await choose(app, pilot, "put away a coping card")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert care.list_cards(db) == []
        assert "Card put away. Today no longer shows it." in messages(app)
        assert focus_problem(app) is None
        await choose(app, pilot, "put away a coping card")
        assert any(m.startswith("No coping cards kept yet") for m in messages(app))
