"""Each form keeps a stored field on one line, or not, as the store's one table says.

domain/line_fields.py names every text column as one line or several, and the JSON import
reads it; but each form wrote its own rule twice, its box ("text" or "multiline") and its
validator (``clean_text``'s ``multiline``), so a column moved in the table stayed as it was
in its form. Now a form's field for a stored column is made by ``ui/kit/stored_field`` and
each validator asks ``line_fields.many_lines``: the box and the save follow the table.

Three checks: no form module makes a text box for a stored column by hand; every form's box
and validator agree with the table today; and with any one of those columns moved to the
other table, its form's box and validator follow it.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.domain import line_fields
from bounceback_tui.domain.answers import validate_question
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.applications import validate_rejection as validate_no_in_pipeline
from bounceback_tui.domain.check_in import validate_check_in
from bounceback_tui.domain.interviews import validate_interview, validate_outcome
from bounceback_tui.domain.people import validate_contact, validate_interaction
from bounceback_tui.domain.recovery_forms import (
    validate_custom_step,
    validate_rejection,
    validate_template_step,
)
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.errors import ValidationError
from bounceback_tui.ui.answers.form import question_fields
from bounceback_tui.ui.kit.form import FieldSpec
from bounceback_tui.ui.people.forms import (
    OUTCOME_FIELDS,
    contact_fields,
    interaction_fields,
    interview_fields,
)
from bounceback_tui.ui.pipeline.application_form import APPLICATION_FIELDS
from bounceback_tui.ui.skills.form import skill_fields
from bounceback_tui.ui.today.check_in import check_in_fields
from tests.conftest import FIXED_TODAY

UI = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui" / "ui"

# The tables each form module's forms keep their fields in.
FORM_TABLES: dict[str, frozenset[str]] = {
    "answers/bank.py": frozenset({"interview_question"}),
    "answers/form.py": frozenset({"interview_question"}),
    "people/forms.py": frozenset({"contact", "interaction", "interview"}),
    "pipeline/application_form.py": frozenset({"application", "contact"}),
    "pipeline/boards_follow.py": frozenset({"followed_board"}),
    "pipeline/dialogs.py": frozenset({"rejection"}),
    "pipeline/interviews.py": frozenset({"interview"}),
    "recovery/forms.py": frozenset({"recovery_step"}),
    "recovery/rejection_form.py": frozenset({"rejection"}),
    "recovery/template.py": frozenset({"recovery_template_step"}),
    "skills/form.py": frozenset({"skill"}),
    "today/check_in.py": frozenset({"check_in"}),
}
# Forms whose fields are kept in no table's text column: what to export, a message
# template (a setting), What's working's names for role families (a setting).
KEPT_ELSEWHERE = frozenset(
    {
        "screens/export.py",
        "screens/settings_templates.py",
        "insights/screen.py",
    }
)

BROKEN = "First line\nsecond line"
# What a field takes on one line, and the same with a line break, where words will not do.
SAMPLES = {
    "salary_currency": ("EUR", "EUR\nUSD"),
    "contact_email": ("kim@example.com", "kim@example.com\nlee@example.com"),
    "email": ("kim@example.com", "kim@example.com\nlee@example.com"),
    "phone": ("+44 20 7946 0958", "+44 20 7946\n0958"),
}
REFUSED = "contains control characters; remove them."  # a line break in a one-line field


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _typed(tables: frozenset[str]) -> set[str]:
    return {
        column
        for table in tables
        for column in (
            line_fields.ONE_LINE.get(table, frozenset())
            | line_fields.MANY_LINES.get(table, frozenset())
        )
    }


def test_every_form_module_is_known() -> None:
    """A new form is named above: which tables it keeps its fields in, or none."""
    makers = {
        path.relative_to(UI).as_posix()
        for path in UI.rglob("*.py")
        if path.parent.name != "kit"
        and (
            _calls(tree := ast.parse(path.read_text()), "FieldSpec") or _calls(tree, "stored_field")
        )
    }
    assert makers == set(FORM_TABLES) | KEPT_ELSEWHERE


@pytest.mark.parametrize("module", sorted(FORM_TABLES))
def test_no_form_types_a_stored_column_by_a_rule_of_its_own(module: str) -> None:
    """A text box for a stored column is made by ``stored_field`` (one line or several as
    the table says), never by ``FieldSpec`` with a kind of its own."""
    tree = ast.parse((UI / module).read_text())
    typed = _typed(FORM_TABLES[module])
    by_hand = []
    for call in _calls(tree, "FieldSpec"):
        name = _literal(call.args[0]) if call.args else None
        kind = next((_literal(k.value) for k in call.keywords if k.arg == "kind"), "text")
        if kind in ("text", "multiline") and name in typed:
            by_hand.append(f"{name} ({kind})")
    assert by_hand == [], f"{module} types these stored columns by its own rule"
    for call in _calls(tree, "stored_field"):
        column = _literal(call.args[0]) if call.args else None
        assert column is not None, f"{module}: stored_field names its column in the call"
        table, _, name = column.partition(".")
        assert table in FORM_TABLES[module], f"{module}: {column} is not its tables'"
        assert name in _typed(frozenset({table})), f"{module}: {column} is no typed column"


@dataclass(frozen=True)
class Form:
    """A form: its fields as it opens (None: made inside a screen with a store), how its
    save checks them, values it saves, and the stored column of each field typed in it.
    ``once``: its fields are made once, as the app starts (APPLICATION_FIELDS), so a table
    changed while it runs (by this test) is not seen in its boxes until the next start."""

    name: str
    specs: Callable[[], Sequence[FieldSpec]] | None
    check: Callable[[Mapping[str, str]], object]
    base: dict[str, str]
    stored: dict[str, str] = field(default_factory=dict)
    once: bool = False


def _own(table: str, *names: str) -> dict[str, str]:
    return {name: f"{table}.{name}" for name in names}


FORMS = (
    Form(
        "application",
        lambda: APPLICATION_FIELDS,
        lambda v: validate_application(v, FIXED_TODAY),
        {"company": "Acme", "role": "Engineer"},
        {
            **_own("application", "company", "role", "location", "salary_currency"),
            **_own("application", "notes", "description"),
            "contact_name": "contact.name",
            "contact_email": "contact.email",
        },
        once=True,
    ),
    Form(
        "person",
        contact_fields,
        lambda v: validate_contact(v, FIXED_TODAY),
        {"name": "Kim Lee", "kind": "recruiter"},
        _own("contact", "name", "role", "company", "email", "phone", "notes"),
    ),
    Form(
        "log line",
        lambda: interaction_fields([(1, "Acme (Engineer)")]),
        lambda v: validate_interaction(v, FIXED_TODAY),
        {"kind": "sent", "application": "none", "happened_on": "2026-03-16"},
        _own("interaction", "note"),
    ),
    Form(
        "interview",
        lambda: interview_fields([(1, "Acme (Engineer)")]),
        lambda v: validate_interview(v, FIXED_TODAY),
        {"kind": "technical", "day": "2026-03-20", "at": "14:30", "zone": "UTC"},
        _own("interview", "place", "prep_notes"),
    ),
    Form(
        "how it went",
        lambda: OUTCOME_FIELDS,
        lambda v: validate_outcome(v, close_key="Escape"),
        {"rating": "4"},
        {"note": "interview.outcome_note"},
        once=True,
    ),
    Form(
        "question",
        question_fields,
        validate_question,
        {"question": "Why us?"},
        _own("interview_question", "question", "asked_at", "answer_given"),
    ),
    Form(
        "question (STAR)",
        question_fields,
        validate_question,
        {"question": "Why us?"},
        _own("interview_question", "situation", "task", "action", "result"),
    ),
    Form(
        "skill",
        skill_fields,
        lambda v: validate_skill(v, FIXED_TODAY),
        {"title": "SQL", "kind": "technical"},
        _own("skill", "title", "why", "notes"),
    ),
    Form(
        "check-in",
        lambda: check_in_fields(None),
        validate_check_in,
        {"mood": "3"},
        _own("check_in", "note"),
    ),
    Form(
        "Recovery's no",
        None,
        lambda v: validate_rejection(v, FIXED_TODAY),
        {"company": "Acme", "role": "Engineer", "rejected_on": "2026-03-10"},
        _own("rejection", "company", "role", "reason"),
    ),
    Form(
        "the Pipeline's no",
        None,
        lambda v: validate_no_in_pipeline(v, FIXED_TODAY),
        {"rejected_on": "2026-03-10", "stage_reached": "applied"},
        _own("rejection", "reason"),
    ),
    Form(
        "a plan's own step",
        None,
        lambda v: validate_custom_step(v, date(2026, 3, 10), FIXED_TODAY),
        {"title": "Call Sam", "kind": "check", "day": "2026-03-18"},
        _own("recovery_step", "title", "detail"),
    ),
    Form(
        "the template's step",
        None,
        validate_template_step,
        {"title": "Take a walk", "kind": "check", "offset_days": "1", "optional": "no"},
        _own("recovery_template_step", "title", "detail"),
    ),
)
PAIRS = [(form, name) for form in FORMS for name in form.stored]


def _refusals(form: Form, name: str, value: str) -> list[str]:
    try:
        form.check({**form.base, name: value})
    except ValidationError as exc:
        return [error.message for error in exc.errors if error.field == name]
    return []


def _agrees(form: Form, name: str, *, box: bool = True) -> None:
    """The field's box and its save treat a line break as the table says of its column."""
    table, _, column = form.stored[name].partition(".")
    several = column in line_fields.MANY_LINES.get(table, frozenset())
    assert several or column in line_fields.ONE_LINE.get(table, frozenset())
    line, broken = SAMPLES.get(name, ("One line", BROKEN))
    assert _refusals(form, name, line) == [], f"{form.name}: {name} refuses one line"
    refused = [m for m in _refusals(form, name, broken) if m.endswith(REFUSED)]
    if several:
        assert refused == [], f"{form.name}: {name} refuses a line break, as one line"
    else:
        assert len(refused) == 1, f"{form.name}: {name} takes a line break, as several"
    if box and form.specs is not None:
        (spec,) = [spec for spec in form.specs() if spec.name == name]
        assert spec.kind == ("multiline" if several else "text"), f"{form.name}: {name}"


@pytest.mark.parametrize(
    ("form", "name"), PAIRS, ids=[f"{form.name}:{name}" for form, name in PAIRS]
)
def test_each_forms_box_and_save_agree_with_the_table(form: Form, name: str) -> None:
    _agrees(form, name)


@pytest.mark.parametrize(
    ("form", "name"), PAIRS, ids=[f"{form.name}:{name}" for form, name in PAIRS]
)
def test_a_column_moved_in_the_table_moves_in_its_form(
    form: Form, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each column in turn moved to the other table: its form's box (where the form's fields
    are built as it opens) and its save follow."""
    table, _, column = form.stored[name].partition(".")
    one = line_fields.ONE_LINE.get(table, frozenset())
    many = line_fields.MANY_LINES.get(table, frozenset())
    if column in one:
        one, many = one - {column}, many | {column}
    else:
        one, many = one | {column}, many - {column}
    monkeypatch.setitem(line_fields.ONE_LINE, table, one)
    monkeypatch.setitem(line_fields.MANY_LINES, table, many)
    _agrees(form, name, box=not form.once)
