"""The answer bank's schedule and order, belief shifts, coping cards, a low check-in, the
breathing timer and the crisis table: pure rules, expected values worked out by hand."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from bounceback_tui.domain.answers import (
    INTERVALS,
    PracticeItem,
    practice_order,
    question_key,
    questions_from_note,
    questions_listed,
    review,
    validate_question,
    without_lead_in,
)
from bounceback_tui.domain.care import (
    belief_shift,
    breath_bar,
    breath_phase,
    check_in_offer,
    choose_card,
    is_hard_day,
    low_day_offer,
)
from bounceback_tui.domain.crisis_lines import (
    CHECKED_ON,
    COUNTRIES_BY_CODE,
    DIRECTORY,
    lines_for,
    normalize_country,
)
from bounceback_tui.errors import ValidationError
from bounceback_tui.reframe.record import RecordDraft, validate
from bounceback_tui.store.database import Database

TODAY = date(2026, 3, 16)


def test_good_rounds_walk_the_schedule_1_3_7_14_30_then_stay_at_30() -> None:
    assert INTERVALS == (1, 3, 7, 14, 30)
    step = None
    day = TODAY
    gaps = []
    for _ in range(7):
        outcome = review(4, day, step)
        gaps.append((outcome.next_review_on - day).days)
        step, day = outcome.step, outcome.next_review_on
    assert gaps == [1, 3, 7, 14, 30, 30, 30]


def test_a_poor_round_starts_again_at_one_day() -> None:
    outcome = review(5, TODAY, 3)  # was on 14 days: a good round moves to 30
    assert outcome.next_review_on == TODAY + timedelta(days=30)
    poor = review(2, TODAY, 4)
    assert (poor.step, poor.next_review_on, poor.confidence) == (0, TODAY + timedelta(days=1), 2)
    assert review(1, TODAY, 2).next_review_on == TODAY + timedelta(days=1)
    # 3 is the lowest good rating: from 1 day (step 0) to 3 days.
    assert review(3, TODAY, 0).next_review_on == TODAY + timedelta(days=3)
    with pytest.raises(ValueError):
        review(0, TODAY, None)
    with pytest.raises(ValueError):
        review(6, TODAY, None)


def test_practice_order_due_first_then_weakest_then_least_recently_practised() -> None:
    items = [
        PracticeItem(1, 4, TODAY - timedelta(days=10), TODAY - timedelta(days=1)),  # due, strong
        PracticeItem(2, 2, TODAY - timedelta(days=2), TODAY),  # due today, weak
        PracticeItem(3, None, None, None),  # never practised: due, counts as weakest
        PracticeItem(4, 1, TODAY - timedelta(days=1), TODAY + timedelta(days=1)),  # not due
        PracticeItem(5, 2, TODAY - timedelta(days=5), TODAY),  # due, weak, practised longer ago
    ]
    assert [item.id for item in practice_order(items, TODAY)] == [3, 5, 2, 1, 4]


def test_questions_come_out_of_a_note() -> None:
    note = (
        "It went ok.\n- Why do you want to leave your job?\n"
        "2) Tell me about a conflict? And how did you handle it?\nThanks all. ??"
    )
    assert questions_from_note(note) == [
        "Why do you want to leave your job?",
        "Tell me about a conflict?",
        "How did you handle it?",
    ]
    assert questions_from_note("no questions here.") == []


def test_a_question_form_is_checked_like_every_other() -> None:
    ok = validate_question(
        {"question": "  Tell me about yourself ", "tags": "About you, behavioural, about you",
         "confidence": "3", "action": "[b]I led[/b] the [link=x]y"}
    )  # fmt: skip
    assert ok.question == "Tell me about yourself"
    assert ok.tags == ("about you", "behavioural")
    assert ok.action == "[b]I led[/b] the [link=x]y"  # kept as typed, never markup
    with pytest.raises(ValidationError) as caught:
        validate_question({"question": "", "confidence": "9", "task": "a\x1b[2Jb"})
    fields = {e.field for e in caught.value.errors}
    assert fields == {"question", "confidence", "task"}
    with pytest.raises(ValidationError):
        validate_question({"question": "x" * 1001})


def test_belief_is_rated_before_and_after_and_its_shift_is_the_drop() -> None:
    assert belief_shift(80, 35) == 45
    assert belief_shift(20, 50) == -30
    assert belief_shift(80, None) is None
    draft = RecordDraft(thought="I always fail", belief_before=90, belief_after=60)
    assert draft.belief_shift == 30
    with pytest.raises(ValidationError) as caught:
        validate(RecordDraft(thought="x", belief_before=101))
    assert caught.value.for_field("belief_before")
    assert RecordDraft(belief_before=40).has_content()


def test_a_hard_day_is_a_new_rejection_or_a_low_check_in() -> None:
    assert is_hard_day(mood_today=2, rejected_today=False)
    assert is_hard_day(mood_today=None, rejected_today=True)
    assert not is_hard_day(mood_today=3, rejected_today=False)
    assert not is_hard_day(mood_today=None, rejected_today=False)


def test_the_card_is_the_same_all_day_and_the_next_one_the_next_day() -> None:
    assert choose_card([], TODAY) is None
    # 2026-03-16 is ordinal 739691; 739691 % 3 == 2: the third card by id.
    assert TODAY.toordinal() % 3 == 2
    assert choose_card([30, 10, 20], TODAY) == 30
    assert choose_card([30, 10, 20], TODAY + timedelta(days=1)) == 10
    assert choose_card([7], TODAY + timedelta(days=5)) == 7


def test_a_low_check_in_offers_once_a_day_and_the_lowest_points_to_help() -> None:
    first = low_day_offer(2, offered_today=None)
    assert first is not None and not first.show_crisis_link
    lowest = low_day_offer(1, offered_today=None)
    assert lowest is not None and lowest.show_crisis_link
    assert low_day_offer(3, None) is None
    assert low_day_offer(1, offered_today=2) is None  # already offered today
    assert low_day_offer(2, offered_today=1) is None


def test_a_day_that_turns_very_low_after_a_low_check_in_still_points_to_help() -> None:
    # A 2 this morning got the grounding offers (without the help line); a 1 later the same
    # day is "more than a bad day" (issue 20) and must still lead to help, once, without
    # repeating the grounding offers.
    later = check_in_offer(1, offered_today=2)
    assert later is not None and later.help_only and later.show_crisis_link
    assert check_in_offer(1, offered_today=1) is None  # already pointed there today
    assert check_in_offer(2, offered_today=1) is None
    assert check_in_offer(2, offered_today=2) is None
    assert check_in_offer(4, offered_today=1) is None
    # Otherwise it is the low-day offer itself.
    first = check_in_offer(1, offered_today=None)
    assert first == low_day_offer(1, None) and first is not None and not first.help_only
    assert check_in_offer(2, offered_today=None) == low_day_offer(2, None)


def test_paced_breathing_is_four_in_six_out_for_two_minutes() -> None:
    assert breath_phase(0).word == "Breathe in"
    assert breath_phase(2).fraction == pytest.approx(0.5)
    assert breath_phase(4).word == "Breathe out"
    assert breath_phase(7).fraction == pytest.approx(0.5)
    assert breath_phase(10).word == "Breathe in"  # the second breath
    assert breath_phase(119.5).remaining == 1
    assert breath_phase(120).word == "Done"
    assert breath_bar(breath_phase(2), 10) == "█████░░░░░"
    assert breath_bar(breath_phase(4), 10) == "██████████"
    assert breath_bar(breath_phase(120), 4) == "░░░░"


def test_the_crisis_table_is_small_dated_and_has_the_known_numbers() -> None:
    assert CHECKED_ON
    assert [line.contact for line in COUNTRIES_BY_CODE["US"].lines] == ["988"]
    assert [line.contact for line in COUNTRIES_BY_CODE["GB"].lines] == ["116 123"]
    assert [line.contact for line in COUNTRIES_BY_CODE["IE"].lines] == ["116 123"]
    assert DIRECTORY.contact.startswith("https://")
    assert normalize_country(" uk ") == "GB"
    assert normalize_country("") == ""
    assert lines_for("fr") is None  # outside the table: the directory and own number remain
    for bad in ("GBR", "1a", "[b]", "é"):
        with pytest.raises(ValueError):
            normalize_country(bad)


def test_a_question_quoted_in_a_sentence_is_taken_from_its_quote() -> None:
    # A stranger's walk (seventeenth round): 'Also "Why Contoso?" again.' became the
    # question 'Also "Why Contoso?', lead-in and stray quote kept.
    note = 'Also "Why Contoso?" again. Then “What would you change first?” came up.'
    assert questions_from_note(note) == ["Why Contoso?", "What would you change first?"]
    # An apostrophe is no quote.
    assert questions_from_note("What's your biggest weakness?") == ["What's your biggest weakness?"]


def test_the_tester_s_note_gives_the_questions_without_their_lead_ins() -> None:
    # A tester's walk: "They asked: Tell me about…", "Then: Why do you want…" and "Also
    # what's your biggest weakness?" joined the bank lead-in and all.
    note = (
        "It went OK. They asked: Tell me about a time you disagreed with a PM? Then: Why do "
        "you want to leave your current role? Also what's your biggest weakness? I think I "
        "rambled. Why Acme?"
    )
    assert questions_from_note(note) == [
        "Tell me about a time you disagreed with a PM?",
        "Why do you want to leave your current role?",
        "What's your biggest weakness?",
        "Why Acme?",
    ]


@pytest.mark.parametrize(
    ("written", "question"),
    [
        ("They asked: Tell me about a time you failed?", "Tell me about a time you failed?"),
        ("The hiring manager asked me: why now?", "Why now?"),
        ("Sam wanted to know: what do you do for fun?", "What do you do for fun?"),
        ("Then: Why do you want to leave?", "Why do you want to leave?"),
        ("Q: Why Acme?", "Why Acme?"),
        ("Q2: what is a monad?", "What is a monad?"),
        ("Question 3: how would you shard it?", "How would you shard it?"),
        ("Interviewer: where do you see yourself?", "Where do you see yourself?"),
        ("Also what's your biggest weakness?", "What's your biggest weakness?"),
        ("And how did you handle it?", "How did you handle it?"),
        ("Plus, how would you scale it?", "How would you scale it?"),
        ("So what do you know about us?", "What do you know about us?"),
        ("And then they asked: what went wrong?", "What went wrong?"),
        # Kept as written: no lead-in, or nothing but one word would be left.
        ("Why Acme?", "Why Acme?"),
        ("Sometimes you work late?", "Sometimes you work late?"),
        ("Andrew's team: how big is it?", "Andrew's team: how big is it?"),
        ("Python: what is a generator?", "Python: what is a generator?"),
        ("Tell me about a time: you failed?", "Tell me about a time: you failed?"),
        ("Then what?", "Then what?"),
        ("But why?", "But why?"),
        ("Task: ask questions?", "Task: ask questions?"),
        ("why do you ask?", "why do you ask?"),
    ],
)
def test_a_question_s_lead_in_is_left_out(written: str, question: str) -> None:
    assert without_lead_in(written) == question
    assert questions_from_note(f"Went fine. {written} Done.") == [question]
    assert questions_listed(f"- {written}") == [question]


def test_two_ways_of_writing_one_question_are_one_question() -> None:
    assert question_key("Why Contoso?") == question_key("  why  CONTOSO ")
    assert question_key("Why Contoso?") != question_key("Why Initech?")


def test_a_note_does_not_add_a_question_the_bank_holds_written_otherwise(
    db: Database,
) -> None:
    from bounceback_tui.domain.answers import QuestionInput, QuestionSource
    from bounceback_tui.services import answers

    answers.add_question(db, QuestionInput("Why Contoso?"))
    with db.write() as session:
        added = answers.add_questions_in(
            session,
            'Also "why contoso" ? What would you change first?',
            source_kind=QuestionSource.REFLECTION,
        )
    assert len(added) == 1
    with sqlite3.connect(db.path) as conn:
        held = sorted(q for (q,) in conn.execute("SELECT question FROM interview_question"))
    conn.close()
    assert held == ["What would you change first?", "Why Contoso?"]


def test_an_arabic_or_full_width_question_mark_ends_a_question() -> None:
    """A newcomer's walk: in "…Also ما هو هدفك؟ Then שאלה? 🚀 ok." the Arabic "؟" did not end
    the first question, and the note gave one question where it holds two."""
    note = (
        "\u2026Also \u0645\u0627 \u0647\u0648 \u0647\u062f\u0641\u0643\u061f "
        "Then \u05e9\u05d0\u05dc\u05d4? \U0001f680 ok."
    )
    assert questions_from_note(note) == [
        "\u0645\u0627 \u0647\u0648 \u0647\u062f\u0641\u0643\u061f",  # ما هو هدفك؟, "Also" gone
        "Then \u05e9\u05d0\u05dc\u05d4?",  # kept whole: one word is left without "Then"
    ]
    assert questions_from_note("Why us\uff1f And what next? Fine.") == [
        "Why us\uff1f",
        "What next?",
    ]
    assert questions_listed("\u0644\u0645\u0627\u0630\u0627\u061f Why now?") == [
        "\u0644\u0645\u0627\u0630\u0627\u061f",
        "Why now?",
    ]
