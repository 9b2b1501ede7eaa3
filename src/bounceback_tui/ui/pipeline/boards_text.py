"""Words of the job boards screen (``pipeline/boards.py``): its keys line, each key as the
person's keymap has it, and when a board was last checked."""

from __future__ import annotations

from datetime import datetime

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.ui.kit.key_lines import keys_line as keys_line_of


def keys_line(app: object) -> Content:
    """ "a Follow  d Unfollow  r Refresh all  o Open  Esc Close", as bound: the line kept its
    letters after a keymap moved the keys (a stranger's walk)."""
    return keys_line_of(
        app,
        ("{boards.follow|a}", "follow"),
        ("{boards.unfollow|d}", "unfollow"),
        ("{boards.refresh|r}", "refresh all"),
        ("{boards.open|o}", "open"),
        ("{boards.close|escape|Esc}", "close"),
    )


def checked_when(moment: datetime | None) -> str:
    """ "today 09:30", "yesterday", the day; "not yet" for a board never checked."""
    if moment is None:
        return "not yet"
    days = (clock.today() - moment.date()).days
    if days == 0:
        return f"today {moment:%H:%M}"
    if days == 1:
        return "yesterday"
    return moment.date().isoformat()
