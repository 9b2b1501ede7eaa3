"""The question picker of "Which questions would I answer differently now?" (and the bank's
"From a note", which reads notes the same way) takes interview prompts put without a "?":
a pasted line '"Tell us about a time you had to defend a design decision" - I talked about
pixels…' was skipped where '"Why Lumen?" - I'd be more specific…' was offered (a stranger's
walk). A quoted prompt, and a line that opens with a request ("Tell me about…", "Describe a
time…", "Walk me through…", "Give an example…"), is a question now, up to its stop or the
dash before what the writer says of it (`domain/answers.whole_questions`)."""

from __future__ import annotations

import pytest
from textual.widgets import SelectionList

from bounceback_tui.domain.answers import whole_questions
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.note_questions import NoteQuestionsScreen
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.test_reflection_questions_preview import _write_and_save
from tests.ui_harness import app_on

WALK = (
    '"Why Lumen?" - I\'d be more specific about their product.\n'
    '"Tell us about a time you had to defend a design decision" - I talked about pixels, '
    "not people."
)


@pytest.mark.parametrize(
    ("note", "questions"),
    [
        (WALK, ["Why Lumen?", "Tell us about a time you had to defend a design decision"]),
        ("Tell me about a project you led. I rambled.", ["Tell me about a project you led"]),
        ("- Describe a time you failed - I froze", ["Describe a time you failed"]),
        ("Walk me through your portfolio", ["Walk me through your portfolio"]),
        ("They asked: give an example of a conflict.", ["Give an example of a conflict"]),
        ("“Talk us through your process” went badly", ["Talk us through your process"]),
        # A prompt quoted inside a sentence.
        ('Then "describe your ideal team" caught me out.', ["Describe your ideal team"]),
        # Quoted words that open a line are a question when they are more than a word or two.
        ('"Your biggest weakness" - I said perfectionism', ["Your biggest weakness"]),
        # Not prompts: quoted words inside a sentence, a plain line, a prompt with its "?".
        ('She said "we went with someone more senior".', []),
        ("I think I described it badly.", []),
        ("Tell me about yourself?", ["Tell me about yourself?"]),
        # In the order written, each once.
        (
            "Walk me through a launch.\nWhy us?\nWalk me through a launch.",
            ["Walk me through a launch", "Why us?"],
        ),
    ],
)
def test_prompts_without_a_question_mark_are_questions(note: str, questions: list[str]) -> None:
    assert whole_questions(note) == questions


async def test_the_redo_step_offers_the_quoted_prompt(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Lumen", "Designer")
    step = step_by_key(db, rid, "reflect.redo")
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _write_and_save(pilot, step.id, WALK)
        assert isinstance(app.screen, NoteQuestionsScreen)
        listing = app.screen.query_one(SelectionList)
        offered = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert len(offered) == 2
        assert "Tell us about a time you had to defend a design decision" in offered[1]
        assert sorted(listing.selected) == [0, 1]
