"""A skill made from an answer (`s`) offers each thing a list names after the words a person
writes before it. "Next time I want to learn SQL, Python, and stakeholder communication
[b]x[/b] too." was prefilled "Next time I want to learn SQL" ("Added to Skills: Next time I
want to learn SQL"), Python and stakeholder communication never offered; "I need SQL, Python
and dbt." named nothing, titled "I need SQL" (a stranger's walk). Only some openings
worked ("They wanted SQL, Python, and stakeholder experience."). Words that lead in to no
thing keep the sentence whole (tests/test_skill_named_clauses.py holds clauses never
offered)."""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Input, TextArea

from bounceback_tui.domain.skill_prefill import skills_named, title_from, titles_from
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.answer import AnswerScreen
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.ui_harness import app_on, keep_toasts, settle

WALK = "Next time I want to learn SQL, Python, and stakeholder communication [b]x[/b] too."


@pytest.mark.parametrize(
    ("answer", "items"),
    [
        (WALK, ["SQL", "Python", "Stakeholder communication [b]x[/b]"]),
        ("I need SQL, Python and Airflow.", ["SQL", "Python", "Airflow"]),
        ("I need Kubernetes.", ["Kubernetes"]),
        ("I should brush up on Kafka and Spark.", ["Kafka", "Spark"]),
        ("I should learn Terraform, Ansible and Packer.", ["Terraform", "Ansible", "Packer"]),
        ("I'd like to get better at SQL and Tableau.", ["SQL", "Tableau"]),
        ("I’d like to get better at negotiation.", ["Negotiation"]),
        ("I would like to get better at public speaking.", ["Public speaking"]),
        ("Work on system design and caching.", ["System design", "Caching"]),
        ("Practise SQL joins and window functions.", ["SQL joins", "Window functions"]),
        ("Practice behavioural answers, please.", ["Behavioural answers"]),
        ("Brush up on statistics.", ["Statistics"]),
        ("Get better at whiteboard interviews.", ["Whiteboard interviews"]),
        ("They asked for SQL, Python and Looker.", ["SQL", "Python", "Looker"]),
        ("They wanted SQL, Python, and stakeholder experience.",
         ["SQL", "Python", "Stakeholder experience"]),
        ("More SQL, Python and Excel.", ["SQL", "Python", "Excel"]),
        ("More Excel.", ["Excel"]),
        ("Next time, I will practise STAR answers.", ["STAR answers"]),
        ("Next time I'll work on my storytelling and pacing.", ["Storytelling", "Pacing"]),
        ("Going forward I need to learn Terraform and Ansible.", ["Terraform", "Ansible"]),
        ("From now on I want to study algorithms.", ["Algorithms"]),
        ("In future I should focus on product sense.", ["Product sense"]),
        ("I'm going to pick up React and TypeScript.", ["React", "TypeScript"]),
        ("I want to improve my SQL and Excel.", ["SQL", "Excel"]),
        ("I plan to read up on data modelling.", ["Data modelling"]),
        ("I really need Go and Rust.", ["Go", "Rust"]),
        # A sentence without a lead-in comes second to one with it.
        ("The panel was kind. I need SQL and Python.", ["SQL", "Python"]),
        # After the things, a new clause is no thing ("and show ...").
        ("More SQL window functions, and show stakeholder work on the CV.",
         ["SQL window functions"]),
        ("I need SQL, and my resume never said so.", ["SQL"]),
    ],
)  # fmt: skip
def test_the_lead_in_goes_and_each_thing_is_offered(answer: str, items: list[str]) -> None:
    assert titles_from(answer) == items
    assert title_from(answer) == items[0]


@pytest.mark.parametrize(
    "answer",
    [
        "I want to learn from this and move on.",
        "I need a break.",
        "I need to calm down.",
        "I need time to think.",
        "I need feedback first.",
        "More than anything I was nervous.",
        "More of that would help.",
        "More people applied than I thought.",
        "Work on it.",
        "I should work on myself.",
        "I should have asked more questions.",
        "Next time I will relax.",
        "I want to learn how they decide.",
        "I should practise more.",
        "I need them to call back.",
        "Next time I'll ask what they want.",
    ],
)
def test_words_that_lead_in_to_no_thing_keep_the_sentence(answer: str) -> None:
    assert skills_named(answer) == []
    assert titles_from(answer) == [answer.rstrip(".")]


async def test_s_offers_each_thing_the_list_names_and_says_it_as_written(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    reply = step_by_key(db, rid, "feedback.response")
    async with app_on(opened_paths, "recovery", size=(80, 24)) as (app, pilot, pane):
        said = keep_toasts(app)
        await pilot.press("enter")
        assert pane.step_list.select_step(reply.id)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AnswerScreen)
        app.screen.query_one("#answer-text", TextArea).insert(WALK)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert pane.step_list.select_step(reply.id)
        await pilot.press("s")
        await settle(pilot)
        for title in ("SQL", "Python", "Stakeholder communication [b]x[/b]"):
            form = app.screen
            assert isinstance(form, FormScreen)
            assert form.query_one("#field-title", Input).value == title
            await pilot.press("ctrl+s")
            await settle(pilot)
            # The person's words as written, the toast cut where it is long.
            assert said[-1].startswith(f"Added to Skills: {title[:25]}"), said
            if title != "Stakeholder communication [b]x[/b]":
                assert isinstance(app.screen, ConfirmScreen)
                await pilot.press("y")
                await settle(pilot)
        assert not isinstance(app.screen, FormScreen | ConfirmScreen)
        assert focus_problem(app) is None
    with sqlite3.connect(opened_paths.database) as conn:
        stored = conn.execute("SELECT title, why FROM skill ORDER BY id").fetchall()
    conn.close()
    assert stored == [
        ("SQL", WALK),
        ("Python", WALK),
        ("Stakeholder communication [b]x[/b]", WALK),
    ]
