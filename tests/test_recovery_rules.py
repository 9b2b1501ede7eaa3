"""The recovery rules on fixed dates: when a step is due, when a feedback request is flagged,
and what input is refused. Expected values are worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.recovery import (
    DEFAULT_TEMPLATE,
    FEEDBACK_FLAG_AFTER_DAYS,
    FEEDBACK_FLAG_UNTIL_DAYS,
    GROUP_TITLES,
    NoKind,
    StepKind,
    StepLink,
    feedback_flag_on,
    is_feedback_flagged,
    is_step_due,
    plan_is_complete,
    progress_bar,
    skill_source_kind,
    step_due_on,
    steps_for_new_plan,
)
from bounceback_tui.domain.recovery_forms import (
    parse_offset,
    validate_answer,
    validate_custom_step,
    validate_feedback_request,
    validate_rejection,
    validate_template_step,
)
from bounceback_tui.errors import ValidationError

NO = date(2026, 3, 12)  # a Thursday
TODAY = date(2026, 3, 16)  # the frozen Monday


def test_the_template_follows_the_issue() -> None:
    groups = [s.group for s in DEFAULT_TEMPLATE]
    # Grouped in the order a person lives through it, each group in one run.
    assert list(dict.fromkeys(groups)) == [
        "breathe",
        "reflect",
        "feedback",
        "keep_going",
        "guardrails",
        "optional",
    ]
    # Four questions to look back with, whichever kind of no (after a conversation, or on
    # paper: the application is all they saw), "What went well?" last.
    for no in NoKind:
        plan = steps_for_new_plan(DEFAULT_TEMPLATE, include_optional=False, no=no)
        reflect = [s for s in plan if s.group == "reflect"]
        assert len(reflect) == 4 and all(s.kind is StepKind.ANSWER for s in reflect)
        assert [s.title for s in reflect][-1] == "What went well?"
    links = {s.key: s.link for s in DEFAULT_TEMPLATE if s.link}
    assert links == {"keep_going.skill": StepLink.SKILLS, "guardrails.thoughts": StepLink.REFRAME}
    optional = [s for s in DEFAULT_TEMPLATE if s.optional]
    assert [s.kind for s in optional] == [StepKind.EXPRESSIVE, StepKind.ANSWER]
    assert len({s.key for s in DEFAULT_TEMPLATE}) == len(DEFAULT_TEMPLATE)
    assert set(groups) <= set(GROUP_TITLES)


def test_optional_steps_only_when_switched_on() -> None:
    assert len(steps_for_new_plan(DEFAULT_TEMPLATE, include_optional=False)) == 15
    assert len(steps_for_new_plan(DEFAULT_TEMPLATE, include_optional=True)) == 17


def test_timing_puts_feelings_first_and_the_next_application_within_two_weeks() -> None:
    offsets = {s.key: s.offset_days for s in DEFAULT_TEMPLATE}
    assert offsets["breathe.feel"] == 0
    assert offsets["feedback.ask"] <= 5
    assert 7 <= offsets["keep_going.next"] <= 14
    assert offsets["breathe.feel"] < offsets["reflect.prepared"] < offsets["feedback.ask"]


def test_a_step_is_due_from_its_suggested_day() -> None:
    assert step_due_on(NO, 0) == date(2026, 3, 12)
    assert step_due_on(NO, 3) == date(2026, 3, 15)
    assert step_due_on(NO, 10) == date(2026, 3, 22)
    assert step_due_on(NO, -4) == NO  # a negative offset never puts a step before the no
    assert is_step_due(NO, 4, done=False, today=TODAY)  # due on the 16th: due today
    assert not is_step_due(NO, 5, done=False, today=TODAY)  # the 17th: not yet
    assert is_step_due(NO, 0, done=False, today=TODAY)  # overdue stays due
    assert not is_step_due(NO, 0, done=True, today=TODAY)


def test_an_unsent_feedback_request_is_flagged_after_its_grace_days() -> None:
    # Suggested on the 15th (offset 3); flagged FEEDBACK_FLAG_AFTER_DAYS (2) later, the 17th.
    assert FEEDBACK_FLAG_AFTER_DAYS == 2
    assert feedback_flag_on(NO, 3) == date(2026, 3, 17)

    def flagged(today: date, **kw: object) -> bool:
        args = {"asked_on": None, "done": False, "today": today, **kw}
        return is_feedback_flagged("feedback", NO, 3, **args)  # type: ignore[arg-type]

    assert not flagged(date(2026, 3, 16))
    assert flagged(date(2026, 3, 17))
    assert flagged(date(2026, 4, 11))  # 30 days after the no: the last flagged day
    assert FEEDBACK_FLAG_UNTIL_DAYS == 30
    assert not flagged(date(2026, 4, 12))  # after that the flag goes quiet
    assert not flagged(date(2026, 3, 20), asked_on=date(2026, 3, 19))
    assert not flagged(date(2026, 3, 20), done=True)
    assert not is_feedback_flagged(
        "answer", NO, 3, asked_on=None, done=False, today=date(2026, 3, 20)
    )


def test_plan_completion_and_progress_bar() -> None:
    assert plan_is_complete(15, 15)
    assert not plan_is_complete(14, 15)
    assert not plan_is_complete(0, 0)
    assert progress_bar(0, 15, 6) == "░░░░░░"
    assert progress_bar(14, 15, 6) == "█████░"  # never looks full until it is
    assert progress_bar(15, 15, 6) == "██████"
    assert progress_bar(8, 15, 6) == "███░░░"
    assert progress_bar(1, 15, 6) == "█░░░░░"  # the first tick shows
    assert progress_bar(0, 0, 4) == "····"


@pytest.mark.parametrize(
    ("kind", "group", "expected"),
    [
        ("answer", "reflect", "reflection"),
        ("reply", "feedback", "feedback"),
        ("answer", "feedback", "feedback"),
        ("check", "reflect", None),
        ("expressive", "optional", None),
        ("answer", "optional", None),
        ("feedback", "feedback", None),
    ],
)
def test_which_answers_can_become_skills(kind: str, group: str, expected: str | None) -> None:
    assert skill_source_kind(kind, group) == expected


def _errors(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def test_rejection_input_is_checked() -> None:
    good = validate_rejection(
        {"company": " Zürich Systems ", "role": "شركة", "rejected_on": "-2d", "stage_reached": ""},
        TODAY,
    )
    assert good.company == "Zürich Systems"
    assert good.role == "شركة"
    assert good.rejected_on == date(2026, 3, 14)
    with pytest.raises(ValidationError) as exc:
        validate_rejection(
            {"company": "", "role": "x" * 400, "rejected_on": "tomorrow", "stage_reached": "boss"},
            TODAY,
        )
    errors = _errors(exc)
    assert errors["company"] == "Company is required."
    assert "limit is 300" in errors["role"]
    assert "future" in errors["rejected_on"]
    assert "listed options" in errors["stage_reached"]
    with pytest.raises(ValidationError) as exc:
        validate_rejection({"company": "A\x07", "role": "r", "rejected_on": "2026-02-30"}, TODAY)
    assert "control characters" in _errors(exc)["company"]
    assert "not a real calendar date" in _errors(exc)["rejected_on"]


def test_custom_step_day_becomes_an_offset_from_the_no() -> None:
    data = validate_custom_step(
        {"title": "Coffee with Sam 🙂", "group": "breathe", "kind": "answer", "day": "today"},
        NO,
        TODAY,
    )
    assert (data.title, data.group_key, data.kind, data.offset_days) == (
        "Coffee with Sam 🙂",
        "breathe",
        StepKind.ANSWER,
        4,
    )
    with pytest.raises(ValidationError) as exc:
        validate_custom_step({"title": " ", "day": "2026-03-01", "kind": "reply"}, NO, TODAY)
    errors = _errors(exc)
    assert errors["title"] == "Step is required."
    assert "on or after the rejection (12 Mar 2026)" in errors["day"]
    assert "listed options" in errors["kind"]  # special kinds stay in the template
    with pytest.raises(ValidationError) as exc:
        validate_custom_step({"title": "Later", "day": "2027-06-01"}, NO, TODAY)
    assert "within a year" in _errors(exc)["day"]


# A plan's own step (the pane's "add a step") and the template's step: both forms read a
# step's title, detail and group by the same rules.
_STEP_FORMS = {
    "custom": lambda values: validate_custom_step({"day": "today", **values}, NO, TODAY),
    "template": lambda values: validate_template_step({"offset_days": "0", **values}),
}


@pytest.mark.parametrize("form", sorted(_STEP_FORMS))
def test_both_step_forms_read_title_detail_and_group_alike(form: str) -> None:
    validate = _STEP_FORMS[form]
    data = validate({"title": "  Walk  ", "detail": "round the park\nthen tea"})
    assert (data.title, data.detail) == ("Walk", "round the park\nthen tea")
    assert data.group_key == "keep_going"  # no group chosen: Keep going
    assert validate({"title": "Walk", "group": "breathe"}).group_key == "breathe"
    with pytest.raises(ValidationError) as exc:
        validate({"title": "x" * 201, "detail": "d" * 2_001, "group": "lunch"})
    errors = _errors(exc)
    assert set(errors) == {"title", "detail", "group"}
    assert "listed options" in errors["group"]


def test_feedback_request_cannot_be_in_the_future() -> None:
    data = validate_feedback_request({"asked_on": "yesterday", "asked_via": "email"}, NO, TODAY)
    assert (data.asked_on, data.asked_via) == (date(2026, 3, 15), "email")
    with pytest.raises(ValidationError) as exc:
        validate_feedback_request({"asked_on": "+1d", "asked_via": "pigeon"}, NO, TODAY)
    errors = _errors(exc)
    assert "not come yet" in errors["asked_on"]
    assert "listed options" in errors["asked_via"]


def test_answers_keep_their_lines_and_refuse_broken_text() -> None:
    assert validate_answer("  first line\n\tsecond  \n\n") == "first line\n\tsecond"
    with pytest.raises(ValidationError):
        validate_answer("bell \x07")
    with pytest.raises(ValidationError):
        validate_answer("x" * 100_001)


def test_template_step_input() -> None:
    data = validate_template_step(
        {
            "title": "Go for a walk",
            "group": "breathe",
            "kind": "check",
            "offset_days": "1 day",
            "link": "",
            "optional": "yes",
        }
    )
    assert (data.offset_days, data.optional, data.link) == (1, True, None)
    assert parse_offset("0") == 0
    for bad in ("-1", "soon", "400"):
        with pytest.raises(ValueError):
            parse_offset(bad)
    with pytest.raises(ValidationError) as exc:
        validate_template_step({"title": "", "offset_days": "x", "link": "nowhere"})
    assert set(_errors(exc)) == {"title", "offset_days", "link"}
