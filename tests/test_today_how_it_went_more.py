"""Today's "How did it go?" says how many more interviews wait to be noted, as `today` lists
each of them.

The app asked of one past interview at a time ("How did it go? Technical at Initech
(Analyst), Fri 13 Mar 14:00 (h)") and said nothing of the two others, where the `today`
command listed all three under "How did it go?". `h` asks about them in turn, the next once
one is noted; the line for one interview reads as it did.
"""

from __future__ import annotations

from datetime import datetime

from bounceback_tui.domain.interviews import InterviewKind
from bounceback_tui.services.today_people import InterviewSoon, PeopleToday
from bounceback_tui.ui.today.people_lines import people_text


def _held(company: str, role: str, kind: InterviewKind, day: int) -> InterviewSoon:
    return InterviewSoon(
        id=day,
        application_id=day,
        company=company,
        role=role,
        kind=kind,
        starts_at=datetime(2026, 3, day, 14, 0),  # UTC: London's own time in March
        zone="Europe/London",
        length_minutes=60,
        place="",
        link="",
        prep_notes="",
        version=1,
        people="",
    )


def _first_line(people: PeopleToday) -> str:
    words, key, _after = people_text(people).lines[0]
    return (words + key).plain


def test_the_line_says_how_many_more_wait_to_be_noted() -> None:
    people = PeopleToday(
        awaiting=(
            _held("Initech", "Analyst", InterviewKind.TECHNICAL, 13),
            _held("Acme", "Data Analyst", InterviewKind.PHONE_SCREEN, 12),
            _held("Globex", "Engineer", InterviewKind.ONSITE, 11),
        )
    )
    assert _first_line(people) == (
        "How did it go? Technical at Initech (Analyst), Fri 13 Mar 14:00 (and 2 more)  (h)"
    )


def test_one_interview_reads_as_before() -> None:
    people = PeopleToday(awaiting=(_held("Initech", "Analyst", InterviewKind.TECHNICAL, 13),))
    assert _first_line(people) == (
        "How did it go? Technical at Initech (Analyst), Fri 13 Mar 14:00  (h)"
    )
