"""A skill made from a no's feedback is named as a person would name it when a recruiter
says what the team wanted: "we need deeper X and Y", "needs more/stronger X", "looking for
more experience with X", "wanted someone with X". A tester's note: Recovery → a plan whose
reason is "Strong culture fit but we need deeper SQL window functions and system design",
`s` filled the Skill name with "Strong culture fit but we need deeper SQL window functions",
the sentence cut at the title's limit. Each thing named is offered in turn, as for "They
wanted more SQL and stakeholder experience"; the sentence stays under "Why it matters".
"""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Input, TextArea

from bounceback_tui.domain.skill_prefill import titles_from
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.recovery_fixtures import add_rejection
from tests.ui_harness import app_on, settle, settle_workers

TESTERS = "Strong culture fit but we need deeper SQL window functions and system design"

# (what a recruiter wrote, the skills a person would put on their list, in turn)
ASKS = [
    (TESTERS, ["SQL window functions", "System design"]),
    ("We need deeper Kubernetes knowledge.", ["Kubernetes knowledge"]),
    ("Needs stronger stakeholder management.", ["Stakeholder management"]),
    ("Needs more hands-on Terraform.", ["Terraform"]),
    ("Looking for more experience with Snowflake.", ["Snowflake"]),
    ("We were looking for more experience with React Native and GraphQL.",
     ["React Native", "GraphQL"]),
    ("We wanted someone with stronger people management.", ["People management"]),
    ("Wanted someone with more B2B sales experience.", ["B2B sales experience"]),
    ("Great communicator, but the role needs deeper data modelling.", ["Data modelling"]),
    ("We're looking for someone with more experience in incident response.",
     ["Incident response"]),
    ("Really enjoyed talking to you; however, we were hoping for more depth in distributed "
     "systems.", ["Distributed systems"]),
    ("We'd like to see stronger Python for this role.", ["Python"]),
    ("The role requires strong Excel modelling and financial forecasting.",
     ["Excel modelling", "Financial forecasting"]),
    ("Thanks so much for your time. We need someone with deeper Kafka knowledge.",
     ["Kafka knowledge"]),
    ("Lovely chat, though we were looking for a candidate with more fintech experience.",
     ["Fintech experience"]),
    ("The recruiter said we need stronger SQL and Tableau.", ["SQL", "Tableau"]),
    # A sentence that only hopes or looks for something comes second to the one that asks.
    ("I was looking for a job for months. I should practise SQL.", ["SQL"]),
    ("I was hoping for an offer. They wanted more Kafka.", ["Kafka"]),
]  # fmt: skip


@pytest.mark.parametrize(("reason", "skills"), ASKS)
def test_what_the_recruiter_asked_for_is_named_as_a_skill(reason: str, skills: list[str]) -> None:
    assert titles_from(reason) == skills


@pytest.mark.parametrize(
    "reason",
    [
        # Said after "we need", "looking for", "wanted", but no skill: the words stay whole.
        "We need someone who can start in January.",
        "We need more time to decide.",
        "We wanted someone local.",
        "The role needs to be filled fast.",
        "Looking for more experience.",
        # A person's own words, as before: no skill in them.
        "Expected more from myself.",
        "Hoping for more interviews next month.",
    ],
)
def test_words_that_name_no_skill_stay_as_written(reason: str) -> None:
    assert titles_from(reason) == [reason.rstrip(".")]


async def test_s_on_the_plan_offers_each_skill_the_reason_names(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Globex", "Data Analyst", reason=TESTERS)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("s")
        await settle_workers(pilot)
        for title in ("SQL window functions", "System design"):
            form = app.screen
            assert isinstance(form, FormScreen)
            assert form.query_one("#field-title", Input).value == title
            assert form.query_one("#field-why", TextArea).text == TESTERS
            await pilot.press("ctrl+s")
            await settle_workers(pilot)
            if title == "SQL window functions":
                asked = app.screen
                assert isinstance(asked, ConfirmScreen)
                assert "System design" in str(asked.question)
                await pilot.press("y")
                await settle(pilot)
        assert not isinstance(app.screen, FormScreen | ConfirmScreen)
        assert focus_problem(app) is None
    with sqlite3.connect(opened_paths.database) as conn:
        stored = conn.execute("SELECT title, why FROM skill ORDER BY id").fetchall()
    conn.close()
    assert stored == [("SQL window functions", TESTERS), ("System design", TESTERS)]
