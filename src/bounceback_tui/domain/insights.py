"""What is working: rates per group of applications, with honest uncertainty (pure).

Every figure is defined in docs/metrics.md ("What's working"). An application counts once
it was sent (it has a date applied). For each way of grouping them (source, role family,
excitement, month, company size, days from posting to applying, cover letter, tailored
resume) each group gets its count and, for three outcomes (a reply, an interview, an
offer), how many reached it, the rate and a 95% Wilson score interval.

Two rules keep the view from reading tea leaves:

- a group with fewer than ``MIN_GROUP`` (10) applications says "too few to tell";
- a difference between two groups is *clear* only when both have at least ``MIN_GROUP``
  applications and their intervals do not overlap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from bounceback_tui.domain.role_families import family_spellings
from bounceback_tui.domain.stages import (
    INTERVIEW_STAGES,
    OFFER_STAGES,
    REPLIED_STAGES,
    Stage,
)

MIN_GROUP = 10
MAX_SUGGESTIONS = 2
# A month is "still early" while any of its days is within this many days of today: its
# answers are still coming (December's "replies 11%" beside 60% for the months before).
EARLY_DAYS = 30


class Outcome(StrEnum):
    REPLY = "reply"
    INTERVIEW = "interview"
    OFFER = "offer"

    @property
    def label(self) -> str:
        return {
            "reply": "got a reply",
            "interview": "reached an interview",
            "offer": "got an offer",
        }[self.value]

    @property
    def short(self) -> str:
        return {"reply": "Replies", "interview": "Interviews", "offer": "Offers"}[self.value]


class CompanySize(StrEnum):
    """A few bands, as a person can guess them from a careers page."""

    TINY = "1-10"
    SMALL = "11-50"
    MEDIUM = "51-250"
    LARGE = "251-1000"
    HUGE = "1000+"

    @property
    def label(self) -> str:
        return f"{self.value} people"


@dataclass(frozen=True)
class AppFacts:
    """One sent application as the insights need it (no text but the role title)."""

    id: int
    role: str
    date_applied: date
    source: str | None = None
    excitement: int | None = None
    company_size: str | None = None
    posted_on: date | None = None
    cover_letter: bool | None = None
    tailored_resume: bool | None = None
    # Every stage it has been in, oldest first (its timeline), the current one last.
    stages: tuple[Stage, ...] = ()
    # The first day it moved to a stage that means the employer answered.
    first_reply_on: date | None = None

    def reached(self, outcome: Outcome) -> bool:
        wanted = {
            Outcome.REPLY: REPLIED_STAGES,
            Outcome.INTERVIEW: INTERVIEW_STAGES,
            Outcome.OFFER: OFFER_STAGES,
        }[outcome]
        return any(stage in wanted for stage in self.stages)

    @property
    def days_to_first_reply(self) -> int | None:
        if self.first_reply_on is None:
            return None
        return max(0, (self.first_reply_on - self.date_applied).days)

    @property
    def days_posting_to_applying(self) -> int | None:
        if self.posted_on is None:
            return None
        return max(0, (self.date_applied - self.posted_on).days)


# -- groupings ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Dimension:
    key: str
    title: str
    # The group an application falls in, or None when it has no value for it (left out).
    group_of: Callable[[AppFacts], str | None]
    # The order groups are shown in (unknown groups after, by name).
    order: tuple[str, ...] = ()
    # How the suggestion names a group ("Referrals", "Applications with a cover letter"),
    # and a group named after another (None: as ``plural`` has it): "Applications without a
    # cover letter got a reply 18 times in 20, with one 2 in 20" ("Without one got a reply"
    # named nothing: a tester's walk).
    plural: Callable[[str], str] = lambda name: name
    after: Callable[[str], str] | None = None
    # Whether a clear difference here may become a suggestion. Not for months: a month is
    # not something to do again, and the latest ones have not had time to hear back.
    suggest: bool = True
    # How a group is shown in the charts ("job_board" -> "Job board").
    label: Callable[[str], str] = lambda name: name
    # Groups that are points in time ("2026-11"): newest first, whatever their size.
    newest_first: bool = False
    # The group of a value as the store adds applications up by it (``group_of`` of one
    # whose field holds it: domain/insights_tally.py).
    name_of: Callable[[Any], str | None] = lambda value: value


_SOURCE_LABELS = {
    "referral": "Referrals",
    "job_board": "job boards",
    "company_site": "company sites",
    "recruiter": "recruiters",
    "other": "other sources",
}


def _posting_band(days: int | None) -> str | None:
    if days is None:
        return None
    if days <= 2:
        return "0-2 days"
    if days <= 7:
        return "3-7 days"
    if days <= 14:
        return "8-14 days"
    return "15+ days"


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def _flag_named(value: object) -> str | None:
    return _yes_no(None if value is None else bool(value))


def _excitement(value: int | None) -> str | None:
    return None if value is None else f"{value}/5"


@dataclass(frozen=True)
class _Titled:
    role: str


def dimensions(renames: Mapping[str, str] | None = None) -> tuple[Dimension, ...]:
    family, spelt = family_spellings(renames)
    return (
        Dimension(
            "source",
            "Source",
            lambda a: a.source,
            ("referral", "job_board", "company_site", "recruiter", "other"),
            lambda g: _SOURCE_LABELS.get(g, g),
            label=lambda g: g.replace("_", " ").capitalize(),
        ),
        # "iOS Developer", as typed: "ios developer" was shown (domain/role_families.py).
        Dimension(
            "role",
            "Role family",
            family,
            plural=lambda g: f'"{spelt(g)}" roles',
            label=spelt,
            name_of=lambda role: family(_Titled(role)),
        ),
        Dimension(
            "excitement",
            "Excitement",
            lambda a: _excitement(a.excitement),
            ("1/5", "2/5", "3/5", "4/5", "5/5"),
            lambda g: f"Roles you rated {g}",
            name_of=_excitement,
        ),
        Dimension(
            "month",
            "Month applied",
            lambda a: a.date_applied.strftime("%Y-%m"),
            plural=lambda g: f"Applications sent in {g}",
            suggest=False,
            newest_first=True,
        ),
        Dimension(
            "company_size",
            "Company size",
            lambda a: a.company_size,
            tuple(s.value for s in CompanySize),
            lambda g: f"Applications to companies of {g} people",
            label=lambda g: f"{g} people",
            after=lambda g: f"of {g} people",
        ),
        Dimension(
            "posting_age",
            "Days from posting to applying",
            lambda a: _posting_band(a.days_posting_to_applying),
            ("0-2 days", "3-7 days", "8-14 days", "15+ days"),
            lambda g: f"Applications sent {g} after the posting",
            after=lambda g: f"those sent {g} after",
            name_of=_posting_band,
        ),
        Dimension(
            "cover_letter",
            "Cover letter",
            lambda a: _yes_no(a.cover_letter),
            ("yes", "no"),
            lambda g: f"Applications {'with' if g == 'yes' else 'without'} a cover letter",
            label=lambda g: "With one" if g == "yes" else "Without",
            after=lambda g: "with one" if g == "yes" else "without one",
            name_of=_flag_named,
        ),
        Dimension(
            "tailored_resume",
            "Tailored resume",
            lambda a: _yes_no(a.tailored_resume),
            ("yes", "no"),
            lambda g: f"Applications with {'a tailored' if g == 'yes' else 'your usual'} resume",
            label=lambda g: "Tailored" if g == "yes" else "Usual resume",
            after=lambda g: "with a tailored one" if g == "yes" else "with your usual one",
            name_of=_flag_named,
        ),
    )


@dataclass(frozen=True)
class Rate:
    successes: int
    trials: int
    interval: tuple[float, float] | None

    @property
    def value(self) -> float | None:
        return self.successes / self.trials if self.trials else None


@dataclass(frozen=True)
class GroupStat:
    name: str
    count: int
    rates: Mapping[Outcome, Rate]
    median_days_to_reply: float | None
    # Replies that were a no and nothing more (no screening, no interview reached).
    noes: int = 0

    @property
    def too_few(self) -> bool:
        return self.count < MIN_GROUP

    @property
    def all_noes(self) -> bool:
        """Every reply was a no: "100% replied" is true but reads as good news (a tester's
        walk), so the words say "12 of 12 answered, all with a no"."""
        replies = self.rates[Outcome.REPLY].successes
        return replies > 0 and self.noes == replies


@dataclass(frozen=True)
class ClearDifference:
    dimension: str
    outcome: Outcome
    better: GroupStat
    worse: GroupStat

    @property
    def gap(self) -> float:
        """The room between the two intervals (always > 0 for a clear difference)."""
        better = self.better.rates[self.outcome].interval
        worse = self.worse.rates[self.outcome].interval
        assert better is not None and worse is not None
        return better[0] - worse[1]


@dataclass(frozen=True)
class Comparison:
    dimension: Dimension
    groups: tuple[GroupStat, ...]
    differences: tuple[ClearDifference, ...] = field(default=())
    # The groups that are months still early (``still_early``), marked where they are shown.
    early: frozenset[str] = frozenset()

    @property
    def known(self) -> int:
        return sum(group.count for group in self.groups)


def is_clear(a: GroupStat, b: GroupStat, outcome: Outcome) -> bool:
    """Both groups have MIN_GROUP or more and their 95% intervals do not overlap."""
    if a.too_few or b.too_few:
        return False
    first, second = a.rates[outcome].interval, b.rates[outcome].interval
    if first is None or second is None:
        return False
    return first[0] > second[1] or second[0] > first[1]


def compared(dimension: Dimension, stats: Mapping[str, GroupStat]) -> Comparison:
    """The groups in their order, and every clear difference between two of them."""
    rank = {name: index for index, name in enumerate(dimension.order)}
    names = sorted(stats, key=lambda n: (rank.get(n, len(rank)), -stats[n].count, n))
    names = sorted(stats, reverse=True) if dimension.newest_first else names
    groups = tuple(stats[name] for name in names)
    differences = []
    for outcome in Outcome:
        for i, first in enumerate(groups):
            for second in groups[i + 1 :]:
                if is_clear(first, second, outcome):
                    better, worse = (
                        (first, second)
                        if (first.rates[outcome].value or 0) > (second.rates[outcome].value or 0)
                        else (second, first)
                    )
                    differences.append(ClearDifference(dimension.key, outcome, better, worse))
    return Comparison(dimension, groups, tuple(differences))


def still_early(month: str, today: date) -> bool:
    """Whether a month ("2026-12") ends less than ``EARLY_DAYS`` days before ``today``:
    not every answer to what was sent in it has come yet."""
    year, number = (int(part) for part in month.split("-"))
    following = date(year + number // 12, number % 12 + 1, 1)
    return (today - following).days < EARLY_DAYS - 1


def marked_early(comparison: Comparison, today: date | None) -> Comparison:
    """With ``today``, the months of a comparison by month that are still early marked."""
    if today is None or not comparison.dimension.newest_first:
        return comparison
    early = frozenset(g.name for g in comparison.groups if still_early(g.name, today))
    return replace(comparison, early=early)
