"""Message drafts for the moments the advice names, filled from an application and a person.

The app never sends anything: a draft is copied, opened in the mail client as a
``mailto:`` link, or marked as sent by the person, which logs an interaction and ticks
the matching recovery step. Templates are plain text with ``{placeholders}``; only the
names in ``PLACEHOLDERS`` are filled, anything else in braces stays as typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from bounceback_tui.domain.people import BRIDGE_STEP, FEEDBACK_ASK_STEP, InteractionKind
from bounceback_tui.domain.stages import (
    ALL_STAGES,
    CLOSED_STAGES,
    SENT_STAGES,
    TALKED_STAGES,
    Stage,
)
from bounceback_tui.domain.text import clean_text
from bounceback_tui.errors import FieldError, ValidationError

SUBJECT_LIMIT = 300
BODY_LIMIT = 10_000


class MessageKind(StrEnum):
    FEEDBACK_REQUEST = "feedback_request"
    GRACIOUS_REPLY = "gracious_reply"
    FOLLOW_UP = "follow_up"
    THANK_YOU = "thank_you"
    RECRUITER_CHECK_IN = "recruiter_check_in"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    MessageKind.FEEDBACK_REQUEST: "Ask for feedback after a no",
    MessageKind.GRACIOUS_REPLY: "A gracious reply to a no",
    MessageKind.FOLLOW_UP: "A follow-up after applying",
    MessageKind.THANK_YOU: "A thank-you after an interview",
    MessageKind.RECRUITER_CHECK_IN: "A check-in with a recruiter",
}

PLACEHOLDERS: dict[str, str] = {
    "name": "their full name",
    "first_name": "their first name (or 'there' when there is no one)",
    "company": "the company",
    "role": "the role",
    "interview_date": "the last interview held (in a thank-you, the last one with them): "
    "its date, like Tuesday 17 March",
    "applied_date": "the day you applied",
    "my_name": "your name (Settings)",
}


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


DEFAULT_TEMPLATES: dict[MessageKind, Template] = {
    MessageKind.FEEDBACK_REQUEST: Template(
        "Feedback on my application for {role}",
        "Hi {first_name},\n\n"
        "Thank you for letting me know about the {role} role at {company}. I enjoyed "
        "learning about the team.\n\n"
        "If you have a few minutes, I would value a line or two on what would have made my "
        "application stronger. Anything you can share will help me grow.\n\n"
        "Best wishes,\n{my_name}",
    ),
    MessageKind.GRACIOUS_REPLY: Template(
        "Thank you, and keep me in mind",
        "Hi {first_name},\n\n"
        "Thanks for telling me, and for the time you and the team gave me. I liked what I "
        "saw of {company}, and I would be glad to hear from you if a role like this comes "
        "up again.\n\n"
        "All the best,\n{my_name}",
    ),
    MessageKind.FOLLOW_UP: Template(
        "Following up on my application for {role}",
        "Hi {first_name},\n\n"
        "I applied for the {role} role at {company} on {applied_date} and wanted to check "
        "in. I am still very interested, and happy to send anything that would help.\n\n"
        "Thank you,\n{my_name}",
    ),
    MessageKind.THANK_YOU: Template(
        "Thank you for {interview_date}",
        "Hi {first_name},\n\n"
        "Thank you for speaking with me on {interview_date} about the {role} role. I enjoyed "
        "the conversation and came away even keener on the work at {company}.\n\n"
        "Best,\n{my_name}",
    ),
    MessageKind.RECRUITER_CHECK_IN: Template(
        "Checking in",
        "Hi {first_name},\n\n"
        "I hope things are going well. I am still looking for roles like {role}, and I "
        "would be glad to hear about anything that fits. Is there anything I can do to "
        "make your search easier?\n\n"
        "Thanks,\n{my_name}",
    ),
}

# The two messages after a no, worded for a no on paper (``stages.no_on_paper``): the
# application is all they saw, so no call, interview or team to thank anyone for. A person's
# own template (Settings) goes to every no, as typed.
ON_PAPER_TEMPLATES: dict[MessageKind, Template] = {
    MessageKind.FEEDBACK_REQUEST: Template(
        "Feedback on my application for {role}",
        "Hi {first_name},\n\n"
        "Thank you for letting me know about the {role} role at {company}, and for taking "
        "the time to read my application.\n\n"
        "If you have a minute, I would value a line or two on what would have made it "
        "stronger. Anything you can share will help me with the next one.\n\n"
        "Best wishes,\n{my_name}",
    ),
    MessageKind.GRACIOUS_REPLY: Template(
        "Thank you, and keep me in mind",
        "Hi {first_name},\n\n"
        "Thanks for letting me know, and for considering my application. I would still be "
        "glad to hear from you if a role like {role} comes up at {company} again.\n\n"
        "All the best,\n{my_name}",
    ),
}


def built_in_template(kind: MessageKind, on_paper: bool = False) -> Template:
    """The built-in template of ``kind``; for a no on paper, its own wording where it has one."""
    if on_paper and kind in ON_PAPER_TEMPLATES:
        return ON_PAPER_TEMPLATES[kind]
    return DEFAULT_TEMPLATES[kind]


# What "mark as sent" logs and which recovery step it ticks.
SENT_AS: dict[MessageKind, tuple[InteractionKind, str | None]] = {
    MessageKind.FEEDBACK_REQUEST: (InteractionKind.FEEDBACK_ASKED, FEEDBACK_ASK_STEP),
    MessageKind.GRACIOUS_REPLY: (InteractionKind.SENT, BRIDGE_STEP),
    MessageKind.FOLLOW_UP: (InteractionKind.SENT, None),
    MessageKind.THANK_YOU: (InteractionKind.THANK_YOU_SENT, None),
    MessageKind.RECRUITER_CHECK_IN: (InteractionKind.SENT, None),
}
# The stages of an application each message fits, as its label says: the two after a no
# only for a rejected one; a follow-up for one sent and still open; a thank-you once it got
# as far as a conversation (a screening call, an interview); a recruiter check-in ("I am
# still looking for roles like it") for any but a job accepted. People's `m` offers only
# these (it offered "feedback after a no" for an application still in play).
FITS_STAGES: dict[MessageKind, frozenset[Stage]] = {
    MessageKind.FEEDBACK_REQUEST: frozenset({Stage.REJECTED}),
    MessageKind.GRACIOUS_REPLY: frozenset({Stage.REJECTED}),
    MessageKind.FOLLOW_UP: SENT_STAGES - CLOSED_STAGES,
    MessageKind.THANK_YOU: TALKED_STAGES,
    MessageKind.RECRUITER_CHECK_IN: frozenset(ALL_STAGES) - {Stage.ACCEPTED},
}


def fits(kind: MessageKind, stage: Stage) -> bool:
    """Whether a message of ``kind`` fits an application at ``stage``."""
    return stage in FITS_STAGES[kind]


# Whom a recruiter's check-in is for (it read "A check-in with a recruiter" to a hiring
# manager: a stranger's walk, seventeenth round).
RECRUITER_KINDS = frozenset({"agency_recruiter", "recruiter"})


def fits_person(
    kind: MessageKind,
    stage: Stage,
    person_kind: str,
    interviewed: bool,
    others_interviewed: bool = False,
) -> bool:
    """Whether People's `m` offers ``kind`` to a person of ``person_kind`` about an
    application at ``stage``; ``interviewed``: an interview of it with them has ended (a
    thank-you fits then, whatever stage it was left at, until it is closed);
    ``others_interviewed``: it had interviews held, none with them (a thank-you is not
    theirs: it thanked Eve for Sam's interview)."""
    if kind is MessageKind.RECRUITER_CHECK_IN and person_kind not in RECRUITER_KINDS:
        return False
    if kind is MessageKind.THANK_YOU and interviewed and stage not in CLOSED_STAGES:
        return True
    if kind is MessageKind.THANK_YOU and others_interviewed and not interviewed:
        return False
    return fits(kind, stage)


# The message a recovery step's "send it" offers.
MESSAGE_FOR_STEP: dict[str, MessageKind] = {
    FEEDBACK_ASK_STEP: MessageKind.FEEDBACK_REQUEST,
    BRIDGE_STEP: MessageKind.GRACIOUS_REPLY,
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# What the drafts fill: "{company}", and "{{company}}" as other tools write it (it filled to
# "{Acme}").
_FILLED = re.compile(r"\{\{([a-z_]+)\}\}|\{([a-z_]+)\}")


def fill(text: str, values: Mapping[str, str]) -> str:
    """Put ``values`` into ``text``'s known placeholders; everything else stays as typed."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        if name in PLACEHOLDERS:
            return values.get(name, "") or ""
        return match.group(0)

    return _FILLED.sub(replace, text)


@dataclass(frozen=True)
class Draft:
    kind: MessageKind
    subject: str
    body: str


def draft(kind: MessageKind, template: Template, values: Mapping[str, str]) -> Draft:
    """A draft: the template filled in, one line for the subject."""
    subject = " ".join(fill(template.subject, values).split())
    return Draft(kind, subject, fill(template.body, values))


def validate_template(values: Mapping[str, str]) -> Template:
    """A template as typed in settings: a one-line subject and a body, checked as text."""
    errors: list[FieldError] = []
    subject = clean_text(
        values.get("subject"), "subject", "The subject", errors, limit=SUBJECT_LIMIT
    )
    body = clean_text(
        values.get("body"), "body", "The message", errors, multiline=True, limit=BODY_LIMIT,
        required=True,
    )  # fmt: skip
    if errors:
        raise ValidationError(errors)
    return Template(subject, body)


def validate_draft(subject: str, body: str) -> tuple[str, str]:
    """The edited draft, checked before it is copied, opened or logged."""
    template = validate_template({"subject": subject, "body": body})
    return template.subject, template.body


def unknown_placeholders(template: Template) -> list[str]:
    """Names in braces that are not placeholders (shown as a hint; they stay as typed)."""
    found = _PLACEHOLDER.findall(template.subject + template.body)
    return sorted({name for name in found if name not in PLACEHOLDERS})


# Anything in braces that could be meant as a placeholder, closed or not: "{Company}",
# "{first-name}", "{role" (the pattern the drafts fill takes only "{lower_case}").
_BRACED = re.compile(
    r"\{(\s*[A-Za-z][A-Za-z_ -]{0,39})\}|\{\s*([A-Za-z][A-Za-z_-]{0,39})(?![A-Za-z_ -]*\})"
)


def placeholder_typos(template: Template) -> list[FieldError]:
    """Names in braces close to a placeholder's ({compnay}, {Company}, {first-name}, a "{role"
    never closed): each field's, with the one meant, so that a template is not saved to put
    "{compnay}" in every draft. A name close to none stays as typed (``unknown_placeholders``)."""
    from bounceback_tui.domain.fuzzy import best_match

    errors = []
    for field, label, text in (
        ("subject", "The subject", template.subject),
        ("body", "The message", template.body),
    ):
        said: dict[str, str] = {}
        for match in _BRACED.finditer(text):
            closed = match.group(1) is not None
            name = (match.group(1) or match.group(2)).strip()
            if closed and match.group(1) in PLACEHOLDERS:
                continue  # exactly as the drafts fill it: "{company }" is not (a stranger)
            key = name.lower().replace("-", "_").replace(" ", "_")
            if key not in PLACEHOLDERS:
                key = best_match(key, PLACEHOLDERS, cutoff=75, whole=True) or ""
            meant = key or None
            if meant is None:
                continue
            shown = f"{{{match.group(1)}}}" if closed else f"{{{name}"
            why = "is not a placeholder" if closed else "is never closed"
            said.setdefault(shown, f"{shown} {why}, did you mean {{{meant}}}?")
        if said:
            errors.append(FieldError(field, f"{label}: " + "; ".join(said.values())))
    return errors
