"""What's working from applications added up in the store, not read one by one (pure).

The store adds up the sent applications for each way of grouping them, by the value they
have, the stages of ``REPLIED_STAGES`` they reached and their days to a first reply
(``store/insights_read.sent_tallies``). These turn such tallies into the same comparisons
and flow as ``compare_all`` and ``flow_links`` make from each application's ``AppFacts``
(tests/insights_oracle.py, the rules one application at a time; tests/test_insights_tallied.py
holds the two together).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bounceback_tui.domain.flow import Link, flow_links_counted
from bounceback_tui.domain.insights import (
    Comparison,
    GroupStat,
    Outcome,
    Rate,
    compared,
    dimensions,
    marked_early,
)
from bounceback_tui.domain.metrics import median_of_counts, wilson_interval
from bounceback_tui.domain.stages import (
    INTERVIEW_STAGES,
    OFFER_STAGES,
    REPLIED_STAGES,
    STAGE_ORDER,
    Stage,
)

_WANTED = {
    Outcome.REPLY: REPLIED_STAGES,
    Outcome.INTERVIEW: INTERVIEW_STAGES,
    Outcome.OFFER: OFFER_STAGES,
}


@dataclass(frozen=True)
class Tally:
    """``count`` applications alike: the stages of ``REPLIED_STAGES`` they reached, and
    their days to a first reply (None: not known)."""

    reached: frozenset[Stage]
    days: int | None
    count: int


def stat_of(name: str, tallies: Sequence[Tally]) -> GroupStat:
    """A group's figures from the applications the tallies count (as
    tests/insights_oracle.group_stat makes them one by one)."""
    count = sum(t.count for t in tallies)
    rates = {}
    for outcome, wanted in _WANTED.items():
        hits = sum(t.count for t in tallies if t.reached & wanted)
        rates[outcome] = Rate(hits, count, wilson_interval(hits, count))
    days = median_of_counts((t.days, t.count) for t in tallies if t.days is not None)
    noes = sum(t.count for t in tallies if t.reached == {Stage.REJECTED})
    return GroupStat(name, count, rates, days, noes)


def compare_tallied(
    tallied: Mapping[str, Sequence[tuple[Any, Tally]]],
    renames: Mapping[str, str] | None = None,
    today: date | None = None,
) -> tuple[Comparison, ...]:
    """Every grouping compared (tests/insights_oracle.compare_all): ``tallied`` has, for each
    grouping's key, its values and their tallies; the role family's in the order of each
    title's first application sent (a family is spelt as its first title:
    ``family_spellings``)."""
    found = []
    for dimension in dimensions(renames):
        grouped: dict[str, list[Tally]] = {}
        for value, tally in tallied.get(dimension.key, ()):
            name = dimension.name_of(value)
            if name is not None:
                grouped.setdefault(name, []).append(tally)
        stats = {name: stat_of(name, tallies) for name, tallies in grouped.items()}
        found.append(marked_early(compared(dimension, stats), today))
    return tuple(found)


def flow_tallied(standing: Iterable[tuple[Stage | None, Tally]]) -> list[Link]:
    """The flow (tests/insights_oracle.flow_links): where the applications stand now (None:
    nowhere known) and their tallies. Their stages are those reached in the order of the
    stages, where each stands last (docs/metrics.md, "stages reached": a stage a rejection
    reports comes before it)."""
    return flow_links_counted(
        (
            (
                *sorted(tally.reached, key=STAGE_ORDER.__getitem__),
                *((now,) if now is not None else ()),
            ),
            tally.count,
        )
        for now, tally in standing
    )
