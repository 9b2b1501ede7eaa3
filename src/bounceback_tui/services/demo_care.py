"""The demo's part for What's working and the care on hard days, built after everything else.

The facts What's working compares (company size, the posting's date, cover letter, tailored
resume), belief in each thought record at its start and end, a few balanced thoughts kept as
coping cards, and an interview answer bank with some questions due for practice today. Draws
from a generator of its own, so the rest of a seed's demo stays exactly as it was; one pass
over the applications, so a large demo stays about as fast as before.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from bounceback_tui.domain.answers import INTERVALS
from bounceback_tui.domain.applications import COMPANY_SIZES

# Stages that mean the company answered: a tailored resume is a little more common there,
# so What's working has something to find in a large enough demo.
ANSWERED = frozenset({"screening", "interviewing", "offer", "accepted"})
CARDS = 3

# (question, tags, where it was asked, the answer given, situation, task, action, result,
#  the title of a demo skill it exercises)
QUESTIONS: tuple[tuple[str, str, str, str, str, str, str, str, str], ...] = (
    (
        "Tell me about a time you disagreed with a teammate.",
        "behavioural",
        "second interview",
        "I talked about the disagreement and forgot to say how it ended.",
        "Two of us wanted different queues for the billing jobs.",
        "Pick one before the release without a week of back and forth.",
        "I wrote both options on one page with their costs and asked the lead to decide.",
        "We shipped on time, and the page became our template for such choices.",
        "Behavioural questions with STAR",
    ),
    (
        "What are your salary expectations?",
        "salary",
        "phone screen",
        "I named a number before I knew the range.",
        "",
        "",
        "",
        "",
        "Negotiating salary",
    ),
    (
        "How would you keep a running total per customer in SQL?",
        "technical",
        "take-home review",
        "A subquery per row; it worked but was slow.",
        "The take-home had a million orders.",
        "A running total per customer, fast enough to demo.",
        "SUM(amount) OVER (PARTITION BY customer ORDER BY day).",
        "One pass instead of a million subqueries; the reviewer asked about frames next.",
        "SQL window functions",
    ),
    (
        "Tell me about yourself.",
        "about you",
        "phone screen",
        "Five minutes of my whole career, in order.",
        "",
        "",
        "",
        "",
        "",
    ),
    (
        "Tell me about a project that did not go to plan.",
        "behavioural",
        "onsite",
        "",
        "A migration ran two weeks late.",
        "Bring it in without a second freeze.",
        "I split it into three moves, each one reversible, and said early what would slip.",
        "The last move went out on a Tuesday with no downtime.",
        "",
    ),
    (
        "How would you design a rate limiter for a public API?",
        "technical",
        "system design",
        "I drew boxes before asking how many clients there were.",
        "",
        "",
        "",
        "",
        "",
    ),
)


class _DemoBuilder(Protocol):
    """What this part reads from and adds to services/demo's builder (named here, not
    imported: the builder imports this module)."""

    today: date
    scale: int
    applications: list[dict[str, Any]]
    records: list[dict[str, Any]]
    skills: list[dict[str, Any]]
    questions: list[dict[str, Any]]
    question_skills: list[dict[str, Any]]
    cards: list[dict[str, Any]]


class _DemoCare:
    def __init__(self, builder: _DemoBuilder) -> None:
        self.b = builder
        self.rng = random.Random(builder.today.toordinal() * 37 + builder.scale)

    def build(self) -> None:
        self._application_facts()
        self._belief_and_cards()
        self._answer_bank()

    def _application_facts(self) -> None:
        rng = self.rng
        for app in self.b.applications:
            applied: date | None = app["date_applied"]
            app["company_size"] = rng.choice(COMPANY_SIZES) if rng.random() < 0.85 else None
            app["posted_on"] = (
                applied - timedelta(days=rng.choice((0, 1, 2, 4, 6, 9, 12, 20, 30)))
                if applied is not None and rng.random() < 0.6
                else None
            )
            app["cover_letter"] = rng.random() < 0.5 if rng.random() < 0.7 else None
            tailored = 0.65 if app["stage"] in ANSWERED else 0.35
            app["tailored_resume"] = rng.random() < tailored if rng.random() < 0.75 else None

    def _belief_and_cards(self) -> None:
        rng = self.rng
        for record in self.b.records:
            before = rng.randrange(60, 100, 5)
            record["belief_before"] = before
            complete = record["status"] == "complete"
            # A balanced view eases belief in the hard thought, more some days than others.
            record["belief_after"] = (
                max(5, before - rng.choice((10, 15, 20, 25, 30, 40))) if complete else None
            )
            if complete and record["balanced_thought"] and len(self.b.cards) < CARDS:
                self.b.cards.append(
                    {
                        "id": len(self.b.cards) + 1,
                        "text": record["balanced_thought"],
                        "record_id": record["id"],
                        "created_at": record["completed_at"],
                    }
                )

    def _answer_bank(self) -> None:
        rng = self.rng
        today = self.b.today
        asked_in = [a for a in self.b.applications if a["stage"] in ANSWERED | {"rejected"}]
        skills = {skill["title"]: skill["id"] for skill in self.b.skills}
        for number, entry in enumerate(QUESTIONS, start=1):
            question, tags, where, given, situation, task, action, result, skill = entry
            app = rng.choice(asked_in) if asked_in else None
            created = today - timedelta(days=rng.randint(10, 60))
            # The first two were never practised and the third is due today: a practice
            # round has something to start with. The rest were practised and wait.
            if number <= 2:
                step, practised, due, confidence = None, None, None, rng.choice((2, 3, None))
            else:
                step = rng.randrange(1, len(INTERVALS)) if number > 3 else 0
                practised = today - timedelta(days=INTERVALS[step] if number == 3 else 1)
                due = practised + timedelta(days=INTERVALS[step])
                confidence = rng.randint(2, 5)
            stamp = datetime.combine(created, time(20, rng.randrange(60)))
            self.b.questions.append(
                {
                    "id": number,
                    "question": question,
                    "application_id": app["id"] if app else None,
                    "source_kind": rng.choice(("manual", "reflection", "interview_note")),
                    "asked_at": where,
                    "answer_given": given,
                    "situation": situation,
                    "task": task,
                    "action": action,
                    "result": result,
                    "tags": tags,
                    "confidence": confidence,
                    "last_practised_on": practised,
                    "review_step": step,
                    "next_review_on": due,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            if skill in skills:
                self.b.question_skills.append({"question_id": number, "skill_id": skills[skill]})
