"""Two recovery steps read as kind, not as a telling-off (a tester in a hard week).

"How prepared was I, and where did I bluff?" suggested the person had been dishonest, and
"Don't take it personally or get defensive" read like a scolding. The first now asks where
they had to improvise; the second says the decision weighed things they never saw, and to
let it stand and keep the door open. Each step keeps its key, day and kind. A plan made
before keeps its steps as they were written into it (each plan holds its own copy).
"""

from __future__ import annotations

from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep
from tests.recovery_fixtures import add_rejection, steps_of


def _by_key(db: Database, stage_reached: str) -> dict[str, RecoveryStep]:
    steps = steps_of(db, add_rejection(db, stage_reached=stage_reached))
    return {s.template_key: s for s in steps if s.template_key}


def test_the_preparation_question_asks_where_you_improvised(db: Database) -> None:
    step = _by_key(db, "interviewing")["reflect.prepared"]
    assert step.title == "How prepared was I, and where did I have to improvise?"
    said = f"{step.title} {step.detail}".lower()
    assert "bluff" not in said
    assert "think on your feet" in said
    assert (step.kind, step.offset_days) == ("answer", 2)


def test_the_decision_step_is_care_not_a_telling_off(db: Database) -> None:
    for stage in ("interviewing", "applied"):
        step = _by_key(db, stage)["guardrails.not_personal"]
        assert step.title == "Go easy on yourself: the decision weighed things you never saw"
        said = f"{step.title} {step.detail}".lower()
        for scolding in ("don't", "defensive", "resist", "take it personally"):
            assert scolding not in said, scolding
        assert "let it stand" in said
        assert "door stays open" in said
        assert (step.kind, step.offset_days) == ("check", 2)
