"""How long a JSON import lets each text column's values be: the limit the app's own forms
give the column, taken from the domain's constants.

A stranger's walk imported an application whose company was 10,000 characters; editing it
then refused every save ("Company is 10,000 characters; the limit is 300.") until the person
cut it down. Where a column is written by more than one form (or by the app itself), the
larger limit is the one kept here, so the app's own exports always import.

Columns with no entry (tests/test_transfer_json_checks.py names each, with its reason) are
held by the long-text limit every text has (json_checks._check_text) and whatever else
checks them there: a link, a time zone, a setting's JSON value, a key the app makes, an
answer's tags (each one as its form reads it).
"""

from __future__ import annotations

from bounceback_tui.domain.answers import QUESTION_LIMIT
from bounceback_tui.domain.asked_how import ASKED_VIA_LIMIT
from bounceback_tui.domain.care import CARD_LIMIT
from bounceback_tui.domain.check_in import NOTE_LIMIT as CHECK_IN_NOTE_LIMIT
from bounceback_tui.domain.interviews import OUTCOME_NOTE_LIMIT
from bounceback_tui.domain.people import EMAIL_LIMIT, NAME_LIMIT, PHONE_LIMIT
from bounceback_tui.domain.people import NOTE_LIMIT as INTERACTION_NOTE_LIMIT
from bounceback_tui.domain.recovery_forms import ANSWER_LIMIT, DETAIL_LIMIT
from bounceback_tui.domain.recovery_forms import TITLE_LIMIT as STEP_TITLE_LIMIT
from bounceback_tui.domain.skills import TITLE_LIMIT as SKILL_TITLE_LIMIT
from bounceback_tui.domain.skills import WHY_LIMIT
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from bounceback_tui.reframe.record import FEELING_NAME_LIMIT

_SHORT = SHORT_TEXT_LIMIT  # a one-line field of a form, unless it says otherwise
_LONG = LONG_TEXT_LIMIT  # a many-line field: a pasted description, notes, an answer

TEXT_LIMITS: dict[tuple[str, str], int] = {
    **{("application", c): _SHORT for c in ("company", "role", "location", "employment_type")},
    ("application", "salary_currency"): _SHORT,
    ("application", "notes"): _LONG,
    ("application", "description"): _LONG,
    ("check_in", "note"): CHECK_IN_NOTE_LIMIT,
    # A person's name: People's limit, which the Pipeline's "Contact name" and both imports
    # keep too; a person added by an email alone is named by its first NAME_LIMIT characters.
    ("contact", "name"): NAME_LIMIT,
    ("contact", "role"): _SHORT,
    ("contact", "company"): _SHORT,
    # The contact form keeps EMAIL_LIMIT; an application's "Contact email" (which adds the
    # person) keeps the one-line limit.
    ("contact", "email"): max(EMAIL_LIMIT, _SHORT),
    ("contact", "phone"): PHONE_LIMIT,
    ("contact", "notes"): _LONG,
    ("coping_card", "text"): CARD_LIMIT,
    ("followed_board", "company"): _SHORT,
    ("interaction", "contact_name"): NAME_LIMIT,  # the person's name when it was logged
    ("interaction", "note"): INTERACTION_NOTE_LIMIT,
    ("interview", "place"): _SHORT,
    ("interview", "prep_notes"): _LONG,
    ("interview", "outcome_note"): OUTCOME_NOTE_LIMIT,
    ("interview_question", "question"): QUESTION_LIMIT,
    ("interview_question", "asked_at"): _SHORT,
    **{
        ("interview_question", c): _LONG
        for c in ("answer_given", "situation", "task", "action", "result")
    },
    ("recovery_step", "title"): STEP_TITLE_LIMIT,
    ("recovery_step", "detail"): DETAIL_LIMIT,
    ("recovery_step", "answer"): ANSWER_LIMIT,
    ("recovery_step", "answer_draft"): ANSWER_LIMIT,
    ("recovery_step", "asked_via"): ASKED_VIA_LIMIT,  # a way of asking, or the person asked
    ("recovery_template_step", "title"): STEP_TITLE_LIMIT,
    ("recovery_template_step", "detail"): DETAIL_LIMIT,
    ("rejection", "company"): _SHORT,
    ("rejection", "role"): _SHORT,
    ("rejection", "reason"): _LONG,
    ("skill", "title"): SKILL_TITLE_LIMIT,
    ("skill", "why"): WHY_LIMIT,
    ("skill", "notes"): _LONG,
    # A resource's note: the skill form keeps it under twice a title (skills._limit_note).
    ("skill_resource", "note"): SKILL_TITLE_LIMIT * 2,
    ("thought_feeling", "name"): FEELING_NAME_LIMIT,
    **{
        ("thought_record", c): _LONG
        for c in ("situation", "thought", "evidence_for", "evidence_against")
    },
    ("thought_record", "balanced_thought"): _LONG,
}
