"""The hostile corpus (and generated text) fed to the validators of the forms main gained
after tests/test_hostile_validators.py was written: the answer bank's question, the coping
card, the care settings and the feedback request. Same rule: accepted and kept as typed
(after the documented cleaning), or refused with a clear message for a named field; no other
exception. BOUNCEBACK_EXAMPLES=600 runs a longer hunt.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.domain.care import validate_card
from bounceback_tui.domain.recovery_forms import validate_feedback_request
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers as answer_service
from bounceback_tui.services.care_settings import load_care, save_care, validate_care
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.test_hostile_validators import HUNT, accepted, as_typed, texts


@pytest.fixture
def store(opened_paths: DataPaths) -> Iterator[Database]:
    database = Database(opened_paths.database)
    yield database
    database.dispose()


@HUNT
@given(texts, texts, texts, st.one_of(texts, st.sampled_from(("3", "6", "٣", " 2 "))))
@example("Why [b]you[/b]?", "Initech [link=http://x]y", "\x1b]52;c;aGk=\x07", "5")
@example("x" * 10_000, "", "", "")
@example("\x0c0", "", "", "")  # a form feed first: trimmed, as a one-line field's spaces are
def test_a_bank_question_is_stored_as_typed_or_refused(
    store: Database, question: str, asked_at: str, action: str, confidence: str
) -> None:
    form = {"question": question, "asked_at": asked_at, "action": action, "confidence": confidence}
    data = accepted(lambda: validate_question(form))
    if data is None:
        return
    # The question is one line (typed in a one-line box; domain/line_fields.py since the
    # twenty-seventh round): a line break is refused, and it is trimmed as one-line fields are.
    assert data.question == as_typed(question)
    assert data.asked_at == as_typed(asked_at)
    assert data.action == as_typed(action, multiline=True)
    assert data.confidence is None or 1 <= data.confidence <= 5
    row = answer_service.add_question(store, data)
    stored = answer_service.get_question(store, row.id)
    assert (stored.question, stored.asked_at, stored.action, stored.confidence) == (
        data.question,
        data.asked_at,
        data.action,
        data.confidence,
    )


@HUNT
@given(texts)
@example("[/]")
@example("\u202eevil\u202c")
def test_a_coping_card_is_kept_as_typed_or_refused(text: str) -> None:
    card = accepted(lambda: validate_card(text))
    if card is not None:
        assert card == as_typed(text, multiline=True)
        assert card


@HUNT
@given(texts, texts, st.one_of(texts, st.sampled_from(("+44 20 7946 0000", "(0)123-45", "12a"))))
@example("GB", "Mum [b]", "+44 7700 900123")
@example("[link=http://x]y", "", "")
def test_care_settings_are_saved_as_typed_or_refused(
    tmp_path: Path, country: str, name: str, number: str
) -> None:
    form = {"country": country, "support_name": name, "support_number": number}
    care = accepted(lambda: validate_care(form))
    if care is None:
        return
    assert care.support_name == as_typed(name)
    assert care.support_number == as_typed(number)
    path = tmp_path / "settings.toml"
    save_care(path, care)
    loaded = load_care(path)
    assert loaded.problem == ""
    assert (loaded.country, loaded.support_name, loaded.support_number) == (
        care.country,
        care.support_name,
        care.support_number,
    )


@HUNT
@given(st.one_of(texts, st.sampled_from(("today", "2026-03-10", "2026-03-17", "yesterday"))), texts)
@example("2026-02-30", "email")
@example("[b]", "\x00")
def test_a_feedback_request_is_a_real_day_or_refused(asked_on: str, via: str) -> None:
    rejected_on = date(2026, 3, 1)
    data = accepted(
        lambda: validate_feedback_request(
            {"asked_on": asked_on, "asked_via": via}, rejected_on, FIXED_TODAY
        )
    )
    if data is not None:
        assert data.asked_on <= FIXED_TODAY
