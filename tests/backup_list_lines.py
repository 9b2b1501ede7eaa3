"""The backups `restore` and `backup --list` show, one string each (commands/backup_list.py):
a backup's numbered line (when, why, size, how it differs from now) and the indented lines
under it (what it holds, or its mark, and its file), joined by newlines."""

from __future__ import annotations


def listed_backups(out: str) -> list[str]:
    entries: list[str] = []
    for line in out.splitlines():
        if line[:3].strip().isdigit():
            entries.append(line)
        elif entries and line.startswith("     "):
            entries[-1] += "\n" + line
    return entries
