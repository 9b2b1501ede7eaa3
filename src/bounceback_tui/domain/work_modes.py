"""The work mode a location names: "Remote (US)", "US - Remote", "Hybrid - Berlin".

Trackers such as Huntr and Teal keep the work mode inside the location. Read from there
when nothing else says it (the CSV import, when a row has no work mode of its own); the
location itself is kept as written.
"""

from __future__ import annotations

import re

from bounceback_tui.domain.applications import WorkMode

_NAMES: tuple[tuple[WorkMode, re.Pattern[str]], ...] = (
    (WorkMode.HYBRID, re.compile(r"\bhybrid\b")),
    (WorkMode.REMOTE, re.compile(r"\b(?:remote|wfh|work from home)\b")),
    (WorkMode.ONSITE, re.compile(r"\b(?:on[\s-]?site|in[\s-]office|in[\s-]person)\b")),
)
# "Not remote", "no remote", "non-remote": the word is there, the mode is not.
_DENIED = re.compile(r"\b(?:not|no|non)[\s-]+(?:remote|hybrid|on[\s-]?site)\b")


def work_mode_in_location(location: str) -> WorkMode | None:
    """The work mode ``location`` names, or None when it names none, denies one or names both
    remote and on-site. Hybrid outranks the others: "Hybrid (2 days remote)" is hybrid."""
    text = location.lower()
    if _DENIED.search(text):
        return None
    named = {mode for mode, pattern in _NAMES if pattern.search(text)}
    if WorkMode.HYBRID in named:
        return WorkMode.HYBRID
    return named.pop() if len(named) == 1 else None
