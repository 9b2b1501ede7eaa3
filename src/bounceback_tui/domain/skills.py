"""The rules of the Skills backlog: kinds, statuses, status moves and what a valid item is.

Prefilling an item from an answer is in skill_prefill.py, the soft-skill suggestion's
reading of an answer in soft_skill_cues.py.

Pure functions only. The services store what these functions decide; the UI shows it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from bounceback_tui.domain.applications import normalize_link
from bounceback_tui.domain.choices import parse_choice
from bounceback_tui.domain.dates import read_as, record_day
from bounceback_tui.domain.line_fields import many_lines
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, clean_text, quoted
from bounceback_tui.domain.wording import span
from bounceback_tui.errors import FieldError, ValidationError

TITLE_LIMIT = 200
WHY_LIMIT = 10_000
URL_LIMIT = 2_000
RESOURCE_LINES_LIMIT = 30


class SkillKind(StrEnum):
    TECHNICAL = "technical"
    SOFT_SKILL = "soft_skill"
    INTERVIEWING = "interviewing"
    RESUME = "resume"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class SkillStatus(StrEnum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"

    @property
    def label(self) -> str:
        return {"todo": "To do", "doing": "Doing", "done": "Done"}[self.value]


class SourceKind(StrEnum):
    MANUAL = "manual"
    REJECTION = "rejection"
    FEEDBACK = "feedback"
    REFLECTION = "reflection"

    @property
    def label(self) -> str:
        return {
            "manual": "typed by hand",
            "rejection": "a rejection",
            "feedback": "a feedback answer",
            "reflection": "a reflection answer",
        }[self.value]


STATUS_ORDER: tuple[SkillStatus, ...] = (SkillStatus.TODO, SkillStatus.DOING, SkillStatus.DONE)


def parse_kind(text: str) -> SkillKind:
    """Read a kind from its value or label ("soft skill", "Soft-skill", "soft_skill")."""
    return parse_choice(SkillKind, text)


def parse_source_kind(text: str) -> SourceKind:
    try:
        return SourceKind(text.strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in SourceKind)
        raise ValueError(f"Unknown source {quoted(text)}; use one of: {names}.") from None


# --- Status moves -------------------------------------------------------------------------


def shifted_status(status: SkillStatus, step: int) -> SkillStatus | None:
    """The status ``step`` places along todo → doing → done, or None past either end."""
    index = STATUS_ORDER.index(status) + step
    return STATUS_ORDER[index] if 0 <= index < len(STATUS_ORDER) else None


def timestamps_for(
    new_status: SkillStatus,
    started_at: datetime | None,
    finished_at: datetime | None,
    now: datetime,
) -> tuple[datetime | None, datetime | None]:
    """(started_at, finished_at) after a move to ``new_status``.

    Back to todo forgets both; doing keeps an earlier start and clears the finish; done
    keeps the start (or starts now, for a jump straight from todo) and finishes now.
    """
    if new_status is SkillStatus.TODO:
        return None, None
    if new_status is SkillStatus.DOING:
        return started_at or now, None
    return started_at or now, finished_at or now


def is_overdue(target: date | None, status: SkillStatus, today: date) -> bool:
    """A target date that has passed is flagged until the item is done."""
    return target is not None and status is not SkillStatus.DONE and target < today


def late_words(target: date | None, status: SkillStatus, today: date, tiny: bool = False) -> str:
    """How late a skill's target is, as Today's due list says it ("3 days late", or "3d
    late" as the Pipeline's column does); "" when it is not (``is_overdue``). The Skills
    pane said "overdue" where Today said "3 days late"."""
    if target is None or not is_overdue(target, status, today):
        return ""
    return f"{span((today - target).days, tiny=tiny)} late"


def over_doing_limit(doing: int, limit: int) -> bool:
    return limit > 0 and doing > limit


def doing_limit_message(doing: int, limit: int) -> str:
    """The gentle word when a move goes past the limit (the move itself is allowed)."""
    return (
        f"{doing} skills are in progress now; your limit is {limit}. That is allowed. "
        "Finishing one before starting the next usually gets each done sooner."
    )


# --- Validation ---------------------------------------------------------------------------


class ResourceInput(NamedTuple):
    """A learning resource: a link, a note, or both."""

    url: str = ""
    note: str = ""


@dataclass(frozen=True)
class SkillInput:
    """A checked item, ready to store. Every text is cleaned, the date parsed."""

    title: str
    kind: SkillKind = SkillKind.OTHER
    why: str = ""
    target_date: date | None = None
    notes: str = ""
    resources: tuple[ResourceInput, ...] = ()


# Something that is meant to be a link: a scheme, "www.", a mistyped http(s) prefix,
# anything with "//" in it, or a domain followed by a path (example.org/course).
# Brackets are in a link's characters (".../Kubernetes_(software)", "?filter[tag]=k8s" were
# cut at them: an attacker's walk); one that closes nothing ends the link (_balanced).
_URL_CHARS = r"[^\s<>\"']"
# What may come before a "//" whose scheme is mistyped: no brackets ("[link=http://x]y").
_URL_HEAD = r"[^\s<>\"'()\[\]]"
_LINKISH = re.compile(
    rf"(?<![\w@])(?:[a-z][a-z0-9+.-]*://{_URL_CHARS}*|www\.{_URL_CHARS}+|https?[:/]{_URL_CHARS}*"
    rf"|{_URL_HEAD}*//{_URL_CHARS}*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{{2,}}/{_URL_CHARS}*)",
    re.IGNORECASE,
)
_TRAILING_PUNCTUATION = ".,;:!?"


def parse_resources(text: str) -> tuple[ResourceInput, ...]:
    """One resource per line: a link with an optional note around it, or just a note.

    Raises ValidationError (field "resources") naming the line of a broken link.
    """
    errors: list[FieldError] = []
    cleaned = clean_text(
        text, "resources", "Resources", errors, multiline=True, limit=LONG_TEXT_LIMIT
    )
    if errors:
        raise ValidationError(errors)
    lines = [line.strip() for line in cleaned.split("\n") if line.strip()]
    if len(lines) > RESOURCE_LINES_LIMIT:
        raise ValidationError.single(
            "resources",
            f"That is {len(lines)} resources; keep it to {RESOURCE_LINES_LIMIT}, the ones you "
            "will really use.",
        )
    resources: list[ResourceInput] = []
    for number, line in enumerate(lines, start=1):
        if "\t" in line:
            line = line.replace("\t", " ")
        token, note = _link_and_note(line)
        if token is None:
            resources.append(ResourceInput(note=_limit_note(note, number)))
            continue
        url = _checked_link(token, number)
        resources.append(ResourceInput(url=url, note=_limit_note(note, number)))
    return tuple(resources)


def _link_and_note(line: str) -> tuple[str | None, str]:
    """A resource's line as its link (None if it has none) and its note."""
    match = _LINKISH.search(line)
    if match is None:
        return None, line
    token = _balanced(match.group(0)).rstrip(_TRAILING_PUNCTUATION)
    after = line[match.start() + len(token) :].lstrip(_TRAILING_PUNCTUATION)
    note = (line[: match.start()] + " " + after).strip(" -–—:")
    return token, " ".join(note.split())


def long_note(text: str) -> str:
    """What the save says of the first line of ``text`` whose note is too long ("" if none
    is): the form shows it as the line is typed. A box's stop at one length would not do: a
    line may hold a 2,000-character link beside its 400-character note."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip() for line in text.split("\n")]
    for number, line in enumerate((line for line in lines if line), start=1):
        note = _link_and_note(line.replace("\t", " "))[1]
        try:
            _limit_note(note, number)
        except ValidationError as exc:
            return exc.errors[0].message
    return ""


_CLOSES = {")": "(", "]": "["}


def _balanced(token: str) -> str:
    """``token`` up to its first bracket that closes nothing: "(see https://x.org/a)" keeps
    "https://x.org/a", "[link=http://x]y" keeps "http://x"; a link's own pairs stay whole."""
    depth = {"(": 0, "[": 0}
    for index, character in enumerate(token):
        if character in depth:
            depth[character] += 1
        elif character in _CLOSES:
            opener = _CLOSES[character]
            if depth[opener] == 0:
                return token[:index]
            depth[opener] -= 1
    return token


def _checked_link(token: str, number: int) -> str:
    if len(token) > URL_LIMIT:
        raise ValidationError.single(
            "resources", f"Line {number}: that link is longer than {URL_LIMIT:,} characters."
        )
    try:
        url = normalize_link(token)
    except ValueError:
        url = ""
    if not url:
        raise ValidationError.single(
            "resources",
            f"Line {number}: {quoted(token, 60)} is not a link that can be opened. "
            "Write it like https://example.org/course.",
        )
    return url


def _limit_note(note: str, number: int) -> str:
    if len(note) > TITLE_LIMIT * 2:
        raise ValidationError.single(
            "resources",
            f"Line {number} is {len(note):,} characters; keep a note under {TITLE_LIMIT * 2} "
            "and put longer thoughts in Notes.",
        )
    return note


def format_resources(resources: tuple[ResourceInput, ...] | list[ResourceInput]) -> str:
    """The text the form shows for editing: what parse_resources reads back."""
    return "\n".join(" ".join(part for part in (r.url, r.note) if part) for r in resources)


def validate_skill(
    values: Mapping[str, str], today: date, *, stored_target: date | None = None
) -> SkillInput:
    """Check form values (all strings, as typed) and return a clean SkillInput.

    Raises ValidationError listing every refused field. A target date in the past is
    refused (the item would be overdue the moment it is saved), unless it is the date
    the item already had (``stored_target``, when editing): that one has simply passed.
    """
    errors: list[FieldError] = []
    # Named as the form labels the field ("Skill"): "The title is required." named nothing
    # the person could see (a stranger's walk).
    title = clean_text(
        values.get("title"),
        "title",
        "Skill",
        errors,
        required=True,
        multiline=many_lines("skill", "title"),
    )
    title = " ".join(title.split())
    if len(title) > TITLE_LIMIT:
        errors.append(
            FieldError(
                "title",
                f"Skill is {len(title):,} characters; keep it under {TITLE_LIMIT} and put "
                "the rest in Why it matters.",
            )
        )
    kind = SkillKind.OTHER
    if raw_kind := (values.get("kind") or "").strip():
        try:
            kind = parse_kind(raw_kind)
        except ValueError as exc:
            errors.append(FieldError("kind", str(exc)))
    why = clean_text(
        values.get("why"),
        "why",
        "Why it matters",
        errors,
        multiline=many_lines("skill", "why"),
        limit=WHY_LIMIT,
    )
    notes = clean_text(
        values.get("notes"),
        "notes",
        "Notes",
        errors,
        multiline=many_lines("skill", "notes"),
        limit=LONG_TEXT_LIMIT,
    )
    target_date = record_day(values, "target_date", "Target date", today, errors, later=True)
    if target_date is not None and target_date < today and target_date != stored_target:
        # A day typed as a word says which day it was read as: "last fri" is the last Friday.
        read = read_as(values.get("target_date") or "", target_date)
        shown = f"{read}, which" if read else target_date.isoformat()
        errors.append(
            FieldError(
                "target_date", f"Target date: {shown} has passed; pick today or a later day."
            )
        )
    resources: tuple[ResourceInput, ...] = ()
    try:
        resources = parse_resources(values.get("resources") or "")
    except ValidationError as exc:
        errors.extend(exc.errors)
    if errors:
        raise ValidationError(errors)
    return SkillInput(
        title=title,
        kind=kind,
        why=why,
        target_date=target_date,
        notes=notes,
        resources=resources,
    )


def title_key(title: str) -> str:
    """A skill's title as two titles are compared for "the same skill": case and spacing
    left out ("System  design" and "system design" are one)."""
    return " ".join(title.split()).casefold()
