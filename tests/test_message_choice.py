"""People's `m` offers only the messages that fit an application's stage (ux10, item 3).

It offered all five for any linked application: "Ask for feedback after a no" for an
application still in play, and then the application picker listed every linked one.
"""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from bounceback_tui.domain.messages import MessageKind, fits, fits_person
from bounceback_tui.domain.stages import ALL_STAGES, Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.message import MessageScreen
from bounceback_tui.ui.people.pick import PickScreen
from tests.people_fixtures import seed_people
from tests.ui_harness import app_on, settle

FEEDBACK = "Ask for feedback after a no"
GRACIOUS = "A gracious reply to a no"
FOLLOW_UP = "A follow-up after applying"
THANK_YOU = "A thank-you after an interview"
CHECK_IN = "A check-in with a recruiter"

# Written out by hand from what each message says (not read from the code).
EXPECTED = {
    Stage.SAVED: {CHECK_IN},
    Stage.APPLIED: {FOLLOW_UP, CHECK_IN},
    Stage.SCREENING: {FOLLOW_UP, THANK_YOU, CHECK_IN},
    Stage.INTERVIEWING: {FOLLOW_UP, THANK_YOU, CHECK_IN},
    Stage.OFFER: {FOLLOW_UP, THANK_YOU, CHECK_IN},
    Stage.ACCEPTED: {THANK_YOU},
    Stage.REJECTED: {FEEDBACK, GRACIOUS, CHECK_IN},
    Stage.WITHDRAWN: {CHECK_IN},
    Stage.GHOSTED: {CHECK_IN},
}


@pytest.mark.parametrize("stage", ALL_STAGES, ids=[s.value for s in ALL_STAGES])
def test_each_stage_is_offered_the_messages_that_fit_it(stage: Stage) -> None:
    assert {kind.label for kind in MessageKind if fits(kind, stage)} == EXPECTED[stage]


def _seed(paths: DataPaths) -> dict[str, int]:
    """Rita, a recruiter, on Acme (applied) and Initech (rejected); Sam on Acme only."""
    return seed_people(
        paths,
        reached=Stage.APPLIED,
        acme_stage=Stage.APPLIED,
        people={
            "rita": (
                {"name": "Rita", "email": "rita@example.com", "kind": "recruiter"},
                ("acme", "initech"),
            ),
            "sam": ({"name": "Sam"}, ("acme",)),
        },
    )


def _offered(app: object) -> set[str]:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, PickScreen)
    options = screen.query_one(OptionList)
    prompts = (options.get_option_at_index(i).prompt for i in range(options.option_count))
    return {str(prompt).strip() for prompt in prompts}


async def test_a_person_on_an_application_in_play_is_not_offered_feedback_after_a_no(
    opened_paths: DataPaths,
) -> None:
    ids = _seed(opened_paths)
    async with app_on(opened_paths, "people") as (app, pilot, pane):
        assert pane.select_item(ids["sam"])
        await pilot.press("m")
        await settle(pilot)
        assert _offered(app) == {FOLLOW_UP}  # and no recruiter's check-in: Sam is not one
        assert app.focused is not None
        await pilot.press("escape")
        await settle(pilot)
        assert focus_problem(app) is None


@pytest.mark.parametrize(("typed", "application"), [("feedback", "initech"), ("follow", "acme")])
async def test_a_message_goes_straight_to_the_one_application_it_fits(
    opened_paths: DataPaths, typed: str, application: str
) -> None:
    """Rita is on Acme (applied) and Initech (rejected): every message that fits either is
    offered, and each goes to the one application it fits, without asking which."""
    ids = _seed(opened_paths)
    async with app_on(opened_paths, "people") as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await pilot.press("m")
        await settle(pilot)
        assert _offered(app) == {FEEDBACK, GRACIOUS, FOLLOW_UP, CHECK_IN}
        await pilot.press(*typed, "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MessageScreen), screen
        assert screen.view.application_id == ids[application]
        assert app.focused is screen.query_one("#message-body")


async def test_a_message_that_fits_both_asks_which_and_lists_both(
    opened_paths: DataPaths,
) -> None:
    ids = _seed(opened_paths)
    async with app_on(opened_paths, "people") as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await pilot.press("m")
        await settle(pilot)
        await pilot.press(*"check-in", "enter")
        await settle(pilot)
        offered = _offered(app)
        assert len(offered) == 2 and all("Acme" in o or "Initech" in o for o in offered)


# Written out by hand: a recruiter's check-in only to a recruiter; a thank-you once an
# interview of the application has ended, whatever stage it was left at, until it closed.
@pytest.mark.parametrize(
    ("kind", "stage", "person", "interviewed", "offered"),
    [
        (MessageKind.RECRUITER_CHECK_IN, Stage.APPLIED, "recruiter", False, True),
        (MessageKind.RECRUITER_CHECK_IN, Stage.APPLIED, "agency_recruiter", False, True),
        (MessageKind.RECRUITER_CHECK_IN, Stage.APPLIED, "hiring_manager", False, False),
        (MessageKind.RECRUITER_CHECK_IN, Stage.REJECTED, "support", False, False),
        (MessageKind.THANK_YOU, Stage.APPLIED, "hiring_manager", True, True),
        (MessageKind.THANK_YOU, Stage.APPLIED, "hiring_manager", False, False),
        (MessageKind.THANK_YOU, Stage.REJECTED, "interviewer", True, False),
        (MessageKind.THANK_YOU, Stage.INTERVIEWING, "interviewer", False, True),
        (MessageKind.FOLLOW_UP, Stage.APPLIED, "hiring_manager", True, True),
    ],
)
def test_what_fits_a_person(
    kind: MessageKind, stage: Stage, person: str, interviewed: bool, offered: bool
) -> None:
    assert fits_person(kind, stage, person, interviewed) is offered


async def test_a_hiring_manager_after_a_phone_screen_is_offered_a_thank_you(
    opened_paths: DataPaths,
) -> None:
    # A stranger's walk (seventeenth round): Tom, a hiring manager on Contoso (still
    # "Applied"), after yesterday's phone screen: `m` offered a follow-up and "A check-in
    # with a recruiter", and no thank-you, though Today's `h` had just offered one.
    from bounceback_tui.domain.interviews import validate_interview
    from bounceback_tui.services import interviews
    from bounceback_tui.store.database import Database
    from tests.conftest import FIXED_TODAY

    def interview(db: Database, ids: dict[str, int]) -> None:
        values = {"kind": "phone_screen", "day": "-1d", "at": "10:00", "zone": "Europe/London"}
        data = validate_interview(values, FIXED_TODAY)
        interviews.add_interview(db, ids["acme"], data, (ids["tom"],))

    ids = seed_people(
        opened_paths,
        reached=Stage.APPLIED,
        acme_stage=Stage.APPLIED,
        people={"tom": ({"name": "Tom", "kind": "hiring_manager"}, ("acme",))},
        more=interview,
    )
    async with app_on(opened_paths, "people") as (app, pilot, pane):
        assert pane.select_item(ids["tom"])
        await pilot.press("m")
        await settle(pilot)
        assert _offered(app) == {FOLLOW_UP, THANK_YOU}
