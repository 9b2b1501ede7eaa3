"""The questions a note gives the answer bank, each to keep or leave before any is added.

A note written after an interview holds the questions that were asked, and sometimes one the
writer asked themselves on a hard day. "Is this even worth it?" went into the bank with the
rest and came up in practice (a new user's walk). Such a question is not one to rehearse an
answer to: the bank's "From a note" shows it unticked, and the person can still tick it. A
question longer than the bank keeps is shown refused, with the limit; it was cut to 1,000
characters, its "?" lost, without a word (a tester's walk).

How a question is taken for one asked of oneself (``to_yourself``) is a small rule, on
purpose: a few shapes of first person singular self-judgement ("Why do I bother?", "What's
wrong with me?", "Am I good enough?", "Who would hire me?") and the two rhetorical ones about
the search itself ("Is this even worth it?", "What's the point?"). What it cannot catch:
self-doubt put any other way ("Did I blow it again?"), put in the second person ("Why do you
even try?" written to oneself), in another language, or meant as a joke. And it may leave
unticked a real question written in one of these shapes; both are one key away.

What the person ticked or left is theirs: back to the note and on again, each question still
in it keeps that choice (``with_choices``), and only a new one starts as marked here (Escape
then ctrl+s ticked every question again, their unticks lost: a tester's walk).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from bounceback_tui.domain.answers import QUESTION_LIMIT, question_key, whole_questions

_SELF_JUDGEMENT = re.compile(
    r"\bwrong with me\b"
    r"|\bwhy (?:do|did|should|would) i (?:even |still |ever )?(?:bother|try)\b"
    r"|\bwhy bother\b"
    r"|\bwhy am i (?:even |still )?(?:doing|trying)\b"
    r"|\bwhy do i (?:always|keep|never)\b"
    r"|\bwhy can'?t i\b"
    r"|\bwill i ever\b"
    r"|\b(?:am|was) i (?:\w+ ){0,2}enough\b"
    r"|\bi(?:'m| am) not (?:\w+ )?enough\b"
    r"|\b(?:am|was) i (?:just |really |even |so |such )?(?:a |an )?"
    r"(?:failure|fraud|joke|loser|idiot|useless|stupid|hopeless|worthless|unemployable)\b"
    r"|\b(?:who|why) would (?:anyone |anybody |they )?(?:ever |even )?"
    r"(?:hire|want|pick|choose) me\b"
    # The two rhetorical ones, about the search: only as the whole question.
    r"|^(?:so |but )?what(?:'s| is) (?:even |really )?the point"
    r"(?: of (?:it|this|trying|anything|any of this|all this|even trying))?$"
    r"|^(?:so |but )?(?:is|was) (?:this|it|any of this|all (?:of )?this) "
    r"(?:(?:even|really|ever|still) )*worth (?:it|the effort|the trouble|trying)$"
)


def to_yourself(question: str) -> bool:
    """Whether a question reads as one the writer asked themselves, judging themselves or the
    search ("Is this even worth it?"), rather than one an interviewer asked. See the module's
    note for what this cannot catch."""
    words = " ".join(question.casefold().replace("’", "'").split()).rstrip("?!. ")
    return _SELF_JUDGEMENT.search(words) is not None


@dataclass(frozen=True)
class NoteQuestion:
    """A question found in a note, as the bank's preview shows it."""

    text: str
    to_yourself: bool = False  # left unticked: see ``to_yourself``
    held: bool = False  # the bank has it already (written the same, case and quotes aside)
    refused: str = ""  # why it cannot be added as it is (too long), or ""
    chosen: bool | None = None  # ticked (True) or left (False) by the person before, or None

    @property
    def can_add(self) -> bool:
        return not self.held and not self.refused

    @property
    def ticked(self) -> bool:
        """Ticked when the preview opens: as the person left it, or else unless it reads
        as asked of oneself."""
        if not self.can_add:
            return False
        return self.chosen if self.chosen is not None else not self.to_yourself


def too_long_for_the_bank(question: str) -> str:
    """Why a question longer than the bank keeps is refused, in the question form's words
    ("1,601 characters; the limit is 1,000"); "" if it fits."""
    if len(question) <= QUESTION_LIMIT:
        return ""
    return f"{len(question):,} characters; the limit is {QUESTION_LIMIT:,}"


def note_questions(text: str, held: Collection[str]) -> list[NoteQuestion]:
    """Every question of a note (``whole_questions``: none cut), each marked: one the bank
    holds (``held``: the bank's ``question_key``s), one too long to add, one asked of oneself."""
    return [
        NoteQuestion(
            question,
            to_yourself(question),
            question_key(question) in held,
            too_long_for_the_bank(question),
        )
        for question in whole_questions(text)
    ]


def with_choices(found: Sequence[NoteQuestion], choices: Mapping[str, bool]) -> list[NoteQuestion]:
    """``found`` as the person left it: a question they ticked or left before (``choices``,
    by ``question_key``, so "WHY NOW?" is the "Why now?" they chose about) keeps that choice;
    a new one starts as ``note_questions`` marks it."""
    return [
        replace(found_one, chosen=choices.get(question_key(found_one.text))) for found_one in found
    ]
