"""The recovery plan: its template and its timing rules (what valid input to it looks like
is in recovery_forms.py).

The ideas come from the project's seed article on bouncing back from a job
rejection (take time, review and reflect, ask for feedback, keep going, and three
things not to do), plus two optional research-backed exercises. Every sentence
here is the project's own; docs/recovery.md explains each step and its sources.

Pure rules only: no I/O, no Textual, no SQL. The Recovery pane and Today both
use the timing functions, so "due" and "flagged" mean the same thing everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from bounceback_tui.domain.stages import no_on_paper
from bounceback_tui.domain.step_timing import FEEDBACK_FLAG_AFTER_DAYS as FEEDBACK_FLAG_AFTER_DAYS
from bounceback_tui.domain.step_timing import FEEDBACK_FLAG_UNTIL_DAYS as FEEDBACK_FLAG_UNTIL_DAYS
from bounceback_tui.domain.step_timing import StepKind as StepKind
from bounceback_tui.domain.step_timing import feedback_flag_on as feedback_flag_on
from bounceback_tui.domain.step_timing import is_feedback_flagged as is_feedback_flagged
from bounceback_tui.domain.step_timing import is_step_due as is_step_due
from bounceback_tui.domain.step_timing import reply_offset_after_ask
from bounceback_tui.domain.step_timing import step_due_on as step_due_on


class StepLink(StrEnum):
    SKILLS = "skills"
    REFRAME = "reframe"

    @property
    def label(self) -> str:
        return {"skills": "Skills pane", "reframe": "Reframe pane"}[self.value]


class NoKind(StrEnum):
    """How far a no came: after a conversation with them (a screening call, an interview or
    further), or on paper, before anyone spoke to the person (``domain/stages.no_on_paper``).
    A few built-in steps are written for one of the two only."""

    AFTER_TALKING = "after_talking"
    ON_PAPER = "on_paper"

    @property
    def label(self) -> str:
        """As the template editor notes it beside a step written for this kind of no."""
        return {"after_talking": "after talking", "on_paper": "no on paper"}[self.value]

    @property
    def plans(self) -> str:
        """The plans such a step goes into, as its form says."""
        if self is NoKind.AFTER_TALKING:
            return "a no after a conversation with them (a screening call or an interview)"
        return "a no that came before any conversation (at Saved or Applied)"


def no_kind(stage_reached: str) -> NoKind:
    """The kind of a no that got as far as ``stage_reached``. One whose stage was not given
    ("How far it got" left empty in Recovery's `n`) gets the plan for a no on paper: its
    questions are about what was sent, which every no had; the plan after a conversation
    asked "How prepared was I, and where did I have to improvise?" of a no that may have had
    none."""
    if not stage_reached.strip() or no_on_paper(stage_reached):
        return NoKind.ON_PAPER
    return NoKind.AFTER_TALKING


@dataclass(frozen=True)
class StepGroup:
    key: str
    title: str


GROUPS: tuple[StepGroup, ...] = (
    StepGroup("breathe", "Take a breath"),
    StepGroup("reflect", "Review and reflect"),
    StepGroup("feedback", "Ask for feedback"),
    StepGroup("keep_going", "Keep going"),
    StepGroup("guardrails", "Guardrails"),
    StepGroup("optional", "Extra support"),
)
GROUP_TITLES = {g.key: g.title for g in GROUPS}
GROUP_ORDER = {g.key: i for i, g in enumerate(GROUPS)}


@dataclass(frozen=True)
class TemplateStep:
    key: str
    group: str
    title: str
    detail: str
    kind: StepKind = StepKind.CHECK
    offset_days: int = 0
    link: StepLink | None = None
    optional: bool = False
    # The one kind of no this step is written for; None (every step a person adds): every no.
    only_for: NoKind | None = None


DEFAULT_TEMPLATE: tuple[TemplateStep, ...] = (
    TemplateStep(
        "breathe.feel",
        "breathe",
        "Let yourself feel it for a while",
        "Being turned down stings, more so for a job you wanted. Give the disappointment an "
        "evening; you do not have to be over it by tomorrow morning.",
        offset_days=0,
    ),
    TemplateStep(
        "breathe.talk",
        "breathe",
        "Talk it through with someone close",
        "Tell a friend or someone in your family what happened. Saying it out loud to a person "
        "on your side makes it smaller.",
        offset_days=1,
    ),
    TemplateStep(
        "reflect.prepared",
        "reflect",
        "How prepared was I, and where did I have to improvise?",
        "Think back over the research and the interviews. Which answers rested on solid "
        "ground, and where did you have to think on your feet? Both are worth knowing.",
        kind=StepKind.ANSWER,
        offset_days=2,
        only_for=NoKind.AFTER_TALKING,
    ),
    TemplateStep(
        "reflect.soft_skills",
        "reflect",
        "Did my soft skills come across, or only the technical ones?",
        "Collaboration, judgement, how you handle a disagreement: did they get a moment in the "
        "conversation, or did technical detail fill every minute?",
        kind=StepKind.ANSWER,
        offset_days=2,
        only_for=NoKind.AFTER_TALKING,
    ),
    TemplateStep(
        "reflect.redo",
        "reflect",
        "Which questions would I answer differently now?",
        "Write down each one, and the answer you would give today.",
        kind=StepKind.ANSWER,
        offset_days=2,
        only_for=NoKind.AFTER_TALKING,
    ),
    # A no on paper: the application is all they saw, so the questions are about it.
    TemplateStep(
        "reflect.posting",
        "reflect",
        "Which of the posting's asks did my application show?",
        "Read the posting again beside what you sent. Note each ask your application made "
        "plain, and each one a reader would have had to guess at.",
        kind=StepKind.ANSWER,
        offset_days=2,
        only_for=NoKind.ON_PAPER,
    ),
    TemplateStep(
        "reflect.results",
        "reflect",
        "Does my resume show results, or only duties?",
        "Read it as a stranger would, in half a minute. Does each line say what changed "
        "because of your work, with a number or an example where you have one?",
        kind=StepKind.ANSWER,
        offset_days=2,
        only_for=NoKind.ON_PAPER,
    ),
    TemplateStep(
        "reflect.research",
        "reflect",
        "Did my application speak to this company, or to any company?",
        "What did you know about them when you applied: what they make, for whom, and why "
        "they are hiring? Did any of it show in what you sent?",
        kind=StepKind.ANSWER,
        offset_days=2,
        only_for=NoKind.ON_PAPER,
    ),
    TemplateStep(
        "reflect.went_well",
        "reflect",
        "What went well?",
        "A rejection does not erase the parts you did right. Name them, so you keep doing them.",
        kind=StepKind.ANSWER,
        offset_days=2,
    ),
    TemplateStep(
        "feedback.ask",
        "feedback",
        "Ask the recruiter or hiring manager for feedback",
        "A short, friendly message is enough. Note when you asked and how (email, phone, "
        "through the recruiter).",
        kind=StepKind.FEEDBACK,
        offset_days=3,
    ),
    TemplateStep(
        "feedback.response",
        "feedback",
        "Note what came back",
        "Write down what they said, or that nothing came back. Silence is common and often has "
        "nothing to do with you; either way, look for one thing you can use.",
        kind=StepKind.REPLY,
        offset_days=10,
    ),
    TemplateStep(
        "keep_going.practise",
        "keep_going",
        "Practise interviewing",
        "A mock interview with a friend, or answering last time's hardest question out loud.",
        offset_days=5,
        only_for=NoKind.AFTER_TALKING,
    ),
    TemplateStep(
        "keep_going.resume",
        "keep_going",
        "Polish your resume",
        "Use what you learned: sharpen the lines the interviewers asked about.",
        offset_days=5,
        only_for=NoKind.AFTER_TALKING,
    ),
    TemplateStep(
        "keep_going.resume_results",
        "keep_going",
        "Put results first on your resume",
        "Use what you found: lead each line with a result, and cut the lines that only list "
        "duties.",
        offset_days=5,
        only_for=NoKind.ON_PAPER,
    ),
    TemplateStep(
        "keep_going.tailor",
        "keep_going",
        "Shape the next application to its posting",
        "Before you send it, put what that posting asks for most near the top, in words that "
        "are true of you.",
        offset_days=5,
        only_for=NoKind.ON_PAPER,
    ),
    TemplateStep(
        "keep_going.skill",
        "keep_going",
        "Pick one skill to grow",
        "Turn one gap you noticed into an item on your Skills backlog.",
        offset_days=7,
        link=StepLink.SKILLS,
    ),
    TemplateStep(
        "keep_going.next",
        "keep_going",
        "Send the next application",
        "Momentum is the best answer to a no. One good application is enough.",
        offset_days=7,
    ),
    TemplateStep(
        "guardrails.bridge",
        "guardrails",
        "Keep the bridge intact: send a gracious reply",
        "Thank them for their time and say you would welcome hearing about future roles. "
        "People move between companies, and they remember how you took the news.",
        offset_days=1,
    ),
    TemplateStep(
        "guardrails.thoughts",
        "guardrails",
        "Watch for negative thought patterns",
        'If a thought like "I\'ll never get hired" keeps coming back, take it through a '
        "Reframe exercise.",
        offset_days=1,
        link=StepLink.REFRAME,
    ),
    TemplateStep(
        "guardrails.not_personal",
        "guardrails",
        "Go easy on yourself: the decision weighed things you never saw",
        "Budgets, timing and other candidates all went into it, out of your sight; it is "
        "not a verdict on you. Let it stand rather than argue it, and the door stays open: "
        "your field is smaller than it looks.",
        offset_days=2,
    ),
    TemplateStep(
        "optional.expressive",
        "optional",
        "Expressive writing: fifteen minutes about the rejection",
        "Write without stopping about what happened and how it felt. It stays private; no one "
        "else reads it, and spelling does not matter.",
        kind=StepKind.EXPRESSIVE,
        offset_days=1,
        optional=True,
    ),
    TemplateStep(
        "optional.compassion",
        "optional",
        "A self-compassion note",
        "If a good friend were in your place tonight, what would you tell them? Write that "
        "note to yourself.",
        kind=StepKind.ANSWER,
        offset_days=2,
        optional=True,
    ),
)


# The kind of no each built-in step is written for, by its key: a step the person rewords keeps
# it (the template's stored rows name no kind; a step the person adds fits every no).
ONLY_FOR: dict[str, NoKind] = {s.key: s.only_for for s in DEFAULT_TEMPLATE if s.only_for}


def steps_for_new_plan(
    template: tuple[TemplateStep, ...] | list[TemplateStep],
    include_optional: bool,
    no: NoKind = NoKind.AFTER_TALKING,
) -> list[TemplateStep]:
    """The steps a new plan starts with, in template order: those for every no and those
    written for this kind of no (``no_kind``)."""
    return [
        s for s in template if (include_optional or not s.optional) and s.only_for in (None, no)
    ]


# --- Timing -------------------------------------------------------------------------------

# The expressive-writing session's length, in minutes.
EXPRESSIVE_MINUTES = 15
# The furthest a step can be suggested after the rejection.
MAX_OFFSET_DAYS = 365


def reply_offset_once_asked(rejected_on: date, asked_on: date, own: int) -> int:
    """A reply step's offset once feedback was asked on ``asked_on``: a week after the ask
    (``step_timing.reply_offset_after_ask``), never past ``MAX_OFFSET_DAYS`` unless the
    person set it there. One formula for asking and for correcting a no's or an ask's day."""
    return min(reply_offset_after_ask(rejected_on, asked_on, own), max(own, MAX_OFFSET_DAYS))


def step_row(rejection_id: int, position: int, step: TemplateStep) -> dict[str, Any]:
    """A plan's copy of a template step, as the recovery_step row's values: the one way a
    plan is scheduled (`x`, Recovery's `n`, a CSV import, the demo). Its day is counted from
    the day of the no, as the template says, also for a no recorded days after it came: a
    step whose day has passed is due at once, in the wording of a step due for a while
    ("since 3 Mar"; Today's "due 4 days ago"), and its feedback request is not flagged
    before the no has been in the app a while (``step_timing.is_feedback_flagged``)."""
    return {
        "rejection_id": rejection_id,
        "template_key": step.key,
        "group_key": step.group,
        "title": step.title,
        "detail": step.detail,
        "kind": step.kind.value,
        "link": step.link.value if step.link else None,
        "offset_days": step.offset_days,
        "position": position,
    }


def plan_is_complete(done: int, total: int, steps: int | None = None) -> bool:
    """A plan is finished when every step not skipped is ticked: ``total`` leaves skipped
    steps out, ``steps`` (default ``total``) counts them too. A plan with every step skipped
    is finished as well, nothing being left to do; an empty plan never is."""
    return (total if steps is None else steps) > 0 and done >= total


def skill_source_kind(kind: str, group_key: str) -> str | None:
    """What a step's written text becomes in the Skills pane, or None if it cannot.

    Reflection answers and feedback replies can; private writing never does.
    """
    if kind == StepKind.REPLY:
        return "feedback"
    if kind == StepKind.ANSWER and group_key == "reflect":
        return "reflection"
    if kind == StepKind.ANSWER and group_key == "feedback":
        return "feedback"
    return None


def progress_bar(done: int, total: int, width: int = 8) -> str:
    """A bar of ``width`` cells: empty only before the first tick, full only when finished."""
    if total <= 0:
        return "·" * width
    if done >= total:
        filled = width
    else:
        filled = min(width - 1, max(1 if done > 0 else 0, (done * width) // total))
    return "█" * filled + "░" * (width - filled)
