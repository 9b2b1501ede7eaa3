"""The demo's applications: each one's path through the stages, and the rejections with
their recovery plans (how far each plan got, its answers and drafts).

A part of services/demo.py's builder (a mixin): it draws from the builder's generator, in
the builder's order, so a seed builds the same data as when this lived in one module.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from bounceback_tui.domain.feedback import has_feedback
from bounceback_tui.domain.recovery import (
    DEFAULT_TEMPLATE,
    NoKind,
    StepKind,
    no_kind,
    step_row,
    steps_for_new_plan,
)
from bounceback_tui.domain.stages import PROGRESSION, Stage, stage_reached
from bounceback_tui.services.demo_data import (
    ANSWERS,
    ANSWERS_ON_PAPER,
    ASKED_VIA,
    COMPANIES,
    DRAFTS,
    DRAFTS_ON_PAPER,
    LOCATIONS,
    REASONS,
    REASONS_ON_PAPER,
    ROLES,
    SOURCES,
)
from bounceback_tui.services.recovery import reason_noted


class DemoApplications:
    """Adds ``applications``, ``stage_changes``, ``rejections`` and ``steps``."""

    rng: random.Random
    today: date
    applications: list[dict[str, Any]]
    stage_changes: list[dict[str, Any]]
    rejections: list[dict[str, Any]]
    steps: list[dict[str, Any]]
    named: list[tuple[int, str, str, str, datetime, Stage, Stage]]
    jobs: set[tuple[str, str]]

    def at(self, day: date, hour: int = 10) -> datetime:
        raise NotImplementedError

    def _application(self, app_id: int, age: int, final: Stage) -> None:
        rng = self.rng
        applied = self.today - timedelta(days=age)
        company = rng.choice(COMPANIES)
        role = _another_job(company, rng.choice(ROLES), self.jobs)
        # Date each move; a move that would land after today has not happened yet, so
        # recent applications are still early in their path (no pile-up on today).
        dated: list[tuple[Stage, date]] = []
        day = applied
        for stage in self._path_to(final):
            if dated:
                gap = rng.randint(21, 45) if stage is Stage.GHOSTED else rng.randint(2, 14)
                day = day + timedelta(days=gap)
                if day > self.today:
                    break
            dated.append((stage, day))
        final = dated[-1][0]
        path = [stage for stage, _ in dated]
        previous: str | None = None
        for stage, day in dated:
            self.stage_changes.append(
                {
                    "application_id": app_id,
                    "from_stage": previous,
                    "to_stage": stage.value,
                    "changed_on": day,
                    "created_at": self.at(day),
                }
            )
            previous = stage.value
        salary_low = rng.randrange(45, 140) * 1000
        in_play = final in (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER)
        follow_up = (
            self.today + timedelta(days=rng.randint(-4, 10))
            if in_play and rng.random() < 0.6
            else None
        )
        if follow_up is not None and follow_up < applied:
            # Drawn all the same (every seed keeps the rest of its demo), but never before the
            # date applied: the forms and an import refuse that order, so an export of the
            # demo did not import whole (69 rows of 40,000 refused).
            follow_up = applied
        domain = "".join(ch for ch in company.split()[0].lower() if ch.isascii() and ch.isalnum())
        # The fields added for the Pipeline draw from their own generator, so the main one
        # (and with it every stage, date and plan of a given seed) stays as it was.
        extra = random.Random(app_id * 7919 + self.today.toordinal())
        # Some long waits in Applied were already looked at ("not ghosted yet").
        dismissed = None
        if final is Stage.APPLIED and age > 30 and extra.random() < 0.25:
            dismissed = self.today - timedelta(days=extra.randint(3, 15))
        self.applications.append(
            {
                "id": app_id,
                "company": company,
                "role": role,
                "stage": final.value,
                "link": f"https://jobs.example.com/{domain or 'jobs'}/{app_id}",
                "location": rng.choice(LOCATIONS),
                "work_mode": rng.choice(("onsite", "hybrid", "remote", None)),
                "salary_min": float(salary_low) if rng.random() < 0.7 else None,
                "salary_max": float(salary_low + rng.randrange(5, 40) * 1000)
                if rng.random() < 0.7
                else None,
                "salary_currency": rng.choice(("EUR", "GBP", "USD")),
                "salary_period": "year",
                "source": rng.choice(SOURCES),
                "excitement": rng.randint(1, 5),
                # Drawn here, in this order, so every seed gives the demo it always gave;
                # taken out below: the person becomes a contact linked to the application.
                "contact_name": (
                    contact := rng.choice(("", "", "Sam Rivera", "Priya Natarajan", "Jonas Weber"))
                ),
                "contact_email": f"{contact.split()[0].lower()}@{domain or 'example'}.example"
                if contact and extra.random() < 0.7
                else "",
                "notes": rng.choice(
                    (
                        "",
                        "",
                        "Referred by a former colleague.",
                        "Great mission; small team.",
                        "Asked about on-call in the screen.",
                        "Take-home due Friday.",
                    )
                ),
                "description": "",
                "employment_type": "FULL_TIME",
                "date_applied": applied if final is not Stage.SAVED else None,
                "next_follow_up": follow_up,
                "ghost_dismissed_on": dismissed,
                "created_at": self.at(applied, 9),
                "updated_at": self.at(day, 17),
            }
        )
        row = self.applications[-1]
        if not _note_fits(row["notes"], stage_reached(path)):
            row["notes"] = ""  # drawn all the same: every seed keeps the rest of its demo
        name, email = row.pop("contact_name"), row.pop("contact_email")
        if name:
            self.named.append(
                (app_id, company, name, email, row["created_at"], final, stage_reached(path))
            )
        if final is Stage.REJECTED:
            reached = path[-2].value if len(path) > 1 else Stage.APPLIED.value
            self._rejection(app_id, company, role, day, reached)

    def _path_to(self, final: Stage) -> list[Stage]:
        if final is Stage.SAVED:
            return [Stage.SAVED]
        if final in PROGRESSION:
            return list(PROGRESSION[1 : PROGRESSION.index(final) + 1])
        reached = self.rng.choice(
            (Stage.APPLIED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING)
        )
        if final is Stage.GHOSTED:
            reached = Stage.APPLIED
        return [*PROGRESSION[1 : PROGRESSION.index(reached) + 1], final]

    def _rejection(
        self, app_id: int | None, company: str, role: str, day: date, reached: str
    ) -> None:
        """A rejection and a plan as a person would have worked it: steps ticked on or
        soon after their suggested day, some skipped, answers written, feedback asked (and
        often not answered), and a draft or two left in the newest plans."""
        rng = self.rng
        rejection_id = len(self.rejections) + 1
        age = (self.today - day).days
        # The plan the app gives a no at this stage (a no on paper: no interview steps).
        on_paper = no_kind(reached) is NoKind.ON_PAPER
        template = steps_for_new_plan(DEFAULT_TEMPLATE, False, no_kind(reached))
        answers = ANSWERS_ON_PAPER if on_paper else ANSWERS
        drafts = DRAFTS_ON_PAPER if on_paper else DRAFTS
        # Some people work a plan to the end, others drift off after the first week.
        diligence = rng.uniform(0.55, 1.0)
        sees_it_through = age > 21 and rng.random() < 0.55
        left_a_draft = age <= 6 and rng.random() < 0.6
        done_days: list[date] = []
        for position, step in enumerate(template):
            due = day + timedelta(days=step.offset_days)
            waited = (self.today - due).days
            if sees_it_through:
                done = True
            elif waited < 0:
                done = False
            else:
                # The longer a step has been due, the likelier it is ticked.
                done = rng.random() < diligence * min(1.0, 0.45 + waited / 10)
            done_day = min(self.today, due + timedelta(days=rng.choice((0, 0, 0, 1, 2))))
            answer, draft, asked_on, asked_via, nothing = "", None, None, "", False
            if done:
                done_days.append(done_day)
                if step.kind is StepKind.REPLY and rng.random() < 0.4:
                    nothing = True  # silence is the most common answer
                elif step.key in answers:
                    answer = rng.choice(answers[step.key])
                if step.kind is StepKind.FEEDBACK:
                    asked_on, asked_via = done_day, rng.choice(ASKED_VIA)
            elif left_a_draft and step.kind is StepKind.ANSWER and waited >= -2:
                draft = rng.choice(drafts)
                left_a_draft = False
            self.steps.append(
                {
                    **step_row(rejection_id, position, step),
                    "done_at": self.at(done_day, 20) if done else None,
                    "answer": answer,
                    "answer_draft": draft,
                    "asked_on": asked_on,
                    "asked_via": asked_via,
                    "nothing_came_back": nothing,
                    "updated_at": self.at(done_day if done else day, 20),
                }
            )
        reason = rng.choice(REASONS_ON_PAPER if on_paper else REASONS)
        # A no recorded with a reason has its reply noted from it, as a new plan has
        # (services/recovery.reason_noted): it stood open beside the reason (7 of 60 plans).
        reply = _open_reply(self.steps[-len(template) :]) if has_feedback(reason) else None
        if reply is not None:
            done_days.append(day)
        finished = len(done_days) == len(template)
        self.rejections.append(
            {
                "id": rejection_id,
                "application_id": app_id,
                "company": company,
                "role": role,
                "rejected_on": day,
                "stage_reached": reached,
                "reason": reason,
                "plan_completed_at": self.at(max(done_days), 21) if finished else None,
                "created_at": self.at(day, 18),
            }
        )
        if reply is not None:  # done on the no's day, when it was written down
            noted = reason_noted(reply, reason, day, self.rejections[-1]["created_at"])
            reply.update(noted, updated_at=noted["done_at"])


def _open_reply(steps: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A plan's "Note what came back" still open (not ticked, no answer or draft, nothing
    said to have come back): the step a no's reason notes, as the upgrade of an older store
    notes it (store/migrations/v010_reasons_noted.py)."""
    return next(
        (
            step
            for step in steps
            if step["kind"] == StepKind.REPLY.value
            and step["done_at"] is None
            and not step["answer"]
            and not step["answer_draft"]
            and not step["nothing_came_back"]
        ),
        None,
    )


# Notes that tell of a step the application must have reached ("Take-home due Friday." on
# one still Saved contradicted itself: a stranger's walk).
_NOTE_NEEDS = {
    "Asked about on-call in the screen.": Stage.SCREENING,
    "Take-home due Friday.": Stage.INTERVIEWING,
}


def _note_fits(note: str, reached: Stage) -> bool:
    needs = _NOTE_NEEDS.get(note)
    return needs is None or PROGRESSION.index(reached) >= PROGRESSION.index(needs)


def _another_job(company: str, role: str, jobs: set[tuple[str, str]]) -> str:
    """``role``, or the next of ``ROLES`` not yet applied for at ``company`` where it was
    (``jobs``, which it joins): two applications both "Lumen Health (Data Analyst)" came of
    the draw, and every line and toast named them alike. Once every role at a company is
    taken (a large scale), ``role`` as drawn. No draw more: a seed's other data stays."""
    at = ROLES.index(role)
    for step in range(len(ROLES)):
        candidate = ROLES[(at + step) % len(ROLES)]
        if (company, candidate) not in jobs:
            role = candidate
            break
    jobs.add((company, role))
    return role
