"""A no that came before any conversation gets a plan written for it (a new user's finding).

`x` on an application at Applied, "got as far as: Applied", made a plan titled "No on 6 Dec
(today), after applying" that still asked "How prepared was I, and where did I bluff?",
"Which questions would I answer differently now?" and "Practise interviewing", and whose
feedback request said "I enjoyed learning about the team". A no at Saved or Applied now gets
the steps for a no on paper; a no at Screening (a screening call) or later keeps the
interview steps (the drafts for each: test_recovery_no_on_paper_drafts.py). Every title below
is written out by hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.domain.recovery_forms import TemplateStepInput, validate_rejection
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services.recovery import insert_imported_rejections
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import D, put, rows
from tests.recovery_fixtures import add_rejection, steps_of

AFTER_TALKING = [
    "Let yourself feel it for a while",
    "Talk it through with someone close",
    "How prepared was I, and where did I have to improvise?",
    "Did my soft skills come across, or only the technical ones?",
    "Which questions would I answer differently now?",
    "What went well?",
    "Ask the recruiter or hiring manager for feedback",
    "Note what came back",
    "Practise interviewing",
    "Polish your resume",
    "Pick one skill to grow",
    "Send the next application",
    "Keep the bridge intact: send a gracious reply",
    "Watch for negative thought patterns",
    "Go easy on yourself: the decision weighed things you never saw",
]
ON_PAPER = [
    "Let yourself feel it for a while",
    "Talk it through with someone close",
    "Which of the posting's asks did my application show?",
    "Does my resume show results, or only duties?",
    "Did my application speak to this company, or to any company?",
    "What went well?",
    "Ask the recruiter or hiring manager for feedback",
    "Note what came back",
    "Put results first on your resume",
    "Shape the next application to its posting",
    "Pick one skill to grow",
    "Send the next application",
    "Keep the bridge intact: send a gracious reply",
    "Watch for negative thought patterns",
    "Go easy on yourself: the decision weighed things you never saw",
]
# Words that tell of a conversation the person never had.
TALK_WORDS = ("interview", "conversation", "bluff", "soft skills", "the team", "questions")


def _titles(db: Database, rejection_id: int) -> list[str]:
    return [s.title for s in steps_of(db, rejection_id)]


# "": a no whose stage was not given (Recovery's `n`, "How far it got" left empty). It had
# the plan after a conversation, "where did I bluff?" and all (a newcomer's walk).
@pytest.mark.parametrize("reached", ["applied", "saved", ""])
def test_a_no_before_any_conversation_gets_the_steps_for_a_no_on_paper(
    db: Database, reached: str
) -> None:
    steps = steps_of(db, add_rejection(db, stage_reached=reached))
    assert [s.title for s in steps] == ON_PAPER
    assert [s.position for s in steps] == list(range(15))
    for step in steps:
        said = f"{step.title} {step.detail}".lower()
        assert not [word for word in TALK_WORDS if word in said], step.title
    # The new reflection questions are written answers, as the others are.
    paper = [s for s in steps if s.group_key == "reflect"]
    assert [(s.kind, s.offset_days) for s in paper] == [("answer", 2)] * 4


@pytest.mark.parametrize("reached", ["screening", "interviewing", "offer"])
def test_a_no_after_a_conversation_keeps_the_interview_steps(db: Database, reached: str) -> None:
    assert _titles(db, add_rejection(db, stage_reached=reached)) == AFTER_TALKING


def test_a_no_recorded_in_recovery_without_its_stage_gets_the_plan_for_a_no_on_paper(
    db: Database,
) -> None:
    # Recovery's `n` with "How far it got" left empty, through the form's own rule.
    values = {"company": "Initech", "role": "Engineer", "rejected_on": "today"}
    recorded = recovery_service.add_rejection(db, validate_rejection(values, FIXED_TODAY))
    assert recorded.stage_reached == ""
    assert _titles(db, recorded.id) == ON_PAPER


def test_x_at_applied_in_the_pipeline_gets_the_plan_for_a_no_on_paper(db: Database) -> None:
    app_id = put(db, "Bluefin Labs", [("applied", D(2026, 3, 2))], date_applied=D(2026, 3, 2))
    details = RejectionInput(rejected_on=D(2026, 3, 16), stage_reached=Stage.APPLIED)
    receipt = moves.mark_rejected(db, app_id, details)
    assert _titles(db, receipt.rejection_id) == ON_PAPER


def test_an_import_gives_each_no_the_plan_for_its_stage(db: Database) -> None:
    on_paper = put(db, "Paper Co", [("applied", D(2026, 1, 5)), ("rejected", D(2026, 1, 20))])
    talked = put(db, "Talk Co", [("interviewing", D(2026, 1, 5)), ("rejected", D(2026, 1, 21))])
    with db.write() as session:
        insert_imported_rejections(
            session,
            [
                (on_paper, "Paper Co", "Engineer", date(2026, 1, 20), "applied", ""),
                (talked, "Talk Co", "Engineer", date(2026, 1, 21), "interviewing", ""),
            ],
        )
    ids = dict(rows(db.path, "SELECT company, id FROM rejection"))
    assert _titles(db, ids["Paper Co"]) == ON_PAPER
    assert _titles(db, ids["Talk Co"]) == AFTER_TALKING


def test_an_edited_template_keeps_each_built_in_step_for_its_kind_of_no(db: Database) -> None:
    # Reworded, "Practise interviewing" is still the built-in step written for a no after
    # a conversation; a step the person adds goes into every plan; a retired one into none.
    template_service.update_template_step(
        db,
        "keep_going.practise",
        TemplateStepInput("Practise a two-minute story", "keep_going", StepKind.CHECK, 5),
    )
    walk = template_service.add_template_step(
        db, TemplateStepInput("Go for a long walk", "breathe", StepKind.CHECK, 1)
    )
    template_service.set_template_step_retired(db, "reflect.results", True)
    # Each row names the kind of no it is written for (read by name: the rows had none).
    kinds = {row.key: getattr(row, "only_for", None) for row in template_service.list_template(db)}
    assert kinds["keep_going.practise"] == "after_talking"
    assert kinds.get("reflect.posting") == "on_paper"
    assert kinds[walk] is None

    paper = _titles(db, add_rejection(db, "Paper Co", stage_reached="applied"))
    talked = _titles(db, add_rejection(db, "Talk Co", stage_reached="interviewing"))
    assert "Go for a long walk" in paper and "Go for a long walk" in talked
    assert "Practise a two-minute story" in talked
    assert "Practise a two-minute story" not in paper
    assert "Does my resume show results, or only duties?" not in paper
    assert "Which of the posting's asks did my application show?" in paper
    assert "Which of the posting's asks did my application show?" not in talked
    assert len(paper) == 15 and len(talked) == 16  # one retired / none, one added each
