"""What every `u` shares beyond the pane's own entries (``Pane.remember_undo``): the note
after it.

- ``say_brought_back(widget, back, usual)``: the pane's own note when the undo brought back
  everything (``usual``); when a link could not come back, because what it led to was deleted
  in another window meanwhile, the whole story as a warning ("Alex Morgan is back; the link
  to Oakleaf's application was not, as it was deleted in another window.",
  ``services/bring_back.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui.ui.kit.text import ContentNotify, plain

if TYPE_CHECKING:  # the type alone: the ORM is not imported before the first paint
    from bounceback_tui.services.bring_back import BroughtBack


def say_brought_back(
    widget: ContentNotify,
    back: BroughtBack | None,
    usual: str | Content | None,
    *,
    title: str = "",
    timeout: float | None = None,
) -> None:
    """The note after an undo: ``usual`` (None: no note), or what did not come back."""
    if back is None or not back.lost:
        if usual is not None:
            widget.notify(usual, title=title, timeout=timeout)
    else:
        widget.notify(plain(back.note), severity="warning", title="Not every link came back")
