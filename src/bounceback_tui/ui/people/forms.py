"""The People forms: a person, a line of the log, an interview, how it went."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.answers import QUESTION_LIMIT
from bounceback_tui.domain.dates import DATE_HINT, PAST_DATE_HINT
from bounceback_tui.domain.interviews import (
    OUTCOME_NOTE_LIMIT,
    TIME_HINT,
    InterviewInput,
    InterviewKind,
    form_zone,
    is_whole_name,
    validate_interview,
    zone_suggestions,
    zone_to_take,
)
from bounceback_tui.domain.links import LINK_LIMIT
from bounceback_tui.domain.people import (
    EMAIL_LIMIT,
    HAPPENED_LABEL,
    NAME_LIMIT,
    NOTE_LIMIT,
    PHONE_LIMIT,
    ContactKind,
    InteractionKind,
)
from bounceback_tui.domain.text import LONG_TEXT_LIMIT
from bounceback_tui.domain.text import SHORT_TEXT_LIMIT as SHORT  # clean_text's own
from bounceback_tui.domain.zone_abbreviations import short_name_place
from bounceback_tui.errors import FieldError, ValidationError
from bounceback_tui.ui.kit.form import FieldSpec
from bounceback_tui.ui.kit.stored_field import stored_field
from bounceback_tui.ui.kit.text import plain

NO_APPLICATION = "none"


def _filled(specs: Sequence[FieldSpec], values: Mapping[str, str] | None) -> tuple[FieldSpec, ...]:
    values = values or {}
    return tuple(replace(s, value=str(values[s.name])) if values.get(s.name) else s for s in specs)


def contact_fields(values: Mapping[str, str] | None = None) -> tuple[FieldSpec, ...]:
    return _filled(
        (
            stored_field(
                "contact.name",
                "Name",
                placeholder="Who they are",
                required=True,
                max_length=NAME_LIMIT,
            ),
            FieldSpec(
                "kind",
                "Kind",
                kind="select",
                options=tuple((k.label, k.value) for k in ContactKind),
                value=ContactKind.RECRUITER.value,
                required=True,
            ),
            stored_field("contact.role", "Role", placeholder="Their job title", max_length=SHORT),
            stored_field(
                "contact.company",
                "Company",
                placeholder="Where they work (an agency, say)",
                max_length=SHORT,
            ),
            stored_field(
                "contact.email", "Email", placeholder="name@example.com", max_length=EMAIL_LIMIT
            ),
            stored_field(
                "contact.phone", "Phone", placeholder="+44 20 7946 0958", max_length=PHONE_LIMIT
            ),
            FieldSpec(
                "link",
                "Profile link",
                kind="link",
                placeholder="https://...",
                max_length=LINK_LIMIT,
            ),
            FieldSpec("next_follow_up", "Follow up on", kind="date", placeholder=DATE_HINT),
            stored_field("contact.notes", "Notes", max_length=LONG_TEXT_LIMIT),
        ),
        values,
    )


def application_options(
    choices: Sequence[tuple[int, str]],
) -> tuple[tuple[str | Content, str], ...]:
    """A person's text as a select's labels: Content, never read as markup."""
    return (("No application", NO_APPLICATION), *((plain(label), str(i)) for i, label in choices))


def interaction_fields(
    applications: Sequence[tuple[int, str]], chosen: int | None = None
) -> tuple[FieldSpec, ...]:
    return (
        FieldSpec(
            "kind",
            "What happened",
            kind="select",
            options=tuple((k.label, k.value) for k in InteractionKind),
            value=InteractionKind.SENT.value,
            required=True,
        ),
        FieldSpec(
            "application",
            "About",
            kind="select",
            options=application_options(applications),
            value=str(chosen) if chosen is not None else NO_APPLICATION,
            required=True,
        ),
        FieldSpec(
            "happened_on", HAPPENED_LABEL, kind="date", placeholder=PAST_DATE_HINT, value="today"
        ),
        stored_field(
            "interaction.note",
            "A line",
            placeholder="What was said, in a few words",
            max_length=NOTE_LIMIT,
        ),
    )


ZONE_HELP = "Theirs, if it differs from yours (a city or a country will do): shown in yours."


def interview_fields(
    applications: Sequence[tuple[int, str]],
    values: Mapping[str, str] | None = None,
    *,
    chosen: int | None = None,
) -> tuple[FieldSpec, ...]:
    specs: list[FieldSpec] = []
    if applications:
        specs.append(
            FieldSpec(
                "application",
                "Application",
                kind="select",
                options=tuple((plain(label), str(i)) for i, label in applications),
                value=str(chosen if chosen is not None else applications[0][0]),
                required=True,
            )
        )
    specs += [
        FieldSpec(
            "kind",
            "Kind",
            kind="select",
            options=tuple((k.label, k.value) for k in InterviewKind),
            value=InterviewKind.PHONE_SCREEN.value,
            required=True,
        ),
        FieldSpec("day", "Date", kind="date", placeholder=DATE_HINT, required=True),
        FieldSpec("at", "Time", placeholder=TIME_HINT, required=True),
        FieldSpec(
            "zone",
            "Time zone",
            value=form_zone(clock.zone_name()) or "",  # EST5EDT, say: the person says
            placeholder="Europe/London",
            help=_zone_help(),
            required=True,
            suggest=zone_suggestions,
            whole=is_whole_name,  # "India" stays India: Indianapolis is not offered
            offer_if=_form_takes,  # "Austra": not Australia, which keeps several zones
            instead=short_name_place,  # "EST → New York", not Estonia
            as_typed=zone_taken_as,
        ),
        FieldSpec("length_minutes", "Minutes", value="60"),
        stored_field(
            "interview.place", "Place", placeholder="An address, or 'video'", max_length=SHORT
        ),
        FieldSpec(
            "link", "Video link", kind="link", placeholder="https://...", max_length=LINK_LIMIT
        ),
        stored_field("interview.prep_notes", "Prepare", max_length=LONG_TEXT_LIMIT),
    ]
    return _filled(specs, values)


def _zone_help() -> str:
    """The zone field's help, first saying so when the computer's own zone names no place the
    form takes (TZ=XYZ-14, a copied zone file): the field starts empty, and times are shown
    at its offset, which a tester had read as UTC without a word."""
    from bounceback_tui.local_zone import no_place_said

    if form_zone(clock.zone_name()) is not None:
        return ZONE_HELP
    return no_place_said(clock.zone(), clock.now_utc(), then=ZONE_HELP)


def zone_taken_as(text: str) -> str:
    """The zone a typed place is read as, said under the field as it is typed ("New York":
    "Read as America/New_York."): the form never showed what a city or a country stood for.
    It said "Saved as" before anything was saved (a tester). Nothing for a zone typed in
    full, nor for one the save would refuse (it says why)."""
    zone = form_zone(text)
    if zone is None or zone.casefold() == text.strip().replace(" ", "_").casefold():
        return ""
    return f"Read as {zone}."


def _form_takes(name: str) -> bool:
    """Whether the form takes a zone name the field would offer: not a country of several
    zones (offered, then refused: a tester's walk), so the field offers nothing for it."""
    return form_zone(name) is not None


# After the refusal of a zone name begun ("chic": "did you mean Chicago (America/Chicago)?"),
# while the field offers that name after the cursor: the right arrow takes it (kit/suggest.py).
TAKE_IT = "Press the right arrow to take it."


def checked_interview(
    values: Mapping[str, str], today: date, *, kept_day: date | None = None
) -> InterviewInput:
    """``validate_interview``, its refusal of a zone name begun saying how to take the name the
    field offers for it (not for a misspelling, nor for the start of a country of several
    zones, for which the field offers nothing)."""
    try:
        return validate_interview(values, today, kept_day=kept_day)
    except ValidationError as exc:
        if zone_to_take(values.get("zone") or "") is None:
            raise
        errors = [
            FieldError(e.field, f"{e.message} {TAKE_IT}") if e.field == "zone" else e
            for e in exc.errors
        ]
        raise ValidationError(errors) from None


OUTCOME_FIELDS: tuple[FieldSpec, ...] = (
    stored_field(
        "interview.outcome_note",
        "How it went",
        name="note",
        placeholder="A line for yourself",
        max_length=OUTCOME_NOTE_LIMIT,
    ),
    FieldSpec(
        "rating",
        "Rating",
        kind="select",
        options=tuple((f"{n}  {'★' * n}", str(n)) for n in range(1, 6)),
        placeholder="1 to 5",
    ),
    FieldSpec(
        "questions",
        "Questions they asked",
        kind="multiline",
        help="One a line. They join your answer bank, to practise a better answer.",
        max_length=LONG_TEXT_LIMIT,
        line_limit=QUESTION_LIMIT,  # too_long's: a line is a question at most
    ),
)
