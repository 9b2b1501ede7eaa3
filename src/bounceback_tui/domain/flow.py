"""How applications moved through the stages, as a Sankey-style flow (pure).

Every sent application starts at Applied and follows the stages of the progression it
reached, in order (a stage it skipped is skipped in the flow too: Applied -> Interviews).
Where it stands now ends its path: an exit (Rejected, Ghosted, Withdrawn), Accepted, or,
still open, "No reply yet" (never past Applied) or "Still open". Each link counts the
applications that took it. ``sankey_lines`` writes them in SankeyMATIC's input format
("Applied [12] Screening"); ``draw_flow`` draws them as text for the terminal.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bounceback_tui.domain.insights import AppFacts
from bounceback_tui.domain.stages import Stage

NODE_LABELS: dict[Stage, str] = {
    Stage.APPLIED: "Applied",
    Stage.SCREENING: "Screening",
    Stage.INTERVIEWING: "Interviews",
    Stage.OFFER: "Offer",
    Stage.ACCEPTED: "Accepted",
    Stage.REJECTED: "Rejected",
    Stage.GHOSTED: "Ghosted",
    Stage.WITHDRAWN: "Withdrawn",
}
_PATH_STAGES = (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED)
NO_REPLY = "No reply yet"
STILL_OPEN = "Still open"
# Every node in drawing order: the path first, then where paths end.
NODE_ORDER: tuple[str, ...] = (
    *(NODE_LABELS[s] for s in _PATH_STAGES),
    "Rejected",
    "Ghosted",
    "Withdrawn",
    NO_REPLY,
    STILL_OPEN,
)
_RANK = {name: index for index, name in enumerate(NODE_ORDER)}


@dataclass(frozen=True)
class Link:
    source: str
    target: str
    count: int


def path_of(app: AppFacts) -> list[str]:
    """The nodes one application passed through, ending where it stands now."""
    return path_through(app.stages)


def path_through(stages: Sequence[Stage]) -> list[str]:
    """The nodes of an application whose stages reached are ``stages``, where it stands
    now last (``AppFacts.stages``)."""
    visited = set(stages) | {Stage.APPLIED}
    path = [NODE_LABELS[stage] for stage in _PATH_STAGES if stage in visited]
    current = stages[-1] if stages else Stage.APPLIED
    if current.is_exit:
        path.append(NODE_LABELS[current])
    elif current is not Stage.ACCEPTED:
        path.append(NO_REPLY if path == ["Applied"] else STILL_OPEN)
    return path


def flow_links_counted(paths: Iterable[tuple[Sequence[Stage], int]]) -> list[Link]:
    """The flow of applications given as their stages (``path_through``) and how
    many took them."""
    counts: Counter[tuple[str, str]] = Counter()
    for stages, many in paths:
        for link in itertools.pairwise(path_through(stages)):
            counts[link] += many
    ordered = sorted(counts.items(), key=lambda item: (_RANK[item[0][0]], _RANK[item[0][1]]))
    return [Link(source, target, count) for (source, target), count in ordered]


def sankey_lines(links: Iterable[Link]) -> list[str]:
    """SankeyMATIC's input: one "Source [amount] Target" line per link."""
    return [f"{link.source} [{link.count}] {link.target}" for link in links]


def node_totals(links: list[Link]) -> dict[str, int]:
    """How many applications passed through each node (what flowed into it; Applied: out)."""
    totals: Counter[str] = Counter()
    outgoing: Counter[str] = Counter()
    for link in links:
        totals[link.target] += link.count
        outgoing[link.source] += link.count
    for name, count in outgoing.items():
        if name not in totals:
            totals[name] = count
    return {name: totals[name] for name in NODE_ORDER if totals.get(name)}


@dataclass(frozen=True)
class FlowLine:
    """One drawn line: a node (depth 0) or one of its branches (depth 1)."""

    depth: int
    label: str
    count: int
    bar: str
    last: bool = False


def draw_flow(links: list[Link], bar_width: int = 30) -> list[FlowLine]:
    """Each node that leads somewhere, with a bar for how many reached it, then its branches
    with bars on the same scale (so the widths add up the way the applications split)."""
    totals = node_totals(links)
    if not totals:
        return []
    scale = max(totals.values())
    lines: list[FlowLine] = []

    def bar(count: int) -> str:
        cells = round(count / scale * bar_width) if scale else 0
        return "█" * max(1, cells) if count else ""

    for name in NODE_ORDER:
        branches = [link for link in links if link.source == name]
        if not branches:
            continue
        lines.append(FlowLine(0, name, totals[name], bar(totals[name])))
        for index, link in enumerate(branches):
            lines.append(
                FlowLine(1, link.target, link.count, bar(link.count), index == len(branches) - 1)
            )
    return lines
