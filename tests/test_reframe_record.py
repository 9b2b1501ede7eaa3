"""The exercise's rules (steps, ratings, validation, tailored prompts) and practice mode."""

from __future__ import annotations

import random

import pytest

from bounceback_tui.errors import FieldError, ValidationError
from bounceback_tui.reframe import TRAP_KEYS, TRAPS_BY_KEY
from bounceback_tui.reframe.practice import EXAMPLES, check_answer, practice_round
from bounceback_tui.reframe.record import (
    STEPS,
    SUMMARY_STEP,
    Feeling,
    RecordDraft,
    evidence_prompts,
    parse_rating,
    validate,
)


def test_eight_steps_in_the_standard_order() -> None:
    assert [s.key for s in STEPS] == [
        "situation",
        "thought",
        "feelings",
        "traps",
        "evidence_for",
        "evidence_against",
        "balanced",
        "rerate",
    ]
    assert SUMMARY_STEP == 8


@pytest.mark.parametrize(("text", "value"), [("0", 0), ("100", 100), (" 55 ", 55), ("", None)])
def test_ratings_in_range(text: str, value: int | None) -> None:
    errors: list[FieldError] = []
    assert parse_rating(text, "f", "Sad", errors) == value
    assert errors == []


@pytest.mark.parametrize("text", ["101", "-1", "150", "abc", "5.5", "٣", "1e2"])
def test_ratings_out_of_range_are_refused(text: str) -> None:
    errors: list[FieldError] = []
    assert parse_rating(text, "f", "Sad", errors) is None
    assert len(errors) == 1
    assert "0 to 100" in errors[0].message


def test_validate_requires_the_thought_past_its_step() -> None:
    validate(RecordDraft(situation="Rejected by Acme", current_step=1))  # fine: not there yet
    with pytest.raises(ValidationError) as raised:
        validate(RecordDraft(situation="Rejected by Acme", current_step=2))
    assert raised.value.for_field("thought") == "Write down the thought first: it is required."
    with pytest.raises(ValidationError):
        validate(RecordDraft(thought="   ", complete=True, current_step=0))


def test_validate_refuses_bad_ratings_names_and_traps() -> None:
    draft = RecordDraft(
        thought="I always fail",
        feelings=[Feeling("sad", 120), Feeling("", 50), Feeling("Sad", 30, after=-5)],
        traps=["overgeneralization", "not_a_trap"],
        current_step=3,
    )
    with pytest.raises(ValidationError) as raised:
        validate(draft)
    messages = " ".join(e.message for e in raised.value.errors)
    assert "sad (before): ratings go from 0 to 100." in messages
    assert "A feeling needs a name." in messages
    assert "'Sad' is listed twice." in messages
    assert "Unknown thinking trap: not_a_trap." in messages


def test_validate_cleans_and_orders() -> None:
    long_text = "word " * 15_000  # 75,000 characters: kept whole
    clean = validate(
        RecordDraft(
            thought="  I always fail  ",
            evidence_for=long_text,
            traps=["comparing", "all_or_nothing"],
            current_step=SUMMARY_STEP,
        )
    )
    assert clean.thought == "I always fail"
    assert clean.evidence_for == long_text.rstrip()
    assert clean.traps == ["all_or_nothing", "comparing"]  # catalogue order
    assert clean.complete


def test_average_shift_and_content() -> None:
    feelings = [Feeling("sad", 80, 40), Feeling("angry", 50, 60), Feeling("x", 9)]
    draft = RecordDraft(feelings=feelings)
    assert draft.average_shift() == 15  # (40 + -10) / 2; the unrated one is left out
    assert draft.has_content()
    assert not RecordDraft().has_content()
    assert not RecordDraft(situation="  ").has_content()


def test_evidence_prompts_follow_the_chosen_traps() -> None:
    prompts = evidence_prompts(["mind_reading", "comparing"], "against")
    assert prompts == [
        TRAPS_BY_KEY["mind_reading"].ask_against,
        TRAPS_BY_KEY["comparing"].ask_against,
    ]
    assert evidence_prompts([], "for") == ["What happened that makes the thought feel true?"]
    assert len(evidence_prompts(list(TRAP_KEYS), "for")) == 3


def test_evidence_prompts_do_not_depend_on_the_order_the_traps_were_ticked() -> None:
    ticked = ["labeling", "mind_reading", "fortune_telling", "overgeneralization"]
    asked = evidence_prompts(ticked, "against")
    assert asked == evidence_prompts(sorted(ticked), "against")
    assert asked == [
        TRAPS_BY_KEY[key].ask_against
        for key in ("overgeneralization", "mind_reading", "fortune_telling")
    ]


def test_practice_round_mixes_traps() -> None:
    examples = practice_round(5, random.Random(3))
    assert len(examples) == 5
    assert len({e.key for e in examples}) == 5


def test_practice_feedback_names_the_trap_and_why() -> None:
    example = next(e for e in EXAMPLES if e.key == "labeling")
    right = check_answer(example, "labeling")
    assert right.correct
    assert right.message.startswith("Yes: Labeling.")
    wrong = check_answer(example, "blaming")
    assert not wrong.correct
    assert wrong.message.startswith("Not quite: Blaming is not the main one here. It is Labeling.")
    assert example.why in wrong.message


def test_practice_accepts_a_second_fitting_trap() -> None:
    example = next(e for e in EXAMPLES if e.also)
    other = example.also[0]
    feedback = check_answer(example, other)
    assert feedback.correct
    assert TRAPS_BY_KEY[example.key].name in feedback.message


def test_every_practice_example_uses_catalogue_keys() -> None:
    for example in EXAMPLES:
        assert example.key in TRAP_KEYS
        assert set(example.also) <= set(TRAP_KEYS)
        assert example.why


def test_save_mine_over_takes_the_steps_only_the_other_window_changed() -> None:
    """``keep_theirs``: each step is the person's if they changed it, else the other
    window's; the two rating steps share the feelings and go together."""
    from bounceback_tui.reframe.record import Feeling, RecordDraft, keep_theirs

    read = RecordDraft(
        id=1,
        situation="An email",
        thought="I always fail",
        feelings=[Feeling("sad", 80, None)],
        traps=["labeling"],
    )
    now = read.copy()
    now.traps = ["overgeneralization"]  # the other window: traps and a first rating
    now.feelings = [Feeling("sad", 60, None)]
    mine = read.copy()
    mine.situation = "An email on Friday"  # this page: the situation and a later rating
    mine.feelings = [Feeling("sad", 80, 40)]
    merged = keep_theirs(read, now, mine)
    assert merged.situation == "An email on Friday"
    assert merged.traps == ["overgeneralization"]
    assert [(f.name, f.before, f.after) for f in merged.feelings] == [("sad", 80, 40)]
    untouched = read.copy()
    untouched.situation = "An email on Friday"
    merged = keep_theirs(read, now, untouched)  # neither rating step changed here: theirs
    assert [(f.name, f.before, f.after) for f in merged.feelings] == [("sad", 60, None)]
