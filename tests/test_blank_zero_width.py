"""A required field holding only characters of no width (a zero-width space, a joiner, a byte
order mark, a word joiner) is as empty as one holding only spaces: every form refuses it, and
a person's text with such a character inside something real is kept as typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.recovery_forms import (
    validate_custom_step,
    validate_rejection,
    validate_template_step,
)
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import RecordDraft, validate
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services.applications import list_applications
from bounceback_tui.store.database import Database
from tests.ui_harness import app_on, fill, settle, toasts

TODAY = date(2026, 3, 16)
# What the attacker pasted (zero-width space, byte order mark, zero-width joiner), and
# the other characters of no width a paste brings.
NOTHING_SHOWN = ["\u200b\ufeff\u200d", "\u200c", "\u2060", " \u200b \u00a0", "\ufeff\n\u200b"]

FORMS: list[tuple[str, str, Callable[[str], Any]]] = [
    ("pipeline", "company", lambda v: validate_application({"company": v, "role": "R"}, TODAY)),
    ("person", "name", lambda v: validate_contact({"name": v}, TODAY)),
    ("answer bank", "question", lambda v: validate_question({"question": v})),
    (
        "template step",
        "title",
        lambda v: validate_template_step({"title": v, "offset_days": "0"}),
    ),
    (
        "plan's own step",
        "title",
        lambda v: validate_custom_step({"title": v, "day": "2026-03-14"}, date(2026, 3, 12), TODAY),
    ),
    (
        "rejection",
        "role",
        lambda v: validate_rejection(
            {"company": "Acme", "role": v, "rejected_on": "2026-03-12"}, TODAY
        ),
    ),
    ("skill", "title", lambda v: validate_skill({"title": v, "kind": "hard"}, TODAY)),
    ("reframe", "thought", lambda v: validate(RecordDraft(thought=v, current_step=3))),
]


@pytest.mark.parametrize("typed", NOTHING_SHOWN)
@pytest.mark.parametrize(("form", "field", "check"), FORMS, ids=[f[0] for f in FORMS])
def test_a_required_field_of_characters_of_no_width_is_refused(
    form: str, field: str, check: Callable[[str], Any], typed: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        check(typed)
    assert field in [error.field for error in refused.value.errors], form


def test_text_with_a_joiner_inside_is_kept_as_typed() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    saved = validate_application({"company": f"{family} Labs", "role": "Dev\u00adOps"}, TODAY)
    assert saved.company == "\U0001f468\u200d\U0001f469\u200d\U0001f467 Labs"
    assert saved.role == "Dev\u00adOps"
    assert validate_contact({"name": "Zo\u200bë"}, TODAY).name == "Zo\u200bë"


def test_is_blank() -> None:
    from bounceback_tui.domain.text import is_blank

    assert is_blank("") and is_blank("   ") and is_blank("\u200b\ufeff\u200d\u2060")
    assert not is_blank("a\u200b") and not is_blank("\U0001f468\u200d\U0001f469")
    assert not is_blank("\u0301")  # a lone accent shows (on a placeholder): not blank


async def test_the_pipeline_form_says_company_is_required(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        await fill(pilot, company="\u200b\ufeff\u200d", role="R")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not any(t.startswith("Saved") for t in toasts(app)), toasts(app)
        assert "Company is required." in str(app.screen.query_one("#error-company").render())
    assert list_applications(db) == []


async def test_reframe_asks_for_the_thought_when_it_is_only_zero_width(
    opened_paths: DataPaths, db: Database
) -> None:
    from textual.widgets import Static, TextArea

    async with app_on(opened_paths, "reframe") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("ctrl+n")  # the situation may be skipped
        await settle(pilot)
        app.query_one("#rf-step-1 TextArea", TextArea).load_text("\u200b\ufeff\u200d")
        await settle(pilot)  # its change heard before the next key (failed under load)
        await pilot.press("ctrl+n")
        await settle(pilot)
        message = str(app.query_one("#rf-message", Static).render())
        assert "Write the thought down first" in message
        assert str(app.query_one("#rf-progress", Static).render()).startswith("Step 2 of 8")
    # The draft may be kept (it autosaves), never with the characters as its thought.
    assert [row.thought for row in reframe_service.history(db)] in ([], [""])
