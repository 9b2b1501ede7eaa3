"""A skill made from feedback is titled by the skill it names, not the whole sentence, and its
kind is guessed alike for common tools (a new user's walk).

On the plan, "Note what came back" with "they wanted more SQL and stakeholder experience",
ctrl+s, then `s`: the item was titled with the whole sentence, Kind "Soft skill" (for the
stakeholders at its end), the sentence again under "Why it matters". And "Tableau basics"
stayed Other where "Excel pivot tables" was Technical."""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Input, Select, TextArea

from bounceback_tui.domain.skill_prefill import guess_kind, title_from
from bounceback_tui.domain.skills import SkillKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.answer import AnswerScreen
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, settle

FEEDBACK = "they wanted more SQL and stakeholder experience"


@pytest.mark.parametrize(
    ("answer", "named"),
    [
        (FEEDBACK, ["SQL", "Stakeholder experience"]),
        ("They were looking for someone with more Tableau experience.", ["Tableau experience"]),
        ("Need more SQL.", ["SQL"]),
        ("They said I lacked SQL and Python.", ["SQL", "Python"]),
        ("Lacked stakeholder management", ["Stakeholder management"]),
        ("Went with someone with more SQL.", ["SQL"]),
        (
            "The hiring manager said they needed more hands-on experience with Airflow, "
            "Snowflake and Looker.",
            ["Airflow", "Snowflake", "Looker"],
        ),
        ("Not enough experience in B2B sales, they said.", ["B2B sales"]),
        # A phrase that holds an "and" is one thing, not two.
        (
            "I struggled with explaining the trade-offs between consistency and availability "
            "in a cache",
            ["Explaining the trade-offs between consistency and availability in a cache"],
        ),
        # No skill after the lead-in: nothing named, the sentence is the title as before.
        ("They wanted someone more senior.", []),
        ("Stakeholder communication, because my CV only lists tools.", []),
        ("I blanked.", []),
    ],
)
def test_the_skills_a_sentence_names(answer: str, named: list[str]) -> None:
    from bounceback_tui.domain.skill_prefill import skills_named

    assert skills_named(answer) == named


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        (FEEDBACK, "SQL"),
        ("They wanted someone more senior.", "They wanted someone more senior"),
        # Cut at a word like any title, without a small word at its end.
        (
            "I struggled with explaining the trade-offs between consistency and availability "
            "in a cache",
            "Explaining the trade-offs between consistency",
        ),
    ],
)
def test_the_title_is_the_first_skill_named(answer: str, title: str) -> None:
    assert title_from(answer) == title


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("SQL", SkillKind.TECHNICAL),
        ("Stakeholder experience", SkillKind.SOFT_SKILL),
        ("Stakeholder management", SkillKind.SOFT_SKILL),
        ("Tableau basics", SkillKind.TECHNICAL),
        ("Practise SQL on real datasets", SkillKind.TECHNICAL),
        ("Excel pivot tables", SkillKind.TECHNICAL),
        ("Power BI dashboards", SkillKind.TECHNICAL),
        ("C++ templates", SkillKind.TECHNICAL),
        ("Looker", SkillKind.TECHNICAL),
        ("Figma prototypes", SkillKind.TECHNICAL),
        ("STAR format", SkillKind.INTERVIEWING),
        ("Time management", SkillKind.SOFT_SKILL),
        ("Influencing without authority", SkillKind.SOFT_SKILL),
        ("Learn Spanish", SkillKind.OTHER),
        # A letter alone is not a language: "c" in "a c grade" is no cue.
        ("Get a C grade", SkillKind.OTHER),
    ],
)
def test_common_tools_and_skills_get_their_kind(title: str, kind: SkillKind) -> None:
    assert guess_kind(title) is kind


async def test_feedback_makes_one_item_per_skill_with_the_sentence_as_why(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    reply = step_by_key(db, rid, "feedback.response")
    async with app_on(opened_paths, "recovery", size=(80, 24)) as (app, pilot, pane):
        await pilot.press("enter")
        assert pane.step_list.select_step(reply.id)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AnswerScreen)
        app.screen.query_one("#answer-text", TextArea).insert(FEEDBACK)
        await pilot.press("ctrl+s")
        await settle(pilot)
        # Saved, the cursor went on to the next open step: back up to the reply.
        assert pane.step_list.select_step(reply.id)
        await pilot.press("s")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).value == "SQL"
        assert form.query_one("#field-kind", Select).value == "technical"
        assert form.query_one("#field-why", TextArea).text == FEEDBACK
        await pilot.press("ctrl+s")
        await settle(pilot)
        # The next skill the sentence names is offered.
        assert isinstance(app.screen, ConfirmScreen)
        assert "“Stakeholder experience”" in str(app.screen.question)
        await pilot.press("y")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).value == "Stakeholder experience"
        assert form.query_one("#field-kind", Select).value == "soft_skill"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen | ConfirmScreen)
        assert focus_problem(app) is None
    with sqlite3.connect(opened_paths.database) as conn:
        stored = conn.execute(
            "SELECT title, kind, why, source_kind, rejection_id FROM skill ORDER BY id"
        ).fetchall()
    conn.close()
    assert stored == [
        ("SQL", "technical", FEEDBACK, "feedback", rid),
        ("Stakeholder experience", "soft_skill", FEEDBACK, "feedback", rid),
    ]
