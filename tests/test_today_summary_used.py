"""Every figure Today's summary carries is read by something: the pane, the `today` command
or the next step.

The summary is computed on every Today load (services/today.py). A field that nothing reads
is a store query on each load for nothing: ``goal_first_week`` was one, left computed after
the goal run's words stopped asking for it ("starts this week" after any missed week).
"""

from __future__ import annotations

import re
from pathlib import Path

from bounceback_tui.services.today import TodaySummary

SRC = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui"
BUILT_IN = SRC / "services" / "today.py"  # where the summary is made (and its JSON)


def test_every_field_of_todays_summary_is_read_somewhere() -> None:
    texts = [path.read_text() for path in SRC.rglob("*.py") if path != BUILT_IN]
    built = BUILT_IN.read_text()
    unread = [
        name
        for name in TodaySummary._fields
        if not re.search(rf"self\.{name}\b", built)  # the JSON, a property
        and not any(re.search(rf"\.{name}\b", text) for text in texts)
    ]
    assert unread == []
