"""What a CSV import keeps of a cell: the app's own export reads back as it was written.

In the app's own export (``csv_export.is_own_export``), a many-line text (Notes,
Description, Rejection reason) is kept as written, every line ending ("\\r\\n" too), space
and character: the form's cleaning (``domain/text.clean_text``) still checks it (control
characters, length), but what it keeps is the cell: a note that came back from the round
trip with "\\r\\n" made "\\n" and the spaces at its end gone was not what the person had.
Another tracker's file gets what the form's cleaning gives, as typed text does (its accents
composed, a lone "\\r" a line break). A one-line text is trimmed as the forms trim it, and
the export writes it so (``domain/text.saved_line``), so what the file shows is what comes
back.

A cell that says nothing ("", "N/A", "-", "TBD": ``csv_values.BLANKS``) is read as empty,
the company and the role aside (they are required, and said so). The export writes a text
that is one of those words after an apostrophe, as it does a formula ("'N/A"), so a note
or a location "N/A" comes back as "N/A", not as nothing.
"""

from __future__ import annotations

from dataclasses import replace

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.transfer.csv_values import is_blank, unescape_cell

AS_WRITTEN = ("notes", "description", "rejection_reason")
_REQUIRED = ("company", "role")


def cell_value(field: str, cell: str) -> str:
    """``cell`` as the value of ``field``: "" when it says nothing, else without the export's
    guard, trimmed unless the field is a many-line text."""
    if field not in _REQUIRED and is_blank(cell):
        return ""
    return unescape_cell(cell, trim=field not in AS_WRITTEN)


def as_written(cleaned: str, written: str, *, own: bool) -> str:
    """A many-line text as written, when the form keeps it (it shows something) and the
    file is the app's own export (``own``); else as the form cleaned it."""
    if not own:
        return cleaned
    return written if cleaned else ""


def notes_as_written(
    data: ApplicationInput, values: dict[str, str], *, own: bool
) -> ApplicationInput:
    """``data`` (the form's cleaning of ``values``) with its notes and description as
    written, when the file is the app's own export (``own``)."""
    if not own:
        return data
    return replace(
        data,
        notes=as_written(data.notes, values.get("notes", ""), own=own),
        description=as_written(data.description, values.get("description", ""), own=own),
    )
