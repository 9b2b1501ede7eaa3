"""What's working's suggestions: the clearest differences said in a plain sentence each.

"Referrals got a reply 12 times in 30, job boards 6 in 80: ask for one referral this week."
At most two, one per grouping, the widest gap between the two 95% ranges first
(docs/metrics.md, "suggestion"). Pure: read from ``domain/insights``' comparisons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bounceback_tui.domain.insights import (
    MAX_SUGGESTIONS,
    ClearDifference,
    Comparison,
    Dimension,
)
from bounceback_tui.domain.wording import number

_ACTIONS: dict[str, Callable[[str], str]] = {
    "source": lambda g: {
        "referral": "ask for one referral this week",
        "job_board": "keep some job-board applications in the mix",
        "company_site": "apply on a company's own site this week",
        "recruiter": "answer one recruiter this week",
    }.get(g, "try more of what worked"),
    "role": lambda g: f'look for one more "{g}" role this week',
    "excitement": lambda g: (
        "favour roles you are keen on"
        if int(g[0]) >= 4
        else "keep an open mind about roles that excite you less"
    ),
    "month": lambda g: "look back at what you did differently then",
    "company_size": lambda g: f"add one company of {g} people to your list",
    "posting_age": lambda g: (
        "apply soon after a posting appears"
        if g in ("0-2 days", "3-7 days")
        else "take your time with older postings"
    ),
    "cover_letter": lambda g: (
        "write a cover letter for the next one"
        if g == "yes"
        else "save the time a cover letter takes"
    ),
    "tailored_resume": lambda g: (
        "tailor your resume for the next one" if g == "yes" else "send your usual resume more often"
    ),
}


def _times(count: int) -> str:
    return "once" if count == 1 else f"{number(count)} times"


def describe(difference: ClearDifference, dimension: Dimension) -> str:
    """ "Referrals got a reply 12 times in 30, job boards 6 in 80: ask for one referral this
    week." Numbers only, no percentages: they are what the person can picture."""
    better = difference.better.rates[difference.outcome]
    worse = difference.worse.rates[difference.outcome]
    first = dimension.plural(difference.better.name)
    first = first[:1].upper() + first[1:]
    second = (dimension.after or dimension.plural)(difference.worse.name)
    second = second[:1].lower() + second[1:]
    action = _ACTIONS[difference.dimension](difference.better.name)
    return (
        f"{first} {difference.outcome.label} {_times(better.successes)} in "
        f"{number(better.trials)}, {second} {number(worse.successes)} in "
        f"{number(worse.trials)}: {action}."
    )


def suggestions(comparisons: Sequence[Comparison], limit: int = MAX_SUGGESTIONS) -> list[str]:
    """At most ``limit`` plain sentences from the clearest differences (none when nothing is
    clear): the widest gap between intervals first, one per grouping."""
    ranked = sorted(
        (
            (difference, comparison.dimension)
            for comparison in comparisons
            if comparison.dimension.suggest
            for difference in comparison.differences
        ),
        key=lambda pair: -pair[0].gap,
    )
    chosen: list[str] = []
    used: set[str] = set()
    for difference, dimension in ranked:
        if dimension.key in used:
            continue
        used.add(dimension.key)
        chosen.append(describe(difference, dimension))
        if len(chosen) == limit:
            break
    return chosen
