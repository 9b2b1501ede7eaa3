"""How the Markdown journal writes what the person typed, and the days and stages it names.

Person-typed text is put on one line with Markdown's special characters escaped (``inline``),
an answer of many lines as a block quote (``quoted``), so their text never turns into Markdown
it was not meant to be; a day reads "4 March 2026" and a stage by its label, a stage this
version does not know as stored (transfer/report.py, report_reflections.py).
"""

from __future__ import annotations

import re
from datetime import date

from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import screen_line

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
SKILL_STATES = {"todo": "to do", "doing": "in progress", "done": "done"}


def inline(text: str | None) -> str:
    """Person-typed text on one line (``screen_line``: a line break, a lone carriage return
    among them, is a space), with Markdown's special characters escaped, and control
    characters and bidi overrides as U+FFFD (``display_text``: a viewer would act on them,
    an override showing the rest of the line reversed)."""
    return _SPECIAL.sub(r"\\\1", screen_line(text or ""))


def quoted(text: str) -> list[str]:
    """A multi-line answer as a block quote, each line escaped."""
    return [f"> {inline(line)}" if line.strip() else ">" for line in text.strip().splitlines()]


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def stage_label(value: str) -> str:
    try:
        return Stage(value).label
    except ValueError:
        return value
