"""Practice mode, "spot the trap": short example thoughts, each with its trap and why.

Written for practice, separate from the labelled benchmark set. Some thoughts fit more than
one trap; ``also`` lists the other answers that count as right.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bounceback_tui.reframe.catalogue import TRAPS_BY_KEY


@dataclass(frozen=True)
class PracticeExample:
    thought: str
    key: str
    why: str
    also: tuple[str, ...] = ()

    def accepts(self, key: str) -> bool:
        return key == self.key or key in self.also


@dataclass(frozen=True)
class PracticeFeedback:
    correct: bool
    message: str


EXAMPLES: tuple[PracticeExample, ...] = (
    PracticeExample(
        "I blanked on one question, so the interview was a write-off.",
        "all_or_nothing",
        "One blank moment does not cancel the rest: the interview sits somewhere between "
        "perfect and a write-off.",
    ),
    PracticeExample(
        "Three rejections this month. That's how it always goes for me.",
        "overgeneralization",
        "Three events become a rule about always. Counting the times it went differently "
        "would break the rule.",
    ),
    PracticeExample(
        "The hiring manager liked my case study, but she frowned once and that's what I "
        "keep coming back to.",
        "mental_filter",
        "A single frown is filtering out the praise that came with it.",
    ),
    PracticeExample(
        "They invited me to the final round, but only because another candidate dropped out.",
        "disqualifying_positive",
        "Reaching the final round is explained away, so it never gets to count.",
        also=("mind_reading",),
    ),
    PracticeExample(
        "The recruiter hasn't replied in two days. She's decided I'm not worth her time.",
        "mind_reading",
        "Silence is read as a verdict. Recruiters are slow for a hundred reasons nobody told you.",
        also=("personalization",),
    ),
    PracticeExample(
        "I won't even get a screening call for the next one.",
        "fortune_telling",
        "A guess about the future is stated as a fact, before anything has happened.",
    ),
    PracticeExample(
        "If this offer falls through I'll never recover, financially or otherwise.",
        "catastrophizing",
        "A setback is treated as something you could never come back from.",
        also=("fortune_telling",),
    ),
    PracticeExample(
        "I feel like an outsider in tech, so I must not belong here.",
        "emotional_reasoning",
        "The feeling is taken as evidence. Feeling out of place is common, especially "
        "after a no, and says little about whether you belong.",
    ),
    PracticeExample(
        "I should be able to handle rejection without it getting to me.",
        "should_statements",
        "A rigid rule about how you must feel. Rejection hurts most people; a kinder "
        "version would allow that.",
    ),
    PracticeExample(
        "I forgot the interviewer's name. I'm such an idiot.",
        "labeling",
        "One slip becomes a word for your whole self.",
    ),
    PracticeExample(
        "The startup folded a month after I joined. I must have been bad luck for them.",
        "personalization",
        "A company's failure has many causes; this takes them all on yourself.",
    ),
    PracticeExample(
        "I'd have the job if the interviewer had asked better questions.",
        "blaming",
        "All of the outcome is placed on someone else, leaving nothing you can work on.",
    ),
    PracticeExample(
        "My old teammate just became a staff engineer while I'm still applying.",
        "comparing",
        "Your whole path is measured against one part of someone else's.",
    ),
    PracticeExample(
        "Everyone at the career fair could see how nervous I was.",
        "mind_reading",
        "You cannot know what everyone noticed; most people are busy with their own nerves.",
    ),
    PracticeExample(
        "Sure, I got two interviews this week, but anyone can get interviews.",
        "disqualifying_positive",
        "Two interviews are a real result; brushing them off keeps the gloomy story intact.",
    ),
    PracticeExample(
        "Nobody will hire someone who was laid off twice.",
        "fortune_telling",
        "A prediction about every future employer, made with certainty.",
        also=("overgeneralization",),
    ),
    PracticeExample(
        "I didn't get this one, so my whole career change was a mistake.",
        "all_or_nothing",
        "One no decides the fate of a whole plan: there is no room for 'not yet'.",
        also=("catastrophizing",),
    ),
    PracticeExample(
        "I feel hopeless about the search, which means it really is hopeless.",
        "emotional_reasoning",
        "Hopelessness is a feeling about the search, not a measurement of it.",
    ),
)

ROUND_LENGTH = 5


def practice_round(
    count: int = ROUND_LENGTH, rng: random.Random | None = None
) -> list[PracticeExample]:
    """``count`` examples with different traps where possible, in a random order."""
    rng = rng or random.Random()
    pool = list(EXAMPLES)
    rng.shuffle(pool)
    chosen: list[PracticeExample] = []
    seen: set[str] = set()
    for example in pool:
        if example.key not in seen:
            chosen.append(example)
            seen.add(example.key)
        if len(chosen) == count:
            return chosen
    rest = [example for example in pool if example not in chosen]
    return chosen + rest[: count - len(chosen)]


def check_answer(example: PracticeExample, key: str) -> PracticeFeedback:
    """Whether ``key`` is a right answer, and a sentence that says which trap it was and why."""
    name = TRAPS_BY_KEY[example.key].name
    if example.accepts(key):
        if key == example.key:
            return PracticeFeedback(True, f"Yes: {name}. {example.why}")
        other = TRAPS_BY_KEY[key].name
        return PracticeFeedback(
            True, f"Yes, {other} fits too. The main one here is {name}. {example.why}"
        )
    picked = TRAPS_BY_KEY[key].name if key in TRAPS_BY_KEY else key
    return PracticeFeedback(
        False, f"Not quite: {picked} is not the main one here. It is {name}. {example.why}"
    )
