"""Whether the words that came with a no (its reason, or a feedback reply) say anything.

A no often comes with a placeholder where a reason would be: "No reason given.", "none",
"n/a", "-". Such words are kept and shown as typed, but they are no feedback: there is
nothing in them to turn into a skill or to quote as their reason (the demo's "No reason
given." was offered to `s` and prefilled a skill titled "No reason given": a walk). This is
the one place that decides it; the Recovery pane, the Reframe situation line and the demo ask
here.
"""

from __future__ import annotations

import re
from functools import cache

# The whole text, once lower-cased and stripped of quotes and closing stops, is one of these.
# Compiled when first asked (``_no_feedback``): Today imports this module for its first paint.
_NO_FEEDBACK_PATTERN = (
    r"(?:"
    # "no reason given", "none provided", "no feedback was given", "not given", "nothing"
    r"(?:no|none|not|nothing)"
    r"(?: (?:real |specific |clear )?"
    r"(?:reason|reasons|feedback|explanation|details|reply|response))?"
    r"(?: (?:was|were))?"
    r"(?: (?:given|provided|stated|offered|shared|received|specified))?"
    # "they gave no reason", "they didn't say", "did not say"
    r"|(?:they )?(?:gave|give) no (?:reason|feedback|explanation)"
    r"|(?:they )?(?:didn't|did not|wouldn't|would not) (?:say|give (?:a reason|feedback|any))"
    r"|n/?a|unknown|unspecified|not specified|-+|—|–|\?+"
    r")"
)


@cache
def _no_feedback() -> re.Pattern[str]:
    return re.compile(_NO_FEEDBACK_PATTERN)


_EDGES = " \t\r\n\"'“”‘’()[].!…"


def has_feedback(text: str) -> bool:
    """True if ``text`` says something: not empty, and not a placeholder for nothing said
    ("No reason given.", "None", "n/a", "-")."""
    bare = " ".join(text.split()).strip(_EDGES).casefold().replace("’", "'")
    if not bare:
        return False
    return _no_feedback().fullmatch(bare) is None


def ask_answered(kind: str, reason: str, *, asked_on: object) -> bool:
    """An "Ask … for feedback" step not asked, of a no that came with feedback (its reason
    says something: ``has_feedback``): the question is answered already. Open, it is neither
    suggested as the next step nor flagged as not asked; ticked, it says so, not that
    anyone asked; it can still be asked for more."""
    return kind == "feedback" and asked_on is None and has_feedback(reason)


def reply_noted(kind: str, answer: str, reason: str) -> bool:
    """The "Note what came back" step its no's reason noted when the no was recorded
    (services/recovery.reason_noted): a reply whose answer is the reason, a reason that says
    something (``has_feedback``). The person wrote it in the no itself: it starts no plan and
    is no work an undo would lose. A reply ticked on a no without a reason is the person's."""
    return kind == "reply" and answer == reason and has_feedback(reason)


def skill_source_of(kind: str, group_key: str, answer: str) -> str | None:
    """What a step's answer becomes in the Skills pane ("feedback" or "reflection"), or None:
    a step whose text never does (``skill_source_kind``), one not answered, and a feedback
    reply that holds no feedback ("No reason given.")."""
    # Here, not at the top: Today asks ``has_feedback`` and must not import the plan template.
    from bounceback_tui.domain.recovery import skill_source_kind

    source = skill_source_kind(kind, group_key)
    if source is None or not answer.strip():
        return None
    if source == "feedback" and not has_feedback(answer):
        return None
    return source
