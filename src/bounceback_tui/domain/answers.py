"""The interview answer bank: questions, better answers in STAR form, and practice (pure).

Practice uses a small spaced-repetition schedule. After a good round the next review comes
1, 3, 7, 14, then 30 days later (and every 30 days after that); a poor round starts again
at 1 day. A round is rated 1 to 5, the same scale as confidence: 1 or 2 is poor, 3 to 5 is
good, and the rating becomes the question's confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bounceback_tui.domain.line_fields import many_lines
from bounceback_tui.domain.text import (
    LONG_TEXT_LIMIT,
    QUESTION_MARKS,
    SENTENCE_ENDS,
    SHORT_TEXT_LIMIT,
    clean_text,
)
from bounceback_tui.errors import FieldError, ValidationError

INTERVALS: tuple[int, ...] = (1, 3, 7, 14, 30)
POOR_AT_MOST = 2
QUESTION_LIMIT = 1000
TAG_LIMIT = 40
MAX_TAGS = 8


class Tag(StrEnum):
    BEHAVIOURAL = "behavioural"
    TECHNICAL = "technical"
    SALARY = "salary"
    ABOUT_YOU = "about you"

    @property
    def label(self) -> str:
        return {"about you": '"Tell me about yourself"'}.get(self.value, self.value.capitalize())


SUGGESTED_TAGS: tuple[str, ...] = tuple(t.value for t in Tag)


class QuestionSource(StrEnum):
    MANUAL = "manual"
    REFLECTION = "reflection"  # a recovery plan's "which questions would I answer differently"
    INTERVIEW_NOTE = "interview_note"  # an interview's "how did it go" note


@dataclass(frozen=True)
class Review:
    """Where a question stands in the schedule after a round."""

    step: int  # index into INTERVALS
    next_review_on: date
    confidence: int


def review(rating: int, today: date, step: int | None) -> Review:
    """The schedule after a round rated ``rating`` (1-5) today.

    ``step`` is the question's place before this round (None: never practised). A good
    round moves one place on (the first good round lands on 1 day); a poor one goes back to
    the first place (1 day). The last place (30 days) repeats.
    """
    if not 1 <= rating <= 5:
        raise ValueError("A round is rated from 1 to 5.")
    new_step = 0 if rating <= POOR_AT_MOST else _step_after_good(step)
    return Review(new_step, today + timedelta(days=INTERVALS[new_step]), rating)


def _step_after_good(step: int | None) -> int:
    return 0 if step is None else min(step + 1, len(INTERVALS) - 1)


def days_after_good(step: int | None) -> int:
    """Days to the next review after a good round from ``step``, as ``review`` schedules it:
    1 for a question never practised (the schedule's first place), 3 after a poor round."""
    return INTERVALS[_step_after_good(step)]


@dataclass(frozen=True)
class PracticeItem:
    id: int
    confidence: int | None
    last_practised_on: date | None
    next_review_on: date | None

    def is_due(self, today: date) -> bool:
        return self.next_review_on is None or self.next_review_on <= today


def practice_order(items: Iterable[PracticeItem], today: date) -> list[PracticeItem]:
    """Due questions first (never practised counts as due), and among them the weakest
    (lowest confidence, none counted as 0), then the least recently practised (never first),
    then the oldest. Questions not due follow in the same order, for extra rounds."""
    return sorted(
        items,
        key=lambda item: (
            not item.is_due(today),
            item.confidence or 0,
            item.last_practised_on or date.min,
            item.id,
        ),
    )


@dataclass(frozen=True)
class QuestionInput:
    question: str
    asked_at: str = ""
    answer_given: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    tags: tuple[str, ...] = ()
    confidence: int | None = None


def parse_tags(text: str, errors: list[FieldError]) -> tuple[str, ...]:
    """Tags typed with commas; each cleaned, lower case, no repeats, in order."""
    tags: list[str] = []
    for raw in text.split(","):
        tag = clean_text(raw, "tags", "A tag", errors, limit=TAG_LIMIT).casefold()
        if tag and tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        errors.append(FieldError("tags", f"At most {MAX_TAGS} tags, please."))
    return tuple(tags)


def validate_question(values: Mapping[str, str]) -> QuestionInput:
    """Check the question form; only the question itself is required."""
    errors: list[FieldError] = []

    def text(name: str, label: str, *, required: bool = False, limit: int = LONG_TEXT_LIMIT) -> str:
        value = values.get(name)
        if value is not None and not isinstance(value, str):
            errors.append(FieldError(name, "This value must be text."))
            return ""
        # The question is typed in a one-line box: one line, as the JSON import keeps it
        # (domain/line_fields.py); the rest are many-line boxes.
        several = many_lines("interview_question", name)
        return clean_text(
            value, name, label, errors, multiline=several, limit=limit, required=required
        )

    question = text("question", "The question", required=True, limit=QUESTION_LIMIT)
    asked_at = text("asked_at", "Where it was asked", limit=SHORT_TEXT_LIMIT)
    answer_given = text("answer_given", "The answer you gave")
    situation = text("situation", "Situation")
    task = text("task", "Task")
    action = text("action", "Action")
    result = text("result", "Result")
    tags = parse_tags(values.get("tags") or "", errors)
    confidence = None
    raw = (values.get("confidence") or "").strip()
    if raw:
        if raw.isascii() and raw.isdecimal() and 1 <= int(raw) <= 5:
            confidence = int(raw)
        else:
            errors.append(FieldError("confidence", "Confidence is a whole number from 1 to 5."))
    if errors:
        raise ValidationError(errors)
    return QuestionInput(
        question, asked_at, answer_given, situation, task, action, result, tags, confidence
    )


SHORT_ROLE = 40  # a role longer than this is left out of where a question was asked


def interview_place(kind: str, day: str, company: str, role: str) -> str:
    """Where an interview's questions were asked, for the bank and practice: "Phone screen at
    Lumen Health (Product Designer), Thu 3 Dec 2026"; the role only when it is short. It read
    "Phone screen, Thu 3 Dec 2026", and practice could not say where (a new user's walk)."""
    role = " ".join(role.split())
    at = f" at {' '.join(company.split())}" if company.strip() else ""
    role_part = f" ({role})" if at and role and len(role) <= SHORT_ROLE else ""
    return f"{kind}{at}{role_part}, {day}"


def where_asked(asked_at: str, company: str) -> str:
    """Where a question was asked as the bank and practice show it: ``asked_at``, with the
    company of its application after it when ``asked_at`` does not name it (one saved from an
    interview before the company was kept: "Phone screen, Thu 3 Dec 2026 (Lumen Health)")."""
    if not company.strip() or company.casefold() in asked_at.casefold():
        return asked_at
    return f"{asked_at} ({company})" if asked_at else company


def star_text(situation: str, task: str, action: str, result: str) -> list[tuple[str, str]]:
    """The STAR parts that are filled in, labelled, in order."""
    parts = (("Situation", situation), ("Task", task), ("Action", action), ("Result", result))
    return [(label, text) for label, text in parts if text]


def questions_from_note(text: str) -> list[str]:
    """Questions written in a free note: each sentence that ends with "?", and each interview
    prompt put without one ("Tell me about ...", "Walk me through ...", or quoted: ``_prompts``).

    How a reflection answer ("Which questions would I answer differently now?") or an
    interview's "how did it go" note feeds the bank: the person writes the questions as
    questions, and each becomes an entry (bullets and numbering dropped; a sentence starts
    after the last full stop, "!" or "?" before it; the words that lead in to it go:
    ``without_lead_in``). One longer than QUESTION_LIMIT is cut to it here; the bank's own
    "From a note" shows it whole, refused (``whole_questions``, ``domain.note_questions``)."""
    return [question[:QUESTION_LIMIT] for question in whole_questions(text)]


def whole_questions(text: str) -> list[str]:
    """As ``questions_from_note``, each question whole, however long, in the order written:
    the sentences that end with "?" and the prompts without one (``_prompts``)."""
    found: list[str] = []
    for line in text.splitlines():
        pieces = [(m.start(), m.group()) for m in _QUESTION.finditer(line)] + _prompts(line)
        for _at, piece in sorted(pieces, key=lambda item: item[0]):
            candidate = without_lead_in(_quoted(piece.strip().lstrip("-*•·0123456789.) ").strip()))
            if any(ch.isalpha() for ch in candidate) and candidate not in found:
                found.append(candidate)
    return found


# An interview prompt put as a request rather than a question: "Tell me about a time ...",
# "Describe a time ...", "Walk me through ...", "Give an example ...". A pasted line
# '"Tell us about a time you had to defend a design decision" - I talked about pixels' was
# skipped where '"Why Lumen?" - I'd be more specific' was offered (a stranger's walk).
_PROMPT = re.compile(
    r"(?:tell (?:me|us)\b|describe\b|walk (?:me |us )?through\b|talk (?:me |us )?through\b|"
    r"take (?:me |us )?through\b|give (?:me |us )?(?:an? |some |one )?examples?\b|"
    r"share (?:an? |one )?(?:example|time|story)\b|how would you\b)",
    re.IGNORECASE,
)
_IN_QUOTES = re.compile(r'"([^"]+)"|“([^”]+)”')
# Where an unquoted prompt ends: its stop, or the dash before what the writer says of it.
_PROMPT_END = re.compile(f"[{re.escape(SENTENCE_ENDS)}]|\\s[-–—]\\s")


def _prompts(line: str) -> list[tuple[int, str]]:
    """The prompts of one line without a "?" (where each starts, and its words): one in
    quotes that opens the line (after a bullet) or is a request (``_PROMPT``), and a line
    that opens with a request, up to its stop or a set-apart dash."""
    found: list[tuple[int, str]] = []
    start = len(line) - len(line.lstrip().lstrip("-*•·0123456789.) ").lstrip())
    for match in _IN_QUOTES.finditer(line):
        inner = (match.group(1) or match.group(2)).strip().rstrip(".!… ")
        opens = match.start() == start and len(inner.split()) >= 3
        if not _QUESTION_MARK.search(inner) and (opens or _PROMPT.match(without_lead_in(inner))):
            found.append((match.start(), inner[:1].upper() + inner[1:]))
    rest = without_lead_in(line[start:].strip())
    if not rest.startswith(('"', "“")) and _PROMPT.match(rest):
        end = _PROMPT_END.search(rest)
        if end is None or end.group() not in QUESTION_MARKS:  # found as a question
            prompt = rest[: end.start() if end else len(rest)].strip()
            found.append((start, prompt[:1].upper() + prompt[1:]))
    return found


# A question quoted in a sentence is what its quotes hold ('Also "Why Contoso?' was kept
# whole, lead-in and stray quote: a stranger's walk): after an opening quote left open to
# the end, or inside the last pair when only the "?" follows it. “ „ « always open.
_CLOSING = '"”» '


def _quoted(candidate: str) -> str:
    straight = [i for i, ch in enumerate(candidate) if ch == '"']
    curly = max(candidate.rfind(quote) for quote in "“„«")
    if len(straight) % 2:
        cut = straight[-1]
    elif straight and candidate[straight[-1] + 1 :].strip() in ("", *QUESTION_MARKS):
        cut = straight[-2]
    else:
        cut = -1
    cut = max(cut, curly)
    if cut < 0:
        return candidate
    marks = QUESTION_MARKS + " "
    quoted = candidate[cut + 1 :].rstrip(marks).rstrip(_CLOSING).rstrip(marks).strip()
    mark = next((ch for ch in reversed(candidate) if ch in QUESTION_MARKS), "?")
    return f"{quoted}{mark}" if any(ch.isalpha() for ch in quoted) else candidate


# How a note leads in to a question it reports: "They asked: ...", "The hiring manager
# asked me: ...", "Q: ...", "Question 3: ...", and a connector ("Also what's ...",
# "Then: ...", "And, ..."). The question starts after them ("They asked: Tell me ..." was
# kept whole: a tester's walk).
_ASKED = re.compile(
    r"(?:[^\W_][\w'’-]*\s+){0,3}?"
    r"(?:asked|asks|ask|wanted\s+to\s+know|wondered|said|says)(?:\s+(?:me|us))?\s*:\s*"
    r"|(?:q|question|interviewer|recruiter|follow[\s-]?up)\s*\d*(?:\s*:|\s+[-–—])\s*",
    re.IGNORECASE,
)
# A label before a question: its place in the interview ("Last:", "First question:", "Second
# one -", "Opener:"). Only with a colon (or a comma or a dash set apart) after it, so "Last
# time you failed?" and "Next-gen tools?" keep their first word ("Last: Tell me ..." went
# into the bank beside the "Tell me ..." it held: a new user's walk).
_PLACE = re.compile(
    r"(?:(?:first|second|third|fourth|fifth|last|final|next|another|opening|closing|bonus)"
    r"(?:\s+(?:one|question|q))?|opener|closer)\s*\d*(?:\s*[:,]|\s+[-–—])\s*",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(
    r"(?:also|and|then|plus|so|but|next|finally|lastly|after\s+that)(?:\s*[,:;]\s*|\s+)",
    re.IGNORECASE,
)


def without_lead_in(question: str) -> str:
    """The question a sentence reports, without the words that lead in to it, its first
    letter a capital once they go ("Also what's your biggest weakness?" is "What's your
    biggest weakness?"). A sentence that would be left with one word or none is kept whole
    ("Then what?" is not "What?")."""
    rest = question
    while found := _ASKED.match(rest) or _PLACE.match(rest) or _CONNECTOR.match(rest):
        rest = rest[found.end() :]
    if rest == question or sum(any(ch.isalpha() for ch in word) for word in rest.split()) < 2:
        return question
    return rest[:1].upper() + rest[1:]


_BULLET = re.compile(r"^(?:[-*•·]+\s*|\d+[.)]\s*)+")


def question_key(question: str) -> str:
    """How the bank tells two questions apart: case, quotes, spaces, the closing punctuation
    and a label or lead-in before it aside ("Why Contoso?" and "Last: why Contoso." are both
    "why contoso"; ``without_lead_in``)."""
    bare = without_lead_in(_BULLET.sub("", question.strip()))
    kept = "".join(ch for ch in bare.casefold() if ch.isalnum() or ch.isspace())
    return " ".join(kept.split())


def questions_listed(text: str) -> list[str]:
    """Questions typed one a line, as "Questions they asked" takes them: each line is one
    (bullets and numbering dropped), with or without its "?"; a line holding several
    sentences that end with "?" gives each of them. A question longer than QUESTION_LIMIT
    is kept whole: the form says so (``too_long``) rather than cut it."""
    found: list[str] = []
    seen: set[str] = set()
    for line in text.splitlines():
        pieces = questions_from_note(line) if len(_QUESTION_MARK.findall(line)) > 1 else [line]
        for piece in pieces:
            candidate = without_lead_in(piece.strip().lstrip("-*•·0123456789.) ").strip())
            if any(ch.isalpha() for ch in candidate) and candidate.casefold() not in seen:
                found.append(candidate)
                seen.add(candidate.casefold())
    return found


def too_long(questions: list[str]) -> str | None:
    """What to say when a question is longer than the bank keeps; None if none is."""
    longest = max((len(question) for question in questions), default=0)
    if longest <= QUESTION_LIMIT:
        return None
    return (
        f"A question is {longest:,} characters; the limit is {QUESTION_LIMIT:,}. "
        "Shorten it, or put the rest in its answer later."
    )


# A sentence that ends with a question mark (of any script): it starts after the last
# sentence end before it (``domain.text``, the trap cues' own definition).
_QUESTION = re.compile(f"[^{re.escape(SENTENCE_ENDS)}\\n\\r]*[{QUESTION_MARKS}]")
_QUESTION_MARK = re.compile(f"[{QUESTION_MARKS}]")
