"""The Skills rules: validation, resources, status moves, and the soft-skill suggestion."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback_tui.domain.skill_prefill import first_sentence, guess_kind, title_from
from bounceback_tui.domain.skills import (
    ResourceInput,
    SkillInput,
    SkillKind,
    SkillStatus,
    format_resources,
    is_overdue,
    over_doing_limit,
    parse_kind,
    parse_resources,
    shifted_status,
    timestamps_for,
    validate_skill,
)
from bounceback_tui.domain.soft_skill_cues import leaned_on_technical_only
from bounceback_tui.errors import ValidationError

TODAY = date(2026, 3, 16)
NOW = datetime(2026, 3, 16, 9, 30)


# --- validate_skill ------------------------------------------------------------------------


def test_a_full_item_is_cleaned() -> None:
    data = validate_skill(
        {
            "title": "  Telling   teamwork stories ",
            "kind": "soft_skill",
            "why": "They asked about conflict.\n",
            "target_date": "+1w",
            "resources": "https://example.org/star  the STAR method\nPractise with Sam",
            "notes": "",
        },
        TODAY,
    )
    assert data == SkillInput(
        title="Telling teamwork stories",
        kind=SkillKind.SOFT_SKILL,
        why="They asked about conflict.",
        target_date=date(2026, 3, 23),
        notes="",
        resources=(
            ResourceInput("https://example.org/star", "the STAR method"),
            ResourceInput("", "Practise with Sam"),
        ),
    )


@pytest.mark.parametrize("title", ["", "   ", "\t"])
def test_an_empty_title_is_refused(title: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_skill({"title": title}, TODAY)
    assert caught.value.for_field("title") == "Skill is required."


def test_a_new_target_date_in_the_past_is_refused() -> None:
    """It would make an item that is overdue the moment it is saved."""
    with pytest.raises(ValidationError) as caught:
        validate_skill({"title": "SQL", "target_date": "2026-01-05"}, TODAY)
    assert caught.value.for_field("target_date") == (
        "Target date: 2026-01-05 has passed; pick today or a later day."
    )
    assert validate_skill({"title": "SQL", "target_date": "today"}, TODAY).target_date == TODAY


def test_a_target_date_that_has_since_passed_can_stay_when_editing() -> None:
    data = validate_skill(
        {"title": "SQL", "target_date": "2026-01-05"}, TODAY, stored_target=date(2026, 1, 5)
    )
    assert data.target_date == date(2026, 1, 5)
    assert is_overdue(data.target_date, SkillStatus.TODO, TODAY)
    # Moving it to another past day is refused like a new one.
    with pytest.raises(ValidationError):
        validate_skill(
            {"title": "SQL", "target_date": "2026-01-06"}, TODAY, stored_target=date(2026, 1, 5)
        )


def test_a_wrong_date_and_a_long_title_are_both_reported() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_skill({"title": "x" * 201, "target_date": "2026-02-30"}, TODAY)
    assert "keep it under 200" in (caught.value.for_field("title") or "")
    assert "not a real calendar date" in (caught.value.for_field("target_date") or "")


def test_kind_accepts_labels_and_refuses_others() -> None:
    assert parse_kind("Soft skill") is SkillKind.SOFT_SKILL
    assert parse_kind("soft-skill") is SkillKind.SOFT_SKILL
    assert validate_skill({"title": "a", "kind": ""}, TODAY).kind is SkillKind.OTHER
    with pytest.raises(ValidationError) as caught:
        validate_skill({"title": "a", "kind": "cooking"}, TODAY)
    assert "technical, soft skill, interviewing, resume, other" in str(caught.value)


def test_control_characters_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_skill({"title": "bad\x07bell"}, TODAY)
    assert "control characters" in (caught.value.for_field("title") or "")


# --- resources -----------------------------------------------------------------------------


def test_resources_one_per_line_link_anywhere_on_the_line() -> None:
    resources = parse_resources(
        "\n".join(
            [
                "https://example.org/a",
                "Read chapter 3 of www.example.org/book.",
                "- Ask Priya for a mock interview",
                "",
                "example.org/course-without-scheme a free course",
                "Node.js in Action, chapter 2",
            ]
        )
    )
    assert resources == (
        ResourceInput("https://example.org/a", ""),
        ResourceInput("https://www.example.org/book", "Read chapter 3 of"),
        ResourceInput("", "- Ask Priya for a mock interview"),
        ResourceInput("https://example.org/course-without-scheme", "a free course"),
        ResourceInput("", "Node.js in Action, chapter 2"),
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("htp://example.org", "htp://example.org"),
        ("htp//example.org/course", "htp//example.org/course"),
        ("https//example.org/course", "https//example.org/course"),
        ("ok\nhttp://", "http://"),
        ("ftp://files.example.org/x", "ftp://files.example.org/x"),
    ],
)
def test_a_broken_link_names_its_line(text: str, shown: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_resources(text)
    message = caught.value.for_field("resources") or ""
    line = text.count("\n") + 1
    assert message.startswith(f"Line {line}: '{shown}' is not a link that can be opened.")
    assert "https://example.org/course" in message


def test_too_many_resources_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_resources("\n".join(f"note {i}" for i in range(31)))
    assert "31 resources" in str(caught.value)


def test_resources_read_back_what_format_writes() -> None:
    resources = (ResourceInput("https://example.org/a", "a note"), ResourceInput("", "plain"))
    assert parse_resources(format_resources(resources)) == resources


# --- status --------------------------------------------------------------------------------


def test_status_moves_along_todo_doing_done() -> None:
    assert shifted_status(SkillStatus.TODO, 1) is SkillStatus.DOING
    assert shifted_status(SkillStatus.DOING, 1) is SkillStatus.DONE
    assert shifted_status(SkillStatus.DONE, 1) is None
    assert shifted_status(SkillStatus.DONE, -1) is SkillStatus.DOING
    assert shifted_status(SkillStatus.TODO, -1) is None


def test_timestamps_follow_the_status() -> None:
    earlier = datetime(2026, 3, 1, 8, 0)
    assert timestamps_for(SkillStatus.DOING, None, None, NOW) == (NOW, None)
    assert timestamps_for(SkillStatus.DOING, earlier, NOW, NOW) == (earlier, None)
    assert timestamps_for(SkillStatus.DONE, earlier, None, NOW) == (earlier, NOW)
    assert timestamps_for(SkillStatus.DONE, None, None, NOW) == (NOW, NOW)
    assert timestamps_for(SkillStatus.TODO, earlier, NOW, NOW) == (None, None)


def test_overdue_only_while_not_done() -> None:
    assert is_overdue(date(2026, 3, 15), SkillStatus.DOING, TODAY)
    assert not is_overdue(date(2026, 3, 16), SkillStatus.TODO, TODAY)
    assert not is_overdue(date(2026, 3, 1), SkillStatus.DONE, TODAY)
    assert not is_overdue(None, SkillStatus.TODO, TODAY)


def test_doing_limit() -> None:
    assert not over_doing_limit(3, 3)
    assert over_doing_limit(4, 3)
    assert not over_doing_limit(9, 0)  # 0 means no limit


# --- prefilling from an answer -------------------------------------------------------------


def test_title_from_takes_the_first_sentence() -> None:
    assert title_from("They wanted more people leadership. Also SQL.") == "People leadership"
    long = "I should practise explaining the trade-offs of the caching layer " * 3
    title = title_from(long)
    assert len(title) <= 60 and "…" not in title  # cut at a word, no "…" to be saved
    assert title_from("  \n ") == ""


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        # The first clause is the title ...
        (
            "I rambled in the behavioural round, and never gave one concrete example of "
            "leading a team. Next time: STAR.",
            "I rambled in the behavioural round",
        ),
        ("SQL window functions; they asked twice.", "SQL window functions"),
        # ... unless it is too short to say anything ("Looking back"): then the next joins it.
        (
            "Looking back, my answers on caching were thin.",
            "Looking back, my answers on caching were thin",
        ),
        # Long clauses are cut at a word, within 60 characters (no "…": it was saved too).
        (
            "Practising how to explain the trade-offs between consistency and availability "
            "in a distributed cache.",
            "Practising how to explain the trade-offs between consistency",
        ),
    ],
)
def test_title_from_takes_the_first_clause_within_60(answer: str, title: str) -> None:
    assert title_from(answer) == title
    assert len(title_from(answer)) <= 60


def test_first_sentence_is_kept_whole() -> None:
    assert first_sentence("I rambled, badly. Then it ended.") == "I rambled, badly."
    assert first_sentence("  one line  ") == "one line"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("They wanted more people leadership.", SkillKind.SOFT_SKILL),
        ("My resume lists tasks, not results.", SkillKind.RESUME),
        ("I rambled in the behavioural interview.", SkillKind.INTERVIEWING),
        ("Weak on SQL window functions.", SkillKind.TECHNICAL),
        ("Nothing in particular.", SkillKind.OTHER),
        # Titles typed by hand (issue 16: "Public speaking" became Technical).
        ("Public speaking", SkillKind.SOFT_SKILL),
        ("Giving presentations", SkillKind.SOFT_SKILL),
        ("Negotiating an offer", SkillKind.SOFT_SKILL),
        ("Portfolio case study", SkillKind.RESUME),
        ("Mock interviews", SkillKind.INTERVIEWING),
        ("Kubernetes basics", SkillKind.TECHNICAL),
        ("Learn Spanish", SkillKind.OTHER),
    ],
)
def test_guess_kind(text: str, kind: SkillKind) -> None:
    assert guess_kind(text) is kind


# --- the soft-skill suggestion -------------------------------------------------------------

TECHNICAL_ONLY = [
    "Mostly technical. I never told the story about mediating the release dispute.",
    "I only talked about tools. Next time: one story about mentoring.",
    "Never mentioned teamwork once.",
    "mostly technical",
    "Only the technical ones.",
    "No.",
    "Not really.",
    "It was all technical; I didn't get to talk about how I lead the team.",
    "I leaned on technical skills only.",
    "Technical detail filled every minute.",
    "I didn't mention collaboration at all",
    "My soft skills didn't come across",
    "My teamwork story never came across",
    "Too much code, not enough people stuff.",
    "I talked only about the stack and the architecture.",
    "Soft skills got lost between the coding questions",
    "I forgot to share any teamwork examples",
    "There were no leadership stories from me",
    "I spent the whole time on Kubernetes; zero soft skills.",
    "MOSTLY TECHNICAL!!!",
    "Honestly? Way too technical.",
]
SOFT_SKILLS_SHOWED = [
    "I think the collaboration examples landed well.",
    "Both came across.",
    "Not only technical; I talked about mentoring too.",
    "Yes, the teamwork story landed.",
    "They asked about conflict and I had a good example.",
    "",
    "   ",
    "I was nervous.",
    "A good mix of both.",
    "It wasn't all technical: I described how I mentored two juniors.",
    "Mostly technical, but the story about the release dispute came across well.",
    "I did mention teamwork and how I handle disagreements.",
    "The technical part went fine.",
    "Yes.",
    "I talked about leadership a lot.",
    "Both rounds were purely about people.",
]


@pytest.mark.parametrize("answer", TECHNICAL_ONLY)
def test_technical_only_answers_are_recognised(answer: str) -> None:
    assert leaned_on_technical_only(answer) is True


@pytest.mark.parametrize("answer", SOFT_SKILLS_SHOWED)
def test_other_answers_are_not(answer: str) -> None:
    assert leaned_on_technical_only(answer) is False


# --- hostile input -------------------------------------------------------------------------

_hostile = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from("\u202e\u200f\x00\r\n\t[]/\\:"),
    max_size=400,
)


@settings(max_examples=300, deadline=None)
@given(
    title=_hostile,
    kind=_hostile,
    why=_hostile,
    target=_hostile,
    resources=_hostile,
    notes=_hostile,
)
def test_any_text_gives_an_item_or_a_validation_error(
    title: str, kind: str, why: str, target: str, resources: str, notes: str
) -> None:
    values = {
        "title": title,
        "kind": kind,
        "why": why,
        "target_date": target,
        "resources": resources,
        "notes": notes,
    }
    try:
        data = validate_skill(values, TODAY)
    except ValidationError as exc:
        assert exc.errors and all(e.message for e in exc.errors)
        return
    assert data.title and data.title == data.title.strip()
    assert len(data.title) <= 200
    assert isinstance(data.kind, SkillKind)
    for resource in data.resources:
        assert resource.url == "" or resource.url.startswith(("http://", "https://"))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=3000))
def test_resources_never_crash(text: str) -> None:
    try:
        resources = parse_resources(text)
    except ValidationError as exc:
        assert exc.for_field("resources")
        return
    assert len(resources) <= 30
    assert all(r.url or r.note for r in resources)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=2000))
def test_the_suggestion_rule_reads_any_text(text: str) -> None:
    assert leaned_on_technical_only(text) in (True, False)
    assert guess_kind(text) in set(SkillKind)
    assert len(title_from(text)) <= 60
