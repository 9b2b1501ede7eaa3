"""A skill made from a no's feedback is named for the skill, not for the sentence.

A tester's month: `s` on a plan whose no said "System design round was weak." offered an
item named "System design round was weak". The skill is "System design"; the person's
sentence stays on the item, word for word.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from bounceback_tui.domain.skill_prefill import chosen_sentence, titles_from
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.recovery_fixtures import add_rejection
from tests.ui_harness import app_on, settle_workers


@pytest.mark.parametrize(
    ("answer", "items"),
    [
        ("System design round was weak.", ["System design"]),
        ("Their system design was a concern.", ["System design"]),
        ("Communication was a concern for the team.", ["Communication"]),
        (
            "They felt my stakeholder communication was not strong enough.",
            ["Stakeholder communication"],
        ),
        ("My SQL was a bit rusty.", ["SQL"]),
        ("dbt was a concern.", ["dbt"]),  # its own case kept
        ("The coding interview was weak, and the rest was fine.", ["Coding"]),
        ("Not a fit. System design round was weak.", ["System design"]),
        ("Not enough Kubernetes experience.", ["Kubernetes experience"]),
        ("They said not enough dbt.", ["dbt"]),
        ("Lacked Kafka experience.", ["Kafka experience"]),
        ("I lacked iOS experience.", ["iOS experience"]),
        # Nothing that is a skill before the judgement: the sentence stays whole.
        ("The interview was weak.", ["The interview was weak"]),
        ("Overall it was a concern.", ["Overall it was a concern"]),
        ("My answers were weak.", ["My answers were weak"]),
    ],
)
def test_a_judged_thing_names_the_skill(answer: str, items: list[str]) -> None:
    assert titles_from(answer) == items


def test_the_sentence_judged_is_the_one_kept() -> None:
    assert chosen_sentence("Not a fit. System design round was weak.") == (
        "System design round was weak."
    )


REASON = "Not a fit for now. System design round was weak."


async def test_s_on_the_plan_names_the_skill_and_keeps_the_sentence(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Globex", "Backend Engineer", reason=REASON)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("s")
        await settle_workers(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).value == "System design"
        # The person's words are on the item whole: under "Why it matters".
        assert form.query_one("#field-why", TextArea).text == REASON
        assert form.query_one("#field-notes", TextArea).text == "System design round was weak."
        assert focus_problem(app) is None
