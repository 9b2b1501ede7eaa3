"""The thinking traps: stable keys (stored in thought_trap.trap_key), names and explanations.

The keys never change once released; names, explanations and prompts are free to be
reworded. Every text here is written for a person who has just been turned down.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trap:
    key: str
    name: str
    short: str  # for narrow columns
    explanation: str
    example: str  # a job-search thought that falls into the trap
    # Questions that help with the evidence steps when this trap is chosen.
    ask_for: str
    ask_against: str


TRAPS: tuple[Trap, ...] = (
    Trap(
        "all_or_nothing",
        "All-or-nothing thinking",
        "All-or-nothing",
        "Seeing only two boxes, perfect or worthless, success or failure, with nothing in between.",
        '"I stumbled on one question, so the whole interview was a failure."',
        "Which parts really went badly?",
        "What went partly right? Where would a friend put this on a scale from 0 to 10?",
    ),
    Trap(
        "overgeneralization",
        "Overgeneralizing",
        "Overgeneralizing",
        "Turning one event into a rule for everything, with words like always, never, "
        "nobody and every time.",
        '"Another no. I always get rejected; nobody ever hires me."',
        "How many times has this actually happened, counted honestly?",
        "When did it go differently, even once? Is it really always, or just lately?",
    ),
    Trap(
        "mental_filter",
        "Mental filter",
        "Mental filter",
        "Picking out the one bad detail and dwelling on it until it colours everything else.",
        '"The feedback was mostly good, but all I can think about is the one criticism."',
        "What exactly was the detail that keeps coming back?",
        "What else happened that you are filtering out? What would the full picture say?",
    ),
    Trap(
        "disqualifying_positive",
        "Discounting the positive",
        "Discounting",
        "Brushing off good things as luck, politeness or not counting, so they never "
        "change the story.",
        '"I got to the final round, but that was just luck; it doesn\'t count."',
        "Why does the good part feel like it doesn't count?",
        "If a friend had this good result, would you tell them it was only luck?",
    ),
    Trap(
        "mind_reading",
        "Mind reading",
        "Mind reading",
        "Being sure you know what others think of you, without them having said it.",
        '"The interviewer must have thought I was an idiot."',
        "What did they actually say or do?",
        "What else could explain how they acted? What would you need to know for sure?",
    ),
    Trap(
        "fortune_telling",
        "Fortune telling",
        "Fortune telling",
        "Predicting that things will turn out badly, and treating the guess as a fact.",
        '"I\'m going to fail the next interview too, so why bother."',
        "What makes the bad outcome feel certain?",
        "How often have your worst predictions come true? What else could happen next?",
    ),
    Trap(
        "catastrophizing",
        "Catastrophizing",
        "Catastrophizing",
        "Blowing a setback up into a disaster you could never live through or recover from.",
        "\"If I don't get this job, my career is over and I'll lose everything.\"",
        "What is the real cost of this setback, today?",
        "If the worst did happen, how would you cope? What is the most likely outcome?",
    ),
    Trap(
        "emotional_reasoning",
        "Emotional reasoning",
        "Emotional reasoning",
        "Taking a feeling as proof: I feel it, so it must be true.",
        '"I feel like a failure, so I must be one."',
        "What, apart from the feeling, points this way?",
        "Have you felt this strongly before about something that turned out not to be true?",
    ),
    Trap(
        "should_statements",
        "Should statements",
        "Shoulds",
        "Rigid rules about how you or others should be, with should, must and ought; "
        "breaking them brings guilt or anger.",
        '"I should have a job by now. I shouldn\'t need this long."',
        "Where does the rule come from?",
        "Who says so? What would a kinder, more flexible wish sound like?",
    ),
    Trap(
        "labeling",
        "Labeling",
        "Labeling",
        "Summing yourself (or someone else) up in one harsh word, instead of describing "
        "what happened.",
        "\"I didn't get it. I'm such a loser.\"",
        "What did you actually do that the label is about?",
        "Would you call a friend that for the same thing? What else is true about you?",
    ),
    Trap(
        "personalization",
        "Personalizing",
        "Personalizing",
        "Taking all the blame for something that had many causes, most of them outside "
        "your control.",
        '"The role was cancelled because my interview was so bad."',
        "What part of this was actually yours?",
        "What other causes were at play: budgets, timing, other candidates, their process?",
    ),
    Trap(
        "blaming",
        "Blaming",
        "Blaming",
        "Putting all of it on someone else, so there is nothing you can learn or change.",
        '"That recruiter ruined my chances; it\'s all their fault."',
        "What did they do that hurt?",
        "What part could you influence next time? What is still in your hands?",
    ),
    Trap(
        "comparing",
        "Comparing",
        "Comparing",
        "Measuring yourself against others and always coming out worse.",
        '"Everyone from my bootcamp has a job already except me."',
        "Who are you comparing yourself with, and what do you actually know of their path?",
        "What can't you see of their story? How far have you come compared with yourself?",
    ),
)

TRAPS_BY_KEY: dict[str, Trap] = {trap.key: trap for trap in TRAPS}
TRAP_KEYS: tuple[str, ...] = tuple(trap.key for trap in TRAPS)


def trap_name(key: str) -> str:
    """The display name for a key; unknown keys (from a future version) are shown as is."""
    trap = TRAPS_BY_KEY.get(key)
    return trap.name if trap else key.replace("_", " ")
