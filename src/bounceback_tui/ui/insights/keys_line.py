"""The keys line under the charts of "What's working", each key as the keymap has it."""

from __future__ import annotations

from textual.content import Content

from bounceback_tui.ui.kit.key_lines import keys_line as keys_line_of
from bounceback_tui.ui.kit.key_text import esc_of, keys_of


def keys_line(app: object, next_outcome: str, *, flow_shown: bool) -> Content:
    """ "o Outcome: interviews next  f Flow  r Date range  e Role families  Esc Close"
    (``next_outcome``: what `o` shows next; the key bar's name for `o` first, "o interviews"
    having named the key bar's "o Outcome" another way), or with the flow shown "f Back to the
    rates  …": "r date range" kept its r after the person's keymap moved the range to another
    key."""
    bound = keys_of(app, "insights", outcome="o", flow="f", range="r", families="e")
    bound["close"] = esc_of(app, "insights.close", "escape,q")
    first = (
        [("$flow", "back to the rates")]
        if flow_shown
        else [("$outcome", "outcome: $next next"), ("$flow", "flow")]
    )
    return keys_line_of(
        app,
        *first,
        ("$range", "date range"),
        ("$families", "role families"),
        ("$close", "close"),
        next=next_outcome,
        **bound,
    )
