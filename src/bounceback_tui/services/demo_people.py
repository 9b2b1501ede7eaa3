"""The demo's people, their log and the interviews, built after everything else.

Draws from a generator of its own, so the applications, plans and skills of a seed stay
exactly as they were before people existed. One pass over the applications: the demo at
200,000 applications stays about as fast as before.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from bounceback_tui.domain.interviews import InterviewKind, to_utc
from bounceback_tui.domain.people import ContactKind, InteractionKind
from bounceback_tui.domain.stages import Stage


class _DemoBuilder(Protocol):
    """What the people part reads from and adds to services/demo's builder (named here, not
    imported: the builder imports this module)."""

    today: date
    scale: int
    applications: list[dict[str, Any]]
    # (application id, company, contact name, contact email, created at, final stage)
    named: list[tuple[int, str, str, str, datetime, Stage, Stage]]
    contacts: list[dict[str, Any]]
    links: list[dict[str, Any]]
    interactions: list[dict[str, Any]]
    interviews: list[dict[str, Any]]
    interview_people: list[dict[str, Any]]


ZONES = ("Europe/London", "Europe/Berlin", "America/New_York", "Europe/Amsterdam")
RECRUITERS = (
    ("Alex Morgan", "Brightpath Talent", "alex@brightpath.example"),
    ("Dana Okafor", "Northstar Search", "dana@northstar.example"),
)
SUPPORT = (("Maya (friend)", "Mock interviews on Sundays"), ("Dad", "Reads my cover letters"))
PREP = (
    "Re-read the posting; two stories about teamwork.",
    "System design warm-up: caching and queues.",
    "Questions to ask: team size, on-call, how they measure success.",
    "",
)
KINDS_BY_STAGE = {
    Stage.SCREENING: (InterviewKind.PHONE_SCREEN,),
    Stage.INTERVIEWING: (InterviewKind.TECHNICAL, InterviewKind.TAKE_HOME, InterviewKind.ONSITE),
    Stage.OFFER: (InterviewKind.FINAL, InterviewKind.OFFER_CALL),
}


class _DemoPeople:
    def __init__(self, builder: _DemoBuilder) -> None:
        self.b = builder
        self.rng = random.Random(builder.today.toordinal() * 31 + builder.scale)
        self.next_contact = 1
        self.next_interview = 1

    def _contact(self, name: str, created: datetime, **fields: Any) -> int:
        contact_id = self.next_contact
        self.next_contact += 1
        row = {
            "id": contact_id,
            "name": name,
            "role": "",
            "kind": ContactKind.OTHER.value,
            "company": "",
            "email": "",
            "phone": "",
            "link": "",
            "notes": "",
            "next_follow_up": None,
            "created_at": created,
            "updated_at": created,
        }
        row.update(fields)
        self.b.contacts.append(row)
        return contact_id

    def build(self) -> None:
        b, today = self.b, self.b.today
        start = datetime.combine(today - timedelta(days=200), time(9))
        recruiters = [
            self._contact(
                name,
                start,
                kind=ContactKind.AGENCY_RECRUITER.value,
                company=agency,
                email=email,
                role="Recruiter",
                next_follow_up=today + timedelta(days=2 + n * 5),
            )
            for n, (name, agency, email) in enumerate(RECRUITERS)
        ]
        for name, notes in SUPPORT:
            self._contact(name, start, kind=ContactKind.SUPPORT.value, notes=notes)
        # The three names the demo's applications give are three in-house recruiters who
        # moved between companies: one person each, linked wherever they were named.
        found: dict[str, int] = {}
        for app_id, _company, name, email, created, stage, reached in b.named:
            contact_id = found.get(name)
            if contact_id is None:
                contact_id = self._contact(
                    name, created, kind=ContactKind.RECRUITER.value, email=email, role="Recruiter"
                )
                found[name] = contact_id
            self._link(app_id, contact_id, created)
            # A log for every application of a small demo; one in four of a large one (each
            # line's insert also moves its application's version: the build stays quick).
            if b.scale <= 500 or app_id % 4 == 0:
                self._log(app_id, contact_id, name, created.date(), stage, reached)
        # The agency recruiters each work across a handful of applications.
        for app in b.applications[: max(2, len(b.applications) // 15)]:
            recruiter = recruiters[app["id"] % len(recruiters)]
            self._link(app["id"], recruiter, app["created_at"])
        self._interviews()

    def _link(self, app_id: int, contact_id: int, created: datetime) -> None:
        self.b.links.append(
            {"application_id": app_id, "contact_id": contact_id, "created_at": created}
        )

    def _log(
        self, app_id: int, contact_id: int, name: str, day: date, stage: Stage, reached: Stage
    ) -> None:
        """A line for what happened: no "Sent" for one still Saved, no "Invited to talk" for
        one that never got past Applied (a no or silence after it; a stranger's walk). A
        "Sent" line has no note: "Sent the application" said it twice (a new user's walk)."""
        rows = [] if reached is Stage.SAVED else [(InteractionKind.SENT, day, "")]
        # The random draw comes before the stage reached: every seed keeps the rest as it was.
        replied = stage not in (Stage.SAVED, Stage.APPLIED) and self.rng.random() < 0.6
        if replied and reached not in (Stage.SAVED, Stage.APPLIED):
            rows.append((InteractionKind.REPLIED, day + timedelta(days=4), "Invited to talk"))
        if stage is Stage.REJECTED and self.rng.random() < 0.4:
            rows.append(
                (InteractionKind.FEEDBACK_ASKED, day + timedelta(days=12), "Asked what to improve")
            )
        for kind, on, note in rows:
            if on > self.b.today:
                continue
            self.b.interactions.append(
                {
                    "application_id": app_id,
                    "contact_id": contact_id,
                    "contact_name": name,
                    "kind": kind.value,
                    "happened_on": on,
                    "note": note,
                    "created_at": datetime.combine(on, time(12)),
                }
            )

    def _interviews(self) -> None:
        b, rng, today = self.b, self.rng, self.b.today
        people_of: dict[int, int] = {}
        for link in b.links:
            people_of.setdefault(link["application_id"], link["contact_id"])
        asked = False
        for app in b.applications:
            stage = Stage(app["stage"])
            kinds = KINDS_BY_STAGE.get(stage)
            if not kinds:
                continue
            zone = rng.choice(ZONES)
            # One that is coming up, and for those further along one that is behind them.
            ahead = today + timedelta(days=rng.randint(0, 9))
            self._interview(app["id"], rng.choice(kinds), ahead, zone, people_of, outcome=None)
            if stage is not Stage.SCREENING:
                days_ago = rng.randint(1, 3) if not asked else rng.randint(3, 20)
                behind = today - timedelta(days=days_ago)
                outcome = None if not asked else (rng.choice(("Went well", "Tough but fair")), 4)
                asked = True
                self._interview(
                    app["id"], InterviewKind.PHONE_SCREEN, behind, zone, people_of, outcome=outcome
                )

    def _interview(
        self,
        app_id: int,
        kind: InterviewKind,
        day: date,
        zone: str,
        people_of: dict[int, int],
        *,
        outcome: tuple[str, int] | None,
    ) -> None:
        rng = self.rng
        at = time(rng.choice((9, 10, 11, 14, 15, 16)), rng.choice((0, 30)))
        starts = to_utc(day, at, zone)
        interview_id = self.next_interview
        self.next_interview += 1
        # Made five days before it, or at midnight for one sooner: never a time to come (a
        # JSON import refuses a record made in the future, this store's own export too).
        created = min(
            datetime.combine(day - timedelta(days=5), time(10)),
            datetime.combine(self.b.today, time(0)),
        )
        self.b.interviews.append(
            {
                "id": interview_id,
                "application_id": app_id,
                "kind": kind.value,
                "starts_at": starts,
                "zone": zone,
                "length_minutes": 30 if kind is InterviewKind.PHONE_SCREEN else 60,
                "place": "" if kind is InterviewKind.TAKE_HOME else "Video call",
                "link": "" if kind is InterviewKind.TAKE_HOME else "https://meet.example.com/demo",
                "prep_notes": rng.choice(PREP),
                "outcome_note": outcome[0] if outcome else "",
                "rating": outcome[1] if outcome else None,
                "outcome_at": datetime.combine(day, time(18)) if outcome else None,
                "created_at": created,
                "updated_at": created,
            }
        )
        if app_id in people_of:
            self.b.interview_people.append(
                {"interview_id": interview_id, "contact_id": people_of[app_id]}
            )
