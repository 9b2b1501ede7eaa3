"""The reason quoted under a plan's title keeps every line of it (cut with an ellipsis).

Found walking the app (ux11): a reason of two lines ("They said:" then what they said) was
quoted as its first line only, “They said:”, closing the quote as if that were all; what
followed, often the reason itself, was dropped without a sign.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.services.recovery_views import RejectionView
from bounceback_tui.ui.recovery.plan import plan_title

TODAY = date(2026, 3, 16)


def _title(reason: str) -> str:
    rejection = RejectionView(
        id=1,
        application_id=None,
        company="Initech",
        role="Analyst",
        rejected_on=date(2026, 3, 12),
        stage_reached="interviewing",
        reason=reason,
        plan_completed_at=None,
        version=1,
    )
    return plan_title(rejection, TODAY).plain


def test_every_line_of_the_reason_is_quoted() -> None:
    title = _title("They said:\nwe went with an internal candidate.")
    assert "“They said: we went with an internal candidate.”" in title


def test_a_long_reason_of_many_lines_ends_with_an_ellipsis() -> None:
    title = _title("They said:\n" + "more detail " * 100)
    quoted = title.splitlines()[-1]
    assert quoted.startswith("“They said: more detail") and quoted.endswith("…”")
