"""The demo's skills backlog: items to learn, some from a rejection's feedback or a
reflection, with their links and notes.

A part of services/demo.py's builder (a mixin). Its draws from the builder's generator keep
the sequence of the first version (status, source, dates, target, resources), so what the
builder makes after the skills does not change; every detail added since comes from a
generator of its own.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from bounceback_tui.domain.feedback import has_feedback
from bounceback_tui.domain.stages import no_on_paper
from bounceback_tui.services.demo_data import SKILLS

# The reflection questions whose answers name something to learn (not "What went well?"):
# after a conversation, and for a no on paper.
REFLECTIONS_TO_LEARN_FROM = frozenset(
    {
        "reflect.prepared",
        "reflect.soft_skills",
        "reflect.redo",
        "reflect.posting",
        "reflect.results",
        "reflect.research",
    }
)


class DemoSkills:
    """Adds ``skills`` and ``resources`` (after the rejections and their steps)."""

    rng: random.Random
    today: date
    scale: int
    rejections: list[dict[str, Any]]
    steps: list[dict[str, Any]]
    skills: list[dict[str, Any]]
    resources: list[dict[str, Any]]

    def at(self, day: date, hour: int = 10) -> datetime:
        raise NotImplementedError

    def _skills(self) -> None:
        # Draws from self.rng keep the exact sequence of the first version of this method
        # (status, source, dates, target, resources), so the data built after the skills
        # (check-ins, activity) does not change; every detail added since comes from a
        # generator of its own.
        rng = self.rng
        extra = random.Random(f"skills-{self.scale}-{len(self.rejections)}")
        count = max(4, self.scale // 5)
        # Steps get explicit ids so an item can point at the answer it came from.
        for number, step in enumerate(self.steps, start=1):
            step.setdefault("id", number)
        # Answers that point at something to learn (not "nothing came back", not praise).
        answers: dict[tuple[int, str], list[dict[str, Any]]] = {}
        for step in self.steps:
            key, answer = step["template_key"], step["answer"]
            if key == "feedback.response" and has_feedback(answer):
                answers.setdefault((step["rejection_id"], "feedback"), []).append(step)
            elif key in REFLECTIONS_TO_LEARN_FROM and answer:
                answers.setdefault((step["rejection_id"], "reflection"), []).append(step)
        doing = 0
        for skill_id in range(1, count + 1):
            title, kind, why, resources = SKILLS[(skill_id - 1) % len(SKILLS)]
            if skill_id > len(SKILLS):
                title = f"{title} ({skill_id // len(SKILLS) + 1})"
            status = rng.choices(("todo", "doing", "done"), (5, 2, 4))[0]
            if status == "doing":
                # Stay within the default doing limit, as a person following the app would.
                doing += 1
                if doing > 3:
                    status = "todo"
            rejection = (
                rng.choice(self.rejections) if self.rejections and rng.random() < 0.5 else None
            )
            source = "manual"
            rejection_id: int | None = None
            step_id: int | None = None
            if rejection is not None:
                rejection_id = rejection["id"]
                source = extra.choice(("rejection", "feedback", "reflection"))
                steps = answers.get((rejection_id, source))
                if steps:
                    step = extra.choice(steps)
                    step_id = step["id"]
                    lead = "Feedback" if source == "feedback" else "My reflection"
                    why = f"{lead} on {rejection['company']}: “{step['answer']}”"
                else:
                    source = "rejection"
                    paper = no_on_paper(rejection["stage_reached"])
                    seen = "application" if paper else "interview"
                    why = f"Came up in the {rejection['company']} {seen}. {why}"
            created = self.today - timedelta(days=rng.randrange(1, 200))
            started = created + timedelta(days=rng.randrange(0, 10)) if status != "todo" else None
            finished = None
            if status == "done" and started:
                finished = started + timedelta(days=rng.randrange(3, 40))
                if finished > self.today:
                    # Keep each item's pace but end it in the past, not all on one day.
                    shift = (finished - self.today) + timedelta(days=extra.randrange(0, 30))
                    created, started, finished = created - shift, started - shift, finished - shift
            elif started and started > self.today:
                started = self.today
            # Some targets are already past: the pane flags them overdue, without blame.
            target = created + timedelta(days=extra.randrange(14, 90))
            self.skills.append(
                {
                    "id": skill_id,
                    "title": title,
                    "kind": kind,
                    "why": why,
                    "source_kind": source,
                    "rejection_id": rejection_id,
                    "recovery_step_id": step_id,
                    "priority": skill_id,
                    "status": status,
                    "target_date": target if rng.random() < 0.5 else None,
                    "notes": extra.choice(("", "", "", "Half an hour before breakfast works.")),
                    "created_at": self.at(created),
                    "started_at": self.at(started) if started else None,
                    "finished_at": self.at(finished) if finished else None,
                }
            )
            # Most items keep the links and notes their title comes with.
            if rng.random() < 0.75:
                for position, (url, note) in enumerate(resources):
                    self.resources.append(
                        {"skill_id": skill_id, "url": url, "note": note, "position": position}
                    )
