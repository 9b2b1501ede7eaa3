"""A skill made from a reflection answer (`s`) never takes a yes, a no or a hedge as its
title. "To skill" on the answer "Not really. The feedback said I need more experience
presenting design decisions to senior stakeholders. I should practise walking execs through a
decision in five minutes." offered the title "Not really" (a stranger's walk): it skips the
short openings and takes the first sentence that says what to do or what was missing, and
offers no title at all when the answer is only a hedge (`domain/skill_prefill`)."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from bounceback_tui.domain.skill_prefill import chosen_sentence, title_from
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.built_stores import store_once
from tests.skills_fixtures import Seeded, seed_backlog

WALK = (
    "Not really. The feedback said I need more experience presenting design decisions to "
    "senior stakeholders. I should practise walking execs through a decision in five minutes."
)


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        (WALK, "Presenting design decisions to senior stakeholders"),
        (
            "No. I should practise walking execs through a decision.",
            "Walking execs through a decision",
        ),
        ("Yes. I want to learn SQL window functions.", "SQL window functions"),
        ("Kind of. Improve my portfolio case studies.", "Improve my portfolio case studies"),
        ("I think so. I need to work on system design.", "System design"),
        ("No, but I should practise SQL joins.", "SQL joins"),
        # A sentence with something to do comes before one without.
        ("The panel was friendly. I should learn Figma auto layout.", "Figma auto layout"),
        # Nothing to do anywhere: the first sentence that is more than a hedge.
        ("Honestly, the panel ran late.", "The panel ran late"),
        # A thing judged is the skill (tests/test_skill_title_judged.py).
        ("Honestly, the portfolio was thin.", "Portfolio"),
        # Only hedges: no title to offer.
        ("Not really.", ""),
        ("Yes. Kind of. I think so.", ""),
        ("Maybe", ""),
        # An opening without its comma is the sentence's own word.
        ("No one asked about testing, so learn pytest.", "No one asked about testing"),
        ("Well written case studies matter.", "Well written case studies matter"),
    ],
)
def test_the_title_skips_hedges_and_takes_what_to_do(answer: str, title: str) -> None:
    assert title_from(answer) == title


def test_the_sentence_the_title_came_from_is_the_one_kept_in_the_notes() -> None:
    assert chosen_sentence(WALK) == (
        "The feedback said I need more experience presenting design decisions to senior "
        "stakeholders."
    )
    assert chosen_sentence("Not really.") == ""


@pytest.fixture
def seeded(opened_paths: DataPaths) -> Seeded:
    return store_once(opened_paths, seed_backlog)


@pytest.mark.parametrize(
    ("answer", "title", "notes"),
    [
        (
            WALK,
            "Presenting design decisions to senior stakeholders",
            "The feedback said I need more experience presenting design decisions to senior "
            "stakeholders.",
        ),
        # Only a hedge: it is kept once, under "Why it matters" as every answer is (it was
        # in the notes too: the round's left-alone list).
        ("Not really.", "", ""),
        ("Maybe, not sure.", "", ""),
    ],
)
async def test_the_form_from_a_reflection_answer(
    opened_paths: DataPaths, seeded: Seeded, answer: str, title: str, notes: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.new_skill_from(
            text=answer,
            source_kind="reflection",
            rejection_id=seeded.paperkite,
            recovery_step_id=seeded.paperkite_feedback_step,
        )
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).value == title
        assert form.query_one("#field-notes", TextArea).text == notes
        assert form.query_one("#field-why", TextArea).text == answer
