"""The hostile corpus (and generated text) fed to every form's validator, then to the store.

For each form: the validator either accepts the text, and the store gives back exactly what
it accepted, which is the text as typed after the documented cleaning (trimmed, Unicode NFC,
line endings as "\\n"; a skill's title on one line), or it refuses with a clear message for a
named field. No other exception, ever. Example counts stay moderate; BOUNCEBACK_EXAMPLES=600
runs a longer hunt.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from itertools import count
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.check_in import validate_check_in
from bounceback_tui.domain.recovery_forms import (
    validate_answer,
    validate_custom_step,
    validate_rejection,
    validate_template_step,
)
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.errors import BouncebackError, FieldError, ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import Feeling, RecordDraft, parse_rating, validate
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.application_detail import get_detail
from bounceback_tui.services.boards import follow_board, list_boards, parse_board
from bounceback_tui.services.check_ins import save_check_in
from bounceback_tui.services.settings import SPECS, parse_setting, read_setting, save_setting
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.hostile import hostile_strings

T = TypeVar("T")

SCALE = int(os.environ.get("BOUNCEBACK_EXAMPLES", "0")) or None
HUNT = settings(
    max_examples=SCALE or 40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# The corpus, then anything at all (every code point, controls and lone surrogates too).
texts = st.one_of(
    st.sampled_from(hostile_strings()),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),
)
NUMBERS_OF_A_KIND = ("²", "٣", "３", "9" * 5000, "-1", "0", "1e3", " 7 ")


def as_typed(text: str, *, multiline: bool = False) -> str:
    """The documented cleaning (docs/architecture.md, "cleaning typed text"): NFC, line
    endings as "\\n", trimmed of spaces and of the zero-width characters a paste brings
    (U+200B, U+200C, U+200D, U+2060, U+FEFF; a multi-line field keeps its inner and leading
    spaces); a text of nothing but spaces and invisible format characters is empty."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text):
        return ""
    zero_width = "\u200b\u200c\u200d\u2060\ufeff"
    while text and (text[-1].isspace() or text[-1] in zero_width):
        text = text[:-1]
    while text and (text[0] in "\n " + zero_width or (not multiline and text[0].isspace())):
        text = text[1:]
    return text


def one_line(text: str) -> str:
    return " ".join(text.split())


# Words of Python's own errors: a message holding one was not written for the person.
INTERNALS = ("Traceback", "invalid literal", "Exceeds the limit", "NoneType", "object has no")


def assert_clear(message: str) -> None:
    """One short line, in the app's words."""
    assert message.strip() and len(message) < 400 and "\n" not in message, message
    assert not any(word in message for word in INTERNALS), message


def accepted(call: Callable[[], T]) -> T | None:
    """The validator's result, or None when it refused with a clear message. Any other
    exception fails the test."""
    try:
        return call()
    except ValidationError as exc:
        assert exc.errors, "a refusal names at least one field"
        for error in exc.errors:
            assert error.field
            assert_clear(error.message)
        return None


@pytest.fixture
def store(opened_paths: DataPaths) -> Iterator[Database]:
    database = Database(opened_paths.database)
    yield database
    database.dispose()


# --- applications ------------------------------------------------------------------------------


@HUNT
@given(texts, texts, texts, texts)
@example("Initech [link=http://x]y", "[b]Dev[/b]", "\x1b]52;c;aGk=\x07", "x" * 10_000)
def test_application_text_is_stored_as_typed_or_refused(
    store: Database, company: str, role: str, notes: str, location: str
) -> None:
    form = {"company": company, "role": role, "notes": notes, "location": location}
    data = accepted(lambda: validate_application(form, FIXED_TODAY))
    if data is None:
        return
    assert (data.company, data.role) == (as_typed(company), as_typed(role))
    assert data.notes == as_typed(notes, multiline=True)
    assert data.location == as_typed(location)
    app = application_service.add_application(store, data)
    assert app.id is not None
    detail = get_detail(store, app.id)
    assert detail is not None
    stored = detail.application
    assert (stored.company, stored.role, stored.notes, stored.location) == (
        data.company,
        data.role,
        data.notes,
        data.location,
    )
    assert application_service.form_values(stored)["company"] == as_typed(company)


@HUNT
@given(st.one_of(texts, st.sampled_from(NUMBERS_OF_A_KIND)))
@example("9" * 5000)
@example("²")
def test_excitement_is_a_number_from_1_to_5_or_refused(excitement: str) -> None:
    form = {"company": "Acme", "role": "Dev", "excitement": excitement}
    data = accepted(lambda: validate_application(form, FIXED_TODAY))
    if data is not None:
        assert data.excitement is None or str(data.excitement) == excitement.strip()


@HUNT
@given(st.one_of(texts, st.sampled_from(NUMBERS_OF_A_KIND)))
@example("9" * 5000)
@example("-0")
def test_a_feeling_rating_is_0_to_100_or_refused(text: str) -> None:
    errors: list[FieldError] = []
    rating = parse_rating(text, "feeling-0", "Sad", errors)
    if errors:
        assert rating is None
        for error in errors:
            assert_clear(error.message)
    else:
        assert rating is None or (0 <= rating <= 100 and rating == int(text.strip()))


# --- rejections, steps, answers, the template --------------------------------------------------


@HUNT
@given(texts, texts, texts)
@example("Speak up [ in meetings [/]", "\\", "\u202eevil\u202c\n\n[/]")
def test_a_rejection_is_stored_as_typed_or_refused(
    store: Database, company: str, role: str, reason: str
) -> None:
    form = {"company": company, "role": role, "rejected_on": "today", "reason": reason}
    data = accepted(lambda: validate_rejection(form, FIXED_TODAY))
    if data is None:
        return
    assert (data.company, data.role) == (as_typed(company), as_typed(role))
    assert data.reason == as_typed(reason, multiline=True)
    rejection = recovery_service.add_rejection(store, data)
    assert rejection.id is not None
    plan = plan_service.load_plan(store, rejection.id)
    assert plan is not None
    got = plan.rejection
    assert (got.company, got.role, got.reason) == (data.company, data.role, data.reason)


@pytest.fixture
def rejection_id(store: Database) -> int:
    with store.write() as session:
        rejection = recovery_service.insert_rejection(
            session, company="Acme", role="Engineer", rejected_on=date(2026, 3, 12)
        )
        assert rejection.id is not None
        return rejection.id


@HUNT
@given(texts, texts, texts)
@example("Email Jane [link=http://x]y", "[@click=app.quit]x[/]", "x" * 10_000)
def test_a_custom_step_and_its_answer_are_stored_as_typed_or_refused(
    store: Database, rejection_id: int, title: str, detail: str, answer: str
) -> None:
    form = {"title": title, "detail": detail, "group": "keep_going", "kind": "answer", "day": ""}
    data = accepted(lambda: validate_custom_step(form, date(2026, 3, 12), FIXED_TODAY))
    if data is not None:
        assert data.title == as_typed(title)
        assert data.detail == as_typed(detail, multiline=True)
        step = step_service.add_custom_step(store, rejection_id, data).step
        assert step.id is not None
        cleaned = accepted(lambda: validate_answer(answer))
        if cleaned is not None:
            assert cleaned == as_typed(answer, multiline=True)
            step_service.save_answer(store, step.id, cleaned)
        plan = plan_service.load_plan(store, rejection_id)
        assert plan is not None
        (stored,) = [s for s in plan.steps if s.id == step.id]
        assert (stored.title, stored.detail) == (data.title, data.detail)
        if cleaned is not None:
            assert stored.answer == cleaned


@HUNT
@given(texts, texts, st.one_of(texts, st.sampled_from(NUMBERS_OF_A_KIND)))
@example("[/b]", "ends with a backslash\\", "9" * 5000)
def test_a_template_step_is_stored_as_typed_or_refused(
    store: Database, title: str, detail: str, offset: str
) -> None:
    form = {
        "title": title,
        "detail": detail,
        "group": "keep_going",
        "kind": "check",
        "offset_days": offset,
        "link": "",
        "optional": "no",
    }
    data = accepted(lambda: validate_template_step(form))
    if data is None:
        return
    assert (data.title, data.detail) == (as_typed(title), as_typed(detail, multiline=True))
    key = template_service.add_template_step(store, data)
    (row,) = [r for r in template_service.list_template(store) if r.key == key]
    assert (row.title, row.detail, row.offset_days) == (data.title, data.detail, data.offset_days)


# --- skills ------------------------------------------------------------------------------------


@HUNT
@given(texts, texts, texts, texts)
@example("Speak up [ in meetings [/]", "[red on blue]why[/]", "notes\\", "[b] https://x.org [/b]")
def test_a_skill_is_stored_as_typed_or_refused(
    store: Database, title: str, why: str, notes: str, resources: str
) -> None:
    form = {"title": title, "why": why, "notes": notes, "resources": resources, "kind": ""}
    data = accepted(lambda: validate_skill(form, FIXED_TODAY))
    if data is None:
        return
    assert data.title == one_line(as_typed(title))
    assert (data.why, data.notes) == (
        as_typed(why, multiline=True),
        as_typed(notes, multiline=True),
    )
    skill_id = skill_service.add_skill(store, data)
    row = skill_service.get_skill(store, skill_id)
    assert (row.title, row.why, row.notes) == (data.title, data.why, data.notes)
    assert [(r.url, r.note) for r in row.resources] == [(r.url, r.note) for r in data.resources]


# --- thought records ---------------------------------------------------------------------------


@HUNT
@given(texts, texts, texts, texts)
@example("I always fail [/]", "\x1b[2J", "👩‍💻 [b]", "\u2066isolate\u2069")
def test_a_thought_record_is_stored_as_typed_or_refused(
    store: Database, situation: str, thought: str, evidence: str, feeling: str
) -> None:
    draft = RecordDraft(
        situation=situation,
        thought=thought,
        evidence_against=evidence,
        balanced_thought=evidence,
        feelings=[Feeling(feeling, 60, 30)],
        current_step=3,
    )
    clean = accepted(lambda: validate(draft))
    if clean is None:
        return
    assert (clean.situation, clean.thought) == (
        as_typed(situation, multiline=True),
        as_typed(thought, multiline=True),
    )
    assert [f.name for f in clean.feelings] == [as_typed(feeling)]
    saved = reframe_service.save_draft(store, clean)
    assert saved.id is not None
    loaded = reframe_service.load_record(store, saved.id)
    assert (loaded.situation, loaded.thought, loaded.evidence_against) == (
        clean.situation,
        clean.thought,
        clean.evidence_against,
    )
    assert [(f.name, f.before, f.after) for f in loaded.feelings] == [
        (f.name, f.before, f.after) for f in clean.feelings
    ]


# --- check-ins and settings --------------------------------------------------------------------


@HUNT
@given(st.one_of(texts, st.sampled_from((*NUMBERS_OF_A_KIND, "3"))), texts)
@example("²", "fine")
@example("3", "Initech [link=http://x]y")
def test_a_check_in_is_stored_as_typed_or_refused(
    store: Database, opened_paths: DataPaths, mood: str, note: str
) -> None:
    data = accepted(lambda: validate_check_in({"mood": mood, "note": note}))
    if data is None:
        return
    assert data.note == as_typed(note)
    assert 1 <= data.mood <= 5
    save_check_in(store, FIXED_TODAY, data)
    with sqlite3.connect(opened_paths.database) as conn:
        stored = conn.execute(
            "SELECT mood, note FROM check_in WHERE day = ?", (FIXED_TODAY.isoformat(),)
        ).fetchone()
    assert stored == (data.mood, data.note)


NUMBER_SETTINGS = [
    key for key, spec in SPECS.items() if type(spec.default) is int and not spec.internal
]


@HUNT
@given(st.sampled_from(NUMBER_SETTINGS), st.one_of(texts, st.sampled_from(NUMBERS_OF_A_KIND)))
@example("weekly_goal", "9" * 5000)
@example("weekly_goal", "[/]")
def test_a_number_setting_is_stored_or_refused_with_its_name(
    store: Database, key: str, text: str
) -> None:
    spec = SPECS[key]
    try:
        value = parse_setting(key, text)
    except ValueError as exc:
        assert str(exc).startswith(f"{spec.title}:")
        assert_clear(str(exc))
        return
    assert isinstance(value, int)
    save_setting(store, key, value)
    assert read_setting(store, key) == value


# --- followed boards ---------------------------------------------------------------------------

_tokens = count()


@HUNT
@given(texts, texts)
@example("lever:acme", "Evil [link=http://x]y")
@example("\x1b[2J", "")
def test_a_board_is_followed_with_its_company_as_typed_or_refused(
    store: Database, board_text: str, company: str
) -> None:
    try:
        parse_board(board_text)
    except BouncebackError as exc:  # the clear "that is not a job board" message
        assert_clear(str(exc))
    ref = parse_board(f"lever:board{next(_tokens)}")
    try:
        board = follow_board(store, ref, company or None)
    except ValidationError as exc:
        assert exc.errors
        for error in exc.errors:
            assert_clear(error.message)
        return
    (stored,) = [b for b in list_boards(store) if b.id == board.id]
    if company.strip():
        assert stored.company == as_typed(company)
    else:
        assert stored.company  # named after the board


@pytest.mark.parametrize(
    "text", ["²", "9" * 5000, "٣", "0"], ids=["superscript", "5000 digits", "arabic", "zero"]
)
def test_a_board_named_on_the_command_line_is_found_or_clearly_missing(
    store: Database, text: str
) -> None:
    from bounceback_tui.services.boards import board_by_spec_or_id

    with pytest.raises(BouncebackError) as caught:
        board_by_spec_or_id(store, text)
    assert_clear(str(caught.value))
