"""Skills in progress on Today keep the backlog's order (`K`/`J` in Skills), not the alphabet:
a newcomer moved "Zeta" above "Alpha" and Today still listed Alpha first (eighteenth round)."""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.due import draft_item, order_due, skill_item


def test_skills_in_progress_keep_their_order_after_what_is_due() -> None:
    skills = [skill_item(7, "Zeta: public speaking"), skill_item(3, "Alpha: SQL windows")]
    draft = draft_item(1, "I will never get a job", date(2026, 3, 10))
    ordered = order_due([skills[0], draft, skills[1]])
    assert [item.title for item in ordered][1:] == [
        "Working on: Zeta: public speaking",
        "Working on: Alpha: SQL windows",
    ]
    assert ordered[0] is draft
