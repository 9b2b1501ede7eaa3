"""Every suggestion names what it is about.

"→ Without one got a reply 18 times in 20, with a cover letter 2 in 20" and "With a tailored
resume got a reply 1,875 times in 2,847" had no subject (a tester's walk). Each grouping's
sentence is written out here by hand, both ways round where a grouping has two sides.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bounceback_tui.domain.insight_suggestions import suggestions
from bounceback_tui.domain.insights import AppFacts
from bounceback_tui.domain.stages import Stage
from tests.insights_oracle import compare_all

DAY = date(2026, 2, 2)
REPLIED = (Stage.APPLIED, Stage.SCREENING)
WAITING = (Stage.APPLIED,)


def _apps(field: str, better: object, worse: object) -> list[AppFacts]:
    """20 with ``field`` = ``better``, 18 of them answered; 20 with ``worse``, 2 answered
    (18/20 [0.6990, 0.9721] against 2/20 [0.0279, 0.3010]: apart)."""
    apps = []
    for index in range(40):
        good = index < 20
        answered = index % 20 < (18 if good else 2)
        values = {field: better if good else worse}
        if field == "posted_on":
            values = {field: DAY - timedelta(days=1 if good else 20)}
        apps.append(
            AppFacts(
                id=index,
                role="Backend Engineer",
                date_applied=DAY,
                stages=REPLIED if answered else WAITING,
                **values,  # type: ignore[arg-type]
            )
        )
    return apps


@pytest.mark.parametrize(
    ("field", "better", "worse", "said"),
    [
        (
            "cover_letter",
            False,
            True,
            "Applications without a cover letter got a reply 18 times in 20, with one 2 in 20: "
            "save the time a cover letter takes.",
        ),
        (
            "cover_letter",
            True,
            False,
            "Applications with a cover letter got a reply 18 times in 20, without one 2 in 20: "
            "write a cover letter for the next one.",
        ),
        (
            "tailored_resume",
            True,
            False,
            "Applications with a tailored resume got a reply 18 times in 20, with your usual "
            "one 2 in 20: tailor your resume for the next one.",
        ),
        (
            "tailored_resume",
            False,
            True,
            "Applications with your usual resume got a reply 18 times in 20, with a tailored "
            "one 2 in 20: send your usual resume more often.",
        ),
        (
            "company_size",
            "11-50",
            "1000+",
            "Applications to companies of 11-50 people got a reply 18 times in 20, of 1000+ "
            "people 2 in 20: add one company of 11-50 people to your list.",
        ),
        (
            "posted_on",
            "0-2 days",
            "15+ days",
            "Applications sent 0-2 days after the posting got a reply 18 times in 20, those "
            "sent 15+ days after 2 in 20: apply soon after a posting appears.",
        ),
        (
            "excitement",
            5,
            1,
            "Roles you rated 5/5 got a reply 18 times in 20, roles you rated 1/5 2 in 20: "
            "favour roles you are keen on.",
        ),
        (
            "source",
            "referral",
            "job_board",
            "Referrals got a reply 18 times in 20, job boards 2 in 20: "
            "ask for one referral this week.",
        ),
    ],
)
def test_each_suggestion_has_a_subject(
    field: str, better: object, worse: object, said: str
) -> None:
    assert suggestions(compare_all(_apps(field, better, worse))) == [said]
