"""Settings that are a window's scratch, not the person's data: the one list.

A new application half typed (services/application_draft.py; any character as typed) is kept
in the setting ``application_draft``. An export leaves it out and an import passes it by (an
older export may carry one); a backup copies it, as it copies the whole store, and a restore
puts it back without judging it as a setting's value (transfer/backup_rows.py): a draft
holding a form feed made every backup refused.
"""

from __future__ import annotations

SCRATCH_SETTINGS = ("application_draft",)


def scratch_left_out_sql() -> str:
    """The condition leaving the scratch settings out, with their names written in."""
    names = ", ".join("'" + name.replace("'", "''") + "'" for name in SCRATCH_SETTINGS)
    return f"key NOT IN ({names})"
