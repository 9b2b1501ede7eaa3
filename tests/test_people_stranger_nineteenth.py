"""People, as a stranger walked it (nineteenth round): an interview for an application that
said no, `o` with no link, and the list's kinds cut to fit.

People's `n` saved one still ahead for a rejected application with "It is on Today and in
the calendar export", while Today never listed it and the calendar sent it cancelled. Now
one ahead is refused with the reason (one already held is history, and is kept), and the
toast says where a new interview shows: on Today within a week, on Today later for one
further ahead, and "how it went" for one already held.

Seeded (tests/test_people_pane.py): Rita, linked to Initech only, which said no after its
interviews; the clock is Mon 16 Mar 2026 09:30 London.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from bounceback_tui.domain.called_off import called_off_reason
from bounceback_tui.domain.interviews import InterviewInput, InterviewKind, where_it_shows
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import screen_text
from tests.test_people_pane import seeded  # noqa: F401
from tests.ui_harness import fill, settle, toasts

NOW = datetime(2026, 3, 16, 9, 30)  # naive UTC (London is on GMT until the 29th)


def _at(
    day: str, at: str = "10:00", kind: InterviewKind = InterviewKind.PHONE_SCREEN
) -> InterviewInput:
    return InterviewInput(kind, datetime.fromisoformat(f"{day} {at}"), "Europe/London")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (_at("2026-03-16", "12:00"), "Interview saved. It is on Today and in the calendar export."),
        (_at("2026-03-23", "09:00"), "Interview saved. It is on Today and in the calendar export."),
        (
            _at("2026-04-20"),
            "Interview saved. It is in the calendar export, and on Today in the week before it.",
        ),
        (_at("2026-03-12"), "Interview saved. Today asks how it went (h)."),
        (_at("2026-02-20"), "Interview saved."),  # past the two weeks Today asks in
        (_at("2026-03-12", kind=InterviewKind.TAKE_HOME), "Interview saved."),  # a deadline
    ],
)
def test_the_toast_says_where_a_new_interview_shows(data: InterviewInput, said: str) -> None:
    assert where_it_shows(data, NOW) == said


def test_only_one_still_ahead_of_a_closed_application_is_refused() -> None:
    ahead, held = _at("2026-03-18"), _at("2026-03-10")
    for stage in ("rejected", "withdrawn"):
        reason = called_off_reason("Initech", "Analyst", stage, ahead, NOW)
        assert reason is not None and reason.startswith("Initech (Analyst) is marked ")
        assert called_off_reason("Initech", "Analyst", stage, held, NOW) is None
    for stage in ("applied", "interviewing", "ghosted", "offer"):
        assert called_off_reason("Initech", "Analyst", stage, ahead, NOW) is None


def _count(paths: DataPaths) -> int:
    with sqlite3.connect(paths.database) as conn:
        return int(conn.execute("SELECT count(*) FROM interview").fetchone()[0])


async def test_people_refuses_one_ahead_for_a_rejected_application_and_keeps_one_held(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    before = _count(paths)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, day="2026-03-18", at="10:00", zone="Europe/London")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)  # refused: the form stays, with the reason
        assert "is marked Rejected, so an interview ahead" in " ".join(screen_text(app).split())
        assert _count(paths) == before
        await fill(pilot, day="2026-03-10")  # one already held: history, kept
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert "Interview saved. Today asks how it went (h). u takes it away." in toasts(app)
        assert not any("It is on Today" in t for t in toasts(app))
        assert _count(paths) == before + 1
        assert focus_problem(app) is None


async def test_o_on_a_person_with_no_link_says_so(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """`o` is off the bar; on a person with no profile link it did nothing and said nothing
    (the same stranger's walk)."""
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["maya"])
        await pilot.press("o")
        await settle(pilot)
        assert any("No profile link saved for this person" in t for t in toasts(app))
        assert focus_problem(app) is None


def test_the_people_list_tells_the_two_recruiters_apart_when_cut() -> None:
    """The list's Kind column cut "Recruiter (agency)" and "Recruiter (in-house)" to the
    same "Recruit…" at 100 columns (the same stranger's walk). The column is now shown whole
    or left out, and each kind has a name of its own."""
    from bounceback_tui.domain.people import ContactKind
    from bounceback_tui.ui.people.people_list import _BY_KEY

    least = _BY_KEY["kind"].least
    assert all(len(kind.label) <= least for kind in ContactKind)
    assert len({kind.label for kind in ContactKind}) == len(ContactKind)


def test_moving_a_held_interview_of_a_closed_application_ahead_is_refused(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """`N`, `e`, a date ahead: an edit set an interview of an application that said no three
    days ahead, past the rule `n` keeps (the third stranger). Its notes still change."""
    from bounceback_tui.domain.interviews import validate_interview
    from bounceback_tui.errors import ValidationError
    from bounceback_tui.services import interviews
    from bounceback_tui.store.database import Database
    from tests.conftest import FIXED_TODAY

    paths, ids = seeded
    db = Database(paths.database)
    try:
        (held,) = interviews.interviews_of_application(db, ids["initech"])
        values = held.form_values()
        ahead = validate_interview({**values, "day": "2026-03-19"}, FIXED_TODAY)
        with pytest.raises(ValidationError, match="is marked Rejected") as refused:
            interviews.update_interview(db, held.id, ahead, expected_version=held.version)
        # The edit form has no application to pick: it says what the form can do (the
        # fourth stranger).
        assert "or keep it on a day already past" in str(refused.value.errors[0].message)
        noted = validate_interview({**values, "prep_notes": "What I learnt"}, FIXED_TODAY)
        interviews.update_interview(db, held.id, noted, expected_version=held.version)
        assert interviews.get_interview(db, held.id).prep_notes == "What I learnt"
    finally:
        db.dispose()
