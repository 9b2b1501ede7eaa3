"""A person's interviews in the detail: the time on a line of its own, what and where under it.

A tester's walk (twenty-first round): one line each ("Sun 6 Dec 05:00 (14:00 Asia/Tokyo)  Phone
screen: Lumen Health") wrapped wherever the width ran out, some with the kind alone on the next
line, others run on, so the list read unevenly.
"""

from __future__ import annotations

from datetime import date, datetime

from bounceback_tui.domain.interviews import InterviewKind
from bounceback_tui.domain.people import ContactKind
from bounceback_tui.services.interviews import InterviewRow
from bounceback_tui.services.people import ContactDetail, ContactRow
from bounceback_tui.ui.people.detail import person_content

TODAY = date(2026, 3, 16)


def test_each_interview_is_its_time_then_its_kind_and_company() -> None:
    interviews = (
        InterviewRow(
            1, 1, "Lumen [b]Health", "Data Analyst", InterviewKind.PHONE_SCREEN,
            datetime(2026, 3, 20, 5, 0), "Asia/Tokyo", 30,
        ),
        InterviewRow(
            2, 2, "Initech", "Analyst", InterviewKind.TECHNICAL,
            datetime(2026, 3, 21, 10, 0), "Europe/London", 60,
        ),
    )  # fmt: skip
    detail = ContactDetail(ContactRow(1, "Rita", ContactKind.RECRUITER), interviews=interviews)
    lines = person_content(detail, TODAY).plain.splitlines()
    at = lines.index("Interviews  N changes one")  # the key, beside the heading
    # The tests' zone is Europe/London (GMT until 29 March): Tokyo is nine hours ahead.
    assert lines[at + 1 : at + 5] == [
        "Fri 20 Mar 05:00 (14:00 Asia/Tokyo)",
        "  Phone screen: Lumen [b]Health (Data Analyst)",
        "Sat 21 Mar 10:00",
        "  Technical: Initech (Analyst)",
    ]


def test_an_interview_ahead_for_a_closed_application_is_marked_called_off() -> None:
    """A tester: Initech said no, and its interview on Friday was listed as if still on,
    while Today left it out and the calendar marked it cancelled. The one held last week is
    history, and the one ahead for Acme (still in play) is on."""
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.services.people import LinkedApplication

    interviews = (
        InterviewRow(
            1, 2, "Initech", "Analyst", InterviewKind.PHONE_SCREEN,
            datetime(2026, 3, 9, 10, 0), "Europe/London", 30,
        ),
        InterviewRow(
            2, 2, "Initech", "Analyst", InterviewKind.TECHNICAL,
            datetime(2026, 3, 20, 10, 0), "Europe/London", 60,
        ),
        InterviewRow(
            3, 1, "Acme", "Engineer", InterviewKind.ONSITE,
            datetime(2026, 3, 21, 10, 0), "Europe/London", 60,
        ),
    )  # fmt: skip
    applications = (
        LinkedApplication(1, "Acme", "Engineer", Stage.INTERVIEWING),
        LinkedApplication(2, "Initech", "Analyst", Stage.REJECTED),
    )
    detail = ContactDetail(
        ContactRow(1, "Rita", ContactKind.RECRUITER), applications, interviews=interviews
    )
    lines = person_content(detail, TODAY).plain.splitlines()
    at = lines.index("Interviews  N changes one")
    assert lines[at + 1 : at + 7] == [
        "Mon 9 Mar 10:00",
        "  Phone screen: Initech (Analyst)",
        "Fri 20 Mar 10:00",
        "  Technical: Initech (Analyst) · called off",
        "Sat 21 Mar 10:00",
        "  Onsite: Acme (Engineer)",
    ]
