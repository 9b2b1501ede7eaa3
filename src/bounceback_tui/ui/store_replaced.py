"""The note a window shows when another window or a command replaced its whole store."""

from __future__ import annotations

from textual.content import Content

from bounceback_tui.domain.text import clip_name
from bounceback_tui.services.store_replaced import Replacement
from bounceback_tui.ui.kit.text import markup_with, plain

_KEPT = " The store as it was is kept in the backups folder (bounceback-tui restore lists it)."


def replaced_note(found: Replacement) -> Content:
    """What replaced the store, and what the window shows now. The file's name whole (a
    backup's is longer than a toast's usual cut), on one line and shown as it is."""
    source = clip_name(found.source, 120)
    if found.how == "restore":
        said = markup_with(
            "This store was restored from the backup $source, in another window or at the "
            "command line: what you see now is what that backup held.",
            source=source,
        )
    elif found.how == "import":
        said = markup_with(
            "This store was replaced by the import of $source, in another window or at the "
            "command line: what you see now is what that file held.",
            source=source,
        )
    else:
        said = plain(
            "This store was filled with demo data at the command line: what you see now is "
            "the demo."
        )
    return said + plain(_KEPT)
