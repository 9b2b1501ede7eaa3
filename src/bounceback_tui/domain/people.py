"""People and the log of what passed between them and the person: kinds, checks, rules.

Pure functions only. A contact is someone the search involves; an interaction is one
line of the log (sent, called, feedback asked, ...), about an application, a contact,
or both. Logging "feedback asked" or "feedback received" ticks the matching step of
the application's recovery plan (``step_ticked_by``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bounceback_tui.domain.choices import parse_choice
from bounceback_tui.domain.dates import record_day, say_how_read
from bounceback_tui.domain.line_fields import many_lines
from bounceback_tui.domain.links import LinkError, parse_web_link
from bounceback_tui.domain.step_timing import FEEDBACK_ASK_STEP as FEEDBACK_ASK_STEP
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, clean_text, clip_name
from bounceback_tui.errors import FieldError, ValidationError

NAME_LIMIT = 200
NOTE_LIMIT = 500  # an interaction is a line, not a letter
EMAIL_LIMIT = 254
PHONE_LIMIT = 40


class ContactKind(StrEnum):
    AGENCY_RECRUITER = "agency_recruiter"
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    REFERRER = "referrer"
    INTERVIEWER = "interviewer"
    PEER = "peer"
    SUPPORT = "support"
    OTHER = "other"

    @property
    def label(self) -> str:
        """One name for the kind, the same in the list, the details, the form and a search:
        the list said "Agency recruiter" and the details "Recruiter (agency)" (a new user's
        walk). Kept short enough for the list's Kind column, which shows it whole."""
        return _CONTACT_LABELS[self]


_CONTACT_LABELS = {
    ContactKind.AGENCY_RECRUITER: "Agency recruiter",
    ContactKind.RECRUITER: "In-house recruiter",
    ContactKind.HIRING_MANAGER: "Hiring manager",
    ContactKind.REFERRER: "Referrer",
    ContactKind.INTERVIEWER: "Interviewer",
    ContactKind.PEER: "Peer",
    ContactKind.SUPPORT: "Friend or family",
    ContactKind.OTHER: "Other",
}


class InteractionKind(StrEnum):
    SENT = "sent"
    REPLIED = "replied"
    CALLED = "called"
    MET = "met"
    THANK_YOU_SENT = "thank_you_sent"
    FEEDBACK_ASKED = "feedback_asked"
    FEEDBACK_RECEIVED = "feedback_received"

    @property
    def label(self) -> str:
        return _INTERACTION_LABELS[self]


_INTERACTION_LABELS = {
    InteractionKind.SENT: "Sent",
    InteractionKind.REPLIED: "They replied",
    InteractionKind.CALLED: "Called",
    InteractionKind.MET: "Met",
    InteractionKind.THANK_YOU_SENT: "Thank-you sent",
    InteractionKind.FEEDBACK_ASKED: "Feedback asked",
    InteractionKind.FEEDBACK_RECEIVED: "Feedback received",
}

# The recovery steps (template keys, domain/recovery.py) an interaction stands for (the
# ask's key lives in step_timing.py, which Today's launch read imports without this module).
FEEDBACK_RESPONSE_STEP = "feedback.response"
BRIDGE_STEP = "guardrails.bridge"
_STEP_OF_KIND = {
    InteractionKind.FEEDBACK_ASKED: FEEDBACK_ASK_STEP,
    InteractionKind.FEEDBACK_RECEIVED: FEEDBACK_RESPONSE_STEP,
}
# And the other way: ticking such a step offers to log this interaction.
KIND_OF_STEP = {step: kind for kind, step in _STEP_OF_KIND.items()}


def step_ticked_by(kind: InteractionKind) -> str | None:
    """The recovery step an interaction of this kind ticks in its application's plan."""
    return _STEP_OF_KIND.get(kind)


# A line sent that thanks them or says it was gracious: "Sent a gracious reply thanking her".
_THANKS = re.compile(r"\b(?:thank|thanks|thanked|thanking|gracious|grateful)\b", re.IGNORECASE)


def settles_follow_up(follow_up: date | None, happened_on: date) -> bool:
    """Whether a line of the log dated ``happened_on`` settles a follow-up set for
    ``follow_up``: being in touch on its day or after it is the follow-up done. People read
    "Last in touch 31 Jan" above "Follow up 13 Jan, 18 days ago", and Today kept it overdue
    (a stranger's month). A line dated before the day leaves it: it is still to come."""
    return follow_up is not None and follow_up <= happened_on


def is_thank_you(kind: InteractionKind, note: str) -> bool:
    """Whether a log line is the thank-you that keeps the bridge intact after a no: a
    "Thank-you sent", or a "Sent" whose line thanks them."""
    if kind is InteractionKind.THANK_YOU_SENT:
        return True
    return kind is InteractionKind.SENT and _THANKS.search(note) is not None


def parse_contact_kind(text: str) -> ContactKind:
    return parse_choice(ContactKind, text)


def parse_interaction_kind(text: str) -> InteractionKind:
    return parse_choice(InteractionKind, text, what="What happened")


# --- Email and phone --------------------------------------------------------------------

# A name, one @ and a domain with a dot; nothing a mail link would read as its own syntax
# (? & # , ; < > " and spaces), so an address can go into a mailto: link as it is.
_EMAIL = re.compile(
    r"[^@\s?&#,;<>\"'()\[\]\\]+@[^@\s?&#,;<>\"'()\[\]\\]+\.[^@\s?&#,;<>\"'()\[\]\\.]+"
)
# "+44 20 7946 0001", "(555) 123-4567", "030/1234567", "555.123.4567 x12".
_PHONE = re.compile(r"(?:\+\s*)?[0-9(][0-9 ().\-/]*(?:\s*(?:ext\.?|x)\s*[0-9]+)?", re.IGNORECASE)


def check_email(text: str) -> str:
    """The address as typed (trimmed), or ValueError saying what is wrong; "" is fine."""
    value = text.strip()
    if not value:
        return ""
    if len(value) > EMAIL_LIMIT:
        raise ValueError(f"An email address is at most {EMAIL_LIMIT} characters.")
    if not _EMAIL.fullmatch(value) or value.startswith(".") or ".." in value:
        raise ValueError(email_problem(value))
    return value


def email_problem(value: str) -> str:
    """What an address that is not one lacks, in a sentence: "ann@northwind" has its name, its
    @ and its domain, and was told it needed them (a stranger's walk); it lacks the ending."""
    domain = value.partition("@")[2]
    if "." not in domain and _EMAIL.fullmatch(f"{value}.com") and not value.startswith("."):
        return f"The email needs an ending after {clip_name(domain)}, like {clip_name(domain)}.com."
    return "The email needs a name, an @ and a domain, like sam@example.com."


def stored_email_problem(text: str) -> str:
    """Why an address a person's record holds cannot be mailed, in a sentence; "" when it
    can, or when there is none. The People form refuses such an address, but a store edited
    by hand (``a@b<ESC>[31m.co``) or an older export can hold one: the draft said "This person
    has no email address yet" of it, as if there were none to mend."""
    if not text.strip():
        return ""
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text):
        return "It holds a control character, which no mail program takes."
    try:
        check_email(text)
    except ValueError as exc:
        return str(exc)
    return ""


def is_email(text: str) -> bool:
    try:
        return bool(check_email(text))
    except ValueError:
        return False


def check_phone(text: str) -> str:
    value = " ".join(text.split())
    if not value:
        return ""
    if len(value) > PHONE_LIMIT:
        raise ValueError(f"A phone number is at most {PHONE_LIMIT} characters.")
    if not _PHONE.fullmatch(value) or sum(ch.isdigit() for ch in value) < 3:
        raise ValueError(
            "A phone number starts with a digit, + or ( and holds at least three digits, "
            "with spaces ( ) - . / between them and an extension like x12; no letters."
        )
    return value


# --- Contacts ---------------------------------------------------------------------------


def person_name(name: str, email: str) -> str:
    """The name of a person added by a name or an email alone (an application's contact
    fields, an import): the name, or with none the email, cut to NAME_LIMIT. An email may be
    EMAIL_LIMIT long, and a 254-character name made so was one People refused to save."""
    return name or email[:NAME_LIMIT]


@dataclass(frozen=True)
class ContactInput:
    """A checked contact, ready to store."""

    name: str
    kind: ContactKind = ContactKind.OTHER
    role: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    link: str = ""
    notes: str = ""
    next_follow_up: date | None = None


CONTACT_FIELDS = (
    "name",
    "kind",
    "role",
    "company",
    "email",
    "phone",
    "link",
    "notes",
    "next_follow_up",
)


def validate_contact(values: Mapping[str, str], today: date) -> ContactInput:
    """Check form values (strings, as typed); raise ValidationError listing every refusal."""
    errors: list[FieldError] = []
    # People's own limit, said with its number: the general text limit (300) was said first,
    # then "keep it short" with none (a stranger's walk), as the imports count it.
    name = clean_text(
        values.get("name"),
        "name",
        "The name",
        errors,
        required=True,
        limit=NAME_LIMIT,
        multiline=many_lines("contact", "name"),
    )
    name = " ".join(name.split())
    kind = ContactKind.OTHER
    if raw := (values.get("kind") or "").strip():
        try:
            kind = parse_contact_kind(raw)
        except ValueError as exc:
            errors.append(FieldError("kind", str(exc)))
    # One line or several as the store's table says (domain/line_fields.py).
    role = clean_text(
        values.get("role"), "role", "The role", errors, multiline=many_lines("contact", "role")
    )
    company = clean_text(
        values.get("company"),
        "company",
        "The company",
        errors,
        multiline=many_lines("contact", "company"),
    )
    email = ""
    raw_email = clean_text(
        values.get("email"),
        "email",
        "The email",
        errors,
        limit=1000,
        multiline=many_lines("contact", "email"),
    )
    try:
        email = check_email(raw_email)
    except ValueError as exc:
        errors.append(FieldError("email", str(exc)))
    phone = ""
    raw_phone = clean_text(
        values.get("phone"), "phone", "The phone", errors, multiline=many_lines("contact", "phone")
    )
    try:
        phone = check_phone(raw_phone)
    except ValueError as exc:
        errors.append(FieldError("phone", str(exc)))
    link = ""
    raw_link = clean_text(values.get("link"), "link", "The profile link", errors, limit=3000)
    if raw_link:
        try:
            link = parse_web_link(raw_link).text
        except LinkError as exc:
            errors.append(FieldError("link", str(exc)))
    notes = clean_text(
        values.get("notes"),
        "notes",
        "Notes",
        errors,
        multiline=many_lines("contact", "notes"),
        limit=LONG_TEXT_LIMIT,
    )
    follow_up = record_day(values, "next_follow_up", "Follow up on", today, errors)
    if errors:
        raise ValidationError(errors)
    return ContactInput(name, kind, role, company, email, phone, link, notes, follow_up)


# --- Interactions -----------------------------------------------------------------------


@dataclass(frozen=True)
class InteractionInput:
    kind: InteractionKind
    happened_on: date
    note: str = ""


HAPPENED_NOT_YET = "That date has not come yet; log it once it has."
# The log form's label for the day (ui/people/forms.py): its refusals name it so ("When: …"),
# where they said "Date: …" beside a field labelled "When".
HAPPENED_LABEL = "When"


def validate_interaction(values: Mapping[str, str], today: date) -> InteractionInput:
    """What happened, when (today if empty; never in the future) and a line of text."""
    errors: list[FieldError] = []
    kind = InteractionKind.SENT
    try:
        kind = parse_interaction_kind(values.get("kind") or "")
    except ValueError as exc:
        errors.append(FieldError("kind", str(exc)))
    happened = (
        record_day(values, "happened_on", HAPPENED_LABEL, today, errors, future=False) or today
    )
    if happened > today:
        errors.append(FieldError("happened_on", HAPPENED_NOT_YET))
    note = clean_text(
        values.get("note"),
        "note",
        "The line",
        errors,
        limit=NOTE_LIMIT,
        multiline=many_lines("interaction", "note"),
    )
    if errors:
        raise ValidationError(say_how_read(errors, values, today, {"happened_on": True}))
    return InteractionInput(kind, happened, note)


# Titles a name may start with, as written with or without their full stop.
_TITLES = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "mx",
        "miss",
        "mstr",
        "prof",
        "professor",
        "sir",
        "dame",
        "rev",
        "revd",
        "fr",
        "lord",
        "lady",
    ]
)


def _is_title(word: str) -> bool:
    return word.rstrip(".").lower() in _TITLES


def first_name(name: str) -> str:
    """The name to greet someone by: the first word of their name past a title ("Dr. Amara
    Singh": Amara), the part after the comma of "Singh, Amara", and "Dr. Singh" whole.
    "" when there is none to greet by (an email address, a name with no letters): the
    greeting is then a neutral one. It greeted "Hi Dr.," and "Hi sam@x.com," (a tester)."""
    last, comma, given = name.partition(",")
    words = (given if comma and given.strip() else last).split()
    titles = []
    while words and _is_title(words[0]):
        titles.append(words.pop(0))
    rest = words
    if not rest or "@" in rest[0] or not any(ch.isalpha() for ch in rest[0]):
        return ""
    if titles and len(rest) == 1 and not comma:
        return f"{titles[0]} {rest[0]}"  # "Dr. Singh": "Hi Singh," is too familiar
    return rest[0]
