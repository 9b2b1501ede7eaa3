"""The thank-you Today offers after "How did it go?" is for the person the interview was with,
and it names the day the call was where it was typed in (the interviewer's day).

A stranger's walk (twenty-third round): Kenji Tanaka interviewed them, yet the draft said
"To Sam Rivera … Hi Sam" (the recruiter linked to the same application); and with the app in
Los Angeles, a call typed as 09:00 Tokyo on Sunday was thanked for "Saturday".
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.messages import MessageKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews, messages
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.message import MessageScreen
from bounceback_tui.ui.people.pick import PickScreen
from tests.conftest import FIXED_TODAY
from tests.people_fixtures import seed_people
from tests.screen_text import flat, screen_text
from tests.ui_harness import fill, settle

SAM = {"name": "Sam Rivera", "kind": "recruiter", "email": "sam@initech.example"}
KENJI = {"name": "Kenji Tanaka", "kind": "interviewer", "email": "kenji@initech.example"}
AIKO = {"name": "Aiko Sato", "kind": "hiring_manager", "email": "aiko@initech.example"}


def _seed(paths: DataPaths, with_people: tuple[str, ...]) -> dict[str, int]:
    """Sam (a recruiter) and Kenji and Aiko, all on Initech; one interview there, held at
    08:00 Tokyo on Monday 16 March, which was 23:00 on Sunday 15 March in London (the
    tests' zone), with ``with_people``."""

    def add_interview(db: Database, ids: dict[str, int]) -> None:
        interviews.add_interview(
            db,
            ids["initech"],
            validate_interview(
                {"kind": "technical", "day": "2026-03-16", "at": "08:00", "zone": "Asia/Tokyo"},
                FIXED_TODAY,
            ),
            tuple(ids[key] for key in with_people),
        )

    return seed_people(
        paths,
        reached=Stage.INTERVIEWING,
        people={
            "sam": (SAM, ("initech",)),
            "kenji": (KENJI, ("initech",)),
            "aiko": (AIKO, ("initech",)),
        },
        more=add_interview,
    )


async def _thank_you_offered(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Today, `h`, a line, ctrl+s, then yes to the thank-you."""
    await pilot.pause(0.5)
    await settle(pilot)
    await pilot.press("h")
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)
    await fill(pilot, note="Went well")
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert isinstance(app.screen, ConfirmScreen)
    await pilot.press("y")
    await settle(pilot)


async def test_the_thank_you_goes_to_the_interviewer_on_their_day(opened_paths: DataPaths) -> None:
    _seed(opened_paths, ("kenji",))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _thank_you_offered(app, pilot)
        assert isinstance(app.screen, MessageScreen)
        view = app.screen.view
        assert view.recipient is not None and view.recipient.name == "Kenji Tanaka"
        assert view.draft.body.startswith("Hi Kenji,")
        assert view.draft.subject == "Thank you for Monday 16 March"


async def test_an_interview_with_two_people_asks_which_of_them(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths, ("kenji", "aiko"))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _thank_you_offered(app, pilot)
        assert isinstance(app.screen, PickScreen)
        assert [name for _id, name, _note in app.screen.items] == ["Aiko Sato", "Kenji Tanaka"]
        app.screen.dismiss(ids["kenji"])
        await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        recipient = app.screen.view.recipient
        assert recipient is not None and recipient.name == "Kenji Tanaka"


@pytest.mark.parametrize("interview_id", [True, False])
def test_the_interview_date_is_the_day_where_it_was_typed_in(
    opened_paths: DataPaths, interview_id: bool
) -> None:
    """From Today (the interview named) and from People's `m` (the last one held)."""
    ids = _seed(opened_paths, ("kenji",))
    db = Database(opened_paths.database)
    try:
        (held,) = interviews.interviews_of_application(db, ids["initech"])
        view = messages.draft_for(
            db,
            MessageKind.THANK_YOU,
            ids["initech"],
            contact_id=ids["kenji"],
            interview_id=held.id if interview_id else None,
        )
    finally:
        db.dispose()
    assert view.draft.subject == "Thank you for Monday 16 March"
    assert "on Monday 16 March about the Analyst role" in view.draft.body


async def test_an_interview_with_nobody_named_greets_no_one(opened_paths: DataPaths) -> None:
    """Nobody was named for the interview: the draft greeted Sam, the recruiter linked to the
    application, who was not in it. It greets no one by name, and says why."""
    _seed(opened_paths, ())
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _thank_you_offered(app, pilot)
        assert isinstance(app.screen, MessageScreen)
        view = app.screen.view
        assert view.recipient is None
        assert view.draft.body.startswith("Hi there,")
        assert "Sam" not in view.draft.body
        shown = flat(screen_text(app))
        assert "Nobody was named in this interview" in shown
        assert "Nobody is linked to this application" not in shown
        assert "Sam Rivera" not in shown
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        shown = flat(screen_text(app))
        assert "Nobody was named in this interview, so there is no address to open" in shown
        assert "Nobody is linked to this application" not in shown
        assert focus_problem(app) is None
