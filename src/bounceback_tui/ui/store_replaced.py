"""The note a window shows when another window or a command replaced its whole store."""

from __future__ import annotations

from textual.content import Content

from bounceback_tui.domain.text import clip_name
from bounceback_tui.services.store_replaced import Replacement
from bounceback_tui.ui.kit.text import markup_with, plain

# Short: a note taller than a 40x15 terminal lost its first lines (a stranger's walk).
_KEPT = " The store as it was is in the backups folder."


def replaced_note(found: Replacement) -> Content:
    """What replaced the store, and what the window shows now. The file's name whole (a
    backup's is longer than a toast's usual cut), on one line and shown as it is."""
    source = clip_name(found.source, 120)
    if found.how == "restore":
        said = markup_with(
            "Restored from the backup $source elsewhere: what you see is what it held.",
            source=source,
        )
    elif found.how == "import":
        said = markup_with(
            "Replaced by the import of $source elsewhere: what you see is what it held.",
            source=source,
        )
    else:
        said = plain("Filled with demo data elsewhere: what you see is the demo.")
    return said + plain(_KEPT)
