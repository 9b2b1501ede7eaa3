"""A skill made from a plan's answer (`s`) takes the answer's first clause as its title, with
no "…" ever saved, and its kind from the title's own words (a new user's walk).

"Stakeholder communication, because my CV only lists tools and never shows who I worked
with." became the title "Stakeholder communication, because my CV only lists tools…" (the
"…" saved with it), kind Resume; the feedback "More SQL window functions, and show
stakeholder work on the CV." was a Resume item too, for the CV named at its end."""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Input, Select, TextArea

from bounceback_tui.domain.skill_prefill import title_from
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from tests.built_stores import store_once
from tests.skills_fixtures import Seeded, seed_backlog

STAKEHOLDERS = (
    "Stakeholder communication, because my CV only lists tools and never shows who I worked with."
)
SQL = "More SQL window functions, and show stakeholder work on the CV."


@pytest.fixture
def seeded(opened_paths: DataPaths) -> Seeded:
    return store_once(opened_paths, seed_backlog)


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        (STAKEHOLDERS, "Stakeholder communication"),
        # "More" leads in (tests/test_skill_lead_in_lists.py).
        (SQL, "SQL window functions"),
        # A short first clause is the title when what follows explains it ...
        ("SQL, because they asked twice.", "SQL"),
        ("Negotiation; since I took the first number.", "Negotiation"),
        # ... and not when it only leads in: then the next joins it.
        (
            "Looking back, my answers on caching were thin.",
            "Looking back, my answers on caching were thin",
        ),
        # A long one is cut at a word, within 60 characters, with no "…" and no small word
        # left dangling at its end ("… the options of a").
        (
            "Practising how to explain the trade-offs between consistency and availability "
            "in a distributed cache.",
            "Practising how to explain the trade-offs between consistency",
        ),
        (
            "Explaining the trade-offs between the options of a distributed cache to stakeholders.",
            "Explaining the trade-offs between the options",
        ),
    ],
)
def test_the_title_is_the_first_clause_and_never_ends_in_an_ellipsis(
    answer: str, title: str
) -> None:
    assert title_from(answer) == title


@pytest.mark.parametrize(
    ("answer", "source", "title", "kind"),
    [
        (STAKEHOLDERS, "reflection", "Stakeholder communication", "soft_skill"),
        (SQL, "feedback", "SQL window functions", "technical"),
    ],
)
async def test_a_skill_from_an_answer_is_titled_and_kinded_by_its_first_clause(
    opened_paths: DataPaths, seeded: Seeded, answer: str, source: str, title: str, kind: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.new_skill_from(
            text=answer,
            source_kind=source,
            rejection_id=seeded.paperkite,
            recovery_step_id=seeded.paperkite_feedback_step,
        )
        await pilot.pause()
        if title == "SQL window functions":  # open in the seeded store already: asked first
            asked = app.screen
            assert isinstance(asked, ConfirmScreen)
            assert str(asked.question) == (
                "“SQL window functions” is already one of your open skills. Add another?"
            )
            await pilot.press("y")
            await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).value == title
        assert form.query_one("#field-kind", Select).value == kind
        assert form.query_one("#field-why", TextArea).text == answer
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
    with sqlite3.connect(opened_paths.database) as conn:
        stored = conn.execute("SELECT title, kind, why FROM skill WHERE id = 7").fetchall()
    conn.close()
    assert stored == [(title, kind, answer)]
