"""The funnel figures in the Pipeline's header: counts in, rates out (no I/O).

The counts come from aggregate SQL (services/pipeline_funnel.py); this module
only turns them into the rates a person reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bounceback_tui.domain.stages import ALL_STAGES, Stage


@dataclass(frozen=True)
class Funnel:
    """``sent`` counts applications past Saved; the others count those among them that
    ever reached a reply, an interview, an offer (by their current stage or their history)."""

    by_stage: Mapping[Stage, int] = field(default_factory=dict)
    sent: int = 0
    replied: int = 0
    interviewed: int = 0
    offered: int = 0
    median_days_to_reply: float | None = None

    @property
    def total(self) -> int:
        return sum(self.by_stage.values())

    def count(self, stage: Stage) -> int:
        return self.by_stage.get(stage, 0)

    def rate(self, part: int) -> float | None:
        return part / self.sent if self.sent else None

    @property
    def response_rate(self) -> float | None:
        return self.rate(self.replied)

    @property
    def interview_rate(self) -> float | None:
        return self.rate(self.interviewed)

    @property
    def offer_rate(self) -> float | None:
        return self.rate(self.offered)


def percent(rate: float | None) -> str:
    """0.4166 -> "42%"; no data -> "-"."""
    if rate is None:
        return "-"
    value = rate * 100
    if 0 < value < 1:
        return "<1%"
    return f"{round(value)}%"


def days_text(days: float | None) -> str:
    if days is None:
        return "-"
    rounded = round(days, 1)
    shown = f"{rounded:g}"
    return f"{shown} day" if rounded == 1 else f"{shown} days"


def stage_counts(by_stage: Mapping[Stage, int]) -> list[tuple[Stage, int]]:
    """Every stage in board order, with zero for the empty ones."""
    return [(stage, by_stage.get(stage, 0)) for stage in ALL_STAGES]
