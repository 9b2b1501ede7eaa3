"""The Pipeline's header: the funnel in two lines (rates, then how many in each stage)."""

from __future__ import annotations

from bounceback_tui.domain.pipeline_funnel import Funnel, days_text, percent, stage_counts

NBSP = "\u00a0"  # keeps a stage name and its count on the same line when the header wraps


def funnel_markup(funnel: Funnel, *, quiet: int = 0, compact: bool = False) -> str:
    """Rates on the first line, the count in each stage on the second.

    ``compact`` (narrow terminals) shortens the first line so it fits in 80 columns."""
    rates = (
        f"[b]{funnel.sent:,}[/b] sent"
        f" · replies [b]{percent(funnel.response_rate)}[/b]"
        f" · interviews [b]{percent(funnel.interview_rate)}[/b]"
        f" · offers [b]{percent(funnel.offer_rate)}[/b]"
    )
    median = funnel.median_days_to_reply
    if median is not None and compact:
        rates += f" · median{NBSP}reply{NBSP}[b]{round(median)}d[/b]"
    elif median is not None:
        days = days_text(median).replace(" ", NBSP)
        rates += f" · first{NBSP}reply{NBSP}in{NBSP}[b]{days}[/b] (median)"
    if quiet and not compact:
        rates += f" · [$text-warning]{quiet:,}{NBSP}quiet{NBSP}(r)[/]"
    counts = " · ".join(
        f"{stage.label}{NBSP}[b]{count:,}[/b]" for stage, count in stage_counts(funnel.by_stage)
    )
    if quiet and compact:
        counts += f" · [$text-warning]{quiet:,}{NBSP}quiet{NBSP}(r)[/]"
    return f"{rates}\n[dim]{counts}[/dim]"
