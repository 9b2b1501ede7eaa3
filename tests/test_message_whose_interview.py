"""A thank-you from People is for an interview the person was in, and a greeting names them.

A tester's walk: Eve, linked to Acme with only interviews still to come, was offered "A
thank-you after an interview", which thanked her for Saturday's interview, whose only person
was Sam. And the greeting took the first word of the name: "Hi Dr.,", "Hi Smith,," and
"Hi sam@x.com,".
"""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.messages import MessageKind, Template, draft
from bounceback_tui.domain.people import first_name
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews, messages
from bounceback_tui.store.database import Database
from bounceback_tui.ui.people.pick import PickScreen
from tests.conftest import FIXED_TODAY
from tests.people_fixtures import seed_people
from tests.ui_harness import app_on, settle


def _seed(paths: DataPaths, **more: dict[str, str]) -> dict[str, int]:
    """Acme (interviewing) with Sam and Eve linked: Sam's interview was on Saturday 14
    March (two days before the tests' Monday), Eve's is on Thursday 19 March."""

    def add(db: Database, ids: dict[str, int]) -> None:
        for who, day in (("sam", "2026-03-14"), ("eve", "2026-03-19")):
            data = validate_interview(
                {"kind": "technical", "day": day, "at": "10:00", "zone": "Europe/London"},
                FIXED_TODAY,
            )
            interviews.add_interview(db, ids["acme"], data, (ids[who],))

    people = {
        "sam": ({"name": "Sam", "kind": "interviewer"}, ("acme",)),
        "eve": ({"name": "Eve", "kind": "hiring_manager"}, ("acme",)),
    }
    people.update({key: (form, ("acme",)) for key, form in more.items()})
    return seed_people(
        paths, reached=Stage.APPLIED, acme_stage=Stage.INTERVIEWING, people=people, more=add
    )


def test_a_thank_you_names_the_interview_its_person_was_in(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        to_sam = messages.draft_for(db, MessageKind.THANK_YOU, ids["acme"], contact_id=ids["sam"])
        to_eve = messages.draft_for(db, MessageKind.THANK_YOU, ids["acme"], contact_id=ids["eve"])
    finally:
        db.close()
    assert to_sam.draft.subject == "Thank you for Saturday 14 March"
    assert "Saturday" not in to_eve.draft.subject + to_eve.draft.body
    assert to_eve.draft.subject == "Thank you for our call"


def _offered(app: object) -> set[str]:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, PickScreen)
    options = screen.query_one(OptionList)
    return {str(options.get_option_at_index(i).prompt).strip() for i in range(options.option_count)}


async def test_people_offers_no_thank_you_to_someone_not_in_the_interviews_held(
    opened_paths: DataPaths,
) -> None:
    ids = _seed(opened_paths)
    async with app_on(opened_paths, "people") as (app, pilot, pane):
        assert pane.select_item(ids["eve"])
        await pilot.press("m")
        await settle(pilot)
        assert "A thank-you after an interview" not in _offered(app)
        await pilot.press("escape")
        await settle(pilot)
        assert pane.select_item(ids["sam"])
        await pilot.press("m")
        await settle(pilot)
        assert "A thank-you after an interview" in _offered(app)


@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("Dr. Amara Singh", "Amara"),
        ("Dr Amara Singh", "Amara"),
        ("Prof. Ada Lovelace", "Ada"),
        ("Ms Eve Park", "Eve"),
        ("Mx. Robin Hale", "Robin"),
        ("Smith, John", "John"),
        ("Singh, Dr. Amara", "Amara"),
        ("Dr. Singh", "Dr. Singh"),
        ("sam@x.com", ""),
        ("Mr.", ""),
        ("", ""),
        ("Drew Barry", "Drew"),
    ],
)
def test_the_name_to_greet_by(name: str, greeted: str) -> None:
    assert first_name(name) == greeted


@pytest.mark.parametrize(
    ("name", "greeting"),
    [
        ("Dr. Amara Singh", "Hi Amara,"),
        ("Smith, John", "Hi John,"),
        ("sam@x.com", "Hi there,"),
    ],
)
def test_the_draft_greets_by_the_name_or_neutrally(
    opened_paths: DataPaths, name: str, greeting: str
) -> None:
    ids = _seed(opened_paths, amara={"name": name, "kind": "recruiter"})
    db = Database(opened_paths.database)
    try:
        view = messages.draft_for(db, MessageKind.FOLLOW_UP, ids["acme"], contact_id=ids["amara"])
    finally:
        db.close()
    assert view.draft.body.splitlines()[0] == greeting


def test_double_braces_fill_with_the_name_and_drop_their_braces() -> None:
    template = Template("For {{first_name}}", "Hi {{first_name}}, and {first_name}.")
    filled = draft(MessageKind.FOLLOW_UP, template, {"first_name": "Amara"})
    assert (filled.subject, filled.body) == ("For Amara", "Hi Amara, and Amara.")
