"""A backup in the person's words: when it was taken, why, and how big it is.

The list of backups (`restore`, `backup --list`) and the screen for a store that cannot be
opened both say them. A week of backups listed as "2026-12-03 09:12  manual" told nobody
which was taken before the import that went wrong: the day reads "Thu 3 Dec 09:12" (as
``domain.dates.day_time`` writes every day and time), and the kind names why it was taken,
as its file name says, and nothing more ("why not known" for a file whose name does not
say).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui import clock

if TYPE_CHECKING:
    from bounceback_tui.store.backup import BackupInfo

# Why a backup was taken, by the label in its name (store/backup.py's module docstring).
WHY = {
    "daily": "daily",
    "manual": "by hand",
    "before-restore": "before a restore",
    "before-import": "before an import",
    "before-demo": "before demo data",
    "before-repair": "before a repair",
    "before-replace": "when the file was replaced",
}
_UPGRADE = re.compile(r"^pre-migration-v\d+-to-v\d+$")
NOT_KNOWN = "why not known"


def when_taken(info: BackupInfo, today: date | None = None, *, seconds: bool = False) -> str:
    """'today 09:30', 'yesterday 21:05', 'Mon 30 Nov 09:12' ('Mon 30 Nov 2025 09:12' in
    another year; 'today 09:30:02' with ``seconds``)."""
    from bounceback_tui.domain.dates import day_month

    today = today or clock.today()
    taken = info.taken_at
    time = f"{taken:%H:%M:%S}" if seconds else f"{taken:%H:%M}"
    days = (today - taken.date()).days
    if days == 0:
        return f"today {time}"
    if days == 1:
        return f"yesterday {time}"
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[taken.weekday()]
    return f"{weekday} {day_month(taken.date(), today)} {time}"


def kind_of(info: BackupInfo) -> str:
    """Why the backup was taken, as its name says: "daily", "by hand", "before an import",
    "before an upgrade"; a label of another kind as it is written ("my copy" for
    ``…-my-copy.sqlite3``), and "why not known" for a file whose name does not say."""
    if info.label in WHY:
        return WHY[info.label]
    if _UPGRADE.match(info.label):
        return "before an upgrade"
    return info.label.replace("-", " ") or NOT_KNOWN


def told_apart(shown: list[BackupInfo]) -> dict[Path, str]:
    """When each backup was taken, as ``when_taken`` says it ("today 18:25"), with the seconds
    for those that share their kind and minute with another shown: a stranger's three manual
    backups, seconds apart, all read "manual, today 18:25"."""
    said = {info.path: (kind_of(info), when_taken(info)) for info in shown}
    shared = Counter(said.values())
    return {info.path: when_taken(info, seconds=shared[said[info.path]] > 1) for info in shown}


def size_text(size: int) -> str:
    """ "0 B", "568 KB", "291.4 MB"."""
    if size < 1024:  # a 0-byte file was listed as "1 KB" (a tester's walk)
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"
