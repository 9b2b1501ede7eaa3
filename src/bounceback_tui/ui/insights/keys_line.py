"""The keys line under the charts of "What's working", each key as the keymap has it."""

from __future__ import annotations

from textual.content import Content

from bounceback_tui.ui.kit.key_text import esc_of, keys_of
from bounceback_tui.ui.kit.text import markup_with


def keys_line(app: object, next_outcome: str, *, flow_shown: bool) -> Content:
    """ "o outcome: interviews next  f flow  r date range  e role families  Esc close"
    (``next_outcome``: what `o` shows next; the key bar's name for `o` first, "o interviews"
    having named the key bar's "o Outcome" another way), or with the flow shown "f back to the
    rates  …": "r date range" kept its r after the person's keymap moved the range to another
    key."""
    bound = keys_of(app, "insights", outcome="o", flow="f", range="r", families="e")
    bound["close"] = esc_of(app, "insights.close", "escape,q")
    rest = markup_with(
        "  [b]$range[/b] date range  [b]$families[/b] role families  [b]$close[/b] close", **bound
    )
    if flow_shown:
        return markup_with("[b]$flow[/b] back to the rates", **bound) + rest
    return (
        markup_with(
            "[b]$outcome[/b] outcome: $next next  [b]$flow[/b] flow", next=next_outcome, **bound
        )
        + rest
    )
