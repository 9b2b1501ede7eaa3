"""A step added to the recovery template takes its place by its day (a stranger's walk,
twentieth round): "Go for a long walk" on the day of the no, added to the first group,
went after "Talk it through with someone close" (day 1): the group read days 0, 1, 0."""

from __future__ import annotations

from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.domain.recovery_forms import TemplateStepInput
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.store.database import Database


def _group(db: Database, group_key: str) -> list[tuple[str, int]]:
    return [
        (row.title, row.offset_days)
        for row in template_service.list_template(db)
        if row.group_key == group_key
    ]


def _add(db: Database, title: str, group_key: str, day: int) -> None:
    template_service.add_template_step(
        db,
        TemplateStepInput(title=title, group_key=group_key, kind=StepKind.CHECK, offset_days=day),
    )


def test_a_step_for_the_day_of_the_no_goes_before_the_next_days(db: Database) -> None:
    _add(db, "Go for a long walk", "breathe", 0)
    assert _group(db, "breathe") == [
        ("Let yourself feel it for a while", 0),
        ("Go for a long walk", 0),
        ("Talk it through with someone close", 1),
    ]


def test_a_later_day_goes_last_and_an_earlier_one_first(db: Database) -> None:
    _add(db, "Ask again", "feedback", 30)
    _add(db, "Breathe first", "feedback", 0)
    assert [day for _, day in _group(db, "feedback")] == [0, 3, 10, 30]
    assert _group(db, "feedback")[0][0] == "Breathe first"


def test_the_other_groups_keep_their_order(db: Database) -> None:
    before = {key: _group(db, key) for key in ("breathe", "reflect", "keep_going", "guardrails")}
    _add(db, "Go for a long walk", "breathe", 0)
    for key in ("reflect", "keep_going", "guardrails"):
        assert _group(db, key) == before[key]
