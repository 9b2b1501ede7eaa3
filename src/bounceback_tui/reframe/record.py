"""The thought record as the exercise sees it: its steps, the draft being filled in, and the
rules for what may be saved (pure: no database, no Textual)."""

from __future__ import annotations

import copy
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime

from bounceback_tui.domain.text import LONG_TEXT_LIMIT, clean_text
from bounceback_tui.errors import FieldError, ValidationError
from bounceback_tui.reframe.catalogue import TRAP_KEYS, TRAPS_BY_KEY, trap_name


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    question: str
    hint: str


STEPS: tuple[Step, ...] = (
    Step(
        "situation",
        "Situation",
        "What happened?",
        "Where and when, who was there, what was said. Just the facts, the way a camera "
        "would have seen it.",
    ),
    Step(
        "thought",
        "Automatic thought",
        "What went through your mind?",
        "Write the thought the way it sounded in your head, in your own words. This is the "
        "one step that can't be skipped.",
    ),
    Step(
        "feelings",
        "Feelings",
        "What did you feel, and how strongly?",
        "Rate each feeling from 0 (not at all) to 100 (as strong as it gets). Leave blank "
        "what you didn't feel; add your own below. Last: how much you believe the thought.",
    ),
    Step(
        "traps",
        "Thinking traps",
        "Which thinking traps might be in that thought?",
        "Space ticks a trap; ★ marks those your words suggest. Only hints: you decide.",
    ),
    Step(
        "evidence_for",
        "Evidence for",
        "What supports the thought?",
        'Facts rather than feelings: what would still stand if a friend asked "how do you know?"',
    ),
    Step(
        "evidence_against",
        "Evidence against",
        "What doesn't fit the thought?",
        "Anything that goes the other way, however small.",
    ),
    Step(
        "balanced",
        "Balanced thought",
        "What is a more balanced way to see it?",
        "Something you can actually believe, that makes room for the evidence on both "
        "sides. It doesn't have to be cheerful.",
    ),
    Step(
        "rerate",
        "Re-rate",
        "How strong is each feeling now?",
        "Rate each feeling again from 0 to 100, and how much you believe the thought now. "
        "A small change counts, and so does none.",
    ),
)
STEP_COUNT = len(STEPS)
SUMMARY_STEP = STEP_COUNT  # current_step of a record that reached its summary
THOUGHT_STEP = 1
PRESET_FEELINGS: tuple[str, ...] = ("sad", "anxious", "ashamed", "angry", "discouraged")
FEELING_NAME_LIMIT = 40
MAX_FEELINGS = 12
TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("situation", "The situation"),
    ("thought", "The thought"),
    ("evidence_for", "The evidence for"),
    ("evidence_against", "The evidence against"),
    ("balanced_thought", "The balanced thought"),
)


@dataclass
class Feeling:
    name: str
    before: int
    after: int | None = None

    @property
    def shift(self) -> int | None:
        """How much the feeling dropped (positive) or rose (negative) after the exercise."""
        return None if self.after is None else self.before - self.after


@dataclass
class RecordDraft:
    """Everything the exercise has so far; ``id`` is None until the first save."""

    id: int | None = None
    rejection_id: int | None = None
    situation: str = ""
    thought: str = ""
    feelings: list[Feeling] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    evidence_for: str = ""
    evidence_against: str = ""
    balanced_thought: str = ""
    current_step: int = 0
    complete: bool = False
    created_at: datetime | None = None
    # How much the thought is believed (0-100) at the start (feelings step) and the end
    # (re-rate step); None when not rated.
    belief_before: int | None = None
    belief_after: int | None = None
    # The stored record's version this draft was read or last saved at (None: never saved).
    version: int | None = None

    def has_content(self) -> bool:
        """Whether anything has been written down (a blank draft is never saved)."""
        return bool(
            self.situation.strip()
            or self.thought.strip()
            or self.feelings
            or self.belief_before is not None
            or self.traps
            or self.evidence_for.strip()
            or self.evidence_against.strip()
            or self.balanced_thought.strip()
        )

    @property
    def belief_shift(self) -> int | None:
        """How much belief in the thought dropped (positive) or rose (negative)."""
        if self.belief_before is None or self.belief_after is None:
            return None
        return self.belief_before - self.belief_after

    def average_shift(self) -> float | None:
        shifts = [f.shift for f in self.feelings if f.shift is not None]
        return sum(shifts) / len(shifts) if shifts else None

    def copy(self) -> RecordDraft:
        return replace(
            self,
            feelings=[replace(f) for f in self.feelings],
            traps=list(self.traps),
        )


def step_texts(draft: RecordDraft) -> dict[str, str]:
    """What each step of the exercise holds (by its key), as text to compare: two drafts
    differ in a step exactly when its text here differs. The feelings step holds the
    feelings with their first ratings and the belief before; the re-rate step the later
    ratings and the belief after. For the conflict dialog, which names the steps another
    window changed (``ui/kit/conflict.changed_there``)."""
    return {
        "situation": draft.situation,
        "thought": draft.thought,
        "feelings": repr(([(f.name, f.before) for f in draft.feelings], draft.belief_before)),
        "traps": repr(draft.traps),
        "evidence_for": draft.evidence_for,
        "evidence_against": draft.evidence_against,
        "balanced": draft.balanced_thought,
        "rerate": repr(([f.after for f in draft.feelings], draft.belief_after)),
    }


def step_readings(draft: RecordDraft) -> dict[str, str]:
    """What each step holds (by its key) as a person reads it, for the conflict dialog to
    quote (``ui/kit/conflict.now_there``): "sad 80, anxious 60; belief 70" for the
    feelings, the traps by their names. Two drafts read alike where ``step_texts`` match."""

    def rated(pairs: list[tuple[str, int | None]], belief: int | None) -> str:
        parts = [f"{name} {value}" for name, value in pairs if value is not None]
        text = ", ".join(parts)
        if belief is not None:
            text += f"{'; ' if text else ''}belief {belief}"
        return text

    return {
        **step_texts(draft),
        "feelings": rated([(f.name, f.before) for f in draft.feelings], draft.belief_before),
        "traps": ", ".join(trap_name(key) for key in draft.traps),
        "rerate": rated([(f.name, f.after) for f in draft.feelings], draft.belief_after),
    }


# The draft's fields behind each step of ``step_texts``; the two rating steps share the
# feelings, so they are kept or taken together.
_STEP_FIELDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("situation",), ("situation",)),
    (("thought",), ("thought",)),
    (("traps",), ("traps",)),
    (("evidence_for",), ("evidence_for",)),
    (("evidence_against",), ("evidence_against",)),
    (("balanced",), ("balanced_thought",)),
    (("feelings", "rerate"), ("feelings", "belief_before", "belief_after")),
)


def keep_theirs(
    read: RecordDraft, now: RecordDraft, mine: RecordDraft, *, compared: RecordDraft | None = None
) -> RecordDraft:
    """What "save mine over it" saves: ``mine`` in each step the person changed since
    ``read``, and the stored record (``now``) in each step they did not and another window
    did (all of the page was saved, and that window's steps went back: ``kit/conflict.
    keep_theirs`` does the same for forms). ``compared``: ``mine`` as a save would store it,
    to compare with ``read``."""
    was, there = step_texts(read), step_texts(now)
    typed = step_texts(compared if compared is not None else mine)
    merged = mine.copy()
    for keys, names in _STEP_FIELDS:
        untouched = all(typed[key] == was[key] for key in keys)
        if untouched and any(there[key] != was[key] for key in keys):
            for name in names:
                setattr(merged, name, copy.deepcopy(getattr(now, name)))
    return merged


def parse_rating(text: str, field_name: str, label: str, errors: list[FieldError]) -> int | None:
    """A 0-100 rating typed as text; "" is no rating. Anything else appends an error."""
    value = text.strip()
    if not value:
        return None
    if not value.isascii() or not value.lstrip("-").isdigit():
        errors.append(FieldError(field_name, f"{label}: type a number from 0 to 100."))
        return None
    # int() refuses thousands of digits; any number that long is out of range anyway.
    number = int(value) if len(value) <= 9 else 1_000
    if not 0 <= number <= 100:
        errors.append(FieldError(field_name, f"{label}: ratings go from 0 to 100."))
        return None
    return number


def clean_feeling_name(text: str, field_name: str, errors: list[FieldError]) -> str:
    return clean_text(text, field_name, "A feeling's name", errors, limit=FEELING_NAME_LIMIT)


def _no_word(char: str) -> bool:
    """A character that is no part of a word: punctuation, a space, a sign ("~", "≈", "+",
    "$"), a control. A pictograph is a word here: "😢" names a feeling."""
    category = unicodedata.category(char)
    return category[0] in "PZC" or category in {"Sm", "Sc", "Sk"}


def name_left(name: str) -> str:
    """What a feeling's name says once its punctuation, spaces and signs are set aside:
    "" for "..." or "—", which name no feeling."""
    return "".join(char for char in name if not _no_word(char))


def looks_like_rating(name: str) -> bool:
    """True when what is typed as a feeling's name is only a number once its punctuation
    and signs are set aside ("85", "85%", "7.5", "90.", "90/100", "~90"): a rating typed one
    box off (the belief's 85 in the box for another feeling), not a feeling. "90." was kept
    as a feeling's name (a tester's walk)."""
    left = name_left(name)
    return bool(left) and left.isdecimal()


def validate(draft: RecordDraft) -> RecordDraft:
    """A cleaned copy of ``draft`` ready to store, or ValidationError (nothing is saved).

    Only the thought is required, and only once the record is past the thought step.
    """
    errors: list[FieldError] = []
    clean = draft.copy()
    for name, label in TEXT_FIELDS:
        value = clean_text(
            getattr(draft, name), name, label, errors, multiline=True, limit=LONG_TEXT_LIMIT
        )
        setattr(clean, name, value)
    thought_refused = any(error.field == "thought" for error in errors)
    if (
        not clean.thought
        and not thought_refused
        and (draft.current_step > THOUGHT_STEP or draft.complete)
    ):
        errors.append(FieldError("thought", "Write down the thought first: it is required."))
    if len(draft.feelings) > MAX_FEELINGS:
        errors.append(FieldError("feelings", f"At most {MAX_FEELINGS} feelings per record."))
    seen: set[str] = set()
    feelings: list[Feeling] = []
    for index, feeling in enumerate(draft.feelings):
        name = clean_feeling_name(feeling.name, f"feeling-{index}", errors)
        if not name and not any(e.field == f"feeling-{index}" for e in errors):
            errors.append(FieldError(f"feeling-{index}", "A feeling needs a name."))
        if name.casefold() in seen:
            errors.append(FieldError(f"feeling-{index}", f"'{name}' is listed twice."))
        seen.add(name.casefold())
        for rating, label in ((feeling.before, "before"), (feeling.after, "after")):
            if rating is not None and not 0 <= rating <= 100:
                errors.append(
                    FieldError(f"feeling-{index}", f"{name} ({label}): ratings go from 0 to 100.")
                )
        feelings.append(Feeling(name, feeling.before, feeling.after))
    clean.feelings = feelings
    for name, label in (("belief_before", "Belief at the start"), ("belief_after", "Belief now")):
        value = getattr(draft, name)
        if value is not None and not (isinstance(value, int) and 0 <= value <= 100):
            errors.append(FieldError(name, f"{label}: ratings go from 0 to 100."))
    unknown = [key for key in draft.traps if key not in TRAPS_BY_KEY]
    if unknown:
        errors.append(FieldError("traps", f"Unknown thinking trap: {', '.join(unknown)}."))
    clean.traps = [key for key in TRAP_KEYS if key in draft.traps]
    if not 0 <= draft.current_step <= SUMMARY_STEP:
        errors.append(FieldError("current_step", "That step does not exist."))
    if errors:
        raise ValidationError(errors)
    clean.complete = draft.complete or draft.current_step >= SUMMARY_STEP
    return clean


def as_stored(draft: RecordDraft) -> RecordDraft:
    """``draft`` as a save would store it (text cleaned, traps in the catalogue's order),
    to compare with a record read back; as it is when a save would refuse it."""
    try:
        return validate(draft)
    except ValidationError:
        return draft


def evidence_prompts(
    trap_keys: list[str] | tuple[str, ...], side: str, limit: int = 3
) -> list[str]:
    """Questions for the evidence steps, tailored to the chosen traps (side: "for"/"against"),
    in the catalogue's order whatever order the traps were ticked in: the same record asks
    the same questions, and the same first ``limit`` of them, on every visit."""
    chosen = set(trap_keys)
    prompts: list[str] = []
    for key in TRAP_KEYS:
        if key not in chosen:
            continue
        trap = TRAPS_BY_KEY[key]
        prompts.append(trap.ask_for if side == "for" else trap.ask_against)
    if not prompts:
        prompts = (
            ["What happened that makes the thought feel true?"]
            if side == "for"
            else [
                "What would you say to a friend who had this thought?",
                "Has it ever gone differently? What did you do well, even partly?",
            ]
        )
    return prompts[:limit]
